"""Topics against section and topic codes: BBC sections and Reuters-21578 topic codes.

A BBC article is right when its topics hold the taxonomy's top-level topic of its section; a
Reuters article with a code the taxonomy covers is right when its topics hold that code's topic.
Both sets also report how many topics an article gets and how widely they are shared.
"""
from __future__ import annotations

import json
from collections import Counter
from pathlib import Path
from typing import Sequence

from .scoring import Item, Row, accuracy_row

BBC_SECTIONS = {"business": "Business", "entertainment": "Entertainment", "politics": "Politics",
                "sport": "Sport", "tech": "Science and technology"}

# Reuters topic codes -> the taxonomy topics that name them (any one is right)
_REUTERS_GROUPS = [
    ("crude nat-gas propane fuel pet-chem heat gas naphtha", ("Energy",)),
    ("grain corn wheat cocoa coffee oilseed soybean veg-oil sugar livestock tea palm-oil sorghum "
     "sunseed rice carcass l-cattle rubber coconut-oil cotton castor-oil barley oat hog soy-meal "
     "soy-oil meal-feed rape-oil rapeseed groundnut cotton-oil potato orange", ("Agriculture",)),
    ("acq", ("Mergers and acquisitions",)),
    ("earn", ("Companies",)),
    ("interest money-supply", ("Interest rates",)),
    ("money-fx dlr yen stg rand austdlr lit dmk", ("Currencies",)),
    ("trade bop", ("Trade",)),
    ("gnp cpi ipi income wpi", ("Economy",)),
    ("jobs", ("Economy", "Jobs and unions")),
    ("ship", ("Transport",)),
    ("iron-steel gold silver copper tin zinc lead nickel alum strategic-metal platinum", ("Metals and mining",)),
    ("retail", ("Retail",)),
    ("housing", ("Property",)),
]
REUTERS_CODES = {code: names for codes, names in _REUTERS_GROUPS for code in codes.split()}


def spread_rows(set_name: str, records: Sequence[dict | None]) -> list[Row]:
    """Topics per article, distinct topics, and the share of them that more than one article has."""
    lists = [list(dict.fromkeys(r.get("topics") or ())) for r in records if r is not None]
    if not lists:
        return []
    per_topic = Counter(t for topics in lists for t in topics)
    shared = sum(1 for n in per_topic.values() if n >= 2)
    return [
        Row(set_name, "topics per article", round(sum(map(len, lists)) / len(lists), 2), len(lists)),
        Row(set_name, "distinct topics", float(len(per_topic)), len(lists),
            note=f"{shared} with >= 2 articles"),
        accuracy_row(set_name, "topics shared by >= 2 articles", [n >= 2 for n in per_topic.values()]),
    ]


def key_phrase_rows(set_name: str, records: Sequence[dict | None], *,
                    taxonomy_names: frozenset | None = None) -> list[Row]:
    """The share of distinct key phrases (topics outside the taxonomy) that more than one article has.

    Args:
        taxonomy_names: the names that are not key phrases; the shipped taxonomy's when None.
    """
    if taxonomy_names is None:
        from ..extract.topics import taxonomy

        taxonomy_names = frozenset(t.name for t in taxonomy().topics)
    lists = [[t for t in dict.fromkeys(r.get("topics") or ()) if t not in taxonomy_names]
             for r in records if r is not None]
    per_phrase = Counter(t for phrases in lists for t in phrases)
    if not per_phrase:
        return []
    return [accuracy_row(set_name, "key phrases shared by >= 2 articles", [n >= 2 for n in per_phrase.values()],
                         note=f"{sum(map(len, lists)) / len(lists):.2f} per article")]


def bbc_rows(set_name: str, items_: Sequence[Item], records: Sequence[dict | None]) -> list[Row]:
    """Share of BBC articles whose topics hold their section's top-level topic."""
    right = [record is not None and BBC_SECTIONS.get(item.gold.get("category")) in (record.get("topics") or ())
             for item, record in zip(items_, records)]
    return [accuracy_row(set_name, "topics: section's top-level topic", right,
                         note="business/entertainment/politics/sport/tech")]


def reuters_codes(folder: Path) -> dict[str, list[str]]:
    """Item key (the Reuters id) -> its topic codes, from the set's gold file."""
    with open(folder / "gold.jsonl", encoding="utf-8") as fh:
        return {str(g["id"]): list(g.get("topics") or ()) for g in map(json.loads, filter(str.strip, fh))}


def reuters_rows(set_name: str, items_: Sequence[Item], records: Sequence[dict | None], *,
                 codes: dict[str, list[str]]) -> list[Row]:
    """Share of Reuters articles with a covered topic code whose topics hold that code's topic."""
    right = []
    for item, record in zip(items_, records):
        wanted = [REUTERS_CODES[c] for c in codes.get(item.key, ()) if c in REUTERS_CODES]
        if wanted:
            found = set((record or {}).get("topics") or ())
            right.append(any(found & set(names) for names in wanted))
    return [accuracy_row(set_name, "topics: topic of a covered code", right,
                         note="crude->Energy, grain->Agriculture, acq->Mergers, ...")] if right else []


def rows(set_name: str, items_: Sequence[Item], records: Sequence[dict | None], *, folder: Path) -> list[Row]:
    """Topic rows for a set this module scores (bbc, reuters21578); none for the others."""
    if set_name == "bbc":
        return bbc_rows(set_name, items_, records) + spread_rows(set_name, records) + key_phrase_rows(set_name, records)
    if set_name == "reuters21578" and (folder / "gold.jsonl").is_file():
        return (reuters_rows(set_name, items_, records, codes=reuters_codes(folder)) + spread_rows(set_name, records)
                + key_phrase_rows(set_name, records))
    return []

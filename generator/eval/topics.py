"""Topics against section and topic codes: BBC sections and Reuters-21578 topic codes.

Each set is split in two halves by a hash of the item's key (:func:`half`); the key phrases are
chosen across each half alone (``generator/topics_corpus.py``, as a site of that half would), and
every measure is printed for both halves, so a rule tuned on half A is checked on half B.

- BBC: an article is right when its topics hold its section's top-level topic (recall); of the
  section topics it gets (Business, Politics, Sport, Entertainment, Science and technology and their
  children), the share that belong to its own section (precision); how pure each key phrase's
  articles are (the share in the phrase's most common section).
- Reuters: an article with a code the taxonomy covers is right when its topics hold that code's
  topic (recall); of the Business children it gets, the share its codes name (precision).
- Both: topics per article, distinct topics, and the share of topics more than one article has.
"""
from __future__ import annotations

import copy
import hashlib
import json
from collections import Counter, defaultdict
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
    ("earn", ("Company results",)),
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
# the topics some code names: only these can be judged right or wrong on a Reuters story
COVERED = frozenset(n for _, names in _REUTERS_GROUPS for n in names) - {"Economy"}
HALVES = ("A", "B")


def half(item_key: str) -> str:
    """"A" or "B": the half an item belongs to, from a hash of its key (stable across runs and machines)."""
    return HALVES[hashlib.sha1(item_key.encode("utf-8")).digest()[0] % 2]


def _taxonomy_parents() -> dict[str, str | None]:
    from ..extract.topics import taxonomy

    return {t.name: t.parent for t in taxonomy().topics}


def _section_of(topic: str, parents: dict) -> str | None:
    """The BBC section a taxonomy topic belongs to ("Football" -> "sport"), else None."""
    top = parents.get(topic, topic) or topic
    return next((section for section, name in BBC_SECTIONS.items() if name == top), None)


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


def bbc_rows(set_name: str, items_: Sequence[Item], records: Sequence[dict | None], *,
             parents: dict | None = None) -> list[Row]:
    """Share of BBC articles whose topics hold their section's top-level topic, and of the section
    topics they get, the share of their own section."""
    parents = _taxonomy_parents() if parents is None else parents
    right = [record is not None and BBC_SECTIONS.get(item.gold.get("category")) in (record.get("topics") or ())
             for item, record in zip(items_, records)]
    own = [_section_of(t, parents) == item.gold.get("category")
           for item, record in zip(items_, records) if record is not None
           for t in record.get("topics") or () if _section_of(t, parents)]
    return [accuracy_row(set_name, "topics: section's top-level topic", right,
                         note="business/entertainment/politics/sport/tech"),
            accuracy_row(set_name, "section topics of the article's own section", own,
                         note="precision: Sport on a business story is wrong")]


def purity_rows(set_name: str, labels: Sequence[str | None], records: Sequence[dict | None], *,
                taxonomy_names: frozenset | None = None) -> list[Row]:
    """For key phrases (topics outside the taxonomy) of two or more articles: the share of their
    articles in the phrase's most common label (section or code), over all such phrase-article pairs."""
    if taxonomy_names is None:
        taxonomy_names = frozenset(_taxonomy_parents())
    by_phrase: dict[str, list[str]] = defaultdict(list)
    for label, record in zip(labels, records):
        for t in dict.fromkeys((record or {}).get("topics") or ()):
            if t not in taxonomy_names and label:
                by_phrase[t].append(label)
    outcomes = []
    for found in by_phrase.values():
        if len(found) >= 2:
            top = Counter(found).most_common(1)[0][1]
            outcomes += [True] * top + [False] * (len(found) - top)
    return [accuracy_row(set_name, "key phrases: articles in the phrase's main label", outcomes,
                         note=f"{sum(1 for f in by_phrase.values() if len(f) >= 2)} phrases")] if outcomes else []


def reuters_codes(folder: Path) -> dict[str, list[str]]:
    """Item key (the Reuters id) -> its topic codes, from the set's gold file."""
    with open(folder / "gold.jsonl", encoding="utf-8") as fh:
        return {str(g["id"]): list(g.get("topics") or ()) for g in map(json.loads, filter(str.strip, fh))}


def reuters_rows(set_name: str, items_: Sequence[Item], records: Sequence[dict | None], *,
                 codes: dict[str, list[str]], parents: dict | None = None) -> list[Row]:
    """Share of Reuters articles with a covered topic code whose topics hold that code's topic, and
    of the topics some code names (Economy aside: the codes leave much of it out) that those
    articles get, the share that their own codes name."""
    parents = _taxonomy_parents() if parents is None else parents
    right, named = [], []
    for item, record in zip(items_, records):
        wanted = [REUTERS_CODES[c] for c in codes.get(item.key, ()) if c in REUTERS_CODES]
        if wanted:
            found = set((record or {}).get("topics") or ())
            right.append(any(found & set(names) for names in wanted))
            allowed = {n for names in wanted for n in names}
            named += [t in allowed for t in sorted(found) if t in COVERED]
    if not right:
        return []
    return [accuracy_row(set_name, "topics: topic of a covered code", right,
                         note="crude->Energy, grain->Agriculture, acq->Mergers, ..."),
            accuracy_row(set_name, "business topics its codes name", named,
                         note="precision: Energy on a grain story is wrong")]


def _half_rows(set_name: str, items_: Sequence[Item], records: Sequence[dict | None], *,
               codes: dict[str, list[str]] | None) -> list[Row]:
    """The rows of one half, its key phrases chosen across that half alone."""
    from ..topics_corpus import corpus_topics

    records = [copy.deepcopy(r) if r is not None else None for r in records]
    corpus_topics([r for r in records if r is not None])
    if codes is None:
        labels = [item.gold.get("category") for item in items_]
        out = bbc_rows(set_name, items_, records)
    else:
        labels = [",".join(sorted(c for c in codes.get(item.key, ()) if c in REUTERS_CODES)) or None
                  for item in items_]
        out = reuters_rows(set_name, items_, records, codes=codes)
    return out + spread_rows(set_name, records) + key_phrase_rows(set_name, records) + \
        purity_rows(set_name, labels, records)


def rows(set_name: str, items_: Sequence[Item], records: Sequence[dict | None], *, folder: Path) -> list[Row]:
    """Topic rows for a set this module scores (bbc, reuters21578), for each half; none for the others."""
    if set_name == "bbc":
        codes = None
    elif set_name == "reuters21578" and (folder / "gold.jsonl").is_file():
        codes = reuters_codes(folder)
    else:
        return []
    out = []
    for name in HALVES:
        chosen = [i for i, item in enumerate(items_) if half(item.key) == name]
        if chosen:
            out += _half_rows(f"{set_name} {name}", [items_[i] for i in chosen], [records[i] for i in chosen],
                              codes=codes)
    return out

"""Saved HTML pages (Postlight/Mercury parser fixtures): title, author, date, and a summary from the body.

"Summary from body": the record's first summary sentence counts when (a) it shares >= 50% of the
words of the shorter of it and the gold first words of the main text, or (b) it sits in the first
30% of the main text, the main text being the reader's body from where the gold first words begin
(so a summary of page furniture before the article never counts).
"""
from __future__ import annotations

import json
import re
from dataclasses import dataclass
from datetime import date
from pathlib import Path
from typing import Sequence

from .scoring import Item, Row, accuracy_row, containment, iso_day, same_day, words

SET = "mercury-html"
ANCHOR_WORDS = 6          # words enough to find a stretch of text again in the body
EARLY_SHARE = 0.3


@dataclass(frozen=True)
class Gold:
    title: str | None
    author: str | None
    day: date | None
    first_words: str | None
    asserts: frozenset[str]     # the fields the gold states (a null value is a stated null)


def gold_authors(value: str | None) -> frozenset[str]:
    """Gold author names: split on ", ", " and ", " & ", a leading "By " dropped, lowercased."""
    if not value:
        return frozenset()
    value = re.sub(r"^\s*by\s+", "", value, flags=re.I)
    return frozenset(" ".join(n.lower().split()) for n in re.split(r",\s+|\s+and\s+|\s+&\s+", value) if n.strip())


def title_right(headline: str | None, gold: str | None) -> bool:
    """Case-insensitive equality after whitespace normalisation (a null title must stay null)."""
    if gold is None:
        return not headline
    return " ".join((headline or "").lower().split()) == " ".join(gold.lower().split())


def authors_right(record: dict, gold: str | None) -> bool:
    """The record's author names, lowercased, are exactly the gold names."""
    names = frozenset(" ".join(a["name"].lower().split()) for a in record.get("authors", []))
    return names == gold_authors(gold)


def find_run(haystack: Sequence[str], needle: Sequence[str]) -> int | None:
    """Where ``needle`` first occurs as a run of words in ``haystack``, or None."""
    k = len(needle)
    if not k:
        return None
    for i in range(len(haystack) - k + 1):
        if list(haystack[i:i + k]) == list(needle):
            return i
    return None


def summary_from_body(first_sentence: str | None, first_words: str | None, body: str) -> bool:
    """Whether the first summary sentence is the start of the article (see the module docstring)."""
    if not first_sentence or not first_words:
        return False
    if containment(first_sentence, first_words) >= 0.5:
        return True
    body_words = words(body)
    start = find_run(body_words, words(first_words)[:ANCHOR_WORDS])
    at = find_run(body_words, words(first_sentence)[:ANCHOR_WORDS])
    if start is None or at is None:
        return False
    return start <= at < start + EARLY_SHARE * (len(body_words) - start)


def items(folder: Path, *, limit: int | None = None) -> list[Item]:
    """Each saved page read with the readers, with the fields its test asserts."""
    from ..readers import ReadError, read_file

    golds = json.loads((folder / "gold.json").read_text(encoding="utf-8"))
    out = []
    for gold in golds[:limit]:
        path = folder / gold["file"]
        keys = frozenset(k for k in ("title", "author", "date_published", "content_first_words") if k in gold)
        g = Gold(gold.get("title"), gold.get("author"), iso_day(gold.get("date_published")),
                 gold.get("content_first_words"), keys)
        try:
            raw, error = read_file(path, source=str(path)), None
        except (ReadError, OSError) as exc:
            raw, error = None, str(exc)
        out.append(Item(SET, gold["file"], raw, g, error))
    return out


def rows(items_: Sequence[Item], records: Sequence[dict | None]) -> list[Row]:
    """Title, author and date accuracy over the pages whose gold states them; summary from body."""
    title, author, when, from_body = [], [], [], []
    for item, record in zip(items_, records):
        gold: Gold = item.gold
        if "title" in gold.asserts:
            title.append(record is not None and title_right(record.get("headline"), gold.title))
        if "author" in gold.asserts:
            author.append(record is not None and authors_right(record, gold.author))
        if "date_published" in gold.asserts:
            when.append(record is not None and same_day(record.get("published"), gold.day, tolerance_days=1))
        if gold.first_words:
            summary = (record or {}).get("summary") or [None]
            body = item.raw.body if item.raw else ""
            from_body.append(record is not None and summary_from_body(summary[0], gold.first_words, body))
    return [
        accuracy_row(SET, "title", title, target=0.95),
        accuracy_row(SET, "author", author, target=0.85),
        accuracy_row(SET, "date", when, target=0.90, note="±1 day"),
        accuracy_row(SET, "summary from body", from_body),
    ]

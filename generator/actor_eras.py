"""Eras: one name written with and without a middle initial decades apart is two people (issue 8,
item 2): "George Bush" in 1987 stories beside "George W. Bush" in 2000s ones.

Hand-written because no package dates a person's namesakes; the rule compares the years of
publication the records state (:data:`actor_split.MAX_YEARS`).
"""
from __future__ import annotations

from collections import defaultdict

from .actor_split import MAX_YEARS, year_of


def name_years(records: list[dict]) -> dict[tuple[str, str], frozenset]:
    """``(kind, name) -> years`` of the articles that write a person's name in that form (before any
    merge): what :func:`apart_in_time` compares."""
    out: dict = defaultdict(set)
    for record in records:
        year = year_of(record)
        for e in record.get("entities", []):
            if e["kind"] == "person" and year is not None:
                out[(e["kind"], e["name"])].add(year)
    return {k: frozenset(v) for k, v in out.items()}


def apart_in_time(years: dict, kind: str, target: str, record: dict) -> bool:
    """Whether an article is more than :data:`MAX_YEARS` from every article that writes a person's
    name as ``target`` (``years``: :func:`name_years`): "George Bush" in a 1987 story is not the
    "George W. Bush" of 2000s stories, though the middle initial would fit (father and son, or
    two namesakes a generation apart); an undated article, or a form no dated article writes,
    tells nothing."""
    year, theirs = year_of(record), years.get((kind, target), frozenset())
    return kind == "person" and year is not None and bool(theirs) and all(abs(year - y) > MAX_YEARS for y in theirs)

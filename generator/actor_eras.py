"""Eras: one name written with and without a middle initial decades apart is two people (issue 8,
item 2): "George Bush" in 1987 stories beside "George W. Bush" in 2000s ones; and a renamed state is
named as the story's era names it (:func:`renamed_since`).

Hand-written because no package dates a person's namesakes; the rule compares the years of
publication the records state (:data:`actor_split.MAX_YEARS`). The years of renamings are ISO
3166-3's (pycountry, ``data.packages.renamed_countries``).
"""
from __future__ import annotations

from collections import defaultdict

from .actor_split import MAX_YEARS, year_of
from .data import gazetteer, name_key


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


def renamed_since(record: dict, entity: dict) -> str | None:
    """The current name of a renamed state a place is named by, when its article is dated in or
    after the year of the renaming ("Burma" in a 2016 story: Myanmar) or not dated at all (one
    country, one page: an undated story gives no era to name it by, so it goes to the page of the
    current name, its own form kept among the entity's aliases), else None: a 1987 story's "Zaire"
    stays as the article names it (``data.without_former_states``)."""
    from .data.packages import renamed_countries

    renamed = renamed_countries().get(name_key(entity["name"])) if entity["kind"] == "place" else None
    year = year_of(record)
    if renamed is None or year is not None and year < renamed[1]:
        return None
    return _country_name(renamed[0])


def _country_name(code: str) -> str | None:
    """The gazetteer's name of the country of an ISO 3166-1 alpha-2 code ("CD": "Democratic Republic
    of the Congo"; ISO's "Congo, The Democratic Republic of the" read in the order news writes it)."""
    import pycountry

    from .data.packages import news_order

    country = pycountry.countries.get(alpha_2=code)
    forms = (getattr(country, "common_name", None), news_order(country.name),
             getattr(country, "official_name", None)) if country else ()
    known = next((k for k in (gazetteer().lookup(f) for f in forms if f) if k), None)
    return known[0] if known and known[1] == "place" else None

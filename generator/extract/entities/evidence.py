"""What one article gives for an actor: evidence for its name and kind, and signs it is no actor.

Evidence (strings, as in the record's ``evidence`` list):
- ``gazetteer``: a shipped gazetteer knows the name (or one of its forms) as this kind;
- ``title``: the article gives the person a title ("Prime Minister", "the defense minister");
- ``given-name``: a person's name of two or more words opening with a known given name or initial
  (the hand list or the US census list of the ``names`` package);
- ``org-word``: an organisation's name of two or more words with an organisation word ("Ministry", "Inc");
- ``acronym-expanded``: an organisation written both in full and as its acronym;
- ``mentions:N``: named N times in the article; ``quoted`` is added where quotes are known.
Signs against (``against:...``): ``fragment`` (a connective such as "to" inside, a dangling
hyphen, a slash), ``date`` (a month or weekday), ``common-word`` (one word the article also writes
in lower case), ``epithet`` (a word before a given name that is no given name: "Crooked Hillary"),
``title-in-name`` (an organisation or title word inside a person's name: "Audit Committee Peter
Ainsworth"), ``person-in-name`` (a person's name run onto an organisation's), ``one-word`` (a
person named by one word only). A place counts as in the gazetteer when GeoNames or ISO 3166-2
(``data.packages.place_keys``) has its name.

The corpus-level decision (published or held back) is made in ``generator/actor_evidence.py``.
"""
from __future__ import annotations

import re

from ...data import gazetteer, name_key
from ...data.packages import census_given_names, place_keys
from .names import MONTHS, WEEKDAYS
from .titles import HONORIFICS, TITLE_HEADS

# Lower-case words that may stand inside a name: "Bank of England", "Leonardo da Vinci".
CONNECTIVES = frozenset("of and for the de du des la le el al da di do dos das van von der den y e bin ibn "
                        "on in at & upon".split())
AGAINST = "against:"
ROMAN = frozenset("II III IV VI VII VIII".split())


def _words(name: str) -> list[str]:
    return name.replace("-", " ").split()


def name_faults(name: str, kind: str) -> list[str]:
    """Signs in the name itself that it is no actor's name (without the ``against:`` prefix)."""
    gaz = gazetteer()
    faults = []
    words = _words(name)
    lowered = [w.lower().strip(".,") for w in words]
    if re.search(r"[-/]$|^[-/]|/", name) or any(w.islower() and w not in CONNECTIVES and not w.startswith("'")
                                                for w in words[1:]):
        faults.append("fragment")           # "Aggie-", "Arsenal to Real Madrid", "Aug/Sept"
    if any(w in MONTHS or w in WEEKDAYS for w in lowered) and gaz.lookup(name) is None:
        faults.append("date")
    if kind == "person" and len(words) >= 2:
        given = gaz.given_names | census_given_names()
        if len(words) == 2 and lowered[1] in given and lowered[0] not in given and not _initial(words[0]) \
                and gaz.lookup(words[0]) is None:
            faults.append("epithet")          # "Crooked Hillary", "Liberal Oscar"
        if any(w in gaz.org_words or w in TITLE_HEADS for w in lowered[:-1]) and lowered[0] not in HONORIFICS:
            faults.append("title-in-name")    # "Audit Committee Peter Ainsworth"
    if kind == "person" and len(words) == 1:
        faults.append("one-word")
    if kind == "person" and ({"and", "&"} & set(lowered) or re.fullmatch(r"[A-Z]", words[-1])
                             or any(re.fullmatch(r"[A-Z]{2,}", w) and w not in ROMAN for w in words)):
        faults.append("fragment")           # "Alexander and Catwoman", "Alicia M", "BBC Sport Wales"
    spaced = name.split()
    if kind == "organization" and len(spaced) >= 4 and any(w.lower() in gaz.org_words or w == "of" for w in spaced[:-2]) \
            and spaced[-2].lower() in gaz.given_names and spaced[-1][:1].isupper():
        faults.append("person-in-name")     # "Bank of England Robin Leigh-Pemberton"
    return faults


def _initial(word: str) -> bool:
    return bool(re.fullmatch(r"(?:[A-Z]\.?){1,3}", word))


def article_evidence(name: str, kind: str, aliases, titles, mentions: int, common: frozenset) -> tuple[str, ...]:
    """Evidence strings for one actor of one article (see the module docstring)."""
    gaz = gazetteer()
    out = []
    known = [gaz.lookup(f) for f in (name, *aliases)]
    if any(k is not None and k[1] == kind for k in known) \
            or kind == "place" and any(name_key(f) in place_keys() for f in (name, *aliases)):
        out.append("gazetteer")
    if titles:
        out.append("title")
    words = _words(name)
    if kind == "person" and len(words) >= 2 and (words[0].lower() in gaz.given_names | census_given_names()
                                                 or _initial(words[0])):
        out.append("given-name")
    if kind == "organization" and len(words) >= 2 and any(w.lower() in gaz.org_words for w in words):
        out.append("org-word")
    if kind == "organization" and len(words) >= 2 and any(
            a.replace(".", "").isupper() and len(a.replace(".", "")) >= 2 and " " not in a for a in aliases):
        out.append("acronym-expanded")
    out.append(f"mentions:{mentions}")
    faults = name_faults(name, kind)
    if len(words) == 1 and (name.lower() in common or name_key(name) in common) and "gazetteer" not in out:
        faults.append("common-word")
    return tuple(out + [AGAINST + f for f in faults])

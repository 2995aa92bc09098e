"""Bylines: who wrote a story, in what role, for which outlet (and a glued dateline)."""
from __future__ import annotations

import re
from dataclasses import dataclass

from generator.readers.dateline import place_text
from generator.readers.names import looks_like_name, person_case, split_names
from generator.readers.outlets import TRAILING_OUTLET, outlet_name, outlet_phrase
from generator.types import Author

_ROLE_NOUNS = (
    "Writer|Correspondent|Editor|Reporter|Columnist|Producer|Photographer|Analyst|Critic|"
    "Contributor|Chief|Journalist|Commentator|Director"
)
# A role ending a byline, possibly glued to an ALL-CAPS name: "LEEAP Diplomatic Writer".
_ROLE_TAIL = re.compile(
    r"(?:(?:AP|AFP|UPI|Reuters|Bloomberg|Associated Press)\s?)?(?:[A-Z][a-z][\w&'-]*\s){0,4}"
    r"(?:" + _ROLE_NOUNS + r")s?"
)
# An ALL-CAPS place (and region) glued to the end of a byline: "...PressTEL AVIV, Israel".
_GLUED_DATELINE = re.compile(
    r"(?<=[a-z.])(?P<place>[A-Z][A-Z.'\- ]*[A-Z.])(?:,\s*(?P<region>[A-Z][\w.'\- ]*[\w.]))?\s*$"
)
_GLUED_BY = re.compile(r"(?<=[a-z0-9.!?'\"”’)])By\s+(?=[A-Z])|\s+By\s+(?=[A-Z]{2,}[A-Z.'-]*\s+[A-Z]{2,})")
# "By", "Written by", "Story by", "Article by", "Analysis by" (CNN), "Reporting by" opening a line.
_LINE_BY = re.compile(
    r"^\s*(?:(?:written|story|article|report|reporting|words|text|reported|posted|analysis|opinion|commentary)\s+)?"
    r"by[:\s]+(?=[A-Z])", re.I)
_SEPARATORS = " ,;|-–—/"
# A place after a writer's name: "Jane Doe in Brussels", "Jane Doe in New York".
_IN_PLACE = re.compile(r"(?<=\S)\s+in\s+[A-Z][\w.'’-]*(?:\s+[A-Z][\w.'’-]*){0,2}$")


@dataclass(frozen=True)
class Byline:
    authors: tuple[Author, ...]
    outlet: str | None = None
    dateline: str | None = None


def _split_outlet(text: str) -> tuple[str, str | None]:
    match = TRAILING_OUTLET.search(text)
    if not match:
        return text, None
    before = text[: match.start()]
    phrase = match.group("outlet")
    # An abbreviation glued to capitals ("SMITHAFP") is part of the name, not an outlet.
    if before and not (before[-1] in _SEPARATORS or not phrase.isupper()):
        return text, None
    return before.rstrip(_SEPARATORS), outlet_name(phrase)


def split_role(text: str) -> tuple[str, str | None]:
    """(names, role) for "Jane Doe, AP Science Writer"; (text, None) when no role ends it.

    The names take at least two words when they can, so "Sam Stein Senior Politics Editor" keeps
    "Sam Stein" whole.
    """
    splits = []
    for start in range(1, len(text)):
        if text[start].isupper() and (match := _ROLE_TAIL.fullmatch(text, start)):
            names = text[:start].rstrip(_SEPARATORS)
            if names:
                splits.append((names, match.group(0)))
    if not splits:
        return text, None
    return next((s for s in splits if len(s[0].split()) >= 2), splits[0])


def one_role(role: str, writers: int) -> str:
    """A byline's role as one writer's: "Political Correspondents" after two names is each writer's
    "Political Correspondent"; a role after one name is kept as written."""
    if writers > 1 and (match := re.search(r"(?:" + _ROLE_NOUNS + r")s$", role)):
        return role[: match.end() - 1]
    return role


def is_role(text: str) -> bool:
    """Whether ``text`` is only a byline role ("Staff Writer", "AP Science Correspondent")."""
    return bool(_ROLE_TAIL.fullmatch(" ".join(text.split())))


def with_extras(byline: Byline, *, outlet: str | None = None, role: str | None = None) -> Byline:
    """``byline`` with an outlet and a role its line states apart ("By A | Staff Writer | The Star")."""
    authors = tuple(Author(a.name, a.role or role) for a in byline.authors)
    return Byline(authors, byline.outlet or outlet, byline.dateline)


def byline_of(text: str) -> Byline | None:
    """Parse the part of a byline after "By": names, roles, outlet, glued dateline.

    Returns None when what follows is not a list of names ("By the end of the year").
    """
    rest = " ".join(text.split())
    dateline = None
    if match := _GLUED_DATELINE.search(rest):
        region = match.group("region")
        dateline = place_text(match.group("place").strip() + (f", {region}" if region else ""))
        rest = rest[: match.start()]
    rest, outlet = _split_outlet(rest)
    if outlet is None:
        # "By Marta Ellison, The Daily Star": a last comma part that names an outlet, not a person.
        head, comma, tail = rest.rpartition(",")
        if comma and head.strip() and (outlet := outlet_phrase(tail)) is not None:
            rest = head.rstrip(_SEPARATORS)
    rest, role = split_role(rest)
    # "By Jane Doe in Brussels" (the FT's and the Guardian's style): the place is where she wrote.
    names = [_IN_PLACE.sub("", n) for n in split_names(rest)]
    if not names or not all(looks_like_name(n) for n in names):
        return None
    role = role and one_role(role, len(names))
    return Byline(tuple(Author(person_case(n), role) for n in names), outlet, dateline)


def byline_line(line: str) -> Byline | None:
    """The byline when the whole of ``line`` is one ("By Jane Doe, Reuters"), else None."""
    if len(line) > 200 or not (match := _LINE_BY.match(line)):
        return None
    return byline_of(line[match.end():].rstrip(" ."))


def glued_byline(line: str) -> tuple[str, Byline] | None:
    """(headline, byline) when a headline runs straight into "By NAME..." on one line, else None."""
    for match in _GLUED_BY.finditer(line):
        headline = line[: match.start()].strip()
        byline = byline_of(line[match.end():])
        if headline and byline is not None:
            return headline, byline
    return None

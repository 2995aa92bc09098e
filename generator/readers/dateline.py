"""The dateline that opens a wire story: "TEL AVIV, Israel (AP) —", "LONDON, Feb 26 -"."""
from __future__ import annotations

import re
from dataclasses import dataclass

from generator.readers.names import place_case
from generator.readers.outlets import WIRE_TAGS

_MONTH = r"(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]*\.?"
_OPENER = re.compile(
    r"^(?P<place>[A-Z][A-Z.'’\-]*(?: [A-Z][A-Z.'’\-]*){0,4})"
    r"(?:,\s*(?P<region>[A-Z][A-Za-z.'’\-]*(?: [A-Z][A-Za-z.'’\-]*){0,3}))?"
    r"(?:,?\s*(?P<date>" + _MONTH + r"\s+\d{1,2}))?"
    r"\s*(?:\((?P<tag>[A-Za-z][A-Za-z .\-]{0,30})\))?"
    r"\s*(?P<dash>—|–|--|-|_)\s*"
)


@dataclass(frozen=True)
class Dateline:
    place: str                 # cased: "Tel Aviv, Israel"
    outlet: str | None         # from the wire tag, when it names a known outlet
    end: int                   # where the story text starts after the dateline


def dateline_of(paragraph: str) -> Dateline | None:
    """The dateline opening ``paragraph``, or None when it does not open with one."""
    match = _OPENER.match(paragraph)
    if not match:
        return None
    place = match.group("place")
    letters = [ch for ch in place if ch.isalpha()]
    # A dateline needs a wire tag, a date or a long dash; a bare "NATO - ..." is not one.
    if len(letters) < 2 or not (match.group("tag") or match.group("date") or match.group("dash") in ("—", "--", "–")):
        return None
    if match.end() >= len(paragraph):
        return None
    region = match.group("region")
    text = place_case(place) + (f", {region}" if region else "")
    tag = match.group("tag")
    return Dateline(text, WIRE_TAGS.get(tag.strip()) if tag else None, match.end())

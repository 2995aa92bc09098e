"""The dateline that opens a wire story: "TEL AVIV, Israel (AP) —", "LONDON, Feb 26 -",
"SANTOS, BRAZIL, MARCH 11 -", "New York (AFP) –", "Dec 29 (Reuters) -".

The grammar: PLACE[, REGION][, COUNTRY] [, Month Day] [(AGENCY)] and a dash, at the very start of
the text. A dateline is short, its place words are capitalised (or all one case), and something
marks it as a dateline rather than a sentence: a date, an agency tag, or a long dash after an
ALL-CAPS place.
"""
from __future__ import annotations

import re
from dataclasses import dataclass

from generator.readers.dates import MONTH_WORD
from generator.readers.names import person_case
from generator.readers.outlets import wire_outlet

# A place word: letters, with dots, apostrophes and hyphens inside ("ST.", "N'DJAMENA", "WINSTON-SALEM").
_WORD = r"[^\W\d_](?:[^\W\d_]|[.'’\-])*"
_PART = _WORD + r"(?:[ \t]+" + _WORD + r"){0,4}"
_DATE = (r"(?:" + MONTH_WORD + r"[ \t]*\d{1,2}(?:st|nd|rd|th)?|\d{1,2}[ \t]+" + MONTH_WORD + r")"
         r"(?:,?[ \t]+\d{4})?")
_OPENER = re.compile(
    r"^(?P<place>" + _PART + r"(?:[ \t]*,[ \t]*" + _PART + r"){0,2})?"
    r"(?:[ \t]*,?[ \t]*(?P<date>" + _DATE + r"))?"
    r"[ \t]*(?:\((?P<tag>[^()\n]{1,30})\))?"
    r"(?P<space>[ \t]*)(?P<dash>—|–|--|-|_)\s*"
)
_LONG_DASHES = ("—", "–", "--", "_")
# Lower-case words a place name may hold after its first word ("Rio de Janeiro", "Port of Spain").
_PARTICLES = frozenset(
    "de da do dos das del della di du des la le les el al of upon on am an im sur en es y von van der den bin".split()
)
# Words that show a sentence or a kicker, never a place.
_NOT_PLACE = frozenset("""
said says say told is are was were will would could should may might has have had be been being
not no also that this these those which who whom whose what it its he she they we you i his her their
our my your a for from with by to as after before when while if than then there here
breaking update updated exclusive analysis correction corrected refile editorial opinion factbox
live watch video photos urgent flash note editor editors
""".split())
# A tag with a digit or a dot inside is a ticker or an abbreviation, not an agency ("(AAPL.O)").
_AGENCY_TAG = re.compile(r"^[^\W\d_](?:[^\W\d_]|[ &'’\-]){0,28}$")
MAX_PLACE_WORDS = 8


@dataclass(frozen=True)
class Dateline:
    place: str | None          # cased: "Tel Aviv, Israel"; None when only a date and tag open the story
    outlet: str | None         # from the wire tag, when it names a known outlet
    end: int                   # where the story text starts after the dateline


def _is_place(parts: list[str]) -> tuple[bool, bool]:
    """(whether ``parts`` can be a dateline's place, whether the first part is ALL CAPS)."""
    words = [w for part in parts for w in part.split()]
    if not words or len(words) > MAX_PLACE_WORDS:
        return False, False
    if any(w.lower().rstrip(".") in _NOT_PLACE for w in words):
        return False, False
    for part in parts:
        part_words = part.split()
        letters = [ch for ch in part if ch.isalpha()]
        if len(letters) < 2 and len(parts) == 1:
            return False, False
        if all(w.islower() for w in part_words):
            continue                   # "chicago": written all lower case, still one case throughout
        for k, word in enumerate(part_words):
            if word[0].isupper():
                continue
            if k == 0 or word.lower() not in _PARTICLES:
                return False, False    # "The company said": a lower-case word in a capitalised phrase
    first = parts[0]
    upper = any(ch.isalpha() for ch in first) and first.upper() == first
    return True, upper


def _case_part(part: str, *, first: bool) -> str:
    """One comma-separated part of a place cased as people write it ("RIO DE JANEIRO" -> "Rio de Janeiro")."""
    words = part.split()
    if any(ch.isupper() for ch in part) and any(ch.islower() for ch in part):
        return " ".join(words)
    # A short all-caps region or country code stays as written ("NY", "UK", "UAE").
    if not first and len(words) == 1 and part.isupper() and 2 <= len(part) <= 3 and part.isalpha():
        return part
    out = []
    for k, word in enumerate(words):
        if re.fullmatch(r"(?:[^\W\d_]\.)+", word):
            out.append(word.upper())   # "U.S.", "D.C.", "N.H."
        elif k > 0 and word.lower() in _PARTICLES:
            out.append(word.lower())
        else:
            out.append(person_case(word.lower()))
    return " ".join(out)


def place_text(place: str) -> str:
    """A dateline's place cased for reading: "SANTOS, BRAZIL" -> "Santos, Brazil", "chicago" -> "Chicago"."""
    parts = [p.strip() for p in place.split(",") if p.strip()]
    return ", ".join(_case_part(p, first=(i == 0)) for i, p in enumerate(parts))


def dateline_of(paragraph: str, *, alone: bool = False) -> Dateline | None:
    """The dateline opening ``paragraph``, or None when it does not open with one (or when it is all
    of it, unless ``alone``: "Oct 22 (Reuters) -" on a line of its own above the story)."""
    match = _OPENER.match(paragraph)
    if not match or (match.end() >= len(paragraph) and not alone):
        return None
    place, date, tag, dash = match.group("place", "date", "tag", "dash")
    if tag is not None and not _AGENCY_TAG.match(tag.strip()):
        return None
    outlet = wire_outlet(tag) if tag else None
    if place is None:
        # "Dec 29 (Reuters) -": the place was cut, the date and a known agency remain.
        return Dateline(None, outlet, match.end()) if date and outlet else None
    parts = [p.strip() for p in place.split(",")]
    ok, upper = _is_place(parts)
    if not ok:
        return None
    long_dash = dash in _LONG_DASHES
    if not match.group("space") and not paragraph[match.end("dash"):match.end("dash") + 1].isspace() \
            and not (date or tag) and sum(ch.isalpha() for ch in place) < 4:
        return None                    # "U.S.—China talks": a closed-up dash joins words
    # "NATO - the alliance -", "Critics — who ..." and "Acme (ACME) — the firm" are sentences; a date,
    # a known agency, or an ALL-CAPS place before a tag or a long dash marks a dateline.
    if not (date or outlet or (upper and (tag or long_dash))):
        return None
    if not (date or outlet) and _capitals_line(paragraph):
        return None                    # "U.S. CITRUS CROP ESTIMATE -- USDA": a headline and its source
    return Dateline(place_text(place), outlet, match.end())


def _capitals_line(paragraph: str) -> bool:
    """Whether ``paragraph`` is one short line without a lower-case letter: a wire headline with its
    source after a dash ("DROUGHT CUTS WHEAT CROP -- USDA REPORT"), not a dateline before a story."""
    text = paragraph.strip()
    return "\n" not in text and len(text) <= 120 and not any(ch.islower() for ch in text)


# A wire headline run into its dateline on one line ("BRIEF-Acme says Q3 profit rises Oct 22 (Reuters)
# - Acme said ..."): a known agency's tag and a dash, the date before it, and an ALL-CAPS place before
# that (Reuters and AP style) whose words the headline before it does not share (it has lower case).
_GLUED_TAG = re.compile(r"[ \t]*\((?P<tag>[^()\n]{1,30})\)[ \t]*(?:—|–|--|-|_)(?=\s|$)")
_DATE_END = re.compile(r"(?:[ \t]*,)?[ \t]+(?P<date>" + _DATE + r")[ \t]*$")
_CAPS_PLACE_END = re.compile(r"[ \t]+(?P<place>(?:[A-Z][A-Z.'’\-]+[ \t]+){0,3}[A-Z][A-Z.'’\-]+)[ \t]*,?[ \t]*$")
# An all-caps word shorter than this is as likely a headline's abbreviation ("PCT", "UK", "CEO").
_CAPS_PLACE_LETTERS = 4


def glued_dateline(line: str) -> int | None:
    """Where a wire dateline starts inside ``line`` after text run into it, or None.

    Only a known agency's tag counts ("(Reuters) -", "(AP) —"), and the text before must hold a
    letter; the dateline from that point is one :func:`dateline_of` reads."""
    for m in _GLUED_TAG.finditer(line):
        if wire_outlet(m.group("tag").strip()) is None:
            continue
        start = m.start()
        head = line[:start]
        if (date := _DATE_END.search(head)) is not None:
            start, head = date.start("date"), head[:date.start()]
        place = _CAPS_PLACE_END.search(head)
        if place is not None and sum(ch.isalpha() for ch in place.group("place")) >= _CAPS_PLACE_LETTERS \
                and any(ch.islower() for ch in head[:place.start()]):
            start, head = place.start("place"), head[:place.start()]
        if not any(ch.isalpha() for ch in head) or line[:start].rstrip().endswith(","):
            return None                # nothing before it, or a place written in lower case ("in London,")
        return start if dateline_of(line[start:], alone=True) is not None else None
    return None

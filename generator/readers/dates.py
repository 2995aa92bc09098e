"""Explicitly stated dates to YYYY-MM-DD; nothing is guessed."""
from __future__ import annotations

import datetime as _dt
import re

_MONTHS = {
    name: number
    for number, names in enumerate(
        [("january", "jan"), ("february", "feb"), ("march", "mar"), ("april", "apr"), ("may",),
         ("june", "jun"), ("july", "jul"), ("august", "aug"), ("september", "sep", "sept"),
         ("october", "oct"), ("november", "nov"), ("december", "dec")],
        start=1,
    )
    for name in names
}
# A month name or abbreviation, any case ("March", "MAR", "Sept."); no group, for other patterns.
MONTH_WORD = r"(?i:" + "|".join(sorted(_MONTHS, key=len, reverse=True)) + r")\b\.?"
_MONTH = r"(?P<month>" + "|".join(sorted(_MONTHS, key=len, reverse=True)) + r")\.?"
_WEEKDAY = r"(?:(?:mon|tues?|wed(?:nes)?|thu(?:rs)?|fri|sat(?:ur)?|sun)(?:day)?\.?,?\s+)?"
_ISO = re.compile(r"(?P<year>\d{4})[-/](?P<month>\d{1,2})[-/](?P<day>\d{1,2})(?![\d])")
_MDY = re.compile(_WEEKDAY + _MONTH + r"\s+(?P<day>\d{1,2})(?:st|nd|rd|th)?,?\s+(?P<year>\d{4})\b", re.I)
_DMY = re.compile(_WEEKDAY + r"(?P<day>\d{1,2})(?:st|nd|rd|th)?\s+" + _MONTH + r",?\s+(?P<year>\d{4})\b", re.I)
_LABEL = re.compile(
    r"^\s*(?:(?:first\s+)?published(?:\s+on)?|posted(?:\s+on)?|updated(?:\s+on)?|date(?:d)?|last\s+updated)"
    r"\s*[:\-–—]?\s*", re.I)
# What may follow a date on a line of its own: a clock time and a time zone.
_TIME_TAIL = re.compile(
    r"^[\s,|·–—\-]*(?:at\s+)?(?:T?\d{1,2}[:.]\d{2}(?:[:.]\d{2}(?:\.\d+)?)?\s*(?:[ap]\.?\s?m\.?)?"
    r"\s*(?:Z|[A-Z]{2,5}|(?:GMT|UTC)?\s?[+-]\d{1,2}:?\d{0,2})?)?\s*$", re.I)


def _valid(year: int, month: int, day: int) -> str | None:
    try:
        return _dt.date(year, month, day).isoformat()
    except ValueError:
        return None


def _match_to_iso(match: re.Match) -> str | None:
    month = match.group("month")
    number = int(month) if month.isdigit() else _MONTHS[month.lower().rstrip(".")]
    return _valid(int(match.group("year")), number, int(match.group("day")))


def date_in(text: str) -> str | None:
    """The first full date (year, month and day) written in ``text``, as YYYY-MM-DD, or None."""
    found = [m for pattern in (_ISO, _MDY, _DMY) if (m := pattern.search(text))]
    for match in sorted(found, key=lambda m: m.start()):
        if (iso := _match_to_iso(match)) is not None:
            return iso
    return None


def date_line(line: str) -> str | None:
    """YYYY-MM-DD when ``line`` is only a date (optionally labelled and timed), else None."""
    if len(line) > 80:
        return None
    rest = _LABEL.sub("", line, count=1).strip()
    for pattern in (_ISO, _MDY, _DMY):
        match = pattern.match(rest)
        if match and _TIME_TAIL.match(rest[match.end():]):
            return _match_to_iso(match)
    return None


def date_value(value: object) -> str | None:
    """A front-matter date (date, datetime or string) as YYYY-MM-DD, or None if unreadable."""
    if isinstance(value, _dt.datetime):
        return value.date().isoformat()
    if isinstance(value, _dt.date):
        return value.isoformat()
    if isinstance(value, str):
        return date_line(value) or date_in(value)
    return None

"""Explicitly stated dates to YYYY-MM-DD; nothing is guessed."""
from __future__ import annotations

import datetime as _dt
import re

from generator.readers.dates_foreign import foreign_stamp

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
_ISO = re.compile(r"(?<!\d)(?P<year>\d{4})[-/](?P<month>\d{1,2})[-/](?P<day>\d{1,2})(?![\d])")
_MDY = re.compile(_WEEKDAY + _MONTH + r"\s+(?P<day>\d{1,2})(?:st|nd|rd|th)?,?\s+(?P<year>\d{4})\b", re.I)
# "05/03/2024", "25.03.2024": with slashes, day and month in an order only a number over 12 can tell;
# with dots, day.month.year.
_NUMERIC = re.compile(r"(?P<a>\d{1,2})[/.](?P<b>\d{1,2})[/.](?P<year>\d{4})\b")
_DMY = re.compile(_WEEKDAY + r"(?P<day>\d{1,2})(?:st|nd|rd|th)?\s+" + _MONTH + r",?\s+(?P<year>\d{4})\b", re.I)
# Labels of a publication stamp, and of a stamp that says when the story was last changed.
_PUBLISHED_LABEL = (r"(?:(?:first|originally)\s+)?published(?:\s+on)?|posted(?:\s+on)?|released(?:\s+on)?"
                    r"|date(?:d)?|filed(?:\s+on)?")
_UPDATED_LABEL = r"(?:last\s+)?(?:updated|modified|revised|edited)(?:\s+on)?"
_LABEL = re.compile(
    r"^\s*(?:(?P<published>" + _PUBLISHED_LABEL + r")|(?P<updated>" + _UPDATED_LABEL + r"))"
    r"\s*[:\-–—]?\s*", re.I)
# A clock time and a time zone, as stamps write them: "3:04 PM EST", "15.04 GMT", "10 a.m. ET".
_CLOCK = (r"(?i:\d{1,2}[:.]\d{2}(?:[:.]\d{2}(?:\.\d+)?)?\s*(?:[ap]\.?\s?m\.?)?|\d{1,2}\s*[ap]\.?\s?m\.?)"
          r"(?:\s*(?:Z|[A-Z]{2,5}|(?:GMT|UTC)?\s?[+-]\d{1,2}:?\d{0,2})\b)?")
# A time written before the date: "3:04 PM EST, Tue March 5, 2024".
_LEAD_TIME = re.compile(r"^(?i:at\s+)?" + _CLOCK + r"\s*[,|·•–—\-]?\s*(?i:on\s+)?")
# A stamp that gives no date, only how long ago: "Updated 2 hours ago", "5 mins ago", "Just now".
_RELATIVE = re.compile(
    r"^\s*(?:(?:" + _PUBLISHED_LABEL + r"|" + _UPDATED_LABEL + r")\s*:?\s*)?"
    r"(?:(?:about|over|less than|more than)\s+)?(?:\d+|an?|one|a few)\s*"
    r"(?:s|secs?|seconds?|m|mins?|minutes?|h|hrs?|hours?|d|days?|w|wks?|weeks?|months?)\s+ago\.?\s*$"
    r"|^\s*(?:(?:" + _PUBLISHED_LABEL + r"|" + _UPDATED_LABEL + r")\s*:?\s*)?(?:just now|yesterday|today)\.?\s*$"
    r"|^\s*\d+\s*(?:-|\s)?(?:min(?:ute)?s?|hours?)\s+(?:read|listen|watch)\s*$"
    # An age alone, as aggregators print it after a byline: "Story by A • 3h", "• 1d", "• 2w".
    r"|^\s*\d{1,2}\s?(?:m|mins?|h|hrs?|d|w|wks?|mo|mos|y|yrs?)\s*$",
    re.I)
# What may follow a date on a line of its own: a clock time and a time zone.
_TIME_TAIL = re.compile(
    r"^[\s,|·–—\-]*(?:at\s+)?(?:T?\d{1,2}[:.]\d{2}(?:[:.]\d{2}(?:\.\d+)?)?\s*(?:[ap]\.?\s?m\.?)?"
    r"\s*(?:Z|[A-Z]{2,5}|(?:GMT|UTC)?\s?[+-]\d{1,2}:?\d{0,2})?)?\s*\.?\s*$", re.I)


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


def _dated(text: str) -> bool:
    """Whether ``text`` opens with a date that only a time may follow."""
    return any((m := pattern.match(text)) and _TIME_TAIL.match(text[m.end():])
               for pattern in (_ISO, _MDY, _DMY, _NUMERIC))


def stamp_line(line: str) -> tuple[str, str | None] | None:
    """What a line that is only a dated stamp says, or None when ``line`` is anything else.

    Returns:
        ("published", YYYY-MM-DD) for a date alone or labelled as a publication ("Published 3:04 PM
        EST, Tue March 5, 2024"); ("updated", YYYY-MM-DD) for a date labelled as a change ("Updated",
        "Last modified"): that is not when the story was published; ("relative", None) for a stamp
        with no date ("Updated 2 hours ago", "5 min read").
    """
    if len(line) > 80:
        return None
    if _RELATIVE.match(line):
        return "relative", None
    label = _LABEL.match(line)
    kind = "updated" if label and label.group("updated") else "published"
    rest = line[label.end():].strip() if label else line.strip()
    if label and not _dated(rest) and (time := _LEAD_TIME.match(rest)) and time.end() < len(rest):
        rest = rest[time.end():]   # "3:04 PM EST, Tue March 5, 2024"; but "05.03.2024 14:10" is a date first
    for pattern in (_ISO, _MDY, _DMY):
        match = pattern.match(rest)
        if match and _TIME_TAIL.match(rest[match.end():]):
            iso = _match_to_iso(match)
            return (kind, iso) if iso else None
    match = _NUMERIC.match(rest)
    if match and _TIME_TAIL.match(rest[match.end():]):
        a, b, year = int(match.group("a")), int(match.group("b")), int(match.group("year"))
        if a > 12 >= b or "." in match.group(0):
            # Dots are day.month.year wherever they are the custom (de, pl, ru, ...): no English
            # style writes month.day.year.
            return kind, _valid(year, b, a)
        if b > 12 >= a:
            return kind, _valid(year, a, b)
        return kind, None  # "04/05/2022": April 5 or 4 May; not guessed
    return None if label else foreign_stamp(line)


def date_line(line: str) -> str | None:
    """YYYY-MM-DD when ``line`` is only a date (optionally labelled and timed), else None.

    The label may be a publication's or an update's; :func:`stamp_line` tells them apart.
    """
    stamp = stamp_line(line)
    return stamp[1] if stamp else None


def date_value(value: object) -> str | None:
    """A front-matter date (date, datetime or string) as YYYY-MM-DD, or None if unreadable."""
    if isinstance(value, _dt.datetime):
        return value.date().isoformat()
    if isinstance(value, _dt.date):
        return value.isoformat()
    if isinstance(value, str):
        return date_line(value) or date_in(value)
    return None


# A date in a file name, the way static-site generators (Jekyll, Pelican, Hugo) and archives name
# posts: "2024-03-05-title.md", "2016-10-17_story.txt", "outlet_2016-10-17_slug.txt".
_FILE_NAME_DATE = re.compile(r"(?:^|[_\-. ])(?P<year>(?:19|20)\d\d)[-_](?P<month>\d\d)[-_](?P<day>\d\d)(?=$|[_\-. ])")


def file_name_date(name: str) -> str | None:
    """YYYY-MM-DD of the date a file's name states (``2024-03-05-title.md``), else None.

    Only a full year-month-day with separators counts: "20240305" or "03-05" could be anything.
    Args:
        name: the file's name or path; only its last part is read.
    """
    base = name.replace("\\", "/").rsplit("/", 1)[-1]
    match = _FILE_NAME_DATE.search(base)
    return _valid(int(match.group("year")), int(match.group("month")), int(match.group("day"))) if match else None

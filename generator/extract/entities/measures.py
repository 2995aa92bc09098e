"""Letters that follow a figure: a unit, a time zone, an era or a model, never an actor (issue 8, "Trust").

The model reads "at 15:00 BST", "1400 GMT", "in 500 BC" and "a 512 MB card" as organisations. An
acronym written right after a figure (or after "am"/"pm") is what the figure measures or when it
is, the way "15:00 GMT" and "20 pct" are read (or a model: "the Boeing 737 MAX"); a body's name stands after a number only as a
modifier of a noun ("300 IBM workers"), which this leaves alone. Only the words in the article
count, never a list of units. The group goes to the record's ``not_actors`` (``works.not_actor``).
"""
from __future__ import annotations

import calendar
import re

# Clock words a time zone follows: "3pm GMT", "10 a.m. EST".
_CLOCK_WORDS = frozenset({"am", "pm", "a.m.", "p.m."})
# A clock time: "17:00", "10.30", "0900".
_CLOCK = re.compile(r"(?:[01]?\d|2[0-3])[:.][0-5]\d")
# A year after the words that date things: "in 2004 BBC launched" is no figure and its unit.
_YEAR = re.compile(r"1[5-9]\d\d|20\d\d")
_DATING = frozenset("in since until till from of during by before after".split())
# Days and months a time zone may run into: "1400 GMT Friday".
_CALENDAR = frozenset(w.lower() for w in (*calendar.day_name, *calendar.month_name) if w)


def after_figure(doc, start: int, end: int) -> bool:
    """Whether the one-word acronym ``doc[start:end]`` follows a figure and modifies no noun after it:
    "15:00 BST", "3pm GMT", "17:00 BST deadline" (after a clock time, whatever follows), "500 BC",
    "512 MB." when a stop, a preposition or a day follows (not "300 IBM workers", not "in 2004 BBC
    launched")."""
    if end - start != 1 or start == 0:
        return False
    token, before = doc[start], doc[start - 1]
    if not (token.is_alpha and token.text.isupper() and 2 <= len(token.text) <= 4):
        return False
    if before.whitespace_ == "" and before.lower_ not in _CLOCK_WORDS:
        return False                        # "F16" "A4": one token's parts, not a figure and its unit
    clock = before.lower_ in _CLOCK_WORDS and start >= 2 and doc[start - 2].text[-1:].isdigit() \
        or bool(_CLOCK.fullmatch(before.text))      # "3pm GMT", not "I am ABC's"
    if clock:
        return True                         # "17:00 BST deadline": a time's zone, whatever follows
    if not (before.like_num and any(c.isdigit() for c in before.text)):
        return False
    if _YEAR.fullmatch(before.text) and start >= 2 and doc[start - 2].lower_ in _DATING:
        return False
    after = doc[end] if end < len(doc) else None
    return after is None or after.is_punct or after.pos_ == "ADP" or after.lower_ in _CALENDAR

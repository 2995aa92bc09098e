"""Letters that follow a figure: a unit, a time zone, an era or a model, never an actor (issue 8, "Trust").

The model reads "at 15:00 BST", "1400 GMT", "in 500 BC" and "a 512 MB card" as organisations. An
acronym written right after a figure (or after "am"/"pm") is what the figure measures or when it
is, the way "15:00 GMT" and "20 pct" are read (or a model: "the Boeing 737 MAX"); a body's name stands after a number only as a
modifier of a noun ("300 IBM workers"), which this leaves alone. Only the words in the article
count, never a list of units. The group goes to the record's ``not_actors`` (``works.not_actor``).

A name after an amount whose last word is a currency's unit is that currency, not a body or a person
(:func:`amount_unit`: "13.6 billion U.S. Dlrs", "2.60 H.K. Dlrs"): the unit is a word of a currency's
name in ISO 4217 (pycountry: "Dollar", "Franc", "Yen"), or a word that is no English word
(lemminflect's lexicon) and that the article writes in lower case right after a figure ("10,000
dlrs", "two cts": Reuters' abbreviations, which no package lists).
"""
from __future__ import annotations

import calendar
import re
from functools import lru_cache

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


@lru_cache(maxsize=1)
def _currency_units() -> frozenset:
    """Last words of ISO 4217 currency names (pycountry), lower case, with their plurals: "dollar",
    "dollars", "yen", "franc", "francs". Names with words in lower case or brackets are codes for
    funds and tests ("Codes specifically reserved for testing purposes"), left out."""
    import pycountry
    words = set()
    for c in pycountry.currencies:
        parts = c.name.split()
        if all(p[:1].isupper() and p.isalpha() for p in parts):
            words.update((parts[-1].lower(), parts[-1].lower() + "s"))
    return frozenset(words)


def _after_amount(doc, start: int) -> bool:
    """Whether ``doc[start]`` follows a figure, or a figure and its scale word ("13.6 billion", "one mln")."""
    if start == 0:
        return False
    before = doc[start - 1]
    if before.like_num and not before.is_sent_start:
        return True
    return start >= 2 and before.is_lower and before.is_alpha and doc[start - 2].like_num


def amount_unit(doc, start: int, end: int) -> bool:
    """Whether the name ``doc[start:end]`` is the currency of the amount right before it: its last
    word is a currency's unit (:func:`_currency_units`) or a word, no English one, the article writes
    in lower case right after a figure ("10,000 dlrs"; not "music" in "BBC 6 Music"), and a figure or a figure and its scale word stand before it
    ("13.6 billion U.S. Dlrs", "2.60 H.K. Dlrs"; not "the Dollar Shave Club", "300 IBM workers")."""
    if not _after_amount(doc, start):
        return False
    last = doc[end - 1].lower_
    if not doc[end - 1].is_alpha:
        return False
    if last in _currency_units():
        return True
    from lemminflect import getAllLemmas
    if getAllLemmas(last):
        return False                        # an English word: "BBC 6 Music" beside "2 music awards"
    return any(t.lower_ == last and t.is_lower and t.i >= 1 and doc[t.i - 1].like_num for t in doc)

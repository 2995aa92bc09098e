"""Clause shapes that make a figure's label a fragment of its clause rather than what it counts:
a length before a direction word ("windows coming around three feet down from the ceiling" is a
distance, not a change of the windows), and a noun of the parse that acts as a verb ("an £800m bid
undervalues club prospects", "undervalues" tagged a plural noun), which a compound label must not
run on to. Written by hand: they read spaCy's dependency parse; no library says what a news figure
counts.
"""
from __future__ import annotations

from .evidence import DIRECTION_WORDS
from .words import _LENGTH, _LEVEL_VERBS

# Verbs after which "<figure> up/down/higher/lower" is a market's change: "closed 12 cents lower".
_CLOSE_VERBS = {"close", "end", "finish", "open", "settle", "trade", "start"}


def verb_read_as_noun(noun) -> bool:
    """Whether a noun of the parse acts as a clause's verb: it has an object or a subject, or heads a
    clause ("an £800m bid undervalues club prospects", "undervalues" tagged a plural noun)."""
    return noun.dep_ in {"ROOT", "ccomp", "xcomp", "advcl", "relcl", "parataxis"} or any(
        c.dep_ in {"dobj", "nsubj", "nsubjpass", "ccomp"} for c in noun.children)


def distance_before_direction(span) -> bool:
    """Whether a direction word after the figure makes it a distance, not a change of the verb's
    subject: "windows coming around three feet down from the ceiling", "beams hanging two feet down"
    (a length only: "estimated profits at 163 mln rupees up from 133 mln" is a change).
    After a verb of level or a market's close it is a change ("closed 12 cents lower")."""
    doc = span.doc
    nxt = doc[span.end] if span.end < len(doc) else None
    if nxt is None or nxt.lower_ not in DIRECTION_WORDS or not any(t.lower_ in _LENGTH for t in span):
        return False  # "163 mln rupees up from 133 mln": a change; only a length is a distance
    verb = nxt.head
    while verb.pos_ not in {"VERB", "AUX"} and verb.head is not verb and verb.i > span.sent.start:
        verb = verb.head
    return verb.pos_ in {"VERB", "AUX"} and verb.lemma_ not in _LEVEL_VERBS | _CLOSE_VERBS

"""The period a figure belongs to, when its sentence says it: "$3.36bn: profit" is "profit in 2004"
when the sentence reads "made a profit of $3.36bn in 2004"; "net profit in the fourth quarter",
"sales last year".

The period is a time expression spaCy's recogniser marks DATE (or a "last year", "this quarter" it left
unmarked, as it may at a sentence's start) that hangs off the same clause as the
figure: a child of the verb that governs the figure (no other verb between them), of the noun the
figure counts, or of the figure itself, with its preposition ("in 2004", "for the year", "during
the quarter") or bare ("last year", "this week"). Only one period is added, the nearest to the
figure; a period already in the label is not repeated; a date inside a subordinate clause or a
quotation of another clause is not the figure's. Written by hand: it reads spaCy's dependency
parse, and no library attaches time expressions to figures.
"""
from __future__ import annotations

from ..sentences import ents_in
from .words import _UNIT_WORDS

# Prepositions that introduce a period: "in 2004", "for the year", "during the quarter", "since 2001".
_PERIOD_PREPS = {"in", "for", "during", "over", "through", "since", "by", "on", "at", "until", "within", "throughout"}
# Clause boundaries the search does not cross (a date there belongs to another event).
_CLAUSE_DEPS = {"advcl", "ccomp", "relcl", "acl", "xcomp", "conj", "parataxis", "csubj"}
PERIOD_MAX_WORDS = 6


# Last words of a label of change, which the figure completes ("Net profit rose to", "sales were down by").
_OPEN_ENDS = {"to", "by", "from", "at", "of", "up", "down", "off", "back", "higher", "lower", "than"}


def with_period(span, context: str) -> str:
    """``context`` with the period its figure belongs to ("profit" -> "profit in 2004"), or unchanged.

    A label of change that the figure completes ("Net profit rose to") takes the period after its
    subject, before the verb ("Net profit in the fourth quarter rose to"); when the verb is not found
    in it, the label is left as it is.

    Args:
        span: the figure (a spaCy Span); context: the label the numbers extractor gave it.
    Returns:
        the label, with "<preposition> <time expression>" or "<time expression>" added when the
        figure's clause states one and the label does not hold it already.
    """
    if not context:
        return context
    period, verb = period_of(span, {w.casefold() for w in context.split()})
    if not period or period.casefold() in context.casefold():
        return context
    bare = period.split(" ", 1)[-1].casefold()
    if bare in context.casefold():
        return context
    words = context.split()
    if words[-1].casefold() not in _OPEN_ENDS:
        return f"{context} {period}"
    subject = next((c for c in verb.children if c.dep_ in {"nsubj", "nsubjpass"}), None) if verb is not None else None
    if subject is None or subject.text not in words[:-1]:
        return context  # the label's subject is not found: the period cannot be placed after it
    at = words.index(subject.text) + 1
    return " ".join(words[:at] + [period] + words[at:])


def period_of(span, label_words: set[str] = frozenset()):
    """(the time expression of the figure's clause verbatim with its preposition, or ""; the verb
    governing the figure, or None)."""
    anchors, verb = _anchors(span, label_words)
    inside = set(range(span.start, span.end))
    best: tuple[int, str] | None = None
    dates = [e for e in ents_in(span.doc, span.sent.start, span.sent.end) if e.label_ == "DATE"] \
        if span.sent is not None else []
    for ent in dates + _unmarked_periods(span.sent) if span.sent is not None else ():
        if ent.start in inside or ent.end - 1 in inside:
            continue
        if len(ent) > PERIOD_MAX_WORDS or any(t.like_num and "-" in t.text for t in ent):
            continue
        attached = _attachment(ent, anchors, inside)
        if attached is None or _after_earlier_value(span, ent) or _after_other_verb(span, ent):
            continue
        distance = min(abs(ent.start - span.start), abs(ent.end - span.end))
        if best is None or distance < best[0]:
            best = (distance, attached)
    return (best[1] if best else ""), verb


# A period the recogniser may leave unmarked, opening a sentence: "Last year Harbour Foods saw a 40 pct
# surge" ("last year" is no DATE there). Its noun, and the words that make it one period.
_PERIOD_NOUNS = {"year", "quarter", "month", "week", "half"}
_PERIOD_DETERMINERS = {"last", "this", "next", "past", "previous"}


def _unmarked_periods(sent) -> list:
    """Spans of "last year", "this quarter" in ``sent`` that no DATE entity covers: a period noun
    used as an adverb (npadvmod, tmod) whose only left word is one of ``_PERIOD_DETERMINERS``."""
    found = []
    for tok in sent:
        lefts = list(tok.lefts)
        if tok.lower_ in _PERIOD_NOUNS and not tok.ent_type_ and tok.dep_ in {"npadvmod", "tmod"} \
                and len(lefts) == 1 and lefts[0].lower_ in _PERIOD_DETERMINERS and lefts[0].i == tok.i - 1:
            found.append(sent.doc[tok.i - 1:tok.i + 1])
    return found


# Words that bring in the earlier value of a change or comparison ("to 35 billion from 32.3 billion").
_EARLIER = {"from", "against", "versus", "vs", "vs.", "compared"}


def _after_earlier_value(span, ent) -> bool:
    """Whether the time expression follows the earlier value of the figure's change, and is that
    value's: "a profit rise to 35 billion from 32.3 billion in 1985" (1985 is the year of 32.3)."""
    for mark in (t for t in span.doc[span.end:ent.start] if t.lower_ in _EARLIER):
        preps = [mark] + [c for c in mark.children if c.dep_ == "prep"]  # "compared with"
        objs = [c for p in preps for c in p.children if c.dep_ == "pobj" and c.i < ent.start]
        # the old value is a figure itself ("from 32.3 billion", "from 2.88 dlrs"), not "from 10 countries"
        if any(o.ent_type_ != "DATE" and (o.like_num or o.lower_ in _UNIT_WORDS) for o in objs):
            return True
    return False


def _after_other_verb(span, ent) -> bool:
    """Whether a conjunction and a verb of its own stand between the figure and the time expression,
    which is then that verb's: "has attracted almost 500 responses and closes on 7 February" (the
    parser may hang "on 7 February" off "attracted" when it reads "closes" as a noun's conjunct)."""
    between = list(span.doc[span.end:ent.start])
    return any(t.dep_ == "cc" and any(w.tag_ in {"VBD", "VBZ", "VBP", "MD"} for w in between[n + 1:])
               for n, t in enumerate(between))


def _anchors(span, label_words: set[str]):
    """(token indices a period may hang off: the figure's tokens, the noun it counts, and the
    nearest verb governing it, climbing through nouns and prepositions only; that verb or None)."""
    anchors = {t.i for t in span}
    verb = None
    tok = span.root
    for _ in range(6):
        head = tok.head
        if head is tok:
            break
        if head.pos_ in {"NOUN", "PROPN"} and head.lower_ not in label_words:
            break  # "a poll of 1,033 adults was conducted Feb. 11-15": the poll's date, not the adults'
        anchors.add(head.i)
        if head.pos_ in {"VERB", "AUX"}:
            verb = head
            # the subject of a level verb: "its 1986 revenues were 45 mln dlrs"
            anchors.update(c.i for c in head.children if c.dep_ in {"nsubj", "nsubjpass"} and c.pos_ in {"NOUN", "PROPN"})
            break
        if tok.dep_ in _CLAUSE_DEPS:
            break
        tok = head
    return anchors, verb


def _attachment(ent, anchors: set[int], inside: set[int]) -> str | None:
    """The period as written ("in 2004", "last year") when ``ent`` hangs off one of ``anchors``
    without crossing a clause boundary; else None."""
    root = ent.root
    tok = root
    prep = None
    for _ in range(4):
        head = tok.head
        if head is tok:
            return None
        if tok.dep_ in _CLAUSE_DEPS:
            return None
        if head.i in anchors:
            break
        if head.dep_ == "prep" and head.i not in inside and tok.dep_ == "pobj":
            prep = head
            tok = head
            continue
        return None
    else:
        return None
    text = ent.text
    if prep is not None:
        if prep.lower_ not in _PERIOD_PREPS or prep.i != ent.start - 1 and not _only_determiners(prep, ent):
            return None
        text = f"{prep.text} {text}" if prep.i == ent.start - 1 else f"{prep.doc[prep.i:ent.end].text}"
    elif root.dep_ in {"nmod", "compound", "amod", "nummod"} and root.i < root.head.i:
        # a year before its noun ("its 1986 revenues"): the label reads "revenues in 1986"
        if not (len(ent) == 1 and root.like_num and len(root.text) == 4):
            return None
        text = f"in {ent.text}"
    elif root.dep_ not in {"npadvmod", "tmod", "advmod"}:
        return None
    text = " ".join(text.split())
    first = prep if prep is not None else ent[0]
    if first.pos_ not in {"PROPN", "NUM"} and text[:1].isupper():
        text = text[:1].lower() + text[1:]  # "In the fourth quarter, ...", "Last week ...": not a name
    return text if len(text.split()) <= PERIOD_MAX_WORDS + 1 else None


def _only_determiners(prep, ent) -> bool:
    """Whether only determiners stand between the preposition and the time expression ("in the 2004")."""
    between = prep.doc[prep.i + 1:ent.start]
    return all(t.pos_ == "DET" for t in between)

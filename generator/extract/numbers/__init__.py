"""Key numbers: the figures a reader should take away (tolls, sums, shares, counts, ordinals).

Candidates are spaCy's CARDINAL, ORDINAL, MONEY, PERCENT and QUANTITY entities, plus hyphenated
age/duration adjectives ("10-month-old") that spaCy labels DATE. Dates, times, years, phone
numbers, page references and model names ("Type 22") are not key numbers. What each number
counts is read off the dependency parse; ranking favours money, percentages, counts of people
and large quantities. Precision first (issue 8): a figure reaches the record only with the evidence
``evidence.drop_reason`` asks for (a quantity whose label is the sentence's own words, with its
direction; no ordinals, ages, small counts or figures only attempted), and two figures are never
given the same label. A percentage of one whole is labelled a share of it ("50.08% of the vote" ->
"share of the vote"); a margin ("beat her rival by 312 votes") and a sum whose label would be a period
("170,000 dlrs in quarter") are held back; a place after "in" is never the label ("1.4 metres in the
river town of Kelby" is what the water reached).

A label names the period its figure belongs to when the figure's clause states one ("profit in
2004", "net loss in the fourth quarter": ``period``). A figure that is dropped stays in the record,
unpublished, with the reason (:func:`judged_numbers`, the record's ``numbers_held_back``), the way
held-back actors do.

Modules: ``candidates`` (figures made whole, noise), ``values`` (what a figure is worth),
``context`` (what it counts), ``clauses`` (clause shapes that would make a label a fragment),
``period`` (when), ``evidence`` (whether it may be published),
``words`` (the word lists); the ranking is here.
"""
from __future__ import annotations

import re
from dataclasses import replace

from ...types import Number
from ..quotes.marks import quoted_stretches
from ..sentences import text_of
from .candidates import _candidates, _figure_text, _is_noise, _sentence
from .context import _context
from .evidence import drop_reason
from .period import with_period
from .values import number_value
from .words import _BASE_WEIGHT, _HARM_VERBS, _PEOPLE, _UNIT_WORDS

__all__ = ["HELD_BACK_MAX", "NO_LABEL", "REPEATED", "judged_numbers", "number_value", "numbers"]

# How many held-back figures a record keeps (the first in text order); the record counts the rest.
HELD_BACK_MAX = 20
# Reasons of figures held back before any evidence is weighed: no phrase of the sentence says what the
# figure counts ("rose to 7-13/16 pct" with no subject), or it repeats a key number with its label.
NO_LABEL = "no label"
REPEATED = "repeats a key number"


def numbers(doc, *, body_start: int = 0, limit: int = 8) -> tuple[Number, ...]:
    """The body's key numbers, at most ``limit``, in text order.

    Args:
        doc: spaCy Doc of ``headline + "\\n\\n" + body``.
        body_start: character offset where the body starts in ``doc.text``.
        limit: how many numbers at most.

    Returns:
        One :class:`Number` per distinct figure, with what it counts and its sentence verbatim.
    """
    return judged_numbers(doc, body_start=body_start, limit=limit)[0]


def judged_numbers(doc, *, body_start: int = 0, limit: int = 8,
                   held_max: int | None = HELD_BACK_MAX) -> tuple[tuple[Number, ...], tuple[Number, ...]]:
    """(key numbers, held-back figures): the first as :func:`numbers` gives them; the second every
    figure that was not published, each with its ``reason`` ("ordinal or age", "the earlier value of
    a change", :data:`NO_LABEL` with an empty label, :data:`REPEATED`, "not among the 8 most important"
    ...), the first ``held_max`` in text order (all of them when None). Dates, times, years, phone
    numbers, scores, codes and list markers (``candidates._is_noise``) are no figures and are in
    neither."""
    ranked: list[tuple[float, int, Number]] = []
    held: list[tuple[int, Number]] = []
    # the quotations as the quote finder reads them (marks over paragraphs, lost closing marks)
    quoted = [(q.start, q.end) for q in quoted_stretches(text_of(doc), start=body_start)]
    seen: set[tuple] = set()

    def hold(span, value, context, reason):
        held.append((span.start_char, Number(_figure_text(doc, span), value, context,
                                             _sentence(doc, span, body_start), reason)))

    for span, label in _candidates(doc, body_start):
        if _is_noise(doc, span, label):
            continue
        value = number_value(span.text)
        context, counted = _context(span, label)
        if not context:  # a figure whose meaning the text does not say in a phrase is no key number
            hold(span, value, "", NO_LABEL)
            continue
        reason = drop_reason(doc, span, label, value, context, counted) or (
            "the earlier value of a change or comparison" if _earlier_value(span, context, counted) else "")
        context = with_period(span, context)
        if reason:
            hold(span, value, context, reason)  # no evidence that it is a quantity whose label says what it counts
            continue
        score = _importance(span, label, value, context, counted)
        if any(a <= span.start_char < b for a, b in quoted):
            # the speaker's figure ("Investors were bracing for 300 to 400 jobs"), shown with the
            # quote: listed with a label alone it reads as the article's finding
            hold(span, value, context, "inside a quotation: the speaker's figure, not the article's")
            continue
        if score <= 0:
            hold(span, value, context, "too small to be a key number")
            continue
        if any(context.lower() == n.context.lower() and value != n.value for _, _, n in ranked):
            hold(span, value, context, "another figure has the same label")
            continue  # a second figure under the same label: the label cannot tell them apart
        key = (span.text.lower(), context.lower())
        value_key = (value, context.lower()) if value is not None and context else None
        if key in seen or (value_key and value_key in seen):
            hold(span, value, context, REPEATED)
            continue
        seen.add(key)
        if value_key:
            seen.add(value_key)
        sentence = _sentence(doc, span, body_start)
        ranked.append((score, span.start_char, Number(_figure_text(doc, span), value, context, sentence)))
    order = sorted(ranked, key=lambda r: (-r[0], r[1]))
    best, rest = order[:max(0, limit)], order[max(0, limit):]
    held.extend((start, replace(n, reason=f"not among the {limit} most important")) for _, start, n in rest)
    kept = tuple(n for _, _, n in sorted(best, key=lambda r: r[1]))
    held_in_order = [n for _, n in sorted(held, key=lambda h: h[0])]
    return kept, tuple(held_in_order if held_max is None else held_in_order[:held_max])


def _earlier_value(span, context: str = "", counted=None) -> bool:
    """Whether the figure is the old value of a change ("to $113 billion from $67 billion") or the value
    a figure is compared against ("net profit of 43 mln against losses of 968 mln in 1985").

    Also the old value whose label ends in "from" ("earnings were up to 92.8 mln from 78 mln" gives
    78 mln the label "earnings were up from": the level it left, shown as if it were the level), and
    one after "from" where the same clause names the level reached: "down to five pct in 1987 from
    5.6 pct", "to 7-7/8 pct from 7-3/4 pct", "swung to a deficit from a 1.60 billion surplus"."""
    if context.lower().split()[-1:] == ["from"]:
        return True
    for tok in {span.root, counted} - {None}:
        prep = tok.head
        if tok.dep_ == "pobj" and prep.lower_ == "from" and prep.dep_ == "prep" and _level_before(prep):
            return True
    tok = span.root
    for _ in range(4):  # "a profit of $5m against a $3m loss a year before": the comparison's value
        if tok.dep_ == "prep" and tok.lower_ in {"against", "versus", "vs", "vs."} or \
                tok.lower_ in {"compared", "comparing"}:
            return True
        if tok.head is tok:
            break
        tok = tok.head
    prep = span.root.head
    if prep.lower_ != "from" or prep.dep_ != "prep" or span.root.dep_ != "pobj":
        return False
    return any(c.dep_ == "prep" and c.lower_ == "to" for c in prep.head.children) or \
        prep.head.lemma_ in {"rise", "fall", "increase", "decrease", "drop", "climb", "grow", "jump", "up", "down"}


def _level_before(prep) -> bool:
    """Whether a "from" phrase follows the level a change reached: it hangs off another figure ("to 7-7/8
    pct from ..."), or its governor holds a "to" before it with a figure ("bring it down to five pct
    ... from"; "swung to a 1.28 billion deficit from")."""
    head = prep.head
    if head.like_num or head.ent_type_ in {"MONEY", "PERCENT", "QUANTITY", "CARDINAL"} or \
            head.lower_ in _UNIT_WORDS and any(c.like_num for c in head.children):
        return True
    return any(t.lower_ == "to" and t.dep_ == "prep" and t.i < prep.i and any(
        w.like_num or w.ent_type_ in {"MONEY", "PERCENT", "QUANTITY", "CARDINAL"} for w in t.subtree)
        for t in head.subtree)


def _importance(span, label: str, value: float | None, context: str, counted) -> float:
    """How much a reader needs this figure: kind, size, and whether it counts people."""
    score = _BASE_WEIGHT.get(label, 1.0)
    if value is not None and label in {"CARDINAL", "QUANTITY", "MONEY"}:
        if value >= 1000:
            score += 2
        elif value >= 100:
            score += 1
        elif value < 2 and label == "CARDINAL":
            score -= 2
    words = {w.lower() for w in re.findall(r"[A-Za-z]+", context)}
    if counted is not None and (counted.lemma_.lower() in _PEOPLE or counted.lower_ in _PEOPLE):
        score += 2
    elif words & _PEOPLE or any(t.lemma_ in _HARM_VERBS for t in span.root.ancestors if t.pos_ == "VERB"
                                and t.i - span.root.i < 4):
        score += 1
    if not context:
        score -= 2
    elif label in {"ORDINAL", "DATE"} or "-" in span.text:
        score += 1  # "ninth trip", "three-phase process": describes the story itself
    return score

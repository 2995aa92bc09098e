"""Key numbers: the figures a reader should take away (tolls, sums, shares, counts, ordinals).

Candidates are spaCy's CARDINAL, ORDINAL, MONEY, PERCENT and QUANTITY entities, plus hyphenated
age/duration adjectives ("10-month-old") that spaCy labels DATE. Dates, times, years, phone
numbers, page references and model names ("Type 22") are not key numbers. What each number
counts is read off the dependency parse; ranking favours money, percentages, counts of people
and large quantities. Precision first (issue 8): a figure reaches the record only with the evidence
``evidence.drop_reason`` asks for (a quantity whose label is the sentence's own words, with its
direction; no ordinals, ages, small counts or figures only attempted), and two figures are never
given the same label.

Modules: ``candidates`` (figures made whole, noise), ``values`` (what a figure is worth),
``context`` (what it counts), ``evidence`` (whether it may be published), ``words`` (the word
lists); the ranking is here.
"""
from __future__ import annotations

import re

from ...types import Number
from .candidates import _candidates, _figure_text, _inside_quotes, _is_noise, _sentence
from .context import _context
from .evidence import drop_reason
from .values import number_value
from .words import _BASE_WEIGHT, _HARM_VERBS, _PEOPLE

__all__ = ["number_value", "numbers"]


def numbers(doc, *, body_start: int = 0, limit: int = 8) -> tuple[Number, ...]:
    """The body's key numbers, at most ``limit``, in text order.

    Args:
        doc: spaCy Doc of ``headline + "\\n\\n" + body``.
        body_start: character offset where the body starts in ``doc.text``.
        limit: how many numbers at most.

    Returns:
        One :class:`Number` per distinct figure, with what it counts and its sentence verbatim.
    """
    ranked: list[tuple[float, int, Number]] = []
    seen: set[tuple] = set()
    for span, label in _candidates(doc, body_start):
        if _is_noise(doc, span, label):
            continue
        value = number_value(span.text)
        context, counted = _context(span, label)
        if not context:
            continue  # a figure whose meaning the text does not say in a phrase is no key number
        if drop_reason(doc, span, label, value, context, counted) or _earlier_value(span):
            continue  # no evidence that it is a quantity whose label says what it counts
        quoted = _inside_quotes(doc, span)
        score = _importance(span, label, value, context, counted)
        if quoted and score < 3:
            continue  # a figure of speech inside a quote ("one of the best"), not a finding
        if score <= 0:
            continue
        if any(context.lower() == n.context.lower() and value != n.value for _, _, n in ranked):
            continue  # a second figure under the same label: the label cannot tell them apart
        key = (span.text.lower(), context.lower())
        value_key = (value, context.lower()) if value is not None and context else None
        if key in seen or (value_key and value_key in seen):
            continue
        seen.add(key)
        if value_key:
            seen.add(value_key)
        sentence = _sentence(doc, span, body_start)
        ranked.append((score, span.start_char, Number(_figure_text(doc, span), value, context, sentence)))
    best = sorted(ranked, key=lambda r: (-r[0], r[1]))[:max(0, limit)]
    return tuple(n for _, _, n in sorted(best, key=lambda r: r[1]))


def _earlier_value(span) -> bool:
    """Whether the figure is the old value of a change ("to $113 billion from $67 billion") or the value
    a figure is compared against ("net profit of 43 mln against losses of 968 mln in 1985")."""
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

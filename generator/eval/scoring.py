"""Measures shared by the corpus scorers: word overlap, one-to-one matching, P/R/F1, names, dates, rows."""
from __future__ import annotations

import re
import unicodedata
from collections import Counter
from dataclasses import dataclass, field
from datetime import date, timedelta
from typing import Any, Sequence

from ..types import RawArticle

# Apostrophes are dropped inside words ("don't" -> "dont") so both sides of a comparison agree.
_APOSTROPHES = re.compile(r"['\u2019\u2018\u02bc`]")
_WORD = re.compile(r"\w+")
_POSSESSIVE = re.compile(r"['\u2019]s?$")


@dataclass(frozen=True)
class Item:
    """One article of a corpus: what the generator is given (``raw``) and what it is scored against."""
    set: str
    key: str
    raw: RawArticle | None          # None when the reader refused the file
    gold: Any
    error: str | None = None


@dataclass(frozen=True)
class Row:
    """One line of the results table."""
    set: str
    measure: str
    value: float | None
    n: int
    correct: int | None = None      # for accuracies: how many of n were right
    target: float | None = None     # value must be >= target
    note: str | None = None

    @property
    def passed(self) -> bool | None:
        if self.target is None or self.value is None:
            return None
        return self.value >= self.target - 1e-12

    def as_dict(self) -> dict:
        return {"set": self.set, "measure": self.measure, "value": self.value, "n": self.n,
                "correct": self.correct, "target": self.target, "passed": self.passed, "note": self.note}


@dataclass
class Tally:
    """Counts for precision and recall: predicted items right of all predicted, gold items found of all gold."""
    predicted_right: int = 0
    predicted: int = 0
    gold_found: int = 0
    gold: int = 0
    extra: dict = field(default_factory=dict)

    def add(self, *, predicted_right: int, predicted: int, gold_found: int, gold: int) -> None:
        self.predicted_right += predicted_right
        self.predicted += predicted
        self.gold_found += gold_found
        self.gold += gold

    def prf(self) -> tuple[float, float, float]:
        return prf(self.predicted_right, self.predicted, self.gold_found, self.gold)


def words(text: str) -> list[str]:
    """The words of ``text``: lowercased, punctuation dropped (apostrophes inside words too)."""
    return _WORD.findall(_APOSTROPHES.sub("", unicodedata.normalize("NFKC", text).lower()))


def word_overlap(a: str, b: str) -> float:
    """Shared words (counted with repeats) divided by the word count of the longer of ``a`` and ``b``."""
    wa, wb = words(a), words(b)
    if not wa or not wb:
        return 0.0
    shared = sum((Counter(wa) & Counter(wb)).values())
    return shared / max(len(wa), len(wb))


def containment(part: str, whole: str) -> float:
    """Shared words (with repeats) divided by the word count of the shorter text: how much of one is in the other."""
    wa, wb = words(part), words(whole)
    if not wa or not wb:
        return 0.0
    return sum((Counter(wa) & Counter(wb)).values()) / min(len(wa), len(wb))


def match_quotes(predicted: Sequence[str], gold: Sequence[str], *,
                 threshold: float = 0.5) -> list[tuple[int, int, float]]:
    """One-to-one matches ``(predicted index, gold index, overlap)``, greedy by overlap, overlap >= threshold.

    Ties keep text order, so the result does not depend on set iteration.
    """
    pairs = []
    for i, p in enumerate(predicted):
        for j, g in enumerate(gold):
            overlap = word_overlap(p, g)
            if overlap >= threshold:
                pairs.append((-overlap, i, j))
    pairs.sort()
    used_p: set[int] = set()
    used_g: set[int] = set()
    matches = []
    for neg, i, j in pairs:
        if i in used_p or j in used_g:
            continue
        used_p.add(i)
        used_g.add(j)
        matches.append((i, j, -neg))
    return sorted(matches)


def prf(predicted_right: int, predicted: int, gold_found: int, gold: int) -> tuple[float, float, float]:
    """Precision, recall and F1 from counts; 0.0 where a denominator is 0."""
    precision = predicted_right / predicted if predicted else 0.0
    recall = gold_found / gold if gold else 0.0
    f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
    return precision, recall, f1


def name_key(name: str) -> str:
    """A name compared loosely: lowercased, no leading "the", no possessive 's, no punctuation."""
    text = unicodedata.normalize("NFKC", name).lower().strip()
    text = _POSSESSIVE.sub("", text)
    text = re.sub(r"^the\s+", "", text)
    text = _APOSTROPHES.sub("", text)
    text = re.sub(r"[^\w\s]", "", text)
    return " ".join(text.split())


def headline_key(text: str | None) -> str:
    """A headline compared loosely: curly quotes straightened, lowercased, spaces collapsed, end stop and quotes dropped."""
    if not text:
        return ""
    text = unicodedata.normalize("NFKC", text)
    text = text.translate(str.maketrans({"\u2018": "'", "\u2019": "'", "\u201c": '"', "\u201d": '"'}))
    text = " ".join(text.lower().split())
    # Copies of a headline often differ only in a stop added after it, inside or outside its quote.
    return text.rstrip(" .'\"")


def ratio(correct: int, n: int) -> float | None:
    return correct / n if n else None


def accuracy_row(set_name: str, measure: str, outcomes: Sequence[bool], *, target: float | None = None,
                 note: str | None = None) -> Row:
    """A row for the share of True in ``outcomes``."""
    right = sum(1 for o in outcomes if o)
    return Row(set_name, measure, ratio(right, len(outcomes)), len(outcomes), correct=right,
               target=target, note=note)


_MONTHS = ["january", "february", "march", "april", "may", "june", "july", "august", "september",
           "october", "november", "december"]


def date_stated(text: str, day: date) -> bool:
    """Whether ``text`` writes ``day`` with its year ("Feb. 26, 1987", "26 February 1987", "1987-02-26").

    A month and day without a year is not a stated date.
    """
    month = _MONTHS[day.month - 1]
    month_re = rf"(?:{month}|{month[:3]}|{month[:4]})\.?"
    d = rf"0?{day.day}(?:st|nd|rd|th)?"
    patterns = [rf"\b{month_re}\s+{d},?\s+{day.year}\b",
                rf"\b{d}\s+(?:of\s+)?{month_re},?\s+{day.year}\b",
                rf"\b{day.isoformat()}\b"]
    lowered = text.lower()
    return any(re.search(p, lowered) for p in patterns)


def iso_day(value: str | None) -> date | None:
    """The calendar day of an ISO date or timestamp ("2016-12-14T22:03:42.000Z" -> 2016-12-14)."""
    if not value:
        return None
    match = re.match(r"(\d{4})-(\d{2})-(\d{2})", value)
    if not match:
        return None
    try:
        return date(int(match[1]), int(match[2]), int(match[3]))
    except ValueError:
        return None


def same_day(published: str | None, gold: date | None, *, tolerance_days: int = 0) -> bool:
    """Whether ``published`` is ``gold`` (within ``tolerance_days``); both missing counts as the same."""
    got = iso_day(published)
    if gold is None:
        return published is None
    return got is not None and abs(got - gold) <= timedelta(days=tolerance_days)


def format_table(rows: Sequence[Row]) -> str:
    """The results as one plain-text table: set | measure | value | n | target."""
    header = ("set", "measure", "value", "n", "target")
    lines = []
    for row in rows:
        value = "-" if row.value is None else f"{row.value:.3f}" if abs(row.value) < 10 else f"{row.value:.1f}"
        n = f"{row.correct}/{row.n}" if row.correct is not None else str(row.n)
        if row.target is None:
            target = ""
        else:
            mark = {True: "\u2713", False: "\u2717", None: "?"}[row.passed]
            target = f">= {row.target:g} {mark}"
        note = row.note if not row.note or len(row.note) <= 48 else row.note[:47] + "\u2026"
        measure = row.measure + (f" ({note})" if note else "")
        lines.append((row.set, measure, value, n, target))
    widths = [max(len(h), *(len(line[k]) for line in lines)) if lines else len(h)
              for k, h in enumerate(header)]
    out = [" | ".join(h.ljust(w) for h, w in zip(header, widths)).rstrip(),
           "-+-".join("-" * w for w in widths)]
    for line in lines:
        cells = [line[0].ljust(widths[0]), line[1].ljust(widths[1]), line[2].rjust(widths[2]),
                 line[3].rjust(widths[3]), line[4]]
        out.append(" | ".join(cells).rstrip(" |"))
    return "\n".join(out)

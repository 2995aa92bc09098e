"""XSum: ROUGE-1/2/L F of the record's summary and of a lead baseline of the same number of sentences.

The baseline is the first N sentences of the article as given (spaCy's sentence splitter, the
project's model), N = the number of sentences in the record's summary (at least 1, so an empty
summary scores below the baseline instead of tying with an empty one).
"""
from __future__ import annotations

import json
from pathlib import Path
from typing import Callable, Sequence

from .scoring import Item, Row

SET = "xsum"
MEASURES = ("rouge1", "rouge2", "rougeL")


def items(folder: Path, *, limit: int | None = None) -> list[Item]:
    """Each article given as plain text to the reader; the gold is the reference summary and the article."""
    from ..readers import ReadError, read_text

    out = []
    with open(folder / "xsum_test_frank.jsonl", encoding="utf-8") as fh:
        golds = [json.loads(line) for line in fh if line.strip()]
    for n, gold in enumerate(golds[:limit], start=1):
        source = f"{SET}/{gold.get('hash') or n}.txt"
        try:
            raw, error = read_text(gold["article"], source=source, format="text"), None
        except ReadError as exc:
            raw, error = None, str(exc)
        out.append(Item(SET, source, raw, {"reference": gold["reference"], "article": gold["article"]}, error))
    return out


def lead(sentences: Sequence[str], n: int) -> str:
    """The first ``n`` sentences (at least one), joined with spaces."""
    return " ".join(sentences[:max(1, n)])


def rouge_means(pairs: Sequence[tuple[str, str]]) -> dict[str, float]:
    """Mean ROUGE F (stemmed) of ``(candidate, reference)`` pairs."""
    from rouge_score.rouge_scorer import RougeScorer

    scorer = RougeScorer(list(MEASURES), use_stemmer=True)
    totals = dict.fromkeys(MEASURES, 0.0)
    for candidate, reference in pairs:
        scores = scorer.score(reference, candidate)
        for m in MEASURES:
            totals[m] += scores[m].fmeasure
    return {m: totals[m] / len(pairs) if pairs else 0.0 for m in MEASURES}


def rows(items_: Sequence[Item], records: Sequence[dict | None], *,
         sentences_of: Callable[[list[str]], list[list[str]]]) -> list[Row]:
    """ROUGE of the summaries, of the lead baseline, and the difference (target: not below the lead).

    Args:
        sentences_of: splits each article text into sentences (spaCy at the edge).
    """
    summaries = [list((record or {}).get("summary", [])) for record in records]
    article_sentences = sentences_of([item.gold["article"] for item in items_])
    ours, baseline = [], []
    for item, summary, sentences in zip(items_, summaries, article_sentences):
        reference = item.gold["reference"]
        ours.append((" ".join(summary), reference))
        baseline.append((lead(sentences, len(summary)), reference))
    got, base = rouge_means(ours), rouge_means(baseline)
    n = len(items_)
    out = []
    for m in MEASURES:
        out.append(Row(SET, f"{m} F summary", got[m], n))
        out.append(Row(SET, f"{m} F lead-N", base[m], n))
        out.append(Row(SET, f"{m} F summary - lead", got[m] - base[m], n, target=0.0))
    return out

"""Nothing is dropped silently (issue 8): a figure whose sentence does not say what it counts, and one
that repeats a key number, are in the record's ``numbers_held_back`` with why; past the first 20, the
record says how many more were held back. Every sentence here is invented."""
from __future__ import annotations

import json
from pathlib import Path

import jsonschema

from generator.extract import extract, nlp_text, to_record
from generator.extract.numbers import NO_LABEL, REPEATED, judged_numbers
from generator.readers import read_text

SCHEMA = json.loads((Path(__file__).resolve().parent.parent / "generator" / "article.schema.json").read_text())


def _held(nlp, body):
    _, held = judged_numbers(nlp(f"Headline\n\n{body}"), body_start=10)
    return {n.text: (n.reason, n.context) for n in held}


def test_a_figure_without_a_label_is_held_back_with_why(nlp):
    held = _held(nlp, "Overnight money in Harbourshire opened at 6-1/16 pct. Later it was 6-1/8 before easing.")
    assert held.get("6-1/8") == (NO_LABEL, "")


def test_a_figure_given_again_is_held_back_as_a_repeat(nlp):
    held = _held(nlp, "Harbour Foods sold 4,500 tonnes of grain. Again: Harbour Foods sold 4,500 tonnes of grain.")
    assert held.get("4,500 tonnes", ("",))[0] == REPEATED


def test_the_record_counts_the_figures_held_back_past_its_list(nlp):
    body = " ".join(f"The harbour of town {n} opened at {n}-1/8 pct." for n in range(11, 41))
    raw = read_text(f"Harbour rates\n\n{body}\n", source="harbour/rates.txt")
    text, start = nlp_text(raw)
    record = to_record(raw, extract(raw, nlp(text), body_start=start), article_id="x")
    listed = len(record["numbers_held_back"])
    assert listed == 20 and record.get("numbers_held_back_more", 0) >= 1
    jsonschema.validate(record, SCHEMA)

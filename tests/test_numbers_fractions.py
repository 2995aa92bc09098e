"""Prices written with fractions (issue 8): "7-7/8 pct" is seven and seven eighths, one figure; the
number word after it in a two-way price ("7-7/8 eight pct") is the same figure's offer, never a figure of
its own. Every sentence here is invented."""
from __future__ import annotations

import pytest

from generator.extract.numbers import judged_numbers, number_value


def _judged(nlp, body):
    shown, held = judged_numbers(nlp(f"Headline\n\n{body}"), body_start=10)
    return {n.text: n.context for n in shown}, {n.text: n.reason for n in held}


def test_a_fraction_written_with_a_hyphen_is_one_figure(nlp):
    shown, held = _judged(nlp, "Overnight money in Harbourshire rose yesterday to 6-5/8 seven pct from 6-1/2 5/8 pct.")
    assert "seven pct" not in shown and "seven pct" not in held
    assert shown.get("6-5/8 seven pct", "").startswith("Overnight money")
    assert "6-1/2 5/8 pct" not in shown


@pytest.mark.parametrize("text, value", [("7-7/8 pct", 7.875), ("3/4 pct", 0.75), ("12-13/16", 12.8125),
                                         ("7-7/8 eight pct", None)])
def test_the_value_of_a_fraction(text, value):
    assert number_value(text) == value


def test_a_change_and_its_level_after_a_verb_are_no_range(nlp):
    shown, _ = _judged(nlp, "The stock of Harbour Foods jumped 2-1/2 to 98-3/4 on Friday.")
    assert "2-1/2 to 98-3/4" not in shown
    assert shown.get("98-3/4", "").endswith("jumped to")

"""Key-number labels must be the thing counted (precision first): a place a measure was taken in, a
share's whole alone, a margin and a rate's period are no such label; the figure is held back with
its reason, or the label says what it is (a share of the vote). Every sentence here is invented."""
from __future__ import annotations

from generator.extract.numbers import judged_numbers


def _judged(nlp, body):
    shown, held = judged_numbers(nlp(f"Headline\n\n{body}"), body_start=10)
    return {n.text: n.context for n in shown}, {n.text: n.reason for n in held}


def test_a_measure_in_a_place_is_not_a_count_of_the_place(nlp):
    shown, _ = _judged(nlp, "The water reached 1.4 metres in the river town of Kelby on Tuesday.")
    assert "town" not in shown.get("1.4 metres", "")


def test_a_sum_in_a_thing_still_counts_the_thing(nlp):
    shown, _ = _judged(nlp, "The firm raised $20 billion in new funding.")
    assert shown["$20 billion"] == "new funding"


def test_a_percentage_of_a_whole_is_a_share_of_it(nlp):
    shown, _ = _judged(nlp, "Anna Berg won 50.08% of the vote in the run-off.")
    assert shown["50.08%"] == "share of the vote"


def test_a_percentage_of_a_plural_counts_them(nlp):
    shown, _ = _judged(nlp, "More than 95% of rural homes can now get broadband.")
    assert shown["More than 95%"] == "rural homes"


def test_a_margin_is_held_back(nlp):
    shown, held = _judged(nlp, "She beat her rival by 312 votes, the narrowest result in the town's history.")
    assert "312" not in shown and held["312"] == "margin"


def test_a_change_by_a_figure_keeps_its_label(nlp):
    shown, _ = _judged(nlp, "Profits dropped by 12% last year.")
    assert shown["12%"].endswith("dropped by")


def test_a_passive_agent_is_no_margin(nlp):
    shown, _ = _judged(nlp, "The depot was raided by 300 protesters on Friday.")
    assert "300" in shown


def test_a_period_is_not_what_a_sum_counts(nlp):
    shown, held = _judged(nlp, "Net income excludes tax credits of 45,000 dlrs in quarter and 98,000 dlrs in year.")
    assert shown.get("98,000 dlrs") != "year"

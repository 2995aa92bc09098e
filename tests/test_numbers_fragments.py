"""A key number's label says what the figure counts, never a fragment of its clause (issue 8):
"around three feet — windows coming", "15 percent — polling", "13/16 pct — bankers insisted",
"7.75 pct — level". Every sentence here is invented."""
from __future__ import annotations

from generator.extract.numbers import judged_numbers


def _judged(nlp, body):
    shown, held = judged_numbers(nlp(f"Headline\n\n{body}"), body_start=10)
    return {n.text: n.context for n in shown}, {n.text: n.reason for n in held}


def test_a_distance_before_a_direction_is_no_change_of_its_subject(nlp):
    shown, _ = _judged(nlp, "The cellar of the Harbour Hall is low, with beams hanging around two feet down "
                            "from the roof.")
    assert not any("two feet" in text for text in shown)


def test_a_change_said_after_its_figure_keeps_its_direction(nlp):
    shown, _ = _judged(nlp, "Shares in Harbour Foods closed 14 cents lower on Friday.")
    assert shown.get("14 cents", "").endswith("lower")


def test_a_compound_label_is_not_cut_before_its_noun(nlp):
    shown, _ = _judged(nlp, "Ada Vale did not reach the Harbour Commission's 12 percent polling threshold, "
                            "so she was barred.")
    assert shown.get("12 percent") == "polling threshold"


def test_a_verb_of_saying_measures_no_figure(nlp):
    shown, _ = _judged(nlp, "The minister feels betrayed by bankers who insisted Harbourland's 11 pct was "
                            "a rock-bottom spread.")
    assert "11 pct" not in shown


def test_a_label_of_a_generic_noun_alone_says_nothing(nlp):
    shown, held = _judged(nlp, "Dealers said the news might herald a cut in the harbour rate from the 6.25 pct "
                               "level set on May 3.")
    assert "6.25 pct" not in shown and held.get("6.25 pct") == "label"


def test_a_verb_with_its_own_object_is_not_what_its_subject_figure_counts(nlp):
    shown, _ = _judged(nlp, "Harbourland's 36 governors enjoy wide powers. In the storm 40 people died.")
    assert shown.get("36") == "governors"
    assert shown.get("40") == "people died"

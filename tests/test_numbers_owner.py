"""A key number's label says what the figure counts, not only whose it is: a poll's "Marsh won with
22 percent" or "Dunn at 13 percent" names the holder of a share and leaves the thing counted
unsaid, so the figure is held back with its reason (owner.py). Every sentence here is invented."""
from __future__ import annotations

from generator.extract.numbers import judged_numbers


def _judged(nlp, body):
    doc = nlp(f"Headline\n\n{body}")
    kept, held = judged_numbers(doc, body_start=10)
    return {n.text: n.context for n in kept}, {n.text: n.reason for n in held}


def test_a_candidates_share_with_a_verb_is_held_back(nlp):
    kept, held = _judged(nlp, "Among older respondents, Dora Quillane won out with 22 percent, followed "
                              "closely by Ned Brask.")
    assert "22 percent" not in kept and held.get("22 percent")


def test_a_name_as_the_subject_of_a_plain_verb_is_no_label(nlp):
    kept, held = _judged(nlp, "Dora Quillane won 31 percent, picking up four delegates in Kelby.")
    assert "31 percent" not in kept and held.get("31 percent")


def test_a_name_as_the_object_is_no_label(nlp):
    kept, held = _judged(nlp, "In the Kelby primary he trailed Quillane by less than one-half of 1 percent.")
    assert "1 percent" not in kept


def test_a_possessive_name_before_the_figure_is_no_label(nlp):
    kept, held = _judged(nlp, "And Tarrow strikes out a lot: on 32.5 percent of his plate appearances, in "
                              "fact—significantly worse than even Brinley’s depressing 29 percent.")
    assert kept.get("32.5 percent") == "plate appearances"
    assert "29 percent" not in kept and held.get("29 percent")


def test_a_figure_with_a_lead_is_held_back(nlp):
    kept, held = _judged(nlp, "A Harbour Times poll showed a slimmer lead for Quillane with 46 percent "
                              "to Dunmore’s 41 percent.")
    assert "46 percent" not in kept and "41 percent" not in kept


def test_a_name_with_a_verb_of_level_or_price_keeps_its_label(nlp):
    kept, _ = _judged(nlp, "Yodelco Corp sold for $9 billion to a firm in Kelby. "
                           "Shares in Kelby Foods rose 5 percent to 300 pence.")
    assert kept.get("$9 billion") == "Yodelco Corp sold for"
    assert kept.get("5 percent") == "Shares in Kelby Foods rose"


def test_a_count_of_a_people_or_a_sum_with_its_thing_keeps_its_label(nlp):
    kept, _ = _judged(nlp, "Party estimates are showing that 80,000 Democrats caucused in Kelby on Saturday. "
                           "The two banks are burdened with seven billion dlrs of non-performing assets. "
                           "Main destinations were Brackenland with 158,109 tonnes of barley.")
    assert kept.get("80,000", "").startswith("Democrats caucused")
    assert kept.get("seven billion dlrs") == "non-performing assets"
    assert kept.get("158,109 tonnes") == "barley"


def test_a_preposition_of_no_level_leaves_the_label_unsaid(nlp):
    kept, held = _judged(nlp, "A second poll found support unchanged. Labour lead the Greens by 39% to 34% "
                              "with the Kelby Party on 19%. Kelbco interviewed 401 people.")
    assert "19%" not in kept

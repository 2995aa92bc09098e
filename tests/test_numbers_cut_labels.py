"""A label cut from its figure's own writing is no label: a unit left at its start ("pct price" for
"issue price of 99.75 pct"), a hyphenated word cut in two ("like- sales"), or the point a radius is
measured from ("within 500m of the device" is no size of the device). Every sentence is invented."""
from __future__ import annotations

from generator.extract.numbers import judged_numbers


def _judged(nlp, body):
    doc = nlp(f"Headline\n\n{body}")
    kept, held = judged_numbers(doc, body_start=10)
    return {n.text: n.context for n in kept}, {n.text: n.reason for n in held}


def test_a_unit_cut_from_its_figure_is_no_label(nlp):
    kept, held = _judged(nlp, "The Kelby issue has a coupon of 4-1/2 pct and issue price of 99.75 pct.")
    assert "99.75 pct" not in kept and held.get("99.75 pct")


def test_a_radius_names_no_size_of_its_point(nlp):
    kept, held = _judged(nlp, "Residents within 500m of the device in Kelby were moved.")
    assert "500m" not in kept and held.get("500m")


def test_a_hyphenated_word_cut_in_two_is_no_label(nlp):
    kept, _ = _judged(nlp, "That like-for-like sales at Kelbco fell 1.1% in the eight weeks to 27 February "
                           "was a blow.")
    assert "1.1%" not in kept


def test_a_label_ending_in_a_possessive_is_cut_short(nlp):
    kept, held = _judged(nlp, "Kelbco's 31 pct stake in Norway's <Fjordmark Timber\nLtd> and 12 pct stake in "
                              "Chile's <Andes Copper Ltd> will be sold to Ardent at a discount, it said.")
    assert not any(label.endswith("'s") for label in kept.values())
    assert "12 pct" not in kept and held.get("12 pct")


def test_one_person_is_no_whole_a_share_is_of(nlp):
    kept, held = _judged(nlp, "Kelbco may cancel the plan after the purchase by any person of 15 pct or more "
                              "of its stock, it said.")
    assert "15 pct" not in kept and held.get("15 pct")


def test_a_shop_named_with_a_possessive_is_a_whole_label(nlp):
    kept, _ = _judged(nlp, "Last month, a £2.4bn bid from Morrell's for Kelby Stores was beaten by a rival offer.")
    assert kept.get("£2.4bn", "").startswith("bid from Morrell's")

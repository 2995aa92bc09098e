"""A change's figures keep their roles (issue 8): the level a change reached is shown, and the level it
left ("from 4.2 percent") is held back as the earlier value, never shown as if it were the level. Every
sentence here is invented."""
from __future__ import annotations

from generator.extract.numbers import judged_numbers


def _judged(nlp, body):
    shown, held = judged_numbers(nlp(f"Headline\n\n{body}"), body_start=10)
    return {n.text: n.context for n in shown}, {n.text: n.reason for n in held}


EARLIER = "the earlier value of a change or comparison"


def test_the_level_reached_after_down_to_is_shown_and_the_old_level_held(nlp):
    shown, held = _judged(nlp, "Unemployment in Harbourshire is down to 3.9 percent from 4.2 percent.")
    assert shown.get("3.9 percent") == "Unemployment in Harbourshire is down to"
    assert "4.2 percent" not in shown and held.get("4.2 percent") == EARLIER


def test_an_old_value_whose_label_ends_in_from_is_held(nlp):
    shown, held = _judged(nlp, "Harbour Foods said first-half earnings were up almost as much to 92.8 mln "
                               "dlrs from 78 mln dlrs. The harbour rate was cut from nine pct on May 4.")
    assert "78 mln dlrs" not in shown and held.get("78 mln dlrs") == EARLIER
    assert "nine pct" not in shown and held.get("nine pct") == EARLIER


def test_an_old_value_after_the_level_reached_elsewhere_in_the_clause_is_held(nlp):
    shown, held = _judged(nlp, "The plan brought the harbour deficit down to five pct of output in 1988 "
                               "from an estimated 6.4 pct in 1987. Trade payments swung to a 1.3 billion dlr "
                               "deficit in May from a 1.7 billion surplus a year earlier.")
    assert not any("6.4 pct" in text for text in shown) and held.get("an estimated 6.4 pct") == EARLIER
    assert "1.7 billion" not in shown and held.get("1.7 billion") == EARLIER

"""A range is one figure with both its ends; a change and the level it reached are two figures, and
a span of years is no count. Every sentence here is invented."""
from __future__ import annotations

from generator.extract.numbers import judged_numbers


def _judged(nlp, body):
    doc = nlp(f"Headline\n\n{body}")
    kept, held = judged_numbers(doc, body_start=10)
    return {n.text: n.context for n in kept}, {n.text: n.reason for n in held}


def test_a_change_and_its_new_level_are_no_range(nlp):
    kept, _ = _judged(nlp, "Last season, the network's prime-time audience fell by 600,000 to 5.9 million.")
    assert "600,000 to 5.9 million" not in kept
    kept, _ = _judged(nlp, "The Greens lead the Tories by 39% to 34% in the Kelby poll.")
    assert "39% to 34%" not in kept


def test_the_end_of_a_range_is_not_the_figure(nlp):
    kept, held = _judged(nlp, "Kelbco anticipated production reaching a yearly peak of between one mln and "
                              "1.5 mln pounds uranium oxide in 1992.")
    assert "1.5 mln pounds" not in kept and held.get("1.5 mln pounds")


def test_a_range_after_by_is_still_a_range(nlp):
    _, held = _judged(nlp, "Kelbco will cut its costs by 10 to 20 percent this year.")
    assert "10 to 20 percent" in held  # one figure (held as a plan)


def test_a_span_of_years_is_no_count(nlp):
    kept, held = _judged(nlp, "Jon Brask, editor of the Kelby Times from 1994 to 2012, said the paper was unique.")
    assert not kept and not held


def test_a_change_from_one_value_to_another_is_no_range(nlp):
    kept, _ = _judged(nlp, "The plan was to reduce the number of elected members, Kelby professionals, from 16 to 12.")
    assert "16 to 12" not in kept

"""An increment is no total (issue 8): "a further 856 people were rescued" and "it needs 500 mln dlrs
more" keep the words that make the figure an addition, or the label reads as the whole ("856 — people
rescued"). Every sentence here is invented."""
from __future__ import annotations

from generator.extract.numbers import judged_numbers


def _shown(nlp, body):
    shown, _ = judged_numbers(nlp(f"Headline\n\n{body}"), body_start=10)
    return {n.text: n.context for n in shown}


def test_an_increment_keeps_the_words_that_make_it_one(nlp):
    shown = _shown(nlp, "A further 640 passengers were rescued from the Harbour ferry. The harbour board set "
                        "aside another £310m for the new quay. The dam needed 400 mln dlrs more to finish it. "
                        "The council gave the fund an additional 12 mln dlrs in grants.")
    assert "A further 640" in shown and "640" not in shown
    assert "another £310m" in shown and "£310m" not in shown
    assert "400 mln dlrs more" in shown and "400 mln dlrs" not in shown
    assert "an additional 12 mln dlrs" in shown


def test_more_than_is_no_increment(nlp):
    shown = _shown(nlp, "Harbour Foods said its sales rose "
                        "25 pct more than expected, to 4,500 tonnes.")
    assert not any(text.endswith("more") for text in shown)

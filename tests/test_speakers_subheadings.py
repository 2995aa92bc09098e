"""A subheading in quotation marks is nobody's words where it stands (issue 8, item 3: a held-out
feature's section headings, "‘An infinite arsenal’" on a line of their own, took the speaker of the
quotation before them). A quotation alone in its paragraph that ends as a sentence still continues the
speaker before it. Invented text, read with the project's own entity extraction."""
from __future__ import annotations

from test_speakers_surnames import speaker

BEFORE = ("“We’re going to hope for the absolute best,” said Linda Redfeather, a medic at the camp. “If they "
          "move people by force, we are preparing for casualties.”\n\n")


def test_a_short_phrase_in_marks_on_its_own_line_is_a_subheading(nlp):
    body = BEFORE + "‘An endless arsenal’\n\nOn the night of 20 November the officers turned water cannons on the crowd."
    assert speaker(nlp, body, "An endless arsenal") is None


def test_a_sentence_in_marks_on_its_own_line_still_continues_the_speaker(nlp):
    body = BEFORE + "“We have blankets for three hundred people and no more.”\n\nThe camp was quiet on Monday."
    assert speaker(nlp, body, "blankets for three hundred") == "Linda Redfeather"

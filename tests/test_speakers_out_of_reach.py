"""A quotation left with no speaker ends the reach of whoever spoke before it: a later quotation
with no attribution of its own does not go back over it to an earlier report (XSum copy, one
paragraph for the whole story: 'Lang, who captains ..., said: "In my opinion ..."Yet I'm sure ...'
with Lang unread gave the second quotation to Smith, who 'replied' far above). Invented text,
read with the project's own entity extraction."""
from __future__ import annotations

from test_speakers_surnames import speaker

REPORT = "Tom Reed replied that he had won the race at his first attempt. "
UNREAD = ("Its toughest stretch comes near the end: \"Nobody could have predicted how big the race "
          "would become.\" ")


def test_a_report_before_a_quotation_nobody_was_given_is_out_of_reach(nlp):
    body = REPORT + UNREAD + "\"Yet most people in the town would not know it exists.\""
    assert speaker(nlp, body, "would not know it exists") is None


def test_nor_after_a_sentence_about_something_else(nlp):
    body = REPORT + UNREAD + "The road was resurfaced in May. \"Yet most people in the town would not know it exists.\""
    assert speaker(nlp, body, "would not know it exists") is None


def test_a_quotation_with_its_speaker_still_passes_the_turn_on(nlp):
    body = ("\"We will ride the whole route on Sunday,\" Tom Reed said. \"Nobody could have predicted how big "
            "the race would become.\" \"Yet most people in the town would not know it exists.\"")
    assert speaker(nlp, body, "would not know it exists") == "Tom Reed"

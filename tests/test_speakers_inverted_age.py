"""Speakers after an inverted verb with a description by age ("..., added the 29-year-old"): the parse
makes the description the verb's object, and the subject search must neither take a word of the
quotation for the speaker ("It" and then the organisation "it" points to) nor miss the description.
Invented text, read with the project's own entity extraction."""
from __future__ import annotations

from test_speakers_surnames import speaker


def test_the_quotations_it_is_not_the_speaker_after_added_the_aged(nlp):
    body = ("Last season, Rovers lost 3-0 at Millbrook Park, which ended a long unbeaten run, with the "
            "Tigers winning only two of their next ten games.\n\n"
            "\"It had a real impact on us, because of the way we were beaten,\" added the 29-year-old, "
            "referring to a late penalty.")
    assert speaker(nlp, body, "real impact on us") is None


def test_added_the_aged_is_the_one_person_of_that_age(nlp):
    body = ("Rovers midfielder Tom Okafor, 29, signed a new contract on Friday.\n\n"
            "Last season, Rovers lost 3-0 at Millbrook Park, which ended a long unbeaten run, with the "
            "Tigers winning only two of their next ten games.\n\n"
            "\"It had a real impact on us, because of the way we were beaten,\" added the 29-year-old, "
            "referring to a late penalty.")
    assert speaker(nlp, body, "real impact on us") == "Tom Okafor"

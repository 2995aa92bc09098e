"""A phrase of a few words set in marks inside a sentence of narrative, after a sentence that ends a
quotation ("His style was shy or bold - “the Caledonian antisyzygy” on two wheels" after Lang's
words): a term the writer quotes, which took the speaker before it. Such a phrase has a speaker only
by a verb of its own sentence. Invented text, read with the project's own entity extraction."""
from __future__ import annotations

from test_speakers_surnames import quotes

OPENING = "Tomas Reyl, who runs the club, said: \"In my view he is the best climber this country has had.\" "


def found(nlp, body: str) -> dict[str, str | None]:
    return {q.text: q.speaker for q in quotes(nlp, body)}


def test_a_phrase_in_marks_inside_a_later_sentence_of_narrative_is_nobody_s_words(nlp):
    body = OPENING + ("Reyl knew him as few did. The climber was shy or bold, humble or proud - \"the Ardmore "
                      "paradox\" on two wheels.")
    assert found(nlp, body)["the Ardmore paradox"] is None


def test_more_words_of_the_speaker_still_go_on_from_the_quotation_before(nlp):
    assert found(nlp, OPENING + "\"And he was a good friend too.\"")["And he was a good friend too."] == "Tomas Reyl"
    assert found(nlp, OPENING + "He called the climber \"a fair man\".")["a fair man"] == "Tomas Reyl"

"""Speakers on held-out news (issue 8, session 7): a name the parse hangs on a title's portfolio, a
sentence after a quotation that reports words of its own, an unnamed speaker the recogniser read as
a name, and BBC copy whose paragraphs were run together ("the UK.\"We are ..."). Invented text, read
with the project's own entity extraction."""
from __future__ import annotations

from generator.extract.spacing import restore_spaces
from test_speakers_surnames import quotes, speaker


def test_name_after_a_titles_portfolio_speaks(nlp):
    body = ("The council will sell two playing fields in Dunmore.\n\n"
            "Shadow spokesman for sport Gareth Lindqvist said: \"I fear the children of this town will "
            "pay for this decision for a generation.\"")
    assert speaker(nlp, body, "pay for this decision") == "Gareth Lindqvist"


def test_he_after_a_sentence_whose_subject_is_a_title_with_a_portfolio(nlp):
    body = ("The match was called off after a bomb warning.\n\n"
            "Rovers director of football Emilio Santander praised the supporters for their calm. "
            "\"I want to thank the fans, who behaved with great dignity all night,\" he said.")
    assert speaker(nlp, body, "behaved with great dignity") == "Emilio Santander"


def test_a_name_that_is_the_portfolio_itself_is_not_the_speaker(nlp):
    body = ("The trial of Jane Whitcombe opened in Leeds on Monday.\n\n"
            "Lawyer for victim Jane Whitcombe said: \"My client wants nothing but the truth from this "
            "court and from the police.\"")
    assert speaker(nlp, body, "nothing but the truth") != "Jane Whitcombe"


def test_a_report_with_words_of_its_own_after_a_quotation_is_not_its_attribution(nlp):
    body = ("Rovers striker Danny Coyle spoke after training on Friday.\n\n"
            "\"The crowd gave me a great send-off,\" he said. \"I have not asked to leave. It is not up "
            "to me.\" Club chairman Dennis Hartley insists he will not sell the striker.")
    assert speaker(nlp, body, "not asked to leave") != "Dennis Hartley"


def test_an_attribution_after_a_quotation_that_ends_its_sentence_still_counts(nlp):
    body = ("The council met on Monday.\n\n"
            "\"We have waited long enough for this road.\" Mayor Dennis Hartley told reporters.")
    assert speaker(nlp, body, "waited long enough") == "Dennis Hartley"


def test_a_participle_opening_the_next_sentence_is_not_the_attribution(nlp):
    body = ("Editor Martin Rowe told staff that the columnist Adrian Hale had died.\n\n"
            "\"He was the heart of the paper. We will miss him.\" Writing about his illness in "
            "November, Hale said he had been given months to live.")
    assert speaker(nlp, body, "heart of the paper") != "Adrian Hale"


def test_an_unnamed_speaker_read_as_a_name_stays_unnamed(nlp):
    body = ("Inflation in Brazil reached 20 percent in March.\n\n"
            "\"The country is a rudderless ship,\" said a U.S. Diplomat, echoing a common view.")
    assert speaker(nlp, body, "rudderless ship") is None


def test_a_mark_glued_between_two_sentences_gets_its_space_on_the_right_side():
    glued = 'demand like the rest of the UK."We are hiring," she said."We are opening beds."Next, the board met.'
    assert restore_spaces(glued) == ('demand like the rest of the UK. "We are hiring," she said. "We are opening '
                                     'beds." Next, the board met.')


def test_she_after_a_glued_quotation_in_run_together_copy(nlp):
    body = restore_spaces(
        "Chief inspector Mary Collins found the wards clean.Angela Hopwood, director of nursing at the health board, said "
        "its hospitals were busy like the rest of the UK.\"We are focussing on shorter waits for "
        "every patient,\" she said.\"We are opening more beds this winter.\"")
    found = {q.text: q.speaker for q in quotes(nlp, body)}
    assert found.get("We are focussing on shorter waits for every patient") == "Angela Hopwood"


def test_narrative_between_slipped_marks_is_not_the_speakers_words(nlp):
    # paragraphs of one quotation run together, each opening with a mark and none closing but the
    # last: the marks pair around the narrative after it
    body = restore_spaces(
        "Wales play Russia in Toulouse on Monday.Midfielder Joe Allenby said: \"You want to make sure there "
        "are no regrets.\"I think we will do the business.\"We want to make sure that we throw everything "
        "at it.\"We are confident we can get out of the group.\"Allenby says Wales will ignore the other "
        "game as qualification is in their own hands.\"It's a difficult one,\" he said.")
    found = {q.text: q.speaker for q in quotes(nlp, body)}
    narrative = [t for t in found if t.startswith("Allenby says")]
    assert narrative and found[narrative[0]] is None, found


def test_an_organisations_statement_may_name_it_in_the_third_person(nlp):
    body = ("The Northfield Rowing Club issued a statement on Monday.\n\n"
            "\"We apologise to every member for the remarks. The Northfield Rowing Club does not tolerate "
            "abuse of any kind and will act.\"")
    assert speaker(nlp, body, "does not tolerate") == "Northfield Rowing Club"

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
    # the writer's narrative between the marks is no quotation at all (see test_speakers_reported)
    assert not [t for t in found if t.startswith("Allenby says")], found


def test_an_organisations_statement_may_name_it_in_the_third_person(nlp):
    body = ("The Northfield Rowing Club issued a statement on Monday.\n\n"
            "\"We apologise to every member for the remarks. The Northfield Rowing Club does not tolerate "
            "abuse of any kind and will act.\"")
    assert speaker(nlp, body, "does not tolerate") == "Northfield Rowing Club"


def test_the_government_is_no_research_institute_that_acted_last(nlp):
    body = ("The National Institute of Soil Research recommended the new fertiliser last month.\n\n"
            "In a notice on Monday, the government announced a ban on its export, saying it would be allowed "
            "only on a \"case by case basis for our farmers\".")
    assert speaker(nlp, body, "case by case basis") is None


def test_the_ministry_is_the_ministry_the_text_names(nlp):
    body = ("The Foreign Ministry summoned the ambassador on Monday.\n\n"
            "\"We will not accept threats against our citizens abroad,\" the ministry said.")
    assert speaker(nlp, body, "will not accept threats") == "Foreign Ministry"


def test_he_after_a_sentence_whose_subject_is_a_title_the_article_gave_him(nlp):
    body = ("Treasury Secretary Walter Brandt said he stood by the agreement.\n\n"
            "\"We were quite satisfied with the agreement,\" Brandt said.\n\n"
            "The Treasury Secretary stressed however that trade partners must grow faster.\n\n"
            "He added that the central bank had been \"far too cautious this year\" in its decisions.")
    assert speaker(nlp, body, "far too cautious") == "Walter Brandt"


def test_he_at_the_end_of_a_long_chain_of_he_said(nlp):
    body = ("Energy Minister Budi Santoso said on Tuesday that output was within the ceiling.\n\n"
            + "".join(f"He said the {w} market had been weak because of the weather.\n\n"
                      for w in ("oil", "gas", "coal", "spot", "futures", "crude", "diesel", "petrol",
                                "kerosene", "naphtha", "bitumen", "butane", "propane"))
            + "He said prices would recover. \"We hope the weak price will be overcome before the summer.\"")
    assert speaker(nlp, body, "weak price will be overcome") == "Budi Santoso"


def test_narrative_naming_a_speaker_the_recogniser_took_for_a_body(nlp):
    # the recogniser may read a one-word surname as an organisation; narrative about it is still
    # nobody's words, while a body's statement in its own voice (we, our) may name it
    from dataclasses import replace

    from generator.extract.quotes import direct_quotations
    from generator.extract.sentences import index_sentences
    from test_quotes import entities_from_ents

    body = restore_spaces(
        "Striker Kenny Marwick joined the club on Friday.\"I'm ready, I've been fit all season,\" Marwick "
        "told the club website.\"I like to keep my match fitness up.\"Getting started is the main thing."
        "\"Capped twice for Scotland, Marwick has "
        "made almost 400 senior appearances at club level.\"He signed a two-year deal.")
    doc = nlp(body)
    index_sentences(doc)
    ents = tuple(replace(e, kind="organization", name="Marwick", aliases=()) if "Marwick" in e.name else e
                 for e in entities_from_ents(doc))
    found = {q.text: q.speaker for q in direct_quotations(doc, ents)}
    narrative = [t for t in found if t.startswith("Capped twice")]
    assert narrative and found[narrative[0]] is None, found

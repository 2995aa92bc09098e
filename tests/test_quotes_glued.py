"""Quotation marks in copy whose paragraphs were glued together with no space or line break
(summarisation corpora built from BBC pages: '... lives."However, I have ...'). Each paragraph of a
quotation opens with a mark and only the last one closes, so the glued mark between two of its
paragraphs looks like a close, and every mark after it pairs the wrong way round: narrative reads as
quoted (and gets the speaker before it) while the next quotation reads as narrative. Invented text,
read with the project's own spacing and entity extraction."""
from __future__ import annotations

from generator.extract.quotes.marks import quoted_stretches, quoted_text
from generator.extract.spacing import restore_spaces
from test_speakers_surnames import quotes


def texts(body: str) -> list[str]:
    return [quoted_text(body, s) for s in quoted_stretches(body)]


GLUED = ("Harbour master Elin Voss will ask boat owners in Carrow Bay for their views on the new moorings."
         "\"The bay belongs to the people who work on it, which is why I want to hear from them,\" she said."
         "\"I have met many of the crews already.\"However, I have also had letters about the fees from "
         "owners who could not come.\"The survey will run until the end of March and will also ask about "
         "parking at the slipway.\"By asking everyone, my office will know what the bay really needs,\" "
         "she said.")


def test_a_paragraph_that_goes_on_speaking_goes_on_the_quotation():
    found = texts(GLUED)
    assert any(t.startswith("However, I have also had letters") for t in found), found
    assert not any(t.startswith("The survey will run") for t in found), found
    assert any(t.startswith("By asking everyone") for t in found), found


def test_narrative_between_glued_quotations_gets_no_speaker(nlp):
    found = {q.text: q.speaker for q in quotes(nlp, restore_spaces(GLUED))}
    assert not [t for t in found if "survey will run" in t], found
    said = [s for t, s in found.items() if t.startswith("By asking everyone")]
    assert said == ["Elin Voss"], found


def test_a_report_after_the_glued_mark_is_narrative():
    body = ("Coach Ivo Marsh said: \"We were tired.\"He said the squad would rest on Sunday.\"We go again "
            "next week,\" he added.")
    assert texts(body) == ["We were tired.", "We go again next week"]


def test_a_caption_line_glued_to_a_quotation_opens_it():
    body = ("Rower Tamsin Holt won silver on Sunday.Media playback is not available on this device"
            "\"I am so happy to bring home a medal,\" Holt said.")
    assert texts(body) == ["I am so happy to bring home a medal"]


def test_words_that_run_into_a_caption_end_before_it():
    body = ("Rower Tamsin Holt won silver.\"I was tired at the end. We will go again in May.Former champion "
            "Dara Quinn\"She timed her finish very well,\" Quinn said.")
    assert texts(body) == ["I was tired at the end. We will go again in May.", "She timed her finish very well"]


def test_a_paragraph_after_a_report_goes_on_when_the_next_one_speaks():
    # the wire convention with spaces kept: the first paragraph has no word of a speaker's own, but
    # a report stands just before it and the paragraph after it speaks
    body = ("\"We will open in May,\" Ivo Marsh said. \"The hall holds three hundred people. \"I hope the "
            "whole town comes to see it.\"")
    assert texts(body) == ["We will open in May", "The hall holds three hundred people.",
                           "I hope the whole town comes to see it."]


def test_a_caption_glued_to_the_next_paragraph_leaves_its_speaker_to_it(nlp):
    from generator.extract.entities import entities as find_entities
    from generator.extract.quotes import direct_quotations
    from generator.extract.sentences import index_sentences
    from generator.parse import parse

    body = ("Kevin Rusk wrote the history of the club.It took him ten years.The club was founded in 1901."
            "Media playback is not supported on this deviceRusk, who coaches the youth team, said: \"He is the "
            "best player this town has had.\"Analysis: the pier is a risky betDana Pellow, the head of the Pier "
            "Trust, urged the council to decide.\"We need to get on with this before the deck gives way,\" he said.")
    doc = parse(nlp, restore_spaces(body))
    index_sentences(doc)
    found = {q.text[:12]: q.speaker for q in direct_quotations(doc, find_entities(doc, body_start=0))}
    assert found == {"He is the be": "Kevin Rusk", "We need to g": "Dana Pellow"}

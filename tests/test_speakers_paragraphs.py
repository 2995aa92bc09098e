"""Speakers when the parse is read through `generator.parse` (issue 8, item 3): a paragraph break
ends a sentence, so a headline with no full stop never runs into the first sentence of the body, and
a sentence the parser gives no verb for its root is read off its words. Invented text."""
from __future__ import annotations

from generator.extract.quotes import direct_quotations
from generator.parse import parse
from test_quotes import entities_from_ents, pairs

HEADLINE = "Council approves the new road budget\n\n"


def speaker_in(nlp, body: str, words: str):
    """The speaker of the one quotation holding ``words`` in ``HEADLINE + body``, parsed as a build does."""
    doc = parse(nlp, HEADLINE + body)
    found = [q for q in direct_quotations(doc, entities_from_ents(doc), body_start=len(HEADLINE))
             if words in q.text]
    assert len(found) == 1, pairs(found)
    return found[0].speaker


def test_paragraph_break_starts_a_sentence(nlp):
    doc = parse(nlp, HEADLINE + "Janet Holloway leads the council.")
    janet = next(t for t in doc if t.text == "Janet")
    assert "budget" not in janet.sent.text and "Holloway leads" in janet.sent.text
    # the name stays whole for the recognizer
    assert [e.text for e in doc.ents if e.label_ == "PERSON"] == ["Janet Holloway"]


def test_she_after_the_first_sentence_under_a_headline(nlp):
    # the headline has no full stop; run into the body's first sentence, it made Holloway an
    # apposition of "budget", and "she" found no subject to point back to
    body = "Janet Holloway leads the council. “We have waited long enough for this road,” she added."
    assert speaker_in(nlp, body, "waited long enough") == "Janet Holloway"


def test_a_pronoun_in_the_first_paragraph_still_needs_a_person(nlp):
    body = "The council met on Monday. “We have waited long enough for this road,” she added."
    assert speaker_in(nlp, body, "waited long enough") is None


def test_sentence_with_no_verb_at_its_root_is_read_off_its_words(nlp):
    # the parser makes a noun of the list the root; "Holloway described" still introduces the words
    body = ("Mayor Janet Holloway spoke to farmers on Friday.\n\n"
            "Addressing the farmers' union at its annual dinner Friday, Holloway described markets full "
            "of traders, farms busy with workers and machines, and a county of “honest work and fair pay.”")
    assert speaker_in(nlp, body, "honest work") == "Janet Holloway"


def test_a_speaker_resolved_from_a_description_keeps_it_as_written(nlp):
    body = ("Mayor Janet Holloway spoke on Monday.\n\n"
            "“We have waited long enough for this road,” the mayor said. “The money is there,” Janet Holloway said.")
    doc = parse(nlp, HEADLINE + body)
    found = {q.text: (q.speaker, q.speaker_as_written)
             for q in direct_quotations(doc, entities_from_ents(doc), body_start=len(HEADLINE))}
    assert found["We have waited long enough for this road"] == ("Janet Holloway", "the mayor")
    assert found["The money is there"] == ("Janet Holloway", None)      # named as written


def test_a_figures_unit_that_kept_the_full_stop_ends_the_sentence(nlp):
    # "m." reads as an abbreviation, so the parser runs the two sentences together; the company's
    # "said" before the stop is no attribution of the forecast after it
    body = ("Chief executive Tom Brandt took over in May.\n\n"
            "The company said it was halving its dividend, a move which should save $360m. Looking ahead, "
            "Mr Brandt forecast growth for the year \"with an operating margin in the upper-teens and room for more\".")
    assert speaker_in(nlp, body, "operating margin") in (None, "Tom Brandt")


def test_a_hard_wrapped_line_is_no_paragraph_break(nlp):
    # wire copy wrapped at 70 characters: one line break inside a sentence ends nothing
    doc = parse(nlp, "Brazil is not happy with the existing\nstructure of the committee, Finance Minister\n"
                     "Dilson Funaro said on Monday.")
    assert len([s for s in doc.sents if s.text.strip()]) == 1


def test_a_closing_mark_before_a_paragraph_break_stays_with_its_sentence(nlp):
    body = ("Finance Minister Dilson Funaro spoke in London.\n\n"
            "Asked about the banks, Funaro said \"We must first talk to the governments, because the banks have limits.\"\n\n"
            "\"It is a political discussion from our point of view,\" he said.")
    doc = parse(nlp, HEADLINE + body)
    assert not any(s.text.strip() in ('"', "\u201d") for s in doc.sents)
    assert speaker_in(nlp, body, "political discussion") == "Dilson Funaro"

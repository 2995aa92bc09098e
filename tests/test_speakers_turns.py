""""he said" / "she added" after a sentence that quotes one person (issue 8, item 3: held-out news
left such quotations without a speaker when the parse gave the quoting sentence no subject, or the
recogniser missed the quoted person's name). The quoted person is the antecedent, by the "most recent
speaker" rule (``generator.extract.quotes.turns``). Invented text; the entity list is the model's own
names less the one a recogniser may miss, as in test_speakers.py. Precision first: two speakers in
the sentence, or a speaker of the other gender, leave the pronoun unresolved."""
from __future__ import annotations

from generator.extract.quotes import direct_quotations
from test_quotes import entities_from_ents


def speakers(nlp, body: str, missed: str):
    """(quotation, speaker) of ``body`` read with the entity list less the names holding ``missed``."""
    doc = nlp(body)
    entities = tuple(e for e in entities_from_ents(doc) if missed not in e.name)
    return [(q.text, q.speaker) for q in direct_quotations(doc, entities)]


def test_she_after_a_sentence_quoting_a_name_the_recogniser_missed(nlp):
    body = ("The council wants to close the ferry office on Tuesdays.\n\n"
            "Rosalind Penhallow told the radio station that the plan was “a kick in the teeth for the "
            "island”.\n\n"
            "“We will fight this all the way to the ministry,” she added.")
    found = speakers(nlp, body, "Penhallow")
    assert found == [("a kick in the teeth for the island", "Rosalind Penhallow"),
                     ("We will fight this all the way to the ministry", "Rosalind Penhallow")]


def test_a_quoted_name_of_the_other_gender_is_no_antecedent(nlp):
    body = ("The council wants to close the ferry office on Tuesdays.\n\n"
            "Rosalind Penhallow told the radio station that the plan was “a kick in the teeth for the "
            "island”.\n\n"
            "“We will fight this all the way to the ministry,” he added.")
    found = dict(speakers(nlp, body, "Penhallow"))
    assert found["We will fight this all the way to the ministry"] is None


def test_a_name_inside_the_quotation_is_never_the_antecedent(nlp):
    body = ("The council wants to close the ferry office on Tuesdays.\n\n"
            "“Rosalind Penhallow says the plan is a kick in the teeth for the island,” the leaflet read.\n\n"
            "“We will fight this all the way to the ministry,” she added.")
    found = dict(speakers(nlp, body, "Penhallow"))
    assert found["We will fight this all the way to the ministry"] is None


def test_two_people_quoted_in_the_sentence_decide_nothing(nlp):
    body = ("The council wants to close the ferry office on Tuesdays.\n\n"
            "Rosalind Penhallow called the plan “a kick in the teeth for the island”, and Tomas Berg said "
            "it was “long overdue for the town”.\n\n"
            "“We will fight this all the way to the ministry,” she added.")
    found = dict(speakers(nlp, body, "Penhallow"))
    assert found["We will fight this all the way to the ministry"] is None

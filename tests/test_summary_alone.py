"""A summary reads alone: no byline in another language, no table's rows, no sentence opening with
"he", "she" or "they" whose referent no earlier summary sentence names. Every text here is invented."""
from __future__ import annotations

from generator.extract.lead import lead_sentences
from generator.extract.summary import summary

LEAD = ("The town council approved plans for a new public library on Tuesday after months of debate "
        "over its cost.")
BUILDING = ("The building will replace the old reading room, which closed in 2019 because of damp, and will open "
            "in spring next year.")
MARSH = "Councillor Jane Marsh, who led the campaign for the library, welcomed the vote."
SHE = ("She said the town had waited too long for a proper library and that the new building would serve "
       "schools as well as adults.")
WORKS = "Construction is expected to begin in the autumn, with local firms invited to bid for the work."


def _summary(nlp, paragraphs, headline="Council approves new library for Kelby"):
    text = f"{headline}\n\n" + "\n\n".join(paragraphs)
    return summary(nlp(text), body_start=len(headline) + 2)


def test_a_pronoun_without_its_referent_is_left_out(nlp):
    found = _summary(nlp, [LEAD, BUILDING, MARSH + " " + SHE, WORKS])
    assert SHE not in found and len(found) == 3


def test_a_pronoun_after_its_referent_stays(nlp):
    found = _summary(nlp, [LEAD, MARSH + " " + SHE, BUILDING, WORKS])
    if SHE in found:
        assert MARSH in found


def test_a_pronoun_whose_referent_is_the_subject_before_stays(nlp):
    found = summary(nlp("Mayor resigns\n\nMayor Tom Reed resigned on Monday after ten years in office. "
                        "He said he wanted to spend more time with his family in the north."), body_start=15)
    assert any(s.startswith("He said") for s in found)


def test_a_results_table_is_no_summary_sentence(nlp):
    found = _summary(nlp, ["Harbour Town extended their lead at the top of the Coastal League on Saturday "
                           "with a comfortable home win over Millbrook Rovers.",
                           "Results Harbour Town 3 Millbrook Rovers 1 Eastfield United 2 Westport Athletic 2 "
                           "Riverside Wanderers 0 Northgate City 4",
                           "The league resumes next weekend after a break for the county cup."],
                     headline="Harbour Town extend lead")
    assert not any("Rovers 1" in s for s in found)
    assert any(s.startswith("The league resumes") for s in found)


def test_a_spanish_byline_is_no_lead_sentence(nlp):
    text = ("El Gobierno aprueba el plan de vivienda\n\nPor María López\n\nEl Consejo de Ministros aprobó este "
            "martes un plan de vivienda. La medida fue recibida con críticas por parte de la oposición.")
    found = lead_sentences(nlp(text), body_start=text.index("Por"))
    assert found and not any("María López" in s for s in found)


def test_a_quotation_in_the_first_person_needs_its_speaker(nlp):
    lead = "Harbour Town reached the county cup final on Saturday after a late goal against Millbrook Rovers."
    found = _summary(nlp, [lead, '"We never stopped believing we could win this match in the end," said coach '
                                 'Tom Reed.', '"I thought it was the end of our season when they scored first.',
                           "The final will be played at the county ground in May next year."],
                     headline="Harbour Town reach cup final")
    assert not any(s.startswith('"I thought') for s in found)
    assert any(s.startswith('"We never') for s in found)


def test_a_result_against_the_year_before_stays(nlp):
    found = _summary(nlp, ["Net loss 354 mln vs loss 53 mln", "Revs 825 mln vs 830 mln"],
                     headline="HARBOUR GROUP 4TH QTR LOSS")
    assert "Net loss 354 mln vs loss 53 mln" in found


def test_a_pronoun_waits_for_a_later_choice_that_names_its_referent(nlp):
    caller = "Now a woman in Harbourton has lost money to a caller who said he was calling about her broadband."
    found = _summary(nlp, ["A pensioner from Kelby was tricked last week by someone claiming to work for a bank.",
                           caller, "He claimed to be from the bank's fraud team and took control of her computer.",
                           "Police urged people never to give strangers remote access to their computers."],
                     headline="Warning after phone scam")
    if any(s.startswith("He claimed") for s in found):
        assert caller in found


def test_a_sentence_answering_one_left_out_is_left_out(nlp):
    # The lead is a pronoun's sentence with no referent, so it waits; the "But" sentence answers it and
    # must not open the summary on its own.
    they = ("They may not know quite how to describe their plan for the library - a reading room, a "
            "study centre or a public hall.")
    but = ("But the council members are entering the vote determined to prove that the town, not the "
           "county, should pay for the new building.")
    found = _summary(nlp, [they, but, BUILDING, WORKS])
    assert found and not any(s.startswith("But ") for s in found)
    found = _summary(nlp, [LEAD, "But the county said it would not pay for the building, which will cost "
                                 "four million pounds.", BUILDING])
    assert any(s.startswith("But the county") for s in found)      # after the sentence it answers

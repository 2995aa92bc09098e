"""An organisation's name after a time's possessive, with no noun of its own after it, names an
event (issue 8): a meeting named after its sponsor is no actor. Invented text."""
from generator.extract.entities import entities


def evidence(nlp, text):
    return {e.name: e.evidence for e in entities(nlp(text))}


def test_a_sponsors_meeting_after_a_months_possessive_is_held_back(nlp):
    text = ("Runner returns\n\nAnna Reyes will race at home for the first time since winning gold in February's "
            "Halcyon Assurance International in Leeds. She will run the 1500m.\n")
    got = evidence(nlp, text)
    assert "against:event" in got.get("Halcyon Assurance International", ("against:event",))


def test_an_organisation_before_a_noun_of_its_own_is_kept(nlp):
    text = ("Turkey's debt\n\nHis comment echoed last October's Halcyon Assurance International report on "
            "Turkey, which said the lira was weak.\n")
    got = evidence(nlp, text)
    assert all("against:event" not in ev for ev in got.values())

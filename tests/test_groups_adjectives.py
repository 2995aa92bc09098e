"""Adjectives of places and things are no people's name: "Philippine" and "Balkan" (a country's or
region's name less its plural -s) are adjectives only, whose people are Filipinos and no one; and a
people's adjective before a noun in -ment ("South Asian governments", "the Welsh parliament") is
before a thing, as "-ment" names an act or its result, never a person. A reader of the 300-article
mixed site found "Philippine" and "South Asian" in its Groups index. Invented text."""
from generator.extract.entities import entities
from generator.extract.entities.peoples import group_evidence


def test_an_adjective_of_a_place_is_no_people():
    assert group_evidence("Philippine") == () and group_evidence("Balkan") == ()
    assert group_evidence("Kyrgyz") == ("demonym",) and group_evidence("Ecuadorean") == ("demonym",)


def test_a_noun_in_ment_is_a_thing(nlp):
    got = {e.name: e.evidence for e in entities(nlp(
        "Aid\n\nThe fund will help South Asian governments rebuild the coast of Kelbury, officials said.\n"))
        if e.kind == "group"}
    assert "against:of-things" in got["South Asian"]
    got = {e.name: e.evidence for e in entities(nlp(
        "Aid\n\nSouth Asian residents of Kelbury will get help from the fund, officials said.\n")) if e.kind == "group"}
    assert "against:of-things" not in got["South Asian"]

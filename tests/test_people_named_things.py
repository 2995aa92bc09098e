"""A name that only ever modifies a noun and opens a longer name of a school or body in the same
article is that place's name, not a person's (issue 8): "the Sandy Hook shootings" beside "Sandy
Hook Elementary School". Invented names."""
from generator.extract.entities import entities


def evidence(nlp, text, name):
    return {e.name: e for e in entities(nlp(text))}[name].evidence


def test_a_name_that_only_modifies_nouns_beside_a_school_of_that_name_is_no_person(nlp):
    text = ("Parents back the plan\n\nThe father of a pupil killed at Jenny Marsh Elementary School spoke on "
            "Monday. Several parents of Jenny Marsh children joined him. In the years since the Jenny Marsh "
            "shootings, he says, too many lives were lost.\n")
    assert "against:thing" in evidence(nlp, text, "Jenny Marsh")


def test_a_person_who_stands_on_her_own_beside_her_foundation_is_kept(nlp):
    text = ("Charity grows\n\nJenny Marsh said on Monday that the Jenny Marsh Foundation would open two "
            "schools. The Jenny Marsh campaign raised money last year.\n")
    assert "against:thing" not in evidence(nlp, text, "Jenny Marsh")

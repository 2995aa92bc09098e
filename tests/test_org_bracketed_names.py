"""An organisation's short name in brackets after its long name is that organisation, not a person
(issue 8): "the Federal Home Loan Mortgage Corporation (Freddie Mac)". Invented names."""
from generator.extract.entities import entities


def test_a_short_name_in_brackets_after_a_long_name_is_that_organisation(nlp):
    text = ("Lenders sell loans\n\nLenders sold loans to the Western Home Savings Lending Corporation "
            "(Sallie Wren), industry sources said.\n")
    got = {e.name: e for e in entities(nlp(text))}
    assert "Sallie Wren" not in got
    assert "Sallie Wren" in got["Western Home Savings Lending Corporation"].aliases


def test_a_person_or_a_place_in_brackets_stays_apart(nlp):
    text = ("Bank names a chief\n\nThe Western Home Savings Lending Corporation (Ohio) named Chief Executive "
            "Sallie Wren on Monday. Wren (pictured) said the bank would grow.\n")
    got = {e.name: e for e in entities(nlp(text))}
    assert "Sallie Wren" in got and got["Sallie Wren"].kind == "person"

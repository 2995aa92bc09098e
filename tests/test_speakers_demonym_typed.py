"""A noun for one person of a people ("the Frenchman", "the Dutchwoman") never speaks as the name of
a body or a place (issue 8, item 3: "The 55-year-old Frenchman told ..." gave two quotes to
'Frenchman', which the recogniser had typed as an organisation). It is a description: the person
the article calls that, else nobody. Invented text, read with the project's own entity extraction."""
from __future__ import annotations

from test_speakers_surnames import speaker


def test_a_demonym_typed_as_a_body_is_no_speaker(nlp):
    body = ("Hartfield Rovers manager Jacques Keller has signed a new contract that keeps him at the club "
            "until 2009.\n\n"
            "The 55-year-old Frenchman told the club's website: \"My intention has always been clear. I love "
            "this club and am very happy here.\"")
    assert speaker(nlp, body, "My intention has always been clear") is None


def test_a_firm_named_with_a_word_in_man_still_speaks(nlp):
    body = ("Shares in Brightman Logistics rose on Tuesday after the firm won a contract to run the port of "
            "Felixstowe.\n\n"
            "\"We expect the contract to add a tenth to our sales next year,\" Brightman Logistics said in a "
            "statement.")
    assert speaker(nlp, body, "We expect the contract") == "Brightman Logistics"

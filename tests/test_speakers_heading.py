"""A person named right before the verb speaks, not the organisation the parse made the subject
(issue 8, item 3: held-out news gave a manager's words to his club: "Dagenham & Redbridge manager
John Still told BBC Radio London:", parsed with the club as subject, "manager" conjoined and "Still"
an adverb). Invented text, read with the project's own entity extraction."""
from __future__ import annotations

from test_speakers_surnames import speaker


def test_club_manager_with_a_surname_read_as_an_adverb(nlp):
    body = ("Hendon & Barnet were relegated on Saturday after a 3-2 defeat. Mark Still returned for a "
            "third spell at the club in December.\n\n"
            "Hendon & Barnet manager Mark Still told BBC Radio London: \"I think we lacked organisation.\"")
    assert speaker(nlp, body, "lacked organisation") == "Mark Still"


def test_an_organisation_with_a_clause_between_stays_the_speaker(nlp):
    body = ("Northgate Holdings, which John Still founded in 1990, said on Monday: \"The results were "
            "better than we expected this year.\"")
    assert speaker(nlp, body, "better than we expected") != "John Still"

"""A quotation that ends its sentence is not attributed by words after it that report something else
(issue 8, item 3: held-out news gave a chief executive's second quotation to the coach he had just
appointed, whose own "X said:" introduced the next quotation, and an economist's "said the economy
had ..." took the quotation before it). Such a quotation continues the one before it in its
paragraph, or has no speaker. Invented text, read with the project's own entity extraction."""
from __future__ import annotations

from test_speakers_surnames import speaker

APPOINTED = ("British Rowing has appointed Ingrid Solberg as head coach.\n\n"
             "\"We have looked far and wide to find the right person,\" said chief executive Martin Heywood. "
             "\"We interviewed every candidate twice and I trust her completely.\" "
             "Solberg said: \"It is a huge honour and I will listen to the athletes first.\"")


def test_said_with_a_colon_introduces_the_next_quotation_not_the_one_before(nlp):
    assert speaker(nlp, APPOINTED, "every candidate twice") == "Martin Heywood"
    assert speaker(nlp, APPOINTED, "a huge honour") == "Ingrid Solberg"


def test_said_with_its_own_reported_clause_does_not_take_the_quotation_before(nlp):
    body = ("Mr Aldous added: \"The funding outlook remains uncertain. \"It is clear that, if grants fall "
            "further, many clubs will close.\" Coach Anna Lindqvist said the squad had \"grown in confidence "
            "in recent months\" but that it was too early to judge.")
    body = "Peter Aldous runs the Rowing Clubs Association.\n\n" + body
    assert speaker(nlp, body, "many clubs will close") == "Peter Aldous"


def test_an_attribution_after_the_quotation_still_counts(nlp):
    body = ("Ingrid Solberg was appointed on Monday.\n\n"
            "\"It is a huge honour.\" Solberg said on Monday.\n\n"
            "\"We will start with the eights,\" Solberg said, adding that the squad was young.")
    assert speaker(nlp, body, "a huge honour") == "Ingrid Solberg"
    assert speaker(nlp, body, "start with the eights") == "Ingrid Solberg"

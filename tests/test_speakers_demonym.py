"""A people never speaks as one: the singular of a group's name as the subject of a verb of saying
is a firm's short name (issue 8, item 3: "American said in a statement" was given to the group
"Americans" on the mixed site; the article names American Airlines). Invented text, read with the
project's own entity extraction."""
from __future__ import annotations

from test_speakers_surnames import speaker


def test_singular_of_a_people_is_the_firm_named_with_it(nlp):
    body = ("Cleaners at Denver airport walked out on Tuesday. Denver is a hub for American Airlines, and "
            "Americans flying home for the holiday faced long queues.\n\n"
            "\"We are working closely with our vendors to keep every flight on time,\" American said in a statement.")
    assert speaker(nlp, body, "working closely with our vendors") == "American Airlines"


def test_singular_of_a_people_with_no_such_firm_is_nobody(nlp):
    body = ("Americans flying home for the holiday faced long queues at Denver airport on Tuesday.\n\n"
            "\"We are working closely with our vendors to keep every flight on time,\" American said in a statement.")
    assert speaker(nlp, body, "working closely with our vendors") != "Americans"

"""Speakers reached through a chain of pronouns across paragraphs (issue 8, item 3: held-out news
gave "he said" no speaker when the article's opening sentence names its one person in a clause the
parse gives no subject, or when a group stands between). Invented text, read with the project's own
entity extraction. Precision first: another person who may be the one leaves the speaker None."""
from __future__ import annotations

from test_speakers_surnames import speaker

OPENING = ("As Tom Baxter, from Leeds, prepares to open his farm to visitors on Sunday, he says that the "
           "season has been hard.\n\n"
           "He was born in 1950 and took over the farm from his father in 1975.\n\n")


def test_he_back_to_the_only_man_named_since_the_start(nlp):
    body = OPENING + "\"I think the rules were written by people who have never seen a cow,\" he said."
    assert speaker(nlp, body, "never seen a cow") == "Tom Baxter"


def test_he_with_a_person_of_unknown_gender_before_stays_none(nlp):
    body = ("As Tom Baxter and Sam Okoro, from Leeds, prepare to open the farm to visitors on Sunday, "
            "they say that the season has been hard.\n\n"
            "He was born in 1950 and took over the farm from his father in 1975.\n\n"
            "\"I think the rules were written by people who have never seen a cow,\" he said.")
    assert speaker(nlp, body, "never seen a cow") is None


def test_a_group_between_does_not_stop_the_search(nlp):
    body = ("The chief executive, Sarah Hill, said the cuts were painful but necessary.\n\n"
            "The branch MPs were angry about the closures.\n\n"
            "\"We have to adapt to a world where customers no longer visit branches,\" she said.")
    assert speaker(nlp, body, "no longer visit branches") == "Sarah Hill"


def test_a_group_does_not_speak_for_she(nlp):
    body = ("The branch MPs were angry about the closures.\n\n"
            "\"We have to adapt to a world where customers no longer visit branches,\" she said.")
    assert speaker(nlp, body, "no longer visit branches") is None


def test_he_after_a_sentence_about_a_mans_job_is_that_man(nlp):
    body = ("Tom Hadley was the only member of the cast with stage experience.\n\n"
            "He has since played a villain in two thrillers.\n\n"
            "Ravi Mehta's first job after the show took him from Leeds to Mumbai.\n\n"
            "He told the radio station he owed it all to the show.\n\n"
            "\"My career started because a director's son was a fan of the show.\"")
    assert speaker(nlp, body, "My career started") == "Ravi Mehta"

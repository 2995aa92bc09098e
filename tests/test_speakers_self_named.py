"""A speaker found for a quotation whose words name that person by given name or surname alone
("I'm looking forward to working with Ryan once again," he said: Ryan Coogler, the one person the
short text named, was taken for "he"). People speak so of others, not of themselves. Invented text,
read with the project's own entity extraction."""
from __future__ import annotations

from test_speakers_surnames import speaker


def test_words_that_name_the_speaker_by_given_name_are_someone_else_s(nlp):
    body = ("He told the paper he was thrilled to be back. The film will see him reunite with his director "
            "Ryan Hale. \"I am looking forward to working with Ryan again,\" he said.")
    assert speaker(nlp, body, "working with Ryan") is None


def test_a_name_another_person_shares_is_no_sign(nlp):
    body = ("\"We searched long and hard,\" said chief executive David Moorcroft of the trust. \"I believe "
            "David will be a great leader.\" David Kerr starts next week.")
    assert speaker(nlp, body, "great leader") == "David Moorcroft"


def test_the_full_name_is_a_speaker_s_own(nlp):
    body = ("Senator Bill Hays spoke in the town hall on Monday. \"Nobody will fight harder for this town "
            "than Bill Hays,\" he said.")
    assert speaker(nlp, body, "fight harder") == "Bill Hays"


def test_a_quotation_that_goes_on_from_words_naming_the_speaker_is_not_theirs_either(nlp):
    body = ("Kevin Dalloway was hurt in the second half and manager Pedro Santoro fears the worst. "
            "Dalloway's injury leaves Santoro short for the final.\n\n"
            "\"He (Dalloway) has no chance of playing in the final,\" he said. \"The medical staff will try "
            "everything to help the others. We will have to wait and see.\"")
    assert speaker(nlp, body, "no chance of playing") is None
    assert speaker(nlp, body, "medical staff") is None

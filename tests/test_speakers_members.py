"""A description that names one member of a people ("said the American", "said the Spaniard") is one
person, never the group (issue 8, item 3: a sports report gave a player's words to "Americans").
It resolves to the person the article calls that, else None. Invented text."""
from __future__ import annotations

from test_speakers_surnames import speaker


def test_the_singular_of_a_group_is_not_the_group(nlp):
    body = ("Andy Rudd was left frustrated after losing both his singles on clay, as the Americans lost "
            "the final.\n\n"
            "\"It's just tough because I felt like I was in it the whole time,\" said the American.")
    assert speaker(nlp, body, "in it the whole time") is None


def test_the_person_the_article_calls_so(nlp):
    body = ("The Spaniard Carlos Mora won the deciding match in straight sets.\n\n"
            "\"I have dreamed of this day for many years,\" said the Spaniard.")
    assert speaker(nlp, body, "dreamed of this day") == "Carlos Mora"


def test_a_group_named_as_itself_still_speaks(nlp):
    body = ("The Kurds rejected the plan on Monday.\n\n"
            "\"We will never accept a plan drawn up without us,\" the Kurds said in a statement.")
    assert speaker(nlp, body, "drawn up without us") == "Kurds"

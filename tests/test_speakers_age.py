"""A description by age as the speaker ("the 21-year-old told", "said the 46-year-old"): like a
title, it resolves only to the one person the article gives that age ("Jose Reyes, 21,", "Reyes,
aged 21", "21-year-old Reyes"), else to nobody (found by the mixed-corpus and h2 reviews, session 8).
Invented text, read with the project's own entity extraction."""
from __future__ import annotations

from test_speakers_surnames import speaker


def test_the_age_the_article_gives_someone_resolves_to_them(nlp):
    body = ("Winger Tomas Ferro, 21, joined Castellon on Tuesday after four years at the club's academy.\n\n"
            "\"It is a dream to play here at last,\" the 21-year-old told the club's radio station.")
    assert speaker(nlp, body, "dream to play here") == "Tomas Ferro"


def test_an_age_before_the_name_counts_too(nlp):
    body = ("The 46-year-old designer Mara Lind opened her first shop in Oslo on Friday.\n\n"
            "\"I waited twenty years for this,\" said the 46-year-old.")
    assert speaker(nlp, body, "waited twenty years") == "Mara Lind"


def test_an_age_nobody_or_two_people_have_resolves_to_nobody(nlp):
    unknown = ("Winger Tomas Ferro joined Castellon on Tuesday after four years at the academy.\n\n"
               "\"It is a dream to play here at last,\" the 21-year-old told the club's radio station.")
    assert speaker(nlp, unknown, "dream to play here") is None
    shared = ("Two lawyers, Ed Moss, 52, and Lia Park, 52, spoke to the court on Monday.\n\n"
              "\"It was a fair hearing in the end,\" the 52-year-old said.")
    assert speaker(nlp, shared, "fair hearing") is None

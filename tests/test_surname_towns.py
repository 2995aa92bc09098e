"""Issue 8, actors: a town's name that is also the surname of a person the article names in full
("David Kingston ... Kingston said") is that person on second reference, where it is used as a
surname only; a mention where a place stands keeps the town ("roofs torn off in Kingston").

Every input here is made up for the test, written in the style of the news where the fault was seen.
"""
from __future__ import annotations

from generator.extract.entities import entities


def kinds(nlp, text):
    return {e.name: e.kind for e in entities(nlp(text))}


def test_a_town_used_as_a_surname_folds_into_the_full_name(nlp):
    got = kinds(nlp, "Coach leaves club\n\nDavid Kingston has left the club after six years. Kingston, who "
                     "joined from a rival side in 2015, said he was proud of the team. \"It is time,\" Kingston said.\n")
    assert got.get("David Kingston") == "person" and "Kingston" not in got


def test_a_town_where_a_place_stands_stays_a_place(nlp):
    got = kinds(nlp, "Storm hits island\n\nRoofs were torn off in Kingston on Monday. David Kingston, a "
                     "fisherman, said he had never seen such winds.\n")
    assert got.get("Kingston") == "place" and got.get("David Kingston") == "person"


def test_a_country_stays_a_country_beside_a_namesake(nlp):
    got = kinds(nlp, "Talks resume\n\nEddie Jordan arrived for the talks on Monday. Jordan and Egypt have "
                     "signed a trade pact, and Jordan will send a delegation to Cairo.\n")
    assert got.get("Jordan") == "place"

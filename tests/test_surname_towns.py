"""Issue 8, actors: a town's name that is also the surname of a person the article names in full
("David Kingston ... Kingston said") is that person on second reference, where it is used as a
surname only; a mention where a place stands keeps the town ("roofs torn off in Kingston"). A country's
name folds only as a second reference with a verb of saying and no "it" ("..., France said.").

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


def test_a_country_named_as_a_second_reference_folds_into_the_full_name(nlp):
    # "But Alastair France, of London brokers ..., said ... , France said.": the analyst, not the
    # country, which the story never names
    got = kinds(nlp, "Bank profits rise\n\nGerman banks reported higher profits for 1986 on Tuesday. "
                     "But Alastair France, of London brokers Hartley Stone, said the banks would find 1987 "
                     "harder.\n\nDividends should stay at 12 marks in both years, France said.\n")
    assert got.get("France") != "place"


def test_a_country_that_speaks_as_it_stays_a_country(nlp):
    got = kinds(nlp, "Bank profits rise\n\nBut Alastair France, of London brokers Hartley Stone, said the banks "
                     "would find 1987 harder.\n\nFrance said it would cut its own tax on bank profits next year.\n")
    assert got.get("France") == "place"

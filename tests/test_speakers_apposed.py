"""Speakers named in apposition after a title's phrase ("the head of the Red Crescent in Jordan,
Lina Haddad, said"): the parse hangs the name on the phrase's last noun (a body, a place), and a
person's name there names the title. Invented text, read with the project's own entity extraction."""
from __future__ import annotations

from test_speakers_surnames import speaker


def test_name_after_a_title_of_a_body_in_a_place_speaks(nlp):
    body = ("Aid convoys reached the city on Tuesday.\n\n"
            "\"Most of the families were moved,\" the head of the Red Crescent in Jordan, Lina Haddad, "
            "said after the buses left.")
    assert speaker(nlp, body, "Most of the families") == "Lina Haddad"


def test_she_after_that_sentence_is_the_named_person(nlp):
    body = ("Aid worker Sara Klein drove the first bus into the camp on Tuesday.\n\n"
            "\"Most of the families were moved,\" the head of the Red Crescent in Jordan, Lina Haddad, "
            "said after the buses left. \"Nobody knows how many families are still waiting in the "
            "east,\" she added.")
    assert speaker(nlp, body, "how many families are still waiting") == "Lina Haddad"


def test_name_after_a_leader_of_a_movement_speaks(nlp):
    body = ("Farmers occupied three estates in the north last month.\n\n"
            "\"We make no secret of what we will do next,\" said one leader of the farm workers' "
            "movement, Tiago Ramalho.")
    assert speaker(nlp, body, "no secret of what we will do") == "Tiago Ramalho"


def test_name_after_a_person_of_the_phrase_is_that_person_not_the_speaker(nlp):
    body = ("The talks ended without a deal on Friday.\n\n"
            "\"The door remains open for further talks next week,\" a spokesman for the foreign "
            "minister, Sergei Volkonsky, said.")
    assert speaker(nlp, body, "door remains open") != "Sergei Volkonsky"

"""A person's name the model read together with a role or a body's name before it (entities/glued.py):
"Zentrix spokesperson Kenji Abernathy-Sato", "Striker Mateus D'Alessandro", "The Executive Council of
Velmoran Traders Hanna Lindqvist said". Invented text, read with the project's own entity extraction."""
from __future__ import annotations

from test_speakers_surnames import speaker

from generator.extract.entities import entities as find_entities


def _kinds(nlp, body: str) -> dict:
    return {e.name: e.kind for e in find_entities(nlp(body), body_start=0)}


def _titles(nlp, body: str) -> dict:
    return {e.name: e.titles for e in find_entities(nlp(body), body_start=0)}


def test_a_role_noun_glued_before_a_name_is_no_part_of_it(nlp):
    body = ("Zentrix said on Tuesday it would cut 400 jobs at its plant in Velmora.\n\n"
            "\"We have had to make hard choices this year,\" Zentrix spokesperson Kenji Abernathy-Sato said.")
    assert speaker(nlp, body, "hard choices") == "Kenji Abernathy-Sato"
    titles = _titles(nlp, body)
    assert "Zentrix spokesperson Kenji Abernathy-Sato" not in titles
    assert titles["Kenji Abernathy-Sato"] == ("Spokesperson",)


def test_a_capitalised_role_opening_the_sentence_is_no_part_of_the_name(nlp):
    body = ("Velmora Rovers beat Castlebay 2-1 on Saturday to move top of the league.\n\n"
            "Striker Mateus D'Alessandro scored twice before half-time. \"It was a great day for the club,\" "
            "D'Alessandro said.")
    assert speaker(nlp, body, "great day") == "Mateus D'Alessandro"
    assert "Striker Mateus D'Alessandro" not in _kinds(nlp, body)


def test_a_body_glued_before_a_person_is_two_names_and_the_person_speaks(nlp):
    body = ("Shop owners in Velmora welcomed the new parking rules on Monday.\n\n"
            "The Executive Council of Velmoran Traders Hanna Lindqvist said the rules were \"long overdue and "
            "very welcome\".")
    kinds = _kinds(nlp, body)
    assert kinds.get("Hanna Lindqvist") == "person"
    assert kinds.get("Executive Council of Velmoran Traders") == "organization"
    assert speaker(nlp, body, "long overdue") == "Hanna Lindqvist"


def test_names_that_hold_a_role_word_or_a_given_name_stay_whole(nlp):
    body = ("Son Heung-min scored the winner for the visitors on Sunday.\n\n"
            "Members of the Church of Jesus Christ gathered in Salt Lake City. The Bank of Georgia said profits rose.")
    kinds = _kinds(nlp, body)
    assert "Heung-min" not in kinds
    assert "Jesus Christ" not in kinds and "Georgia" not in kinds

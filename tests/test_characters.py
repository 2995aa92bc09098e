"""Issue 8, actors: a part someone plays, or a work, is no person ("playing Willy Wonka", "the role of
Don Giovanni", "a new production of Don Giovanni", "Peter Pan creator JM Barrie").

Every input here is made up for the test, written in the style of the arts pages where the fault was seen.
"""
from __future__ import annotations

import pytest

from generator.extract import extract, nlp_text, to_record
from generator.readers import read_text


def _record(nlp, text):
    raw = read_text(text, source="local/stage.txt")
    body, start = nlp_text(raw)
    return to_record(raw, extract(raw, nlp(body), body_start=start), article_id="x")


def _evidence(record) -> dict:
    return {e["name"]: e["evidence"] for e in record["entities"]}


@pytest.mark.parametrize("sentence, part", [
    ("Carla Moreno is set to return in her next role, playing Hetty Quill in a remake of the classic film.",
     "Hetty Quill"),
    ("The composer had written the role of Tomas Varga for the baritone, the actress said.", "Tomas Varga"),
    ("His cast will include a role as Tobias Crane, an actor with the company told the paper.", "Tobias Crane"),
    ("Ravi Anand, whose last role was Molly Finch creator Anne Ward in a biopic, is the favourite.", "Molly Finch"),
])
def test_a_part_someone_plays_is_no_person(nlp, sentence, part):
    record = _record(nlp, "A new season on stage\n\n" + sentence + " Tickets go on sale in Leeds.\n")
    assert "against:thing" in _evidence(record)[part]


def test_a_production_of_a_work_is_no_actor(nlp):
    record = _record(nlp, "Opera returns\n\nA new production of Tomas Varga opens in May at the city's opera house.\n")
    assert "Tomas Varga" not in _evidence(record)
    assert {n["name"]: n["reason"] for n in record["not_actors"]}.get("Tomas Varga", "").startswith("a work")


def test_a_writer_after_a_remake_of_stays_a_person(nlp):
    record = _record(nlp, "Remake planned\n\nThe studio plans a remake of Roald Ashby's classic tale, "
                          "its chief said. Ashby died in 1990.\n")
    assert "Roald Ashby" in _evidence(record)
    assert "against:thing" not in _evidence(record)["Roald Ashby"]


def test_a_player_someone_plays_in_a_match_stays_a_person(nlp):
    record = _record(nlp, "Seed goes through\n\nThe 21-year-old plays Marco Ruiz or Lee Dong-hwan in the second "
                          "round. The film star in the crowd drew a cheer, and the draw was kind. Ruiz won his "
                          "singles final last year.\n")
    assert "against:thing" not in _evidence(record).get("Marco Ruiz", [])

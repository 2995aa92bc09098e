"""A natural feature's name ("Ostrava Bay", "Mount Halloran") is a place, never a person's, and a road's
number stays with its name ("Route 9": "Route" alone had been a place): entities/kinds.py, names.py.
Invented text."""
from __future__ import annotations

from generator.extract.entities import entities as find_entities


def _names(nlp, body: str) -> dict:
    return {e.name: e.kind for e in find_entities(nlp(body), body_start=0)}


BODY = ("An oil spill has reached Ostrava Bay, officials said on Tuesday.\n\n"
        "Kessler Bay and Marrow River were closed to fishing. Crews worked along Lake Tenby and Mount Halloran "
        "through the night.\n\n"
        "Traffic on Route 9 was diverted. \"We have never seen anything like this,\" said Ines Halloran, who "
        "lives near Route 9.")


def test_a_feature_head_makes_a_place(nlp):
    names = _names(nlp, BODY)
    for place in ("Ostrava Bay", "Kessler Bay", "Marrow River", "Lake Tenby", "Mount Halloran"):
        assert names.get(place) == "place", (place, names)
    assert names.get("Ines Halloran") == "person"


def test_a_road_keeps_its_number(nlp):
    names = _names(nlp, BODY)
    assert "Route" not in names
    assert names.get("Route 9") == "place"


def test_a_given_name_before_the_head_is_a_person(nlp):
    body = ("The director Michael Bay said on Monday his next film would be shot in Velmora. Bay said the "
            "city had been generous. The talk-show host Ricki Lake also visited.")
    names = _names(nlp, body)
    assert names.get("Michael Bay") == "person"
    assert names.get("Ricki Lake", "person") == "person"

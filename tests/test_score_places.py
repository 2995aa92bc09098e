"""Issue 8, actors: a place after "in" and before a score is where the match was played ("Rapid won
in Salzburg 3-2"), not a side of the result, so it stays a place; two sides with their scores on
one line ("Pohang 3 Ulsan 2") are still the teams of a result.

Every input here is made up for the test, written in the style of the news where the fault was seen.
"""
from __future__ import annotations

from generator.extract.entities import entities
from generator.extract.entities.sports import result_slots


def test_a_place_before_a_score_is_no_side(nlp):
    doc = nlp("Rapid edge past rivals\n\nRapid Vienna won in Salzburg 3-2 on Saturday to go top of the table. "
              "Sturm Graz beat Austria Vienna 2-1 in Klagenfurt.\n")
    got = {e.name: e.kind for e in entities(doc)}
    assert got.get("Salzburg") == "place" and got.get("Klagenfurt") == "place"
    assert got.get("Austria Vienna") == "organization"      # the line still holds a result: its side stays a club


def test_sides_with_their_scores_stay_a_result(nlp):
    doc = nlp("Results on Sunday\n\nPohang 3 Ulsan 2\nSuwon 1 Daegu 0\n")
    slots = {doc[s:e].text for s, e in result_slots(doc)}
    assert {"Pohang", "Ulsan", "Suwon", "Daegu"} <= slots

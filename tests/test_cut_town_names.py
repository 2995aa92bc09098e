"""Issue 8, actors: a body's name the model cut from its town is no actor ("Dumfries [Sheriff Court]").

Every input here is made up for the test, written in the style of the court reports where the fault was seen
(the towns are real ones the model cuts off their courts; the sentences are invented).
"""
from __future__ import annotations

import pytest

from generator.extract import extract, nlp_text, to_record
from generator.readers import read_text


def _record(nlp, text):
    raw = read_text(text, source="local/court.txt")
    body, start = nlp_text(raw)
    return to_record(raw, extract(raw, nlp(body), body_start=start), article_id="x")


def _evidence(record) -> dict:
    return {e["name"]: e["evidence"] for e in record["entities"]}


@pytest.mark.parametrize("sentence, body", [
    ("In March, Dumfries Sheriff Court heard how the files had been copied.", "Sheriff Court"),
    ("Officers found the bar still open at 05:00, Limavady Magistrates Court was told.", "Magistrates Court"),
])
def test_a_court_cut_from_its_town_is_held_back(nlp, sentence, body):
    record = _record(nlp, "Teacher struck off\n\n" + sentence + " The hearing continues next week.\n")
    found = _evidence(record)
    assert any(e.startswith("against:") for e in found[body]), found


def test_a_court_named_whole_or_with_the_stays_an_actor(nlp):
    record = _record(nlp, "Ruling upheld\n\nThe judge told the High Court on Monday that the ruling stood.\n")
    assert not any(e.startswith("against:") for e in _evidence(record).get("High Court", ["missing"]))

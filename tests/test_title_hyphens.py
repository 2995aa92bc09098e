"""Issue 8, people: a compound modifier before a title is no title word ("first-team coach" is a
Coach, not a "Team Coach"), a prefix is no compound ("ex-health secretary" is a Health Secretary),
and a hyphenated title is the spaced one ("Vice-President", "Secretary-General") (entities/titles.py).

Every input here is made up for the test, written in the style of the news where the fault was seen.
"""
from __future__ import annotations

import pytest

from generator.extract import extract, nlp_text, to_record
from generator.readers import read_text


def _record(nlp, text):
    raw = read_text("Readers write in\n\n" + text + "\n", source="local/plain.txt")
    body, start = nlp_text(raw)
    return to_record(raw, extract(raw, nlp(body), body_start=start), article_id="x")


def _people(record) -> dict:
    return {e["name"]: e["titles"] for e in record["entities"] if e["kind"] == "person"}


@pytest.mark.parametrize("text, person, title, wrong", [
    ("First-team coach Darren Okoye said the squad was tired after the cup run.",
     "Darren Okoye", "Coach", "Team Coach"),
    ("Vice-President Mara Lindqvist said the talks would go on.",
     "Mara Lindqvist", "Vice President", "President"),
    ("Ex-health secretary Tobias Wrenfield earned up to £85,000 from speeches.",
     "Tobias Wrenfield", "Health Secretary", "Secretary"),
])
def test_hyphenated_words_before_a_title(nlp, text, person, title, wrong):
    people = _people(_record(nlp, text))
    assert title in people[person]
    assert wrong not in people[person]

"""Issue 8, people: an everyday English word before a capitalised name is a description, not a
first name ("Celebrities Julianne Moore", "Teenager LaShawn Merritt"), while a first name that is
also a word stays ("Hunter S Thompson") (entities/plain_words.word_before_name).

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


@pytest.mark.parametrize("text, person, absent", [
    ("Celebrities Marissa Quentley, Dorian Falk and Abigail Strand praised the plan on Monday.",
     "Marissa Quentley", "Celebrities Marissa Quentley"),
    ("Teenager Ingrid Valcourt won the 400m in Oslo on Saturday, her coach said.",
     "Ingrid Valcourt", "Teenager Ingrid Valcourt"),
])
def test_everyday_word_before_a_name_is_no_part_of_it(nlp, text, person, absent):
    people = _people(_record(nlp, text))
    assert person in people
    assert absent not in people


def test_a_first_name_that_is_also_a_word_stays(nlp):
    people = _people(_record(nlp, "Hunter S Pellworth wrote the column for twenty years, his editor said."))
    assert "Hunter S Pellworth" in people

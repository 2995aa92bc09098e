"""Issue 8, actors: a given name before a name of two surnames stays the person's ("Kristin Scott Thomas"
is no "Scott Thomas" described by "Kristin"), while a describing word still comes off ("Mexican Ariel Cruz").

Every input here is made up for the test, written in the style of the arts news where the fault was seen.
"""
from __future__ import annotations

import pytest

from generator.extract import extract, nlp_text, to_record
from generator.readers import read_text


def _names(nlp, text) -> set:
    raw = read_text(text, source="local/festival.txt")
    body, start = nlp_text(raw)
    record = to_record(raw, extract(raw, nlp(body), body_start=start), article_id="x")
    return {e["name"] for e in record["entities"]}


@pytest.mark.parametrize("sentence, person", [
    ("Harbour Lights, a historical epic starring Kristin Scott Palmer, opens the festival on 10 February.",
     "Kristin Scott Palmer"),
])
def test_a_given_name_before_two_surnames_stays(nlp, sentence, person):
    assert person in _names(nlp, "Festival opens\n\n" + sentence + " Tickets are on sale.\n")


def test_a_describing_word_before_a_given_name_still_comes_off(nlp):
    names = _names(nlp, "Title fight\n\nMexican Ariel Cruz won the title on Saturday. Cruz said he was happy.\n")
    assert "Ariel Cruz" in names and "Mexican Ariel Cruz" not in names

"""Issue 8, places: the place of a dateline the reader took off the lede ("KELBROOK, Penn., April 1 -")
is a place, whatever the model read in it (nothing, or a person or a body when the dateline is parsed
on its own). Only the part before the first comma; the rest is left to the model and the gazetteer.

Every input here is made up for the test, written in the style of the news where the fault was seen.
"""
from __future__ import annotations

import pytest

from generator.extract import extract, nlp_text, to_record
from generator.parse import parse
from generator.readers import read_text


def _actors(nlp, text):
    raw = read_text(text, source="local/wire.txt")
    body, start = nlp_text(raw)
    record = to_record(raw, extract(raw, parse(nlp, body), body_start=start), article_id="x")
    return raw.dateline, {e["name"]: e["kind"] for e in record["entities"]}


@pytest.mark.parametrize("dateline, town, firm", [
    ("KELBROOK, Penn.", "Kelbrook", "Marlowe Homes Inc"),
    ("ASHCOMBE", "Ashcombe", "Dunmore Chemical Corp"),
    ("STANBRIDGE, Quebec", "Stanbridge", "Sico Paints Inc"),
])
def test_the_datelines_place_is_a_place(nlp, dateline, town, firm):
    got_dateline, got = _actors(nlp, f"MARLOWE SETS STOCK SPLIT\n\n{dateline}, April 1 - {firm} said it declared a "
                                     "two-for-one split of its common stock and would sell 500,000 shares.\n")
    assert got_dateline.split(",")[0] == town
    assert got.get(town) == "place" and got.get(firm) == "organization"


def test_a_headline_without_a_dateline_gives_no_place(nlp):
    got_dateline, got = _actors(nlp, "Homebuilder sets stock split\n\nMarlowe Homes Inc said it declared a "
                                     "two-for-one split of its common stock.\n")
    assert got_dateline is None and not any(kind == "place" for kind in got.values())


def test_the_datelines_place_stands_where_a_place_does(nlp):
    # a sports story reads a town named nowhere after "in" as a club unless it stands where a place does;
    # the dateline is such a place, also when it ends in a state's abbreviation ("ELKO, Nev.")
    _, got = _actors(nlp, "Coach says league has gone soft\n\nELKO, Nev. (AP) — The coach says he no longer watches "
                          "the NFL because the league has gone soft. He spoke to 3,000 fans in downtown Elko on "
                          "Sunday while the playoffs were on, and the team won 24-17 in overtime.\n")
    assert got.get("Elko") == "place"

"""Issue 8, actors: a work or an award is no actor: kept in the record under ``not_actors``.

Every input here is made up for the test, written in the style of the news where the fault was seen.
"""
from __future__ import annotations

import pytest

from generator.extract import extract, nlp_text, to_record
from generator.readers import read_text


def _record(nlp, text):
    raw = read_text(text, source="local/awards.txt")
    body, start = nlp_text(raw)
    return to_record(raw, extract(raw, nlp(body), body_start=start), article_id="x")


def _actors(record) -> dict:
    return {e["name"]: e["kind"] for e in record["entities"]}


@pytest.mark.parametrize("sentence, work", [
    ("Offbeat comedy Driftwater was named the best film of the year by the Calder Critics Circle.", "Driftwater"),
    ("The drama follows director Nils Arvard's award-winning film Glasshouse, critics said.", "Glasshouse"),
    ("The series is based on Ruth Okafor's first novel, Harlow Grange.", "Harlow Grange"),
    ("Marble Kingdom, directed by Tomas Reyna, was named best foreign language film.", "Marble Kingdom"),
    ("Sandcastle tells the story of two brothers and also stars Paul Denholm.", "Sandcastle"),
    ("Grant Mills said he would return to Harbourside for the final Harbourside episodes.", "Harbourside"),
    ("Mr Hale told BBC One's Breakfast With Dawson programme he would stand again.", "Breakfast With Dawson"),
])
def test_a_work_is_kept_out_of_the_actors(nlp, sentence, work):
    record = _record(nlp, "Critics name the year's films\n\n" + sentence + " The ceremony is in Las Vegas.\n")
    assert work not in _actors(record)
    held = {n["name"]: n["reason"] for n in record["not_actors"]}
    assert held.get(work, "").startswith("a work")


@pytest.mark.parametrize("sentence", [
    "Anna Pell, who won an Oscar for best supporting actress, joins the cast.",
    "The Oscar-nominated documentary followed the chef for a month.",
])
def test_an_award_is_kept_out_of_the_actors(nlp, sentence):
    record = _record(nlp, "Awards season begins\n\n" + sentence + " It opens in Toronto in May.\n")
    assert "Oscar" not in _actors(record)
    assert any(n["name"] == "Oscar" and n["reason"].startswith("an award") for n in record["not_actors"])


def test_people_and_bodies_beside_works_stay_actors(nlp):
    record = _record(nlp, "Critics name the year's films\n\nThe film Ruth Okafor made for Halvard Studios "
                          "won praise, Ruth Okafor said. Halvard Studios said it would release the film in May.\n")
    assert _actors(record).get("Ruth Okafor") == "person"
    assert _actors(record).get("Halvard Studios") == "organization"
    assert record["not_actors"] == []


@pytest.mark.parametrize("sentence, letters", [
    ("Creditors were told the club had missed the 17:00 BST deadline to pay its debts.", "BST"),
    ("Trading closed at 1400 GMT on Friday, dealers in Karston said.", "GMT"),
    ("The walls of the fort at Kelmar were built around 300 BC by settlers.", "BC"),
])
def test_letters_after_a_figure_are_a_unit_zone_or_era(nlp, sentence, letters):
    record = _record(nlp, "Deadline passes for club\n\n" + sentence + " Stewards met on Monday.\n")
    assert letters not in _actors(record)
    held = {n["name"]: n["reason"] for n in record["not_actors"]}
    assert held.get(letters, "").startswith("a unit")


@pytest.mark.parametrize("sentence, body", [
    ("In 2004 NBC launched a news channel aimed at younger viewers, Harlan Teague said.", "NBC"),
    ("Some 300 IBM workers in Dalmore walked out on Monday, the union said.", "IBM"),
])
def test_a_body_after_a_year_or_before_its_noun_stays_an_actor(nlp, sentence, body):
    record = _record(nlp, "Channel news\n\n" + sentence + "\n")
    assert body not in {n["name"] for n in record["not_actors"]}


@pytest.mark.parametrize("text, letters", [
    ("Three MEPs from the Liberal group wrote to the commission on Monday. One MEP, Hanna Loefgren, said the "
     "rules were unclear.", "MEP"),
    ("A super PAC backing Senator Dale Whitcombe raised $4 million in May, filings show.", "PAC"),
])
def test_an_abbreviation_counted_as_a_common_noun_is_no_actor(nlp, text, letters):
    # a proper noun takes no plural and no "a"/"an": "MEPs", "a super PAC" are roles and kinds
    record = _record(nlp, "Row over grant rules\n\n" + text + "\n")
    assert letters not in _actors(record)
    held = {n["name"]: n["reason"] for n in record["not_actors"]}
    assert held.get(letters, "").startswith("an abbreviation of a common noun")


def test_a_bodys_abbreviation_before_its_noun_stays_an_actor(nlp):
    record = _record(nlp, "Row over grant rules\n\nThe BBC reporter at the meeting said the ESA would reply. "
                          "A spokesman for the TUC said the cuts were a blow. An IMF-type programme was not "
                          "needed, Dale Whitcombe said.\n")
    held = {n["name"] for n in record["not_actors"]}
    assert not held & {"BBC", "ESA", "TUC", "IMF"}
    assert _actors(record).get("TUC") == "organization"

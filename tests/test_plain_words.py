"""Issue 8, people: a "person" whose name is only everyday words (no given name, no surname) is no
one: kept in the record under ``not_actors``, never an entity (entities/plain_words.py).

Every input here is made up for the test, written in the style of the news where the fault was seen.
"""
from __future__ import annotations

import pytest

from generator.actor_evidence import decide
from generator.extract import extract, nlp_text, to_record
from generator.extract.entities.plain_words import everyday_word, plain_name
from generator.readers import read_text


def _record(nlp, text):
    raw = read_text("Readers write in\n\n" + text + "\n", source="local/plain.txt")
    body, start = nlp_text(raw)
    return to_record(raw, extract(raw, nlp(body), body_start=start), article_id="x")


def _actors(record) -> dict:
    return {e["name"]: e["kind"] for e in record["entities"]}


@pytest.mark.parametrize("sentence, word", [
    ("The Mosquito virus spread to thousands of computers in a week, the security firm Kestrel Labs said.",
     "Mosquito"),
    ("Tickets for Butterflies sold out within an hour, organisers in Bristol said.", "Butterflies"),
])
def test_everyday_words_read_as_a_person_are_no_actor(nlp, sentence, word):
    record = _record(nlp, sentence)
    assert word not in _actors(record)
    held = {n["name"]: n["reason"] for n in record["not_actors"]}
    assert held.get(word, "").startswith("no name")


@pytest.mark.parametrize("sentence, person", [
    ("Flea said the band would tour in May, and Flea added that tickets were cheap.", "Flea"),
    ("Rand Paul said he would run, and Mitt Romney said he would not.", "Mitt Romney"),
    ("Users of the phones complained, said Mara Quell of Fenwick Research.", "Mara Quell"),
    ("Band member Flea shared the news on social media, writing that the tour would go ahead.", "Flea"),
])
def test_people_named_by_words_or_names_stay_people(nlp, sentence, person):
    record = _record(nlp, sentence)
    assert _actors(record).get(person) == "person"
    assert record["not_actors"] == []


def test_everyday_words_another_rule_makes_a_body_stay_one(nlp):
    # the model reads the party as a person; the party's bare name makes it an organisation
    record = _record(nlp, "Labour was leading in the polls in Leeds, the survey showed.")
    assert _actors(record).get("Labour") == "organization"


@pytest.mark.parametrize("name, plain", [
    ("Rocket Baby Dolls", True), ("Windows", True), ("Episode", True),
    ("Joss Stone", False),      # a census surname
    ("Grace", False),           # a given name
    ("Ondaatje", False),        # no English word
    ("Zaghari-Ratcliffe", False), ("O'Brien", False), ("A", False),
])
def test_plain_name_needs_every_word_an_english_word_and_no_name(name, plain):
    assert plain_name(name) is plain


def test_a_word_of_no_name_is_no_sign_against_another_articles_actor():
    # "Kestrel" is no name in one article (everyday words read as a person); two others name the firm
    ent = {"name": "Kestrel", "kind": "organization", "aliases": [], "titles": [], "mentions": 2,
           "evidence": ["org-context", "mentions:2"]}
    records = [{"id": "a", "entities": [], "not_actors": [{"name": "Kestrel", "reason": "no name: everyday words"}]},
               {"id": "b", "entities": [dict(ent)]}, {"id": "c", "entities": [dict(ent)]}]
    decide(records)
    assert [e["published"] for r in records[1:] for e in r["entities"]] == [True, True]
    assert everyday_word("kestrel") and not everyday_word("grace")

"""Issue 8, actors: a company named after a person is no person where the words around it make it a
business ("rivals Harold Benson and Amazon UK", "Harold Benson stores"): the person is held back.

Every input here is made up for the test, written in the style of the business news where the fault was seen.
"""
from __future__ import annotations

import pytest

from generator.extract import extract, nlp_text, to_record
from generator.readers import read_text


def _evidence(nlp, text) -> dict:
    raw = read_text(text, source="local/retail.txt")
    body, start = nlp_text(raw)
    record = to_record(raw, extract(raw, nlp(body), body_start=start), article_id="x")
    return {e["name"]: (e["kind"], e["evidence"]) for e in record["entities"]}


@pytest.mark.parametrize("sentence", [
    "The merger would create a retailer bigger than rivals Harold Benson and Amazon UK, the chain argued.",
    "Sales at Harold Benson stores rose 4% in the year to March, the chain said.",
])
def test_a_retailer_named_after_a_person_is_no_person(nlp, sentence):
    found = _evidence(nlp, "Retail merger\n\n" + sentence + " Analysts in London welcomed the figures.\n")
    kind, evidence = found["Harold Benson"]
    assert kind != "person" or any(e.startswith("against:") for e in evidence), found


def test_rivals_who_are_people_stay_people(nlp):
    found = _evidence(nlp, "Race tightens\n\nThe senator trails her rivals Harold Benson and Ann Carver in the "
                           "polls, the survey said. Benson said he was pleased.\n")
    kind, evidence = found["Harold Benson"]
    assert kind == "person" and not any(e.startswith("against:") for e in evidence)

"""Issue 8, actors: a currency after an amount is no actor ("13.6 billion U.S. Dlrs").

Every input here is made up for the test, written in the style of the wire copy where the fault was seen.
"""
from __future__ import annotations

import pytest

from generator.extract import extract, nlp_text, to_record
from generator.readers import read_text


def _record(nlp, text):
    raw = read_text(text, source="local/money.txt")
    body, start = nlp_text(raw)
    return to_record(raw, extract(raw, nlp(body), body_start=start), article_id="x")


@pytest.mark.parametrize("sentence, currency", [
    ("Its surplus with Japan hit 13.6 billion N.Z. Dlrs last year, against 9.1 billion dlrs in 1985.", "N.Z. Dlrs"),
    ("Holders may take 5,000 H.K. Dlrs out each year, up from 3,000 dlrs, the bank said.", "H.K. Dlrs"),
    ("The fund will pay 1.5 mln N.Z. Dollars to holders, the Auckland group said.", "N.Z. Dollars"),
])
def test_a_currency_after_an_amount_is_no_actor(nlp, sentence, currency):
    record = _record(nlp, "Reserves rise\n\n" + sentence + " Trading was quiet in Wellington.\n")
    assert currency not in {e["name"] for e in record["entities"]}
    held = {n["name"]: n["reason"] for n in record["not_actors"]}
    assert held.get(currency, "").startswith("a currency")


def test_a_name_after_a_number_before_its_noun_stays_an_actor(nlp):
    record = _record(nlp, "Plant to close\n\nAbout 300 Halvard Motors workers will lose their jobs, "
                          "a union official said on Tuesday.\n")
    assert not any(n["name"].startswith("Halvard") for n in record["not_actors"])


def test_a_name_after_a_figure_whose_word_is_english_stays(nlp):
    record = _record(nlp, "Band tops chart\n\nThe band won 2 music awards last year. Ana Cole, host of "
                          "BBC 6 Music's chart show, said the band had great guitars.\n")
    assert not any(n["name"] == "Music" for n in record["not_actors"])

"""Topic names: normalised, stable across articles, tags first."""
from pathlib import Path

import pytest

from generator.extract.entities import entities
from generator.extract.topics import topic_name, topics

SEED = Path(__file__).resolve().parent.parent / "seeds" / "000_74fc545b955188a6.txt"


@pytest.mark.parametrize("text, expected", [
    ("Ceasefire", "cease-fire"),
    ("cease fire", "cease-fire"),
    ("cease-fire", "cease-fire"),
    ("  Health-Care ", "health care"),
    ("NATO summit", "NATO summit"),
    ("Elections", "elections"),
])
def test_topic_name(text, expected):
    assert topic_name(text) == expected


def article_topics(nlp, headline, body, tags=()):
    text = headline + "\n\n" + body
    doc = nlp(text)
    ents = entities(doc, body_start=len(headline) + 2)
    return topics(doc, ents, body_start=len(headline) + 2, tags=tags)


def test_variants_count_as_one_topic(nlp):
    found = article_topics(nlp, "Ceasefire talks resume",
                           "Negotiators said a cease-fire was near. The cease fire would free hostages. "
                           "Hostages were taken in the raid. The ceasefire needs approval.")
    assert found[0] == "cease-fire"
    assert "hostage" in found
    assert 3 <= len(found) <= 6


def test_tags_come_first_and_are_normalised(nlp):
    found = article_topics(nlp, "Farmers protest", "Farmers protested grain prices. Grain prices fell.",
                           tags=("Agriculture", "Ceasefire"))
    assert found[:2] == ("agriculture", "cease-fire")


@pytest.mark.parametrize("body", ["", "He said.", "Officials said on Monday that people met this week."])
def test_nothing_to_talk_about(nlp, body):
    assert article_topics(nlp, "", body) == ()


def test_actors_are_not_topics(nlp):
    found = article_topics(nlp, "Storm hits Lisbon", "A storm hit Lisbon. The storm flooded Lisbon streets.")
    assert "storm" in found and not any("lisbon" in t.lower() for t in found)


def test_seed_has_cease_fire(nlp):
    headline, body = SEED.read_text(encoding="utf-8").split("\n", 1)
    found = article_topics(nlp, headline, body)
    assert "cease-fire" in found
    assert 3 <= len(found) <= 6

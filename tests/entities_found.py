"""Shared by tests/test_entities.py and tests/test_entities_sports.py: the (name, kind) pairs the entity
extractor finds in a text. Not a test module: pytest collects nothing here."""
from generator.extract.entities import entities


def found(nlp, text, **kwargs):
    return {(e.name, e.kind) for e in entities(nlp(text), **kwargs)}

"""A text past FULL_PARSE_CHARS: parsed in full up to there, read for named entities and sentences
after it; every piece is read, its text kept character for character, and the build says so.

FULL_PARSE_CHARS and PIECE_CHARS are lowered so that a few thousand characters stand for a
megabyte; the real model is used, since the cheaper reading is about its components.
"""
from dataclasses import replace

import pytest

from generator import parse as parse_module
from generator.config import Settings
from generator.readers import read_data
from generator.workers import entry_for, long_text_warning

PEOPLE = ["Maria Lopez", "Ahmed Khan", "Grace Mensah", "Peter Brown"]


def _text(paragraphs: int) -> str:
    lines = ["Officials count the cost of the floods", ""]
    for i in range(paragraphs):
        name = PEOPLE[i % len(PEOPLE)]
        lines += [f"{name} told reporters in Denver on Tuesday that {i + 2} families had left. "
                  f"The river rose again overnight.", ""]
    lines += ["In the last paragraph Olena Kovalenko of the World Bank visited Nairobi.", ""]
    return "\n".join(lines)


@pytest.fixture
def small_limits(monkeypatch):
    monkeypatch.setattr(parse_module, "PIECE_CHARS", 1_000)
    monkeypatch.setattr(parse_module, "FULL_PARSE_CHARS", 2_000)


def test_short_text_is_parsed_in_full(nlp, small_limits):
    text = _text(5)
    assert len(text) < 2_000 and parse_module.full_parse_end(text) is None
    doc = parse_module.parse(nlp, text)
    assert doc.text == text and all(t.pos_ for t in doc if not t.is_space)


def test_long_text_keeps_every_piece_and_finds_its_entities(nlp, small_limits):
    text = _text(120)
    end = parse_module.full_parse_end(text)
    assert end is not None and 2_000 <= end < len(text) - 5_000
    doc = parse_module.parse(nlp, text)
    assert doc.text == text
    # the head is parsed (tags, dependency labels); the tail has no tags
    assert any(t.dep_ == "nsubj" for t in doc if t.idx < end)
    assert not any(t.pos_ for t in doc if t.idx >= end)
    # named entities are found to the very end
    assert "Olena Kovalenko" in {e.text for e in doc.ents if e.start_char >= end}
    # sentences in the tail are sentences, not one run of the whole tail
    tail = [s for s in doc.sents if s.start_char >= end]
    assert len(tail) > 100 and max(len(s) for s in tail) < 40
    # the tail's flat trees carry no label an extractor reads as a subject or object
    assert {t.dep_ for t in doc if t.idx >= end} <= {"ROOT", "dep"}


def test_long_article_record_names_the_cheaper_reading(nlp, small_limits):
    text = _text(120)
    raw = read_data(text.encode(), source="long.txt", suffix=".txt")
    record = entry_for(raw, nlp, replace(Settings(), article_seconds=0))["record"]
    names = {e["name"] for e in record["entities"]}
    assert {"Maria Lopez", "Olena Kovalenko"} <= names
    warning = [w for w in record["warnings"] if w.startswith("a long text")]
    assert len(warning) == 1 and "named entities and sentences only" in warning[0]
    assert warning[0] == long_text_warning(len(raw.headline) + 2 + len(raw.body),
                                           parse_module.full_parse_end(f"{raw.headline}\n\n{raw.body}"))

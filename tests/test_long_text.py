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


def test_text_past_the_named_part_is_read_for_sentences_and_quotations(nlp, small_limits, monkeypatch):
    """Past NAMED_CHARS: tokens and sentences only; its quotations are still found, its names are not
    guessed, and the warning says where each reading stops."""
    monkeypatch.setattr(parse_module, "NAMED_CHARS", 5_000)
    text = _text(120).replace("In the last paragraph",
                              "\u201cWe will rebuild the bridge by spring,\u201d the mayor said. In the last paragraph")
    end, named_end = parse_module.reading_ends(text)
    assert end is not None and named_end is not None and end < named_end < len(text) - 3_000
    doc = parse_module.parse(nlp, text)
    assert doc.text == text
    assert any(e.start_char < named_end for e in doc.ents)
    assert not [e for e in doc.ents if e.start_char >= named_end]
    tail = [s for s in doc.sents if s.start_char >= named_end]
    assert len(tail) > 50 and max(len(s) for s in tail) < 40

    raw = read_data(text.encode(), source="long.txt", suffix=".txt")
    record = entry_for(raw, nlp, replace(Settings(), article_seconds=0))["record"]
    assert "Maria Lopez" in {e["name"] for e in record["entities"]}
    assert "Olena Kovalenko" not in {e["name"] for e in record["entities"]}
    assert "We will rebuild the bridge by spring" in [q["text"] for q in record["quotes"]]
    warning = [w for w in record["warnings"] if w.startswith("a long text")]
    assert len(warning) == 1 and "sentences and quotations only" in warning[0]
    assert f"{named_end:,}" in warning[0]


def test_a_long_articles_summary_and_numbers_come_from_its_first_part(nlp, small_limits):
    text = _text(120)
    raw = read_data(text.encode(), source="long.txt", suffix=".txt")
    record = entry_for(raw, nlp, replace(Settings(), article_seconds=0))["record"]
    end = parse_module.full_parse_end(f"{raw.headline}\n\n{raw.body}")
    head = f"{raw.headline}\n\n{raw.body}"[:end]
    assert record["summary"] and all(sentence in head for sentence in record["summary"])
    assert all(number["sentence"] in head for number in record["numbers"])

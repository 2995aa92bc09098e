"""Topic scoring against sections and codes, on made-up items (no corpus needed)."""
import json

import pytest

from generator.eval import topics as scorer
from generator.eval.scoring import Item


def bbc_item(category):
    return Item("bbc", f"{category}/1.txt", None, {"category": category})


@pytest.mark.parametrize("category, topics, expected", [
    ("sport", ["Sport", "Football"], True),
    ("tech", ["Business", "Science and technology"], True),
    ("politics", ["Business"], False),
    ("business", [], False),
    ("weather", ["Weather"], False),          # a section the taxonomy does not name
])
def test_bbc_section_found(category, topics, expected):
    row, = scorer.bbc_rows("bbc", [bbc_item(category)], [{"topics": topics}])
    assert row.correct == int(expected) and row.n == 1


def test_bbc_unread_record_is_wrong():
    row, = scorer.bbc_rows("bbc", [bbc_item("sport")], [None])
    assert row.correct == 0 and row.n == 1


def test_spread_counts_shared_topics():
    rows = scorer.spread_rows("x", [{"topics": ["A", "B"]}, {"topics": ["A"]}, {"topics": []}, None])
    per, distinct, shared = rows
    assert per.value == 1.0 and per.n == 3
    assert distinct.value == 2.0
    assert shared.correct == 1 and shared.n == 2
    assert scorer.spread_rows("x", [None]) == []


def test_reuters_codes_map_to_topics(tmp_path):
    gold = [{"id": 1, "topics": ["crude"]}, {"id": 2, "topics": ["acq", "earn"]},
            {"id": 3, "topics": []}, {"id": 4, "topics": ["grain"]}]
    (tmp_path / "gold.jsonl").write_text("\n".join(json.dumps(g) for g in gold) + "\n", encoding="utf-8")
    items = [Item("reuters21578", str(g["id"]), None, None) for g in gold]
    records = [{"topics": ["Business", "Energy"]}, {"topics": ["Companies"]}, {"topics": ["Sport"]},
               {"topics": ["Business"]}]
    row = scorer.rows("reuters21578", items, records, folder=tmp_path)[0]
    assert (row.correct, row.n) == (2, 3)     # item 3 has no covered code and is not counted


def test_other_sets_get_no_topic_rows(tmp_path):
    assert scorer.rows("conll2003-dev", [], [], folder=tmp_path) == []


@pytest.mark.parametrize("records, expected", [
    ([{"topics": ["Business", "Oil price"]}, {"topics": ["Business", "Oil price", "Strike"]}], (1, 2)),
    ([{"topics": ["Business"]}, {"topics": ["Business"]}], None),     # taxonomy topics are no key phrases
    ([{"topics": ["Strike"]}, None, {"topics": ["Drought"]}], (0, 2)),
])
def test_key_phrases_shared(records, expected):
    rows = scorer.key_phrase_rows("x", records, taxonomy_names=frozenset({"Business"}))
    if expected is None:
        assert rows == []
    else:
        assert (rows[0].correct, rows[0].n) == expected

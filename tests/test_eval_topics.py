"""Topic scoring against sections and codes, on made-up items (no corpus needed)."""
import json

import pytest

from generator.eval import topics as scorer
from generator.eval.scoring import Item


def bbc_item(category):
    return Item("bbc", f"{category}/1.txt", None, {"category": category})


PARENTS = {"Sport": None, "Football": "Sport", "Business": None, "Science and technology": None,
           "Politics": None, "Health": None}


@pytest.mark.parametrize("category, topics, expected, own", [
    ("sport", ["Sport", "Football"], True, (2, 2)),
    ("tech", ["Business", "Science and technology"], True, (1, 2)),
    ("politics", ["Business"], False, (0, 1)),
    ("business", [], False, (0, 0)),
    ("business", ["Health"], False, (0, 0)),      # a topic of no section is not judged
    ("weather", ["Weather"], False, (0, 0)),      # a section the taxonomy does not name
])
def test_bbc_section_found_and_own_section(category, topics, expected, own):
    found, precision = scorer.bbc_rows("bbc", [bbc_item(category)], [{"topics": topics}], parents=PARENTS)
    assert found.correct == int(expected) and found.n == 1
    assert (precision.correct, precision.n) == own


def test_bbc_unread_record_is_wrong():
    row, _ = scorer.bbc_rows("bbc", [bbc_item("sport")], [None], parents=PARENTS)
    assert row.correct == 0 and row.n == 1


def test_halves_are_stable_and_both_used():
    keys = [f"business/{i:03d}.txt" for i in range(200)]
    halves = [scorer.half(k) for k in keys]
    assert halves == [scorer.half(k) for k in keys]
    assert 60 <= halves.count("A") <= 140


def test_purity_counts_articles_outside_the_main_label():
    records = [{"topics": ["Oil spill", "Business"]}, {"topics": ["Oil spill"]}, {"topics": ["Oil spill"]},
               {"topics": ["Lone phrase"]}]
    row, = scorer.purity_rows("x", ["business", "business", "sport", "sport"], records,
                              taxonomy_names=frozenset({"Business"}))
    assert (row.correct, row.n) == (2, 3)
    assert scorer.purity_rows("x", ["a"], [{"topics": ["Lone phrase"]}], taxonomy_names=frozenset()) == []


def test_spread_counts_shared_topics():
    rows = scorer.spread_rows("x", [{"topics": ["A", "B"]}, {"topics": ["A"]}, {"topics": []}, None])
    per, distinct, shared = rows
    assert per.value == 1.0 and per.n == 3
    assert distinct.value == 2.0
    assert shared.correct == 1 and shared.n == 2
    assert scorer.spread_rows("x", [None]) == []


def test_reuters_codes_map_to_topics():
    codes = {"1": ["crude"], "2": ["acq", "earn"], "3": [], "4": ["grain"]}
    items = [Item("reuters21578", k, None, None) for k in codes]
    records = [{"topics": ["Business", "Energy", "Agriculture"]}, {"topics": ["Company results"]}, {"topics": ["Sport"]},
               {"topics": ["Business"]}]
    found, named = scorer.reuters_rows("reuters21578", items, records, codes=codes)
    assert (found.correct, found.n) == (2, 3)     # item 3 has no covered code and is not counted
    assert (named.correct, named.n) == (2, 3)     # Agriculture on a crude story is not named by its code


def test_rows_come_in_two_halves_with_phrases_chosen_per_half(tmp_path):
    gold = [{"id": i, "topics": ["crude"]} for i in range(40)]
    (tmp_path / "gold.jsonl").write_text("\n".join(json.dumps(g) for g in gold) + "\n", encoding="utf-8")
    items = [Item("reuters21578", str(g["id"]), None, None) for g in gold]
    evidence = {"fixed": 2, "phrases": [["oil spill", 3]], "mentioned": ["oil spill"], "roles": []}
    records = [{"topics": ["Business", "Energy"], "topic_evidence": dict(evidence)} for _ in gold]
    rows = scorer.rows("reuters21578", items, records, folder=tmp_path)
    assert {r.set for r in rows} == {"reuters21578 A", "reuters21578 B"}
    first = [r for r in rows if r.measure.startswith("topics: topic of")]
    assert sum(r.n for r in first) == 40 and all(r.value == 1.0 for r in first)
    assert "topic_evidence" in records[0]          # the scorer works on copies


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

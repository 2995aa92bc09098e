"""Cross-article actor resolution and the alias file."""
import copy
from pathlib import Path

import pytest

from generator.actors import ActorAlias, AliasConfig, load_aliases, resolve_actors

ROOT = Path(__file__).resolve().parent.parent


def ent(name, kind="person", aliases=(), titles=()):
    return {"name": name, "kind": kind, "aliases": list(aliases), "titles": list(titles), "mentions": 1}


def record(article_id, *entities, speakers=()):
    return {"id": article_id, "entities": list(entities),
            "quotes": [{"text": "words", "speaker": s, "cue": "said"} for s in speakers]}


def names(rec):
    return [(e["name"], e["kind"]) for e in rec["entities"]]


def test_surname_merges_into_the_only_full_name():
    records = [record("a", ent("Antony Blinken")), record("b", ent("Blinken"), speakers=["Blinken"])]
    new, merges = resolve_actors(records, AliasConfig())
    assert names(new[1]) == [("Antony Blinken", "person")]
    assert new[1]["entities"][0]["aliases"] == ["Blinken"]
    assert new[1]["quotes"][0]["speaker"] == "Antony Blinken"
    assert merges == [{"canonical": "Antony Blinken", "kind": "person", "forms": ["Blinken"],
                       "articles": ["b"], "reason": "surname"}]
    assert records[1]["entities"][0]["name"] == "Blinken"          # input untouched


@pytest.mark.parametrize("records", [
    # two people share the surname: ambiguous
    [record("a", ent("Joe Biden")), record("b", ent("Hunter Biden")), record("c", ent("Biden"))],
    # the one-word name is a place, not a person
    [record("a", ent("Jack Jordan")), record("b", ent("Jordan", "place"))],
    # nothing to merge with
    [record("a", ent("Madonna")), record("b", ent("Prince Harry"))],
])
def test_no_merge(records):
    new, merges = resolve_actors(records, AliasConfig())
    assert new == records and merges == []


def test_never_merge_pair_is_respected():
    config = AliasConfig(never_merge=(("Biden", "Hunter Biden"),))
    records = [record("a", ent("Hunter Biden")), record("b", ent("Biden"))]
    new, merges = resolve_actors(records, config)
    assert names(new[1]) == [("Biden", "person")] and merges == []


def test_alias_file_renames_and_merges_within_article():
    config = AliasConfig(actors=(ActorAlias("United Nations", "organization", ("U.N.", "UN")),))
    records = [record("a", ent("U.N.", "organization"), ent("United Nations", "organization"),
                      ent("Paris", "place"))]
    before = copy.deepcopy(records)
    new, merges = resolve_actors(records, config)
    assert names(new[0]) == [("United Nations", "organization"), ("Paris", "place")]
    assert new[0]["entities"][0]["mentions"] == 2
    assert "U.N." in new[0]["entities"][0]["aliases"]
    assert merges[0]["reason"] == "alias file" and merges[0]["forms"] == ["U.N."]
    assert records == before


def test_resolution_is_deterministic():
    records = [record("b", ent("Smith")), record("a", ent("Anna Smith")), record("c", ent("Smith"))]
    assert resolve_actors(records, AliasConfig()) == resolve_actors(copy.deepcopy(records), AliasConfig())
    _, merges = resolve_actors(records, AliasConfig())
    assert merges[0]["articles"] == ["b", "c"]


def test_load_aliases_reports_bad_entries_with_lines(tmp_path):
    path = tmp_path / "aliases.yml"
    path.write_text("actors:\n"
                    "  - name: Ada Lovelace\n"
                    "    kind: person\n"
                    "    aliases: [Countess of Lovelace]\n"
                    "  - kind: place\n"
                    "  - name: Acme\n"
                    "    kind: company\n"
                    "never_merge:\n"
                    "  - [One Name]\n", encoding="utf-8")
    config, warnings = load_aliases(path)
    assert [a.name for a in config.actors] == ["Ada Lovelace", "Acme"]
    assert config.actors[1].kind is None
    assert len(warnings) == 3
    assert any(f"{path}:5:" in w and "without a name" in w for w in warnings)
    assert any(f"{path}:7:" in w and "kind" in w for w in warnings)
    assert any(f"{path}:9:" in w and "pairs" in w for w in warnings)


@pytest.mark.parametrize("content, n_warnings", [
    ("", 0),
    ("actors: [\n", 1),
    ("- just a list\n", 1),
])
def test_load_aliases_odd_files(tmp_path, content, n_warnings):
    path = tmp_path / "aliases.yml"
    path.write_text(content, encoding="utf-8")
    config, warnings = load_aliases(path)
    assert config.actors == () and len(warnings) == n_warnings


def test_missing_alias_file_is_empty(tmp_path):
    assert load_aliases(tmp_path / "nope.yml") == (AliasConfig(), [])


def test_shipped_alias_file_is_valid():
    config, warnings = load_aliases(ROOT / "aliases.yml")
    assert warnings == [] and config.actors
    assert config.never("Hunter Biden", "Joe Biden")

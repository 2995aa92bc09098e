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
    state = ent("State Department", "organization")
    records = [record("a", ent("Antony Blinken"), state), record("b", ent("Blinken"), state, speakers=["Blinken"])]
    new, merges = resolve_actors(records, AliasConfig())
    assert names(new[1])[0] == ("Antony Blinken", "person")
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
    acme = ent("Acme Corp", "organization")
    records = [record("b", ent("Smith"), acme), record("a", ent("Anna Smith"), acme), record("c", ent("Smith"), acme)]
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


def ev(name, kind="person", evidence=("mentions:1",), aliases=()):
    return {**ent(name, kind, aliases), "evidence": list(evidence)}


def by_name(new):
    return {(e["name"], e["kind"]): e for r in new for e in r["entities"]}


def test_published_needs_evidence_somewhere_in_the_corpus():
    records = [record("a", ev("Nora Quill", evidence=("given-name", "mentions:1")), ev("Zorbix Flange"),
                      ev("Glimmer Works", "organization")),
               record("b", ev("Glimmer Works", "organization"))]
    got = by_name(resolve_actors(records, AliasConfig())[0])
    assert got[("Nora Quill", "person")]["published"] is True
    assert got[("Zorbix Flange", "person")]["published"] is False          # one article, nothing else
    assert "no evidence" in got[("Zorbix Flange", "person")]["reason"]
    assert got[("Glimmer Works", "organization")]["published"] is True     # named in two articles
    assert "other-articles:1" in got[("Glimmer Works", "organization")]["evidence"]


def test_signs_against_hold_back_whatever_the_evidence():
    records = [record("a", ev("Crooked Nora", evidence=("title", "against:epithet"))),
               record("b", ev("Quillton", evidence=("against:one-word",))),
               record("c", ev("Ashgrove", "place", evidence=("mentions:2",)))]
    got = by_name(resolve_actors(records, AliasConfig())[0])
    assert got[("Crooked Nora", "person")]["published"] is False
    assert "epithet" in got[("Crooked Nora", "person")]["reason"]
    assert got[("Quillton", "person")]["published"] is False
    assert got[("Ashgrove", "place")]["published"] is False                # a place no gazetteer knows


def test_entities_without_evidence_stay_published():
    records = [record("a", ent("Old Cache Name"))]
    new, _ = resolve_actors(records, AliasConfig())
    assert "published" not in new[0]["entities"][0]


def test_one_spelling_across_articles_suffixes_and_diacritics():
    records = [record("a", ev("Glimmer Inc.", "organization", ("org-word",))),
               record("b", ev("Glimmer Inc", "organization", ("org-word",))),
               record("c", ev("Glimmer", "organization")), record("d", ev("Glimmer", "organization")),
               record("e", ev("Zoë Quillan", evidence=("given-name",))), record("f", ev("Zoe Quillan", evidence=("given-name",))),
               record("g", ev("Zoe Quillan", evidence=("given-name",)))]
    new, merges = resolve_actors(records, AliasConfig())
    assert {e["name"] for r in new[:4] for e in r["entities"]} == {"Glimmer"}
    assert {e["name"] for r in new[4:] for e in r["entities"]} == {"Zoe Quillan"}
    assert any(m["reason"] == "spelling" and "Glimmer Inc." in m["forms"] for m in merges)


def test_transliterated_surname_and_acronym_merge_across_articles():
    records = [record("a", ev("Vlad Mirenskyy", evidence=("title",))), record("b", ev("Vlad Mirensky", evidence=("title",))),
               record("c", ev("Vlad Mirensky", evidence=("title",))),
               record("d", ev("Wire Press Agency", "organization", ("org-word", "acronym-expanded"), aliases=("WPA",))),
               record("e", ev("WPA", "organization"))]
    new, _ = resolve_actors(records, AliasConfig())
    assert names(new[0]) == [("Vlad Mirensky", "person")]
    assert names(new[4]) == [("Wire Press Agency", "organization")]


def test_kinds_never_merge_and_majority_kind_wins():
    records = [record("a", ev("Quorra", "organization", ("mentions:3",))), record("b", ev("Quorra", "organization", ("mentions:4",))),
               record("c", ev("Quorra", "place", ("mentions:1",))),
               record("d", ev("Dana Vell", evidence=("given-name",)), ev("Vell Corp", "organization"))]
    got = by_name(resolve_actors(records, AliasConfig())[0])
    assert ("Quorra", "place") not in got and ("Quorra", "organization") in got
    assert ("Vell Corp", "organization") in got and ("Dana Vell", "person") in got


def test_no_surname_merge_on_a_given_name_or_without_shared_company():
    acme = ev("Acme Corp", "organization", ("org-word",))
    records = [record("a", ev("Peter Tom", evidence=("given-name",)), acme), record("b", ev("Tom"), acme),
               record("c", ev("David Frostley", evidence=("given-name",)), ev("Telly Corp", "organization")),
               record("d", ev("Frostley"), ev("Rugby Union Board", "organization"))]
    new, merges = resolve_actors(records, AliasConfig())
    assert names(new[1])[0] == ("Tom", "person") and names(new[3])[0] == ("Frostley", "person")
    assert not [m for m in merges if m["reason"] == "surname"]

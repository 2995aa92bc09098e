"""A group (the model's NORP) is an actor only with evidence that it names a people, a nationality,
a creed or a party (``generator/extract/entities/peoples.py``); a group named in both numbers is one.
Every name and record is made up for the test, apart from real countries, regions and cities."""
import pytest

from generator.actors import AliasConfig, resolve_actors
from generator.extract.entities.evidence import article_evidence
from generator.extract.entities.peoples import group_evidence


@pytest.mark.parametrize("name", ["Zorvatech", "Quillan Beasts", "Hollis Christian", "Russian Elvira Marchetti",
                                  "Commons", "Tests", "Western", "Southern", "Latin", "Congressional",
                                  "Roman", "Parisian", "Caspian", "U.S.-Japanese", "Gay German",
                                  "Philippine", "Balkan"])
def test_a_name_no_data_makes_a_people_is_held_back(name):
    evidence = article_evidence(name, "group", (), (), 1, frozenset())
    assert "against:not-a-people" in evidence, evidence


@pytest.mark.parametrize("name, kind", [
    ("Ecuadorean", "demonym"), ("Mongolian", "demonym"), ("Kyrgyz", "demonym"),
    ("Latin American", "demonym"), ("Scandinavians", "demonym"), ("New Yorkers", "demonym"),
    ("Parisians", "demonym"), ("West German", "demonym"), ("Southeast Asian", "demonym"),
    ("African-Americans", "demonym"), ("Maoist", "creed"), ("Islamists", "creed"),
    ("Spaniard", "gazetteer"), ("Swede", "gazetteer"), ("Dems", "gazetteer"), ("Nazi", "gazetteer")])
def test_a_people_creed_or_party_keeps_its_entry(name, kind):
    assert group_evidence(name) == (kind,)
    assert not any(x.startswith("against:") for x in article_evidence(name, "group", (), (), 1, frozenset()))


def group(name):
    return {"name": name, "kind": "group", "aliases": [], "titles": [], "mentions": 1,
            "evidence": list(article_evidence(name, "group", (), (), 1, frozenset()))}


def test_junk_stays_in_the_record_unpublished_and_numbers_are_one_group():
    records = [{"id": "a", "quotes": [], "entities": [group("Zorvatech"), group("Spaniard"), group("African-American")]},
               {"id": "b", "quotes": [], "entities": [group("Spaniards"), group("African-Americans"), group("Dems")]},
               {"id": "c", "quotes": [], "entities": [group("Democrats")]}]
    new, _ = resolve_actors(records, AliasConfig())
    got = [(e["name"], e["published"]) for r in new for e in r["entities"]]
    assert ("Zorvatech", False) in got
    assert [e["reason"] for e in new[0]["entities"] if e["name"] == "Zorvatech"] == ["against: not-a-people"]
    assert {n for n, p in got if p} == {"Spaniards", "African-Americans", "Democrats"}


def test_a_group_named_only_by_its_adjective_takes_its_peoples_plural_noun():
    # "West German officials", "Maoist guerrillas": the page names the people, not the adjective
    records = [{"id": "a", "quotes": [], "entities": [group("North Mongolian"), group("Zorvist"), group("Kyrgyz")]},
               {"id": "b", "quotes": [], "entities": [group("North Mongolian"), group("Sudanese"), group("Western")]}]
    new, _ = resolve_actors(records, AliasConfig())
    names = [[e["name"] for e in r["entities"]] for r in new]
    assert names == [["North Mongolians", "Zorvists", "Kyrgyz"], ["North Mongolians", "Sudanese", "Western"]]
    assert new[0]["entities"][0]["aliases"] == ["North Mongolian"]

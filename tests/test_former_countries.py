"""A state that dissolved or merged into another is a place of its own, never its successor; a
renamed one is named as the story's era names it: its own name, joined to its successor only in a
story dated after the renaming or undated (ISO 3166-3 through pycountry, data/packages.py, actor_eras). Inputs
are made up for the test."""
from generator.actors import AliasConfig, resolve_actors
from generator.data import gazetteer, without_former_states
from generator.extract.entities import entities


def test_a_dissolved_state_listed_as_a_current_countrys_other_name_becomes_its_own_entry():
    got = without_former_states([["Serbia", "Yugoslavia"], ["Slovakia", "Czechoslovakia", "Slovak Republic"],
                                 ["Myanmar", "Burma"], ["Benin", "Dahomey"],
                                 ["East Germany", "German Democratic Republic"], ["Soviet Union", "USSR"]])
    assert got == [["Serbia"], ["Yugoslavia"], ["Slovakia", "Slovak Republic"], ["Czechoslovakia"],
                   ["Myanmar"], ["Burma"], ["Benin"], ["Dahomey"],
                   ["East Germany", "German Democratic Republic"], ["Soviet Union", "USSR"]]


def test_the_shipped_gazetteer_keeps_former_states_apart_from_their_successors():
    g = gazetteer()
    assert g.lookup("Yugoslavia") == ("Yugoslavia", "place")
    assert g.lookup("East Germany") == ("East Germany", "place")
    assert g.lookup("German Democratic Republic") == ("East Germany", "place")
    assert g.lookup("Zaire") == ("Zaire", "place")                   # renamed: named as written
    assert g.lookup("DR Congo")[0] == "Democratic Republic of the Congo"
    assert g.lookup("Burma") == ("Burma", "place") and "Burma" in g.countries
    assert g.lookup("West Germany")[0] == "Germany"                  # ISO kept its code for Germany


def test_a_story_about_a_dissolved_state_names_it_not_its_successor(nlp):
    text = ("Creditors meet on debt\n\nYugoslavia asked its Western creditor banks on Tuesday to reschedule "
            "loans due this year, a central bank official in Belgrade said. Bankers said East Germany and "
            "Zaire had made similar requests.\n")
    got = {e.name: e.kind for e in entities(nlp(text))}
    assert got.get("Yugoslavia") == "place" and "Serbia" not in got
    assert got.get("East Germany") == "place" and "Germany" not in got
    assert got.get("Zaire") == "place" and "Democratic Republic of the Congo" not in got


def _place(name):
    return {"name": name, "kind": "place", "aliases": [], "titles": [], "mentions": 1, "evidence": ["gazetteer"]}


def test_a_renamed_state_joins_its_successor_in_a_story_dated_after_the_renaming_or_undated():
    records = [{"id": "old", "published": "1987-03-18", "entities": [_place("Zaire")], "quotes": []},
               {"id": "undated", "entities": [_place("Zaire")], "quotes": []},
               {"id": "new", "published": "2016-05-02", "entities": [_place("Zaire"), _place("Burma")], "quotes": []}]
    new, merges = resolve_actors(records, AliasConfig())
    assert [e["name"] for e in new[0]["entities"]] == ["Zaire"]
    assert [e["name"] for e in new[1]["entities"]] == ["Democratic Republic of the Congo"]   # no era: today's page
    assert new[1]["entities"][0]["aliases"] == ["Zaire"]
    assert [e["name"] for e in new[2]["entities"]] == ["Democratic Republic of the Congo", "Myanmar"]
    assert new[2]["entities"][1]["aliases"] == ["Burma"]

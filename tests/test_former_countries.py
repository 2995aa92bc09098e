"""A state that dissolved or merged into another is a place of its own, never its successor; a
renamed one is its successor's other name (ISO 3166-3 through pycountry, data/packages.py). Inputs
are made up for the test."""
from generator.data import gazetteer, without_former_states
from generator.extract.entities import entities


def test_a_dissolved_state_listed_as_a_current_countrys_other_name_becomes_its_own_entry():
    got = without_former_states([["Serbia", "Yugoslavia"], ["Slovakia", "Czechoslovakia", "Slovak Republic"],
                                 ["Myanmar", "Burma"], ["Benin", "Dahomey"],
                                 ["East Germany", "German Democratic Republic"], ["Soviet Union", "USSR"]])
    assert got == [["Serbia"], ["Yugoslavia"], ["Slovakia", "Slovak Republic"], ["Czechoslovakia"],
                   ["Myanmar", "Burma"], ["Benin", "Dahomey"],
                   ["East Germany", "German Democratic Republic"], ["Soviet Union", "USSR"]]


def test_the_shipped_gazetteer_keeps_former_states_apart_from_their_successors():
    g = gazetteer()
    assert g.lookup("Yugoslavia") == ("Yugoslavia", "place")
    assert g.lookup("East Germany") == ("East Germany", "place")
    assert g.lookup("German Democratic Republic") == ("East Germany", "place")
    assert g.lookup("Zaire")[0] == g.lookup("DR Congo")[0]           # renamed, the same state
    assert g.lookup("Burma")[0] == "Myanmar"
    assert g.lookup("West Germany")[0] == "Germany"                  # ISO kept its code for Germany


def test_a_story_about_a_dissolved_state_names_it_not_its_successor(nlp):
    text = ("Creditors meet on debt\n\nYugoslavia asked its Western creditor banks on Tuesday to reschedule "
            "loans due this year, a central bank official in Belgrade said. Bankers said East Germany and "
            "Zaire had made similar requests.\n")
    got = {e.name: e.kind for e in entities(nlp(text))}
    assert got.get("Yugoslavia") == "place" and "Serbia" not in got
    assert got.get("East Germany") == "place" and "Germany" not in got
    assert got.get("Democratic Republic of the Congo") == "place"

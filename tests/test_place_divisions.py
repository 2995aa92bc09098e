"""Issue 8, actors: a name before a lower-case division of a country ("Huize county", "Shanxi
province", "the Ticino canton", "Edo state") is a place, where the model had read it as a person; a
nationality word before one ("a Swiss canton", "the Kurdish province") stays a group.

Every input here is made up for the test, written in the style of the news where the fault was seen.
"""
from __future__ import annotations

from generator.extract.entities import entities


def kinds(nlp, text):
    return {e.name: e.kind for e in entities(nlp(text))}


STORY = ("Floods hit southern China\n\nHeavy rain caused floods in Huize county on Monday, officials said. "
         "Rescuers in Shanxi province and in Yunnan province searched for survivors. In Germany, police in "
         "Bavaria state said roads were closed. A Swiss canton voted to ban the practice, and a Kurdish "
         "province declared an emergency. The Ticino canton government said nothing.\n")


def test_a_name_before_a_division_is_a_place(nlp):
    got = kinds(nlp, STORY)
    assert got.get("Ticino") == "place"
    assert got.get("Huize") == "place" and got.get("Shanxi") == "place"


def test_a_nationality_before_a_division_stays_a_group(nlp):
    got = kinds(nlp, STORY)
    assert got.get("Swiss") == "group" and got.get("Kurds") == "group"


def test_state_before_a_noun_names_no_place(nlp):
    from generator.extract.entities.kind_cues import _division_after

    doc = nlp("Farmers in Edo state said prices fell, Kremlin state media reported, and Novak state-owned firms grew.")
    edo, kremlin, novak = (next(t.i for t in doc if t.text == w) for w in ("Edo", "Kremlin", "Novak"))
    assert _division_after(doc, edo, edo + 1)
    assert not _division_after(doc, kremlin, kremlin + 1) and not _division_after(doc, novak, novak + 1)

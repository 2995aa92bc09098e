"""Titles the article gives a person, from the words before the name and from appositions."""
import pytest

from generator.extract.entities import entities
from generator.extract.entities.titles import title_case


@pytest.mark.parametrize("text, person, expected", [
    ("Israeli Prime Minister Benjamin Netanyahu spoke.", "Benjamin Netanyahu", ("Prime Minister",)),
    ("U.S. President Joe Biden spoke on Friday.", "Joe Biden", ("President",)),
    ("Vice President Kamala Harris was in Ohio.", "Kamala Harris", ("Vice President",)),
    ("Israeli Defense Minister Yoav Gallant arrived.", "Yoav Gallant", ("Defense Minister",)),
    ("They met President Isaac Herzog on Monday.", "Isaac Herzog", ("President",)),
    ("Secretary of State Antony Blinken will travel.", "Antony Blinken", ("Secretary of State",)),
    ("He met Yoav Gallant, the defense minister, on Monday.", "Yoav Gallant", ("Defense Minister",)),
    ("Sen. Bernie Sanders voted no.", "Bernie Sanders", ("Senator",)),
    # a joint role is kept whole, never cut to its first head ("Chief")
    ('"Sales were strong," chairman and chief executive Martin Hollis said.', "Martin Hollis",
     ("Chairman and Chief Executive",)),
    ("The ferry firm's chief executive Clara Young resigned.", "Clara Young", ("Chief Executive",)),
    # an apposition that names the body the title belongs to, and one set before the name
    ("Tomas Ruiz, the general secretary of the Harbour Workers Union, welcomed the vote.", "Tomas Ruiz",
     ("General Secretary",)),
    ("Ada Kerr, chair of the Millbrook Residents Association, said she would appeal.", "Ada Kerr", ("Chair",)),
    ("The hospital's chief executive, Nora Lund, said the ward would reopen.", "Nora Lund", ("Chief Executive",)),
    ("The ward will reopen in May, said the hospital's chief executive, Nora Lund.", "Nora Lund",
     ("Chief Executive",)),
    # a comma after a title that is not set before the name is no apposition
    ("After meeting the chairman, Tom Ashdown left the building.", "Tom Ashdown", ()),
    # British style abbreviates a title without a dot: the title is read, the name is the person's alone
    ("The talks were led by Lt Gen Oleg Varnik, the ministry said in Kiev.", "Oleg Varnik", ("Lieutenant General",)),
    ("Ch Supt Mike Tolland said officers had been sent to the scene in Leeds.", "Mike Tolland",
     ("Chief Superintendent",)),
    ("Det Insp Jane Harrow said the victim was known to police in Bristol.", "Jane Harrow", ("Detective Inspector",)),
    ("Prof Alan Woodward of the University of Surrey said the flaw was serious.", "Alan Woodward", ("Professor",)),
    # no title given
    ("Maria Lopez went home early.", "Maria Lopez", ()),
    ("Mr. Peter Novak went home early.", "Peter Novak", ()),
])
def test_titles(nlp, text, person, expected):
    people = {e.name: e for e in entities(nlp(text)) if e.kind == "person"}
    assert people[person].titles == expected


@pytest.mark.parametrize("words, expected", [
    (["defense", "minister"], "Defense Minister"),
    (["Secretary", "of", "State"], "Secretary of State"),
    (["CEO"], "CEO"),
    (["Sen."], "Senator"),
    (["Lt.", "Gen."], "Lieutenant General"),
])
def test_title_case(words, expected):
    assert title_case(words) == expected


def test_an_undotted_abbreviated_title_joins_its_holder_named_in_full(nlp):
    doc = nlp("Nigerian President Muhammadu Buhari has ordered a review. Gen Buhari said the army would move soon.")
    people = {e.name: e for e in entities(doc) if e.kind == "person"}
    assert set(people) == {"Muhammadu Buhari"} and "General" in people["Muhammadu Buhari"].titles


def test_an_undotted_abbreviation_inside_a_firms_name_stays(nlp):
    names = {e.name: e.kind for e in entities(nlp("Gen Re Corp said its profit rose in the quarter."))}
    assert names.get("Gen Re Corp") == "organization"

"""Actors found in one article: names, kinds, merges and the things that are never actors. Actors on
sports pages (results, scorecards, line-ups, standings, leaderboards, leagues) are tested in
tests/test_entities_sports.py."""
from pathlib import Path

import pytest

from entities_found import found
from generator.actors import ActorAlias, AliasConfig
from generator.extract.entities import entities, shouting_tokens

SEED = Path(__file__).resolve().parent.parent / "seeds" / "000_74fc545b955188a6.txt"


@pytest.mark.parametrize("text, expected", [
    ("Angela Merkel met Emmanuel Macron in Paris on Tuesday.",
     {("Angela Merkel", "person"), ("Emmanuel Macron", "person"), ("Paris", "place")}),
    ("The U.S. and Mexico signed the accord.", {("United States", "place"), ("Mexico", "place")}),
    ("Hezbollah fired rockets at northern Israel.", {("Hezbollah", "organization"), ("Israel", "place")}),
    ("The Palestinian health ministry said 30 people died.",
     {("Palestinian health ministry", "organization")}),
    # things that are never actors
    ("He said.", set()),
    ("Monday was quiet.", set()),
    ("They met on Friday in March, it said.", set()),
    ("Prices rose 3 percent in the third quarter.", set()),
])
def test_names_and_kinds(nlp, text, expected):
    assert found(nlp, text) >= expected
    if not expected:
        assert found(nlp, text) == set()


@pytest.mark.parametrize("text, absent", [
    ("U.S. Secretary of State Mary Jones flew to Rome.", ("State", "organization")),
    ("Prime Minister Anna Berg spoke on Monday.", ("Monday", "place")),
])
def test_not_actors(nlp, text, absent):
    names = {name for name, _ in found(nlp, text)}
    assert absent[0] not in names


def test_surname_title_and_possessive_merge_into_full_name(nlp):
    text = ("Senator Maria Kowalczyk arrived in Warsaw on Sunday. Kowalczyk's visit was short. "
            "Senator Kowalczyk said the talks went well. Kowalczyk’s aides agreed.")
    people = [e for e in entities(nlp(text)) if e.kind == "person"]
    assert [e.name for e in people] == ["Maria Kowalczyk"]
    assert "Kowalczyk" in people[0].aliases
    assert len(people[0].mentions) == 4
    assert "Senator" in people[0].titles


def test_curly_possessive_is_stripped(nlp):
    names = {e.name for e in entities(nlp("Hamas’ political wing rejected the offer from Hamas."))}
    assert "Hamas" in names and not any(n.endswith("’") for n in names)


@pytest.mark.parametrize("text, name, alias", [
    ("The Securities and Exchange Commission said on Monday that the SEC would act. The SEC declined "
     "to comment.", "Securities and Exchange Commission", "SEC"),
    ("The World Food Programme (WFP) sent aid.", "World Food Programme", "WFP"),
])
def test_acronym_merges_into_long_name(nlp, text, name, alias):
    (org,) = [e for e in entities(nlp(text)) if e.kind == "organization"]
    assert org.name == name and alias in org.aliases


def test_mentions_are_offsets_into_the_text(nlp):
    text = "Lisbon is sunny. Officials in Lisbon said so."
    doc = nlp(text)
    (lisbon,) = [e for e in entities(doc) if e.name == "Lisbon"]
    assert [text[s.start:s.end] for s in lisbon.mentions] == ["Lisbon", "Lisbon"]


def test_all_caps_headline_takes_names_from_the_body(nlp):
    head = "SOCCER - JAPAN GET LUCKY WIN , CHINA IN SURPRISE DEFEAT ."
    body = "Japan beat Syria 2-1 on Sunday while China lost to Uzbekistan.\nJapan 2 Syria 1"
    text = head + "\n\n" + body
    ents = entities(nlp(text), body_start=len(head) + 2)
    places = {e.name for e in ents if e.kind == "place"}
    assert {"Japan", "China", "Syria"} <= places
    # the headline mentions count, under the body's spelling
    japan = next(e for e in ents if e.name == "Japan")
    assert japan.mentions[0].start < len(head)
    assert not any(e.name.isupper() and len(e.name) > 4 for e in ents)


@pytest.mark.parametrize("text, expected", [
    ("TOKYO GETS READY FOR THE GAMES", {0}),
    ("Tokyo gets ready for the games", set()),
    ("NATO and the EU met in Brussels.", set()),
])
def test_shouting_tokens(nlp, text, expected):
    assert ({0} if 0 in shouting_tokens(nlp(text)) else set()) == expected


def test_alias_config_renames(nlp):
    config = AliasConfig(actors=(ActorAlias(name="North Atlantic Treaty Organization", kind="organization",
                                            aliases=("NATO",)),))
    names = found(nlp, "NATO leaders met in Madrid.", aliases=config)
    assert ("North Atlantic Treaty Organization", "organization") in names


def test_seed_article(nlp):
    headline, body = SEED.read_text(encoding="utf-8").split("\n", 1)
    ents = entities(nlp(headline + "\n\n" + body), body_start=len(headline) + 2)
    by_name = {e.name: e for e in ents}
    expected_people = {"Antony Blinken": "Secretary of State", "Benjamin Netanyahu": "Prime Minister",
                       "Yoav Gallant": "Defense Minister", "Isaac Herzog": "President",
                       "Joe Biden": "President", "Kamala Harris": "Vice President"}
    for name, title in expected_people.items():
        assert by_name[name].kind == "person"
        assert title in by_name[name].titles
    for name in ("Hamas", "Hezbollah", "Palestinian health ministry"):
        assert by_name[name].kind == "organization"
    for name in ("Israel", "Gaza", "Egypt", "Qatar", "Cairo", "Doha", "Tel Aviv", "Lebanon", "Iran",
                 "United States"):
        assert by_name[name].kind == "place", name
    assert "U.S." in by_name["United States"].aliases
    assert "Blinken" in by_name["Antony Blinken"].aliases
    assert "State" not in by_name
    assert [e.mentions[0].start for e in ents] == sorted(e.mentions[0].start for e in ents)


def test_quotation_marks_are_not_part_of_a_name(nlp):
    from generator.extract.entities import entities

    # sentences run together ('Portugal".The'), as in text pasted from the web
    doc = nlp('He called it "a gift to Portugal".Leaders in Portugal agreed.')
    [portugal] = [e for e in entities(doc) if e.name == "Portugal"]
    assert all('"' not in alias for alias in portugal.aliases)


@pytest.mark.parametrize("text, event", [
    ("Pete Sampras won the Hong Kong Open on Sunday.", "Hong Kong Open"),
    ("Spain will meet Austria in the Fed Cup final in Barcelona.", "Fed Cup"),
    ("Markets were shut for the U.S. Labor Day holiday on Monday.", "Labor Day"),
    ("He finished third on the European Tour money list.", "European Tour"),
    # trade shows and exhibitions: the firms show there, the show is no firm
    ("Vexa unveiled the phone at the Mobile Gadgets Show in Las Vegas on Tuesday.", "Mobile Gadgets Show"),
    ("Dozens of carmakers will attend the Northern Motor Expo next month.", "Northern Motor Expo"),
])
def test_events_are_not_actors(nlp, text, event):
    assert event not in {name for name, _ in found(nlp, text)}


@pytest.mark.parametrize("text, name", [
    ("The Sueddeutsche Zeitung reported the plan on Friday.", "Sueddeutsche Zeitung"),
    ("Bristol Rovers signed the striker from Hereford on Monday.", "Bristol Rovers"),
    ("The Boston Herald said the mayor would resign.", "Boston Herald"),
])
def test_newspapers_and_clubs_are_organisations(nlp, text, name):
    assert (name, "organization") in found(nlp, text)


@pytest.mark.parametrize("text, name, kind", [
    ("The Interfax news agency said troops had left the city.", "Interfax", "organization"),
    ("The Palestinian health ministry said 30 people died.", "Palestinian health ministry", "organization"),
])
def test_lower_case_description_is_not_part_of_a_name(nlp, text, name, kind):
    assert (name, kind) in found(nlp, text)


@pytest.mark.parametrize("head, body, expected, absent", [
    ("BOXING - VETERAN CARLOS MENDOZA FIGHTS ON.", "The veteran boxer Mendoza, 45, fights on Saturday in the capital.",
     {("Carlos Mendoza", "person")}, {"Carlos Mendoza Fights"}),
    ("GREG HALVORSEN WINS OPEN.", "The champion was unhappy with the wind.",
     {("Greg Halvorsen", "person")}, set()),
    # given names that are words in the article are no one
    ("BILL PASSES SENATE AFTER LONG DEBATE.", "The bill passes to the house after the senate voted.",
     set(), {"Bill Passes"}),
])
def test_people_named_only_in_a_caps_headline(nlp, head, body, expected, absent):
    names = found(nlp, head + "\n\n" + body, body_start=len(head) + 2)
    assert names >= expected
    assert not {name for name, _ in names} & absent


@pytest.mark.parametrize("text, name", [
    ("Talks between N. Korea and S. Korea resumed.", "North Korea"),
    ("Shares fell in HK on Monday.", "Hong Kong"),
])
def test_short_country_forms(nlp, text, name):
    assert (name, "place") in found(nlp, text)


@pytest.mark.parametrize("text, absent", [
    ("Squad named for the tour.\n\nThe squad has two new players and a new captain.", "Squad"),
    ("Broadband is spreading fast.\n\nMore homes now have broadband than ever before.", "Broadband"),
])
def test_common_word_at_line_start_is_no_actor(nlp, text, absent):
    assert absent not in {name for name, _ in found(nlp, text)}


def test_markup_glued_to_a_name_is_dropped(nlp):
    names = {name for name, _ in found(nlp, "Shares in Chappel Goldfields Ltd> rose 5 percent.")}
    assert not any(n.endswith(">") for n in names)


@pytest.mark.parametrize("text, name, absent", [
    ("Broker Karim Mansour said shares would rise. Every broker agreed.", "Karim Mansour",
     "Broker Karim Mansour"),
    ("Bob Halvorsen shot a 66 on Sunday. Bob said the greens were fast.", "Bob Halvorsen", "Bob"),
])
def test_person_names_without_descriptors_and_first_names_alone(nlp, text, name, absent):
    people = {n for n, kind in found(nlp, text) if kind == "person"}
    assert name in people and absent not in people


@pytest.mark.parametrize("text, absent", [
    ("BASEBALL - SAN FRANCISCO AT PITTSBURGH.\n\nThe Giants lost 4-3 on Sunday.", "Francisco At"),
])
def test_caps_place_names_are_no_people(nlp, text, absent):
    assert absent not in {name for name, _ in found(nlp, text)}


@pytest.mark.parametrize("text, expected, absent", [
    ("The match was played at Grace Road, Leicestershire on Friday.",
     {("Grace Road", "place"), ("Leicestershire", "place")}, "Grace Road, Leicestershire"),
    ("Australian Rodney Hales beat Tariq Khan 15-10 on Sunday.", {("Rodney Hales", "person")},
     "Australian Rodney Hales"),
])
def test_places_split_at_commas_and_demonyms_off_people(nlp, text, expected, absent):
    names = found(nlp, text)
    assert names >= expected
    assert absent not in {name for name, _ in names}


@pytest.mark.parametrize("text, name", [
    ("Wales: M Davies, S Jones, J Thomas; replacements: G Evans.", "G Evans"),
    ("The book by Hunter S Thompson sold well.", "Hunter S Thompson"),
    ("Cassius Clay Sr. painted signs in Louisville.", "Cassius Clay Sr."),
])
def test_names_with_initials_or_suffixes_are_people(nlp, text, name):
    assert (name, "person") in found(nlp, text)


@pytest.mark.parametrize("text, expected, absent", [
    ("Kumar Get Ready For The Big Vote In Delhi\n\nRaj Kumar said he would get the votes. Kumar spoke in Delhi.",
     {("Delhi", "place")}, "Kumar Get"),
    # a sentence-case headline is read as it stands
    ("Kumar wins the vote in Delhi\n\nRaj Kumar said he would get the votes.", {("Delhi", "place")}, None),
])
def test_title_case_headline_words_are_not_names(nlp, text, expected, absent):
    names = found(nlp, text)
    assert names >= expected
    assert absent not in {name for name, _ in names}


@pytest.mark.parametrize("text, expected, absent", [
    ("Flankers Laurent Cabannes and Laurent Benezech were dropped.",
     {("Laurent Cabannes", "person"), ("Laurent Benezech", "person")}, "Laurent Cabannes and Laurent Benezech"),
    ("Marks and Spencer said sales rose.", set(), "Marks"),
])
def test_two_people_joined_by_and(nlp, text, expected, absent):
    names = found(nlp, text)
    assert names >= expected
    assert (absent, "person") not in names

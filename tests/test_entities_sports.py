"""Actors found on sports pages: clubs and athletes in results, scorecards and line-ups, clubs named after
places in standings, leaderboards, a caps fixture headline, a town as a side or as a place, and leagues
that are competitions only in sport."""
import pytest

from entities_found import found
from generator.extract.entities import entities

def test_club_names_in_results_are_organisations(nlp):
    text = "Results of league matches on Saturday:\nLeeds 2 Everton 1\nArsenal 0 Chelsea 3"
    kinds = {e.name: e.kind for e in entities(nlp(text))}
    assert kinds.get("Leeds") == "organization" and kinds.get("Chelsea") == "organization"


def test_athletes_in_results_are_people(nlp):
    text = ("Men's singles, second round\nLukas Brenner (Austria) beat Tomas Fielding (Canada) 6-3 6-4\n"
            "Rafe Okonkwo (Nigeria) beat Pim Vaart (Netherlands) 7-5 6-2")
    kinds = {e.name: e.kind for e in entities(nlp(text))}
    assert kinds.get("Lukas Brenner") == "person" and kinds.get("Pim Vaart") == "person"
    assert kinds.get("Austria") == "place"


@pytest.mark.parametrize("text, name, kind", [
    # a county or town named as a side in a sports report is a club
    ("Surrey beat Kent by six wickets on Friday to stay top of the county championship. Surrey captain "
     "Adam Hollins made 80 in the first innings, and Kent's bowlers never found a way through.",
     "Surrey", "organization"),
    ("Newcastle drew 1-1 with Everton in the league on Saturday. The Newcastle striker scored a late goal "
     "and the coach praised the team after the match.", "Newcastle", "organization"),
    # the same town outside sport, or where a game is played, stays a place
    ("The council in Leeds approved the new budget on Tuesday.", "Leeds", "place"),
    ("Troops overran the city of Karvadan, officials said.", "Karvadan", "place"),
])
def test_kind_from_context(nlp, text, name, kind):
    assert (name, kind) in found(nlp, text)


def test_sports_page_keeps_the_dateline_a_place(nlp):
    text = ("CRICKET - LEEDS TAKE OVER AT THE TOP.\n\nLEEDS 1996-08-30\n\n"
            "Leeds beat Derby by an innings on Friday in the league. The Leeds captain scored a century "
            "and the bowlers took the last wickets before the close of the match.")
    kinds = {(e.name, e.kind) for e in entities(nlp(text))}
    assert ("Leeds", "organization") in kinds and ("Leeds", "place") in kinds


@pytest.mark.parametrize("text, people", [
    ("Women's pursuit, qualifying:\n1. Natalia Brenova (Russia) 3:45.061\n2. Pim Vaart (Netherlands) "
     "3:46.216\n3. Ana-Lisa Korhonen (Finland) 3:47.001",
     {"Natalia Brenova", "Pim Vaart", "Ana-Lisa Korhonen"}),
    ("Scoreboard:\nM. Lentz c Ostrava b Hallbeck 50\nS. Dorne b Hallbeck 13", {"Ostrava", "Hallbeck"}),
    # no country in brackets, no scorecard: nothing forced to be a person
    ("Sales (excluding tax) rose 4 percent.", set()),
])
def test_people_from_results_layout(nlp, text, people):
    persons = {e.name for e in entities(nlp(text)) if e.kind == "person"}
    assert people <= persons
    if not people:
        assert persons == set()


def test_scorecard_bowler_is_a_person_not_a_team(nlp):
    text = ("CRICKET - ENGLAND V PAKISTAN SCOREBOARD.\n\nLONDON 1996-08-31\n\n"
            "Saeed Anwar c Stewart b Gough 33\n\nAamir Sohail c Croft b Gough 0\n\n"
            "Bowling: Gough 8-0-39-3, Croft 8-0-37-2, Mullally 6-0-30-1.\n")
    kinds = dict(found(nlp, text))
    assert kinds.get("Gough") == "person" and kinds.get("Croft") == "person"


def test_figures_table_outside_sports_has_no_teams(nlp):
    text = ("ACME POSTS HIGHER PROFIT.\n\nNEW YORK 1996-08-30\n\nAcme Corp said on Friday its profit rose.\n\n"
            "Sales 1,234 1,100 980\n\nNet 45.2 40.1 38.7\n\nCurrent 1.2 1.1 0.9\n")
    names = {name for name, _ in found(nlp, text)}
    assert not names & {"Sales", "Net", "Current"}


@pytest.mark.parametrize("text", [
    "R. run out 12 and F.P. not out 4 closed the innings.",
])
def test_bare_initials_are_not_names(nlp, text):
    names = {name for name, _ in found(nlp, text)}
    assert not names & {"R.", "F.P."}


def test_scorecard_names_are_whole(nlp):
    text = ("Scores:\n\nN. Knight st Moin Khan b Saqlain Mushtaq 113\n\n"
            "G. Thorpe lbw b Ata-ur-Rehman 21\n")
    people = {name for name, kind in found(nlp, text) if kind == "person"}
    assert {"Moin Khan", "Ata-ur-Rehman"} <= people
    assert not people & {"Moin", "Ata"}


@pytest.mark.parametrize("text, people", [
    ("Teams:\n\nNorway - 1 - Arne Holt; 2 - Kjell Dahl (14 - Per Moen 80th), 5 - Ola Berg, 3 - Tor Lie\n",
     {"Arne Holt", "Kjell Dahl", "Per Moen", "Ola Berg", "Tor Lie"}),
    # one dash is no line-up
    ("Norway - 1 - Arne Holt scored late.\n", set()),
])
def test_line_up_names_are_people(nlp, text, people):
    assert {name for name, kind in found(nlp, text) if kind == "person"} >= people
    if not people:
        assert "Norway" in {name for name, _ in found(nlp, text)}


def test_batsmen_opening_scorecard_lines_are_people(nlp):
    text = ("Scores:\n\nKarim Dalal c Webb b Hurst 40\n\nJaved Noor not out 14\n\n"
            "Total (for 2 wickets) 120\n")
    people = {name for name, kind in found(nlp, text) if kind == "person"}
    assert {"Karim Dalal", "Javed Noor"} <= people
    assert "Total" not in people


def test_clubs_in_results_are_organisations_not_people(nlp):
    text = ("SOCCER - SCOTTISH LEAGUE RESULTS.\n\nGLASGOW 1996-08-31\n\nResults of Scottish league soccer "
            "matches on Saturday:\n\nGreenock Morton 2 St Johnstone 1\n\nRaith Rovers 0 Dundee United 3\n")
    kinds = dict(found(nlp, text))
    assert kinds.get("Greenock Morton") == "organization" and kinds.get("St Johnstone") == "organization"


def test_clubs_named_after_places_in_standings(nlp):
    text = ("SOCCER - LEAGUE STANDINGS.\n\nLONDON 1996-08-31\n\nSoccer league standings after Saturday's "
            "matches (played, won, drawn, lost, goals for, goals against, points):\n\n"
            "Oxford 4 1 0 3 6 5 3\n\nManchester City 3 1 0 2 2 3 3\n\nSheffield United 2 0 1 1 4 5 1\n")
    kinds = dict(found(nlp, text))
    assert kinds.get("Manchester City") == "organization" and kinds.get("Sheffield United") == "organization"
    assert "Manchester" not in kinds


def test_caps_headline_fixture_keeps_only_the_teams(nlp):
    text = ("CRICKET - ENGLAND V PAKISTAN ONE-DAY SCOREBOARD.\n\nBIRMINGHAM, England 1996-08-31\n\n"
            "Scoreboard of the second one-day cricket match between England and Pakistan on Saturday:\n")
    names = {name for name, _ in found(nlp, text)}
    assert {"England", "Pakistan"} <= names
    assert not any("SCOREBOARD" in n.upper() or "CRICKET" in n.upper() for n in names)


@pytest.mark.parametrize("text, people", [
    ("Leading scores after the first round:\n\n62 Nolan Hale\n\n64 Bobby Ekes, Arno Vitt (Sweden)\n\n"
     "65 Tuck Marlow, Dane Borsch\n", {"Nolan Hale", "Bobby Ekes", "Arno Vitt", "Tuck Marlow", "Dane Borsch"}),
    # two numbered lines are no leaderboard
    ("Facts:\n\n10 Downing Street\n\n12 Baker Street\n", set()),
])
def test_leaderboard_names_are_people(nlp, text, people):
    found_people = {name for name, kind in found(nlp, text) if kind == "person"}
    assert found_people >= people
    if not people:
        assert "Downing Street" not in found_people


@pytest.mark.parametrize("text, name, kept", [
    ("BASEBALL - RESULTS.\n\nThe Yankees beat the Orioles 5-3 to lead the American League by two "
     "games this season, the team's best run since the coach took over; the pitcher had a win.",
     "American League", False),
    ("The Arab League met in Cairo on Monday to discuss the crisis.", "Arab League", True),
])
def test_leagues_are_competitions_only_in_sports(nlp, text, name, kept):
    assert (name in {n for n, _ in found(nlp, text)}) == kept

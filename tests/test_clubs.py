"""Clubs are organisations, never their town; a town in a sports report stays a place where it is one
(issue 8, item 2). Every input here is invented."""
from generator.extract.entities import entities
from generator.extract.entities.clubs import club_name, position_player, squad_slots
from generator.extract.entities.sports import sports_report


def kinds(nlp, text):
    out = {}
    for e in entities(nlp(text)):
        out.setdefault(e.name, e.kind)
    return out


SQUAD = ("Davies to start for Wales\n\n"
         "The side meets Ireland on Saturday, and the team hopes to win the game. Up front, Mefin Jenkins "
         "plays at hooker and the debutant Rhodri Gwyn is on the wing.\n\n"
         "O Hale (Ospreys), M Jenkins (Leicester), R Gwyn (Scarlets), D Rees (Blues), T Morgan (Dragons).\n")


def test_a_squad_list_makes_a_sports_report_and_its_bracketed_towns_clubs(nlp):
    doc = nlp(SQUAD)
    assert sports_report(doc)                   # only contest words, but a squad list and a position
    assert {doc[s:e].text for s, e in squad_slots(doc)} >= {"Leicester", "Ospreys", "Blues"}
    got = kinds(nlp, SQUAD)
    assert got["Leicester"] == "organization"
    assert got.get("Mefin Jenkins") == "person"     # a given name no list holds: he plays at hooker


def test_athletes_listed_with_their_country_are_no_squad(nlp):
    doc = nlp("Results:\nA Lind (Sweden), B Moss (Kenya), C Dorr (Ireland), D Vey (France).\n")
    assert squad_slots(doc) == set()


def test_a_player_is_named_by_his_position(nlp):
    doc = nlp("Lock Deiniol Rees is fit, and prop Cadoc Ifans replaces Aled Jones. Ifor Pryce plays at hooker.")
    at = {t.text: t.i for t in doc}
    assert position_player(doc, at["Cadoc"], at["Ifans"] + 1)
    assert position_player(doc, at["Ifor"], at["Pryce"] + 1)
    assert not position_player(doc, at["Aled"], at["Jones"] + 1)
    doc = nlp("In the second half Aston Rovers scored twice.")
    assert not position_player(doc, 4, 6)       # a half of a match is no position


def test_a_club_by_the_end_of_its_name(nlp):
    assert club_name("Ravensby City", sports=True) and club_name("Orvik County", sports=True)
    assert club_name("Dunmore Orient", sports=True) and club_name("Leeds Rhinos", sports=True)
    assert club_name("Orvik Utd", sports=False)            # "Utd" in any story
    assert not club_name("Ravensby City", sports=False)    # a city outside a sports report
    assert not club_name("Mexico City", sports=True)       # a place the gazetteer knows
    assert not club_name("Beverly Hills", sports=True) and not club_name("Ashley Giles", sports=True)
    got = kinds(nlp, "Cup draw\n\nConference side Ravensby City, who beat Grimsby 2-1 in the last round, "
                     "face Orvik County. The striker said the club would win the match.\n")
    assert got.get("Ravensby City") == got.get("Orvik County") == "organization"


def test_a_result_at_a_town_is_the_host_club_and_the_match_in_a_town_is_the_town(nlp):
    got = kinds(nlp, "Burnley held on\n\nThe striker scored twice in the 2-1 win at Leicester on Saturday, a "
                     "league match for the club's season. The coach said the team played well.\n")
    assert got["Leicester"] == "organization"
    got = kinds(nlp, "Burnley held on\n\nThe striker scored twice in the league match in Leicester on Saturday, "
                     "the coach said. The club's season goes on with a cup game.\n")
    assert got["Leicester"] == "place"


def test_a_town_beside_its_club_and_a_plural_nickname_are_the_club(nlp):
    got = kinds(nlp, "Cup win\n\nThe striker scored in the 2-0 league win over Orvik AK. \"To be fair to Orvik, "
                     "they had a plan,\" the coach said. Last season the club beat the Gullwings too.\n")
    assert got.get("Orvik AK") == "organization"
    assert got.get("Orvik") in ("organization", None)


def test_a_utd_club_is_an_organisation_in_a_business_story(nlp):
    got = kinds(nlp, "Irish investors could block a takeover bid for Man Utd, the newspaper said. Shares fell.\n")
    assert got.get("Man Utd") == "organization"

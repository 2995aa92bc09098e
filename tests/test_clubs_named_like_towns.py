"""In a sports report, a town written as a side is the club, and stays the club however many other
stories name the town: "the Norwich club have replaced ...", "Jake Ward, midfielder (Reading)".
The words give it ``team`` evidence, which the cross-article vote on kinds respects. Invented text."""
from generator.actors import AliasConfig, resolve_actors
from generator.extract.entities import entities

SPORT = ("Transfer round-up\n\nThe Norwich club have replaced the striker with a forward on loan from Vitesse, "
         "their manager said after the 2-1 win over Dundee United.\n"
         "Loan ended: Jake Ward, midfielder (Reading); Tom Hale, defender (Ayr United).\n")


def _record(rid, ents):
    return {"id": rid, "quotes": [], "entities": [
        {"name": e.name, "kind": e.kind, "aliases": list(e.aliases), "titles": list(e.titles),
         "mentions": len(e.mentions), "evidence": list(e.evidence)} for e in ents]}


def test_a_town_written_as_a_side_has_team_evidence(nlp):
    got = {e.name: e for e in entities(nlp(SPORT))}
    for name in ("Norwich", "Reading"):
        assert got[name].kind == "organization" and "team" in got[name].evidence, got[name]


def test_the_club_stays_a_club_beside_stories_of_the_town(nlp):
    towns = ["Rail fares\n\nCommuters in Reading and Norwich will pay more from May, the council in Reading said.\n",
             "Floods\n\nRoads in Norwich and Reading were closed on Monday after heavy rain in Norwich.\n"]
    records = [_record("sport", entities(nlp(SPORT)))] + [_record(f"town{i}", entities(nlp(t))) for i, t in enumerate(towns)]
    new, _ = resolve_actors(records, AliasConfig())
    kinds = {e["name"]: e["kind"] for e in new[0]["entities"]}
    assert kinds.get("Reading") == "organization" and kinds.get("Norwich") == "organization", kinds
    assert {e["name"]: e["kind"] for e in new[1]["entities"]}.get("Reading") == "place"


def test_a_town_a_sports_report_names_mostly_as_its_club_is_held_back_there(nlp):
    text = ("The Nationals are stuck\n\nWashington's Danny Lowe problem is linked to its center-field woes. The "
            "shortstop is having a bad series, and the pitcher and the catcher fared no better in the league. "
            "Poor defense has become a norm in Washington during the team's contending years. Back injuries "
            "made him miss most of Washington's disastrous 2015 season, and the baseball club let him go.\n")
    places = [e for e in entities(nlp(text)) if e.kind == "place" and e.name == "Washington"]
    assert places and all("against:club" in e.evidence for e in places), places


def test_a_country_named_as_its_side_stays_the_country(nlp):
    text = ("Test series\n\nNew Zealand's Tom Latham made 80 before New Zealand's bowlers took four wickets. "
            "The batsman and the bowler said the innings turned when the wicket dried in New Zealand.\n")
    places = [e for e in entities(nlp(text)) if e.kind == "place" and e.name == "New Zealand"]
    assert places and not any("against:club" in e.evidence for e in places), places


def test_the_side_a_club_drew_with_is_a_club(nlp):
    text = ("Football\n\nThe league match ended level as Norwich drew with Ipswich, the striker said. The goalkeeper "
            "and the manager praised the fans.\n")
    got = {e.name: e for e in entities(nlp(text))}
    assert got["Ipswich"].kind == "organization" and "team" in got["Ipswich"].evidence, got["Ipswich"]

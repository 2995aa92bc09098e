"""Issue 8, kinds: what the words around every mention of a name say of its kind (entities/kind_cues.py,
clubs.plural_club). Every input here is made up for the test; each stands for a kind of fault seen on
open-world news (a strait, a camp, a constituency, a port and a dateline read as people; a company's
short name read as a person or a town; a club read as a town in a fixture)."""
from generator.extract.entities import entities


def kinds(nlp, text, body_start=0):
    return {e.name: e.kind for e in entities(nlp(text), body_start=body_start)}


def test_a_name_before_a_feature_noun_is_a_place(nlp):
    got = kinds(nlp, "Tankers were moving again through the narrow Dardelline waterway on Tuesday, officials "
                     "said. Traffic in the Dardelline had stopped for two days.\n")
    assert got.get("Dardelline") == "place"
    got = kinds(nlp, "Ships were waiting at the mouth of the Calvera strait on Tuesday. Officials said the "
                     "Calvera strait would reopen.\n")
    assert got.get("Calvera") == "place"


def test_a_death_camp_is_a_place_but_a_campaign_camp_is_not(nlp):
    got = kinds(nlp, "He was held in the Krelitz death camp until 1945. He had nightmares about Krelitz for years.\n")
    assert got.get("Krelitz") == "place"
    got = kinds(nlp, "Aides in the Tom Verlander camp said on Monday that Verlander would run again.\n")
    assert got.get("Tom Verlander") != "place"


def test_the_port_of_a_name_is_a_place(nlp):
    got = kinds(nlp, "The plant will be built at Ramon Alcazar on the Pacific coast, near the port of Ramon "
                     "Alcazar, officials said.\n")
    assert got.get("Ramon Alcazar") == "place"


def test_a_known_town_where_a_place_stands_is_no_person(nlp):
    got = kinds(nlp, "The refinery at Vicente Guerrero near the coast will close, the company said.\n")
    assert got.get("Vicente Guerrero") == "place"
    # a person's name after "laughed at" stays a person
    got = kinds(nlp, "The crowd laughed at Vicente Guerrero when he lost the race.\n")
    assert got.get("Vicente Guerrero") != "place"


def test_a_known_place_with_a_compass_point_is_a_constituency(nlp):
    got = kinds(nlp, "Labour MP Jane Brook, who represents Bradford North, said the plan was unfair to tenants.\n")
    assert got.get("Bradford North") == "place"
    assert got.get("Jane Brook") == "person"


def test_a_name_alone_in_the_dateline_is_a_place(nlp):
    head, dateline = "HOLLIS <HLS> NAMES NEW PRESIDENT\n\n", "Bartlett, Tenn"
    text = head + dateline + "\n\nHollis Inc said it named Jane Porter as president. Hollis also said it named " \
                             "Fred Dunn as treasurer.\n"
    got = kinds(nlp, text, body_start=len(head) + len(dateline) + 2)
    assert got.get("Bartlett") == "place"
    assert got.get("Jane Porter") == "person"


def test_a_companys_short_name_is_the_company(nlp):
    got = kinds(nlp, "Marlowe Inc said it named Jane Porter as chairman. Marlowe also said it would sell its "
                     "plastics unit. Marlowe's shares rose.\n")
    assert got.get("Marlowe") == "organization"
    got = kinds(nlp, "Ashford Steel Corp said its losses widened. Ashford has two billion dlrs of debt, and "
                     "analysts doubt Ashford's future.\n")
    assert got.get("Ashford") == "organization"


def test_a_state_or_a_founder_stays_itself_beside_a_company_of_its_name(nlp):
    got = kinds(nlp, "Texas Instruments Inc said profits rose. Texas's economy is strong, and Texas "
                     "Instruments Inc expects more orders.\n")
    assert got.get("Texas") == "place"
    got = kinds(nlp, "Harold Marlowe, the founder, said Marlowe Corp would grow. Marlowe said he was pleased.\n")
    assert got.get("Harold Marlowe") == "person"
    assert got.get("Marlowe") in (None, "person")


def test_clubs_written_with_a_plural_verb_in_a_fixture(nlp):
    got = kinds(nlp, "Crystal Palace go to Sunderland on Saturday in the league, while the striker Tom Bell "
                     "is back after injury. The manager praised the team's defence this season.\n")
    assert got.get("Sunderland") == "organization"
    assert got.get("Crystal Palace") == "organization"
    # a town a side travels to on a bus is still a town outside a fixture: "the fans go to Sunderland"
    got = kinds(nlp, "The fans go to Sunderland by bus on Saturday for the league match, and the striker "
                     "Tom Bell praised the team's defence this season.\n")
    assert got.get("Sunderland") != "organization"


def test_the_side_a_player_featured_for_is_a_club_and_he_stays_a_person(nlp):
    got = kinds(nlp, "Paul Innes played for Motherwell and also featured for Stenhousemuir before moving into "
                     "coaching. The striker scored twice in the league match and the manager praised the team's "
                     "defence this season.\n")
    assert got.get("Stenhousemuir") == "organization"
    assert got.get("Paul Innes") == "person"


def test_a_county_a_player_returns_to_or_moved_from_is_his_club(nlp):
    got = kinds(nlp, "Tom Hale, who has been playing in the Indian Premier League, will return to Lancashire for "
                     "Friday's home game against Durham. The 25-year-old moved to the Red Rose from Somerset in "
                     "2013 and his new deal ties him to the club until 2019. The bowler took four wickets in the "
                     "match.\n")
    assert got.get("Lancashire") == "organization"
    assert got.get("Somerset") == "organization"
    # a series, not a player, moves to a city: the city stays a place
    got = kinds(nlp, "The series moves to Cardiff next week, where the fans hope for a win in the match. The "
                     "bowler took four wickets and the captain praised the team's innings.\n")
    assert got.get("Cardiff") == "place"


def test_titles_won_and_competitions_are_no_clubs(nlp):
    got = kinds(nlp, "Lena Marsh has won three Grand Slams and wants to win Grand Slams again, she said after the "
                     "match. Her coach praised the team's season and the league title.\n")
    assert got.get("Grand Slams") != "organization"


def test_a_companys_name_without_its_suffix_is_the_company_not_its_founder(nlp):
    got = kinds(nlp, "Dora Kessler Inc said its board approved a rights plan. Dora Kessler said the rights are not "
                     "being distributed in response to any takeover.\n")
    assert got.get("Dora Kessler") in (None, "organization")
    got = kinds(nlp, "Charles Marlowe, the founder of Charles Marlowe Corp, said he would retire. Charles Marlowe "
                     "Corp shares fell.\n")
    assert got.get("Charles Marlowe") == "person"
    got = kinds(nlp, "Dora Kessler, chairman of Dora Kessler Inc, said profits rose.\n")
    assert got.get("Dora Kessler") == "person"

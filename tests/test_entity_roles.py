"""Issue 8, items 1-2: what an actor's name and the words around it say about its kind.

Invented inputs, one per kind of fault: a product or a site's navigation read as a person, a job
title's middle read as a name, a country and a common noun read as an organisation, a ground read
as an organisation, a club or a person's surname read as a place, and the reverse: a company that an
article is about, held back for want of evidence.
"""
import pytest

from generator.actor_evidence import decide
from generator.extract.entities import entities
from generator.extract.entities.evidence import context_faults
from generator.extract.entities.names import Mention
from generator.extract.entities.roles import business_context, title_tail, venue_only


def faults(name, kind, *, aliases=(), titles=(), common=(), context=(), known=False):
    return context_faults(name, kind, aliases, titles, frozenset(common), frozenset(context), known=known)


def mention(doc, text, label):
    """The Mention of the first run of tokens that spells ``text``."""
    words = text.split()
    for i in range(len(doc) - len(words) + 1):
        if [t.text for t in doc[i:i + len(words)]] == words:
            return Mention(i, i + len(words), label)
    raise AssertionError(f"{text!r} not in {doc.text!r}")


# --- people that are not people ------------------------------------------------------------------

@pytest.mark.parametrize("name", ["Billy Goat", "Winter Buyer", "Orlando Sentinel", "Age Concern"])
def test_a_persons_last_word_that_is_a_dictionary_word_and_no_surname_is_no_name(name):
    assert "word-name" in faults(name, "person")


@pytest.mark.parametrize("name, aliases, titles", [
    ("Harriet Potter", (), ()),             # a census surname, though a word
    ("Rishi Sunak", (), ()),                # no dictionary word
    ("Kevin Spacey", (), ()),               # an adjective, no noun
    ("Dora Goat", ("Goat",), ()),           # written alone as a surname elsewhere in the article
    ("Dora Goat", (), ("Minister",)),       # given a title
])
def test_a_real_persons_name_is_no_word_name(name, aliases, titles):
    assert "word-name" not in faults(name, "person", aliases=aliases, titles=titles)


def test_a_name_inside_a_job_title_is_no_person(nlp):
    doc = nlp("Chief Digital Wellness Officer Mara Lind said the app was safe.")
    assert title_tail(doc, mention(doc, "Digital Wellness", "person"))
    assert not title_tail(doc, mention(doc, "Mara Lind", "person"))
    assert "title-in-name" in faults("Digital Wellness", "person", context={"title-tail"})


def test_a_person_whose_shares_trade_is_a_company(nlp):
    doc = nlp("Shares of Walter Brandle rose 3 pct, and Walter Brandle's profits doubled.")
    assert business_context(doc, mention(doc, "Walter Brandle", "person"), shares_only=True)
    assert "org-context" in faults("Walter Brandle", "person", context={"shares"})


# --- organisations that are not organisations ----------------------------------------------------

@pytest.mark.parametrize("name, common", [("U.S. Economy", {"economy"}), ("U.S. Banks", {"bank"}),
                                          ("Japan Industry", {"industries"})])
def test_a_country_and_a_common_noun_is_no_organisation(name, common):
    assert "generic" in faults(name, "organization", common=common)


def test_a_country_and_an_institution_the_article_names_as_one_stays():
    assert faults("U.S. Senate", "organization", common={"economy"}) == []


def test_an_organisation_shaped_like_a_persons_name_is_held_back_without_company_signs():
    assert "person-name" in faults("Philip Hargreave", "organization")
    assert "person-name" not in faults("Philip Hargreave", "organization", context={"company"})
    assert "person-name" not in faults("Philip Hargreave", "organization", context={"business"})


def test_a_name_that_only_stands_where_a_place_does_is_a_venue(nlp):
    doc = nlp("Rovers lost 2-0 at Kestrel Meadow, and the mayor spoke in the Amber Room.")
    assert venue_only(doc, [mention(doc, "Kestrel Meadow", "organization")])
    assert venue_only(doc, [mention(doc, "Amber Room", "organization")])
    assert not venue_only(doc, [mention(doc, "Rovers", "organization")])
    assert "venue" in faults("Kestrel Meadow", "organization", context={"venue"})
    assert "venue" not in faults("Kestrel Meadow", "organization", context={"venue"}, known=True)


# --- places that are not places ------------------------------------------------------------------

def test_a_place_after_a_given_name_or_says_is_a_person():
    assert "person-name" in faults("Kingston", "place", context={"person-before"})


def test_a_town_in_a_sports_report_never_named_as_a_place_is_a_club():
    assert "team" in faults("Luton", "place", context={"sports"})
    assert "team" not in faults("Luton", "place", context={"sports", "located"})
    assert "team" not in faults("France", "place", context={"sports"})     # a national team is its country
    assert "team" not in faults("Luton", "place")


def test_a_place_and_a_given_name_in_one_article(nlp):
    got = {e.name: e for e in entities(nlp("The mine was sold by geologist Martin Oxford to a trust in Perth.\n"))}
    places = {n for n, e in got.items() if e.kind == "place" and not any(x.startswith("against:") for x in e.evidence)}
    assert "Oxford" not in places


# --- the reverse: a company the article is about --------------------------------------------------

def test_a_company_an_article_is_about_has_evidence(nlp):
    doc = nlp("Quarterly profits at media giant Halvex rose. Halvex's shares rose 2%. The loss came at "
              "Trinova, the online unit. German publisher Brandauer sold its stake.")
    assert business_context(doc, mention(doc, "Halvex", "organization"))
    assert business_context(doc, mention(doc, "Brandauer", "organization"))
    assert business_context(doc, mention(doc, "Trinova", "organization"))


def test_org_context_publishes_an_organisation_named_in_one_article():
    records = [{"entities": [
        {"name": "Halvex", "kind": "organization", "evidence": ["org-context", "mentions:6"]},
        {"name": "Ringwold", "kind": "organization", "evidence": ["mentions:1"]}]}]
    decide(records)
    published = {e["name"]: e["published"] for e in records[0]["entities"]}
    assert published == {"Halvex": True, "Ringwold": False}


def test_an_organisation_written_with_and_without_a_space_is_one(nlp):
    got = [e for e in entities(nlp("Profits at Brightwater Media rose. BrightwaterMedia said sales at "
                                   "Brightwater Media grew, and BrightwaterMedia shares rose.\n"))
           if e.kind == "organization" and "rightwater" in e.name]
    assert len(got) <= 1


# --- more things read as people, and names cut from longer ones -----------------------------------

def test_the_words_around_a_name_make_it_a_thing(nlp):
    from generator.extract.entities.roles import inside_longer_name, not_a_person
    doc = nlp("Critics loved the costume drama Nora Vale. Lin Po Tak, a Macau daily, said so. "
              "She won the Ivy B. Rowe award. Tom Reed, a 40-year-old from Cedar Bluff, Ohio, voted. "
              "Ann Lee spoke in Ann Lee's office.")
    assert not_a_person(doc, [mention(doc, "Nora Vale", "person")])
    assert not_a_person(doc, [mention(doc, "Lin Po Tak", "person")])
    assert not_a_person(doc, [mention(doc, "Ivy B. Rowe", "person")])
    assert not_a_person(doc, [mention(doc, "Cedar Bluff", "person")])
    assert not not_a_person(doc, [mention(doc, "Tom Reed", "person")])
    assert not not_a_person(doc, [mention(doc, "Ann Lee", "person")])
    assert "thing" in faults("Nora Vale", "person", context={"thing"})
    # tokens only (no entity the model might read over the whole title)
    doc = nlp.make_doc("Fans of the Keeper of the Orchards queued. Members of the Civil and Postal Workers union struck.")
    assert inside_longer_name(doc, mention(doc, "Orchards", "organization"))
    assert inside_longer_name(doc, mention(doc, "Postal Workers", "organization"))


def test_a_names_own_words_say_it_is_cut_or_no_person():
    assert "fragment" in faults("U.K. Office for", "organization")
    assert "fragment" in faults("Orchards", "organization", context={"cut-before"})
    assert "org-in-name" in faults("Maple Ridge Elementary School", "person")
    assert faults("Maple Ridge", "person") == []


def test_from_or_in_without_the_makes_no_venue(nlp):
    doc = nlp("He joined Verona from Calvino in May. Bonds fell in Treasuries. Miners at Kloofberg's mine struck.")
    assert not venue_only(doc, [mention(doc, "Calvino", "organization")])
    assert not venue_only(doc, [mention(doc, "Treasuries", "organization")])
    assert not venue_only(doc, [mention(doc, "Kloofberg", "organization")])


def test_a_region_or_a_listed_athlete_is_left_alone():
    assert "team" not in faults("Balkans", "place", context={"sports"})
    assert "word-name" not in faults("Pavel Sentinel", "person", context={"listed"})
    assert "word-name" not in faults("Leopold III", "person")


def test_a_name_only_ever_at_or_in_the_is_a_venue_not_an_organisation(nlp):
    got = {e.name: e.kind for e in entities(nlp("The match was played at Kestrel Park Stadium. Kestrel Rovers "
                                                "lost 2-0 at Hollin Moor.\n"))}
    assert got.get("Kestrel Rovers") == "organization"
    assert got.get("Hollin Moor", "place") == "place"
    doc = nlp("Talks were held in the Amber Room. She spoke at the Harwell Society. "
              "\"Rates will rise,\" said an economist at Varley Brock.")
    assert venue_only(doc, [mention(doc, "Amber Room", "organization")])
    assert not venue_only(doc, [mention(doc, "Harwell Society", "organization")])     # an organisation word
    assert not venue_only(doc, [mention(doc, "Varley Brock", "organization")])        # where one works


def test_a_town_after_a_ground_or_an_island_noun_is_a_place(nlp):
    from generator.extract.entities.roles import after_a_venue
    doc = nlp("Fifth test (at Kestrel Bridge, Dunmore)")
    assert after_a_venue(doc, mention(doc, "Dunmore", "place"))
    doc = nlp("Rovers beat Albion, Dunmore said.")
    assert not after_a_venue(doc, mention(doc, "Dunmore", "place"))


@pytest.mark.parametrize("name", ["Sarah CampbellThe", "Wales physio Mark Davies", "Reclaiming Mozart"])
def test_a_persons_name_glued_or_holding_a_lower_case_word_is_a_fragment(name):
    assert "fragment" in faults(name, "person")


@pytest.mark.parametrize("name", ["Ludwig van Beethoven", "Oscar de la Hoya", "Irving Berlin", "Tom DeLay"])
def test_particles_and_inner_capitals_are_no_fragment(name):
    assert faults(name, "person") == []


def test_a_workplace_after_a_persons_name_or_a_known_body_is_no_venue(nlp):
    doc = nlp("\"Rates will fall,\" said Jason Dorrow at Varley Brock. She won a seat in the U.S. Senate.")
    assert not venue_only(doc, [mention(doc, "Varley Brock", "organization")])
    assert not venue_only(doc, [mention(doc, "U.S. Senate", "organization")])


def test_a_place_read_as_a_person_or_a_club_changes_kind_in_that_article_only(nlp):
    from generator.data import gazetteer
    from generator.extract.entities.kinds import kind_here
    from generator.types import Entity
    town = Entity(name="Luton", kind="place")
    assert kind_here(town, frozenset({"person-before"}), gazetteer()).kind == "person"
    assert kind_here(town, frozenset({"sports"}), gazetteer()).kind == "organization"
    assert kind_here(town, frozenset({"sports", "located"}), gazetteer()).kind == "place"
    assert kind_here(Entity(name="France", kind="place"), frozenset({"sports"}), gazetteer()).kind == "place"
    got = {e.name: e.kind for e in entities(nlp("Mining\n\nThe shares were sold by David Kingston to "
                                                   "Emperor Mines in Perth.\n"))}
    assert got.get("Kingston") != "place" and got.get("Perth") == "place"


def test_one_word_of_a_person_named_in_full_is_that_person(nlp):
    from generator.data import gazetteer
    from generator.extract.entities.kinds import kind_here
    from generator.types import Entity
    people = frozenset({"blake", "snyder"})
    assert kind_here(Entity(name="Blake", kind="organization"), frozenset(), gazetteer(), people).kind == "person"
    assert kind_here(Entity(name="Blake", kind="place"), frozenset({"located"}), gazetteer(), people).kind == "place"
    assert kind_here(Entity(name="Blake", kind="organization"), frozenset({"team"}), gazetteer(),
                     people).kind == "organization"
    assert kind_here(Entity(name="Blake", kind="organization"), frozenset(), gazetteer()).kind == "organization"


def test_a_post_nominal_title_is_no_title_tail(nlp):
    doc = nlp("The report, said Andrew Tyrell MP, was late. Chief Digital Wellness Officer Mara Lind agreed.")
    assert not title_tail(doc, mention(doc, "Andrew Tyrell", "person"))

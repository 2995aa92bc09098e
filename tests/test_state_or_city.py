"""A US state named like a city ("New York", "Washington") is the state where the words around say so
and the city where they say that, and the two never share a page (entities/state_city.py,
actor_states.state_or_city). Every input here is made up for the test."""
from generator.extract.entities import entities
from generator.extract.entities.state_city import CITY, STATE, state_or_city_cues
from test_entity_kinds import ent, rec, resolved


def cues(nlp, text, name):
    doc = nlp(text)
    got = {e.name: e for e in state_or_city_cues(doc, entities(doc))}
    return {x for x in got[name].evidence if x in (STATE, CITY)}


def test_the_words_around_a_mention_say_state(nlp):
    assert cues(nlp, "Tax rises\n\nThe governor toured a plant in Yonkers, New York, on Monday and "
                     "promised new jobs.\n", "New York") == {STATE}
    assert cues(nlp, "Tax rises\n\nShe spent the weekend at her house on Long Island, New York, before the "
                     "debate.\n", "New York") == {STATE}
    assert cues(nlp, "Tax rises\n\nFarmers in upstate New York said the drought had cut their yields.\n",
                "New York") == {STATE}
    assert cues(nlp, "Primary\n\nVoters in her home state of Washington go to the polls next week, "
                     "said Orla Brannagh.\n", "Washington") == {STATE}
    assert cues(nlp, "Primary\n\nAlaska, Hawaii and Washington hold caucuses on Saturday, with 142 delegates "
                     "at stake.\n", "Washington") == {STATE}


def test_the_words_around_a_mention_say_city_or_nothing(nlp):
    assert cues(nlp, "Talks\n\nShe spoke at a dinner in New York City on Monday.\n", "New York") == {CITY}
    assert cues(nlp, "Talks\n\nBankers in New York said rates would rise next week.\n", "New York") == set()
    assert cues(nlp, "Tour\n\nThe band plays Dallas, Washington and New York in May, its label said.\n",
                "Washington") == set()
    # a list of cities: Boston's largest namesake is not New York's town
    assert cues(nlp, "Tour\n\nThe band plays Boston, New York and Chicago in May, its label said.\n",
                "New York") == set()


def place(name, *evidence, mentions=1):
    return dict(ent(name, "place", ("gazetteer", *evidence)), mentions=mentions)


def test_the_state_and_the_city_of_one_name_never_share_a_page():
    city = lambda i: dict(rec(i, place("New York"), ent("Pell Ardmore", "organization", ("org-word",))),   # noqa: E731
                          dateline="New York")
    records = [city("a"), city("b"), city("c"),
               rec("town", place("New York", STATE), place("Ohio")),
               # filed from the city, about the state: the body's words say which
               dict(rec("filed", place("New York", STATE, mentions=2), place("Ohio")), dateline="New York"),
               rec("both", place("New York", STATE, CITY, mentions=2), place("Ohio")),
               rec("named", place("New York", CITY), place("Ohio"))]
    got, _ = resolved(records)
    shown = [g[("New York", "place")].get("published") is not False for g in got]
    assert shown == [True, True, True, False, False, True, True]


def test_a_states_office_or_election_says_state_and_a_citys_or_the_federal_levels_does_not(nlp):
    assert cues(nlp, "Budget\n\nNew York Gov. Ann Bell signed the budget on Monday, her office said.\n",
                "New York") == {STATE}
    assert cues(nlp, "Budget\n\nOrla Brannagh, a congressman from New York, voted against the bill.\n",
                "New York") == {STATE}
    assert cues(nlp, "Budget\n\nThe New York mayor said the subway would run all night.\n", "New York") == set()
    assert cues(nlp, "Trade\n\nA Washington delegation arrived in Beijing on Monday for trade talks.\n",
                "Washington") == set()


def test_a_member_of_congress_or_a_delegation_is_named_with_the_state(nlp):
    # "Republican Rep. Lee Zeldin of New York", "Robert Antonacci of the New York delegation": the
    # state's page, not the city's (a reader found both on New York City's page)
    assert cues(nlp, "Pledge\n\nRepublican Rep. Orla Brannagh of New York said she would back the nominee.\n",
                "New York") == {STATE}
    assert cues(nlp, "Roll call\n\nDelegates voted late into the night. Tom Ferrante of the New York "
                     "delegation said the vote was a formality.\n", "New York") == {STATE}
    assert cues(nlp, "Roll call\n\nThe chief of New York's fire department said the vote was a formality.\n",
                "New York") == set()
    assert cues(nlp, "Talks\n\nOrla Brannagh of Washington said the talks would go on.\n", "Washington") == set()


def test_a_reading_outnumbered_twice_over_gives_way(nlp):
    blog = ("The Latest: Okafor tours the state\n\nThe Latest on the race before Tuesday's New York primary:\n\n"
            "Ruth Okafor told farmers in upstate New York that the drought had cut their yields.\n\n"
            "Okafor spoke at a town hall in Yonkers, New York, on Thursday.\n\n"
            "A poll ahead of the New York primary shows her ahead.\n\n"
            "Okafor later held a rally in New York City.\n")
    assert cues(nlp, blog, "New York") == {STATE}
    both = ("Talks\n\nShe spent the weekend in upstate New York and spoke at a dinner in New York City on "
            "Monday.\n")
    assert cues(nlp, both, "New York") == {STATE, CITY}

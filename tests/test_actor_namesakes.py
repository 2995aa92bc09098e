"""Issue 8, item 2 (session 6): one page per real actor: namesakes of another kind, era and country.

Every input here is made up for the test; each stands for a kind of fault seen on open-world news.
"""
from test_entity_kinds import ent, rec, resolved


def test_a_given_name_alone_beside_the_one_person_named_with_it_is_that_person_not_the_club():
    person = ent("Marisol Quenby", evidence=("given-name",))
    club = dict(ent("Marisol", "organization", ("org-context",)), mentions=3)
    records = [rec("sport1", dict(ent("Marisol", "organization", ("team",)), mentions=4)),
               rec("sport2", dict(ent("Marisol", "organization", ("team",)), mentions=5)),
               rec("profile", person, club)]
    got, merges = resolved(records)
    assert ("Marisol", "organization") not in got[2] and ("Marisol Quenby", "person") in got[2]
    assert got[2][("Marisol Quenby", "person")]["mentions"] == 4
    assert ("Marisol", "organization") in got[0]          # the club keeps its own articles
    assert any(m["reason"] == "given name, same article" for m in merges)
    # two people of the article share the given name: nobody can tell which one
    got, _ = resolved([rec("a", ent("Marisol Quenby", evidence=("given-name",)),
                           ent("Marisol Trant", evidence=("given-name",)), ent("Marisol", "organization"))])
    assert ("Marisol", "organization") in got[0]
    # a team where it stands is the club, a country is a country
    got, _ = resolved([rec("a", ent("Marisol Quenby", evidence=("given-name",)), ent("Marisol", "organization", ("team",))),
                       rec("b", ent("Jordan Pellew", evidence=("given-name",)), ent("Jordan", "place", ("gazetteer",)))])
    assert ("Marisol", "organization") in got[0] and ("Jordan", "place") in got[1]


def test_a_person_named_by_a_word_of_a_full_name_in_the_same_article_keeps_the_kind_people_have():
    place = lambda: dict(ent("Tullahoma", "place", ("gazetteer",)), mentions=3)     # noqa: E731
    records = [rec("a", place()), rec("b", place()), rec("c", place()),
               rec("d", ent("Dorian Tullahoma", evidence=("given-name", "quoted")), dict(ent("Tullahoma"), mentions=2),
                   ent("Sheila Brack", evidence=("given-name",)))]
    got, _ = resolved(records)
    assert not any(k == "place" for _, k in got[3])       # never the town's page
    # without the full name the majority still decides
    records[3] = rec("d", dict(ent("Tullahoma"), mentions=2))
    got, _ = resolved(records)
    assert ("Tullahoma", "place") in got[3]


def test_a_name_without_a_middle_initial_decades_before_the_one_with_it_is_another_person():
    dated = lambda article_id, year, *entities: dict(rec(article_id, *entities), published=f"{year}-03-05")  # noqa: E731
    senior = lambda: ent("Harlan Pettigrew", evidence=("given-name", "title"))          # noqa: E731
    junior = lambda: ent("Harlan Q. Pettigrew", evidence=("given-name", "title"))       # noqa: E731
    records = [dated("a", 1987, senior()), dated("b", 1988, senior()),
               dated("c", 2004, junior()), dated("d", 2005, junior()), dated("e", 2006, junior())]
    got, merges = resolved(records)
    assert ("Harlan Pettigrew", "person") in got[0] and ("Harlan Pettigrew", "person") in got[1]
    assert ("Harlan Q. Pettigrew", "person") in got[2]
    assert not any(m["canonical"] == "Harlan Q. Pettigrew" for m in merges)
    # the same years: one person written two ways
    records[0], records[1] = dated("a", 2003, senior()), dated("b", 2005, senior())
    got, _ = resolved(records)
    assert all(("Harlan Q. Pettigrew", "person") in g for g in got)


def place(name, mentions=1):
    return dict(ent(name, "place", ("gazetteer",)), mentions=mentions)


def test_a_small_american_town_is_not_the_same_name_in_a_story_naming_nothing_of_its_state():
    records = [rec("town1", place("Paducah", 2), place("Kentucky")),
               rec("town2", place("Paducah", 2), place("Kentucky"), place("Ohio")),
               rec("horse", place("Paducah", 5), ent("Delia Marchbank", evidence=("given-name",)))]
    got, _ = resolved(records)
    assert got[0][("Paducah", "place")].get("published") is not False
    assert got[2][("Paducah", "place")]["published"] is False       # the racehorse is no town's page
    # a story naming a city of that state means the town
    records[2] = rec("city", place("Paducah", 5), place("Louisville"))
    got, _ = resolved(records)
    assert all(g[("Paducah", "place")].get("published") is not False for g in got)


def test_a_state_body_in_a_story_naming_no_place_joins_only_the_stories_it_shares_people_with():
    us = lambda i: rec(i, dict(ent("Congress", "organization", ("gazetteer",)), mentions=2),     # noqa: E731
                       place("Ohio"), place("United States"), ent("Wendell Prask", evidence=("given-name", "title")))
    cn = rec("cn", dict(ent("Congress", "organization", ("gazetteer",)), mentions=3),
             place("China"), place("Beijing"), ent("Lin Haoran", evidence=("given-name", "title")))
    bare = lambda i, who: rec(i, dict(ent("Congress", "organization", ("gazetteer",)), mentions=4), who)   # noqa: E731
    records = [us("us1"), us("us2"), us("us3"), cn, bare("same", ent("Wendell Prask", evidence=("given-name",))),
               bare("other", ent("Marta Oyelaran", evidence=("given-name",)))]
    got, _ = resolved(records)
    shown = [g[("Congress", "organization")].get("published") is not False for g in got]
    assert shown == [True, True, True, False, True, False]


def test_a_states_name_in_a_list_of_states_is_not_the_capital_a_dateline_names():
    dc = lambda i: dict(rec(i, place("Washington", 2), place("Idaho")), dateline="Washington")    # noqa: E731
    records = [dc("a"), dc("b"), rec("talk", place("Washington", 3), ent("Orla Brannagh", evidence=("given-name",))),
               rec("tally", place("Washington"), place("Idaho"), place("Montana"), place("Ohio")),
               rec("cities", place("Dallas"), place("Washington"), place("New York"))]
    got, _ = resolved(records)
    shown = [g[("Washington", "place")].get("published") is not False for g in got]
    assert shown == [True, True, True, False, True]


def test_a_broadcasters_acronym_joins_its_news_in_the_same_article_and_its_outlet_keeps_its_country():
    org = lambda name, n=1: dict(ent(name, "organization", ("org-context",)), mentions=n)     # noqa: E731
    records = [rec("us1", org("WKN News", 2), org("WKN")),
               rec("us2", org("WKN News", 2)),
               dict(rec("au", org("WKN News", 3), org("WKN")), outlet="WKN News (Tasmania)")]
    got, merges = resolved(records)
    assert set(got[0]) == {("WKN News", "organization")} and got[0][("WKN News", "organization")]["mentions"] == 3
    assert set(got[2]) == {("WKN News (Tasmania)", "organization")}
    # a word other than "News", or a name not in capitals, is another body
    got, _ = resolved([rec("a", org("Zentro"), org("Zentro News")), rec("b", org("WKN"), org("WKN Radio")),
                       rec("c", org("WKN"), org("WKN News"), org("WKN Two"))])
    assert len(got[0]) == 2 and len(got[1]) == 2 and len(got[2]) == 3      # "WKN Two": the corporation's


def test_a_security_named_after_a_body_is_not_the_body(nlp):
    from generator.extract.entities import entities

    doc = nlp("Bond market slips\n\nPrices of 30-year Treasury bonds fell on Monday and Treasury yields rose to 7.5 pct, "
              "dealers in Mirefield said, as the Dollmark slid against the yen.\n")
    evidence = {e.name: e.evidence for e in entities(doc)}
    assert "against:work" in evidence.get("Treasury", ("against:work",))
    doc = nlp("Budget talks\n\nThe Treasury said on Monday it would sell more bonds. Treasury yields rose to 7.5 pct, "
              "dealers in Mirefield said.\n")
    evidence = {e.name: e.evidence for e in entities(doc)}
    assert "Treasury" in evidence and "against:work" not in evidence["Treasury"]

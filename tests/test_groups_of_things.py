"""A group whose every mention in an article is its adjective before a thing ("the Ecuadorean central
bank", "a Swiss cement firm", "Turkish interest rates") names nobody of that people there: it is held
back in that article (``against:of-things``), and a people named as people in another story keeps its
entry there ("Swiss voters"). A reader counted 19 of 84 Groups entries of the 300-article mixed site
that had no person of the group in them, and pages such as Europeans listed stories of "European
currencies" beside those of Europeans. Invented text and records."""
from generator.actors import AliasConfig, resolve_actors
from generator.extract.entities import entities
from generator.extract.entities.evidence import article_evidence


def groups(nlp, text):
    return {e.name: e.evidence for e in entities(nlp(text)) if e.kind == "group"}


def test_an_adjective_before_things_only_names_no_people(nlp):
    got = groups(nlp, "Bank raises rates\n\nThe Ecuadorean central bank raised its main rate on Tuesday, and "
                      "Ecuadorean bond prices fell.\n")
    assert "against:of-things" in got["Ecuadorean"]


def test_people_of_the_group_keep_it(nlp):
    got = groups(nlp, "Vote\n\nSwiss voters will decide on the plan next year, and a Swiss cement firm said it "
                      "would wait.\n")
    assert not any(x.startswith("against:") for x in got["Swiss"])
    got = groups(nlp, "Vote\n\nThe Ecuadoreans who marched on Tuesday want the central bank closed.\n")
    assert not any(x.startswith("against:") for x in got.get("Ecuadoreans", ()))


def _group(name, *context):
    return {"name": name, "kind": "group", "aliases": [], "titles": [], "mentions": 1,
            "evidence": list(article_evidence(name, "group", (), (), 1, frozenset(), context=frozenset(context)))}


def test_held_back_in_the_articles_that_name_things():
    records = [{"id": "a", "quotes": [], "entities": [_group("Ecuadorean", "of-things"), _group("Swiss", "of-things")]},
               {"id": "b", "quotes": [], "entities": [_group("Ecuadorean", "of-things"), _group("Swiss")]},
               {"id": "c", "quotes": [], "entities": [_group("Swiss")]}]
    new, _ = resolve_actors(records, AliasConfig())
    published = {(r["id"], e["name"]): e["published"] for r in new for e in r["entities"]}
    assert not published[("a", "Ecuadoreans")] and not published[("b", "Ecuadoreans")]   # named by its people's noun
    assert published == {("a", "Ecuadoreans"): False, ("a", "Swiss"): False, ("b", "Ecuadoreans"): False,
                         ("b", "Swiss"): True, ("c", "Swiss"): True}


def test_nouns_for_people_are_no_things(nlp):
    for text, name in (("Vote\n\nThe plan was delayed when Polish MEPs rejected it in Bexford.\n", "Poles"),
                       ("Vote\n\nTwo Belgian billionaires met the Belgian public in Dorval on Tuesday.\n", "Belgians")):
        got = groups(nlp, text)
        assert name in got and "against:of-things" not in got[name], (text, got)



def test_an_adjective_inside_a_longer_proper_name_names_no_people(nlp):
    # a plant, a terminal whose names open with a people's adjective: nobody of the people
    for text, names in (("Plant\n\nThe Norwegian Point nuclear power plant is 20 miles north of Dorval.\n", ("Norwegians",)),
                        ("Power\n\nThe Danish Point plant and the Finnish Harbour terminal will close in May, officials "
                         "in Dorval said.\n", ("Danes", "Finns"))):
        got = groups(nlp, text)
        for name in names:
            assert name in got and "against:of-things" in got[name], (text, got)


def test_a_title_or_a_person_after_the_adjective_keeps_the_people(nlp):
    for text, name in (("Talks\n\nNorwegian Prime Minister Ola Berg met the press in Dorval.\n", "Norwegians"),
                       ("Match\n\nThe Peruvian Chancellor spoke in Dorval on Tuesday.\n", "Peruvians")):
        got = groups(nlp, text)
        assert name in got and not any(x.startswith("against:") for x in got[name]), (text, got)


def test_a_person_or_a_people_after_the_adjective_keeps_the_people(nlp):
    for text, name in (("Tennis\n\nHe beat Norwegian Fabio Lindqvist 6-3 6-4 on Tuesday in Dorval.\n", "Norwegians"),
                       ("Talks\n\nNorwegian Shadow chancellor Ola Berg said the plan would fail.\n", "Norwegians")):
        got = groups(nlp, text)
        assert name in got and not any(x.startswith("against:") for x in got[name]), (text, got)


def test_a_firm_by_its_trade_a_vessel_or_a_weapon_names_no_people(nlp):
    # nouns with an agent's ending that name firms, ships and planes; people by their work still count
    for text, name in (("Oil\n\nDanish refiners bought 2,000 tonnes of crude in Dorval, and one Danish refiner said "
                        "prices would rise.\n", "Danes"),
                       ("Ship\n\nThe crash was the worst since a Finnish liner sank off Dorval in 1986.\n", "Finns"),
                       ("Airfield\n\nThe new runway in Dorval is capable of taking Norwegian-made bombers.\n", "Norwegians")):
        got = groups(nlp, text)
        assert name in got and "against:of-things" in got[name], (text, got)
    for text, name in (("Oil\n\nDanish investors bought 2,000 tonnes of crude in Dorval on Tuesday.\n", "Danes"),
                       ("Talks\n\nFinnish leaders met in Dorval on Tuesday.\n", "Finns"),
                       ("Boxing\n\nHe met former Commonwealth and Danish welterweight boxing champion Colin Jones in "
                        "Dorval.\n", "Danes"),
                       ('Talks\n\nLittle is left in the eyes of British and Danish politicians".The group said so.\n',
                        "Danes")):
        got = groups(nlp, text)
        assert name in got and "against:of-things" not in got[name], (text, got)


def test_the_second_of_two_adjectives_before_countries_names_no_people(nlp):
    got = groups(nlp, "Talks\n\nThe talks in Dorval brought together ministers from 23 European and Arab countries.\n")
    assert "against:of-things" in got["Arabs"], got


def test_a_name_a_wire_wraps_or_a_page_spaces_out_names_no_people(nlp):
    got = groups(nlp, "Talks\n\nThe Kuwaitis have also approached the Soviet\n    Union about the plan in Dorval.\n")
    assert "against:of-things" in got["Soviets"], got
    got = groups(nlp, "Strike\n\nDorval is a hub for  Norwegian   Airlines, the carrier said on Tuesday.\n")
    assert "against:of-things" in got["Norwegians"], got


def test_the_end_of_a_known_name_of_another_kind_names_no_people(nlp):
    got = groups(nlp, "Pay plans\n\nLiberal Democrat spokesman Tom Brennock said the plan was misdirected.\n")
    assert "against:of-things" in got.get("Democrats", ("against:of-things",))
    got = groups(nlp, "Pay plans\n\nDemocrats in the Senate said the plan was misdirected.\n")
    assert not any(x.startswith("against:") for x in got["Democrats"])


def test_the_short_name_of_a_firm_the_article_names_in_full_names_no_people(nlp):
    got = groups(nlp, "Strike at the airport\n\nThe airport is a hub for American Airlines and United Airlines. "
                      "\"We are working with our vendors,\" American said in a statement.\n")
    assert "against:of-things" in got.get("Americans", ("against:of-things",))
    got = groups(nlp, "Strike at the airport\n\nThe airport is a hub for American Airlines. American officials "
                      "said the strike would end soon.\n")
    assert not any(x.startswith("against:") for x in got["Americans"])

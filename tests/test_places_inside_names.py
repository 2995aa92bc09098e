"""A place's name inside the longer name of something else is no mention of the place
(extract/entities/works.longer_names): a show the recogniser reads as a work, a rate its acronym in
brackets spells. Invented text."""
from generator.extract.entities import entities


def _places(nlp, text):
    return {e.name for e in entities(nlp(text)) if e.kind == "place"}


def test_a_country_inside_a_shows_name_is_no_mention_of_the_country(nlp):
    text = ("Senator speaks out\n\nSenator Ruth Okafor told a reporter on Monday that the plan was dead. But she "
            "told CBS's “Good Evening America” that she would vote for it if the bill changed.\n")
    assert "United States" not in _places(nlp, text)


def test_a_city_inside_a_name_its_acronym_spells_is_no_mention_of_the_city(nlp):
    text = ("Talks on debt\n\nMorvania wants to pay the Singapore Interbank Offered Rate (SIBOR) in cash and a "
            "margin above SIBOR in notes, bankers in Zurich said.\n")
    assert _places(nlp, text) == {"Morvania", "Zurich"}


def test_a_state_before_a_lower_case_noun_stays_the_state(nlp):
    text = ("Caucus day\n\nVoters in the Iowa caucuses on Monday chose Ruth Okafor, who won the Iowa caucuses "
            "by a wide margin.\n")
    assert "Iowa" in _places(nlp, text)


def test_a_place_before_a_legal_form_or_a_landforms_noun_is_a_word_of_that_name(nlp):
    banks = ("Banks agree\n\nThe lenders include Barclays Bank Plc, Midland Bank Plc and Royal Bank of Scotland Plc, "
             "a banker in Frankfurt said.\n")
    assert _places(nlp, banks) == {"Frankfurt"}
    delta = "Vote count\n\nThe party did well only in the south-east and the oil-rich Niger Delta, officials in Abuja said.\n"
    assert _places(nlp, delta) == {"Abuja"}
    hague = "Talks\n\nThe Netherlands and Belgium agreed, officials in The Hague said.\n"
    assert {"Netherlands", "Belgium"} <= _places(nlp, hague)


def test_a_known_place_that_only_opens_a_cut_name_is_held_back_in_that_article_alone(nlp):
    from generator.actors import AliasConfig, resolve_actors

    def record(rid, text):
        return {"id": rid, "quotes": [], "entities": [
            {"name": e.name, "kind": e.kind, "aliases": list(e.aliases), "titles": [], "mentions": len(e.mentions),
             "evidence": list(e.evidence)} for e in entities(nlp(text))]}
    records = [record("co-op", "Talks\n\nIllinois Co-op's other members include such regional firms as Growmark.\n"),
               record("a", "Vote\n\nVoters in Illinois went to the polls on Tuesday.\n"),
               record("b", "Storm\n\nA storm hit Illinois on Monday, officials in Springfield said.\n")]
    new, _ = resolve_actors(records, AliasConfig())
    published = {(r["id"], e["name"]): e["published"] for r in new for e in r["entities"] if e["name"] == "Illinois"}
    assert published == {("co-op", "Illinois"): False, ("a", "Illinois"): True, ("b", "Illinois"): True}

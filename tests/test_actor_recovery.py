"""Issue 8, actors: real organisations the evidence of the text tells from junk, and works read as people.

Every input here is made up for the test; each stands for a kind of fault seen on open-world news:
real one-word organisations held back for want of evidence ("X said", "told the X"), a firm's "and
Co" read as two names, a newspaper named for a weekday read as a date, a specific body of three words
read as a generic one, and a band or a franchise read as a person.
"""
from generator.actors import AliasConfig, resolve_actors
from generator.extract.entities import entities
from generator.extract.entities.evidence import article_evidence


def by_name(nlp, text):
    return {e.name: e for e in entities(nlp(text))}


def test_an_organisation_that_acts_has_evidence(nlp):
    got = by_name(nlp, "Jobs news.\n\nZorbital said on Tuesday it would cut 300 jobs. Its founder told the "
                       "Trelwick Gazette newspaper the move was needed. A Zorbital spokesman declined to comment.\n")
    assert "org-context" in got["Zorbital"].evidence
    assert "org-context" in got["Trelwick Gazette"].evidence


def test_acting_is_no_evidence_for_a_surname_or_a_place():
    # "Morgan said" read as an organisation is a person the model misread; "Lisbon said" a government
    assert "org-context" not in article_evidence("Morgan", "organization", (), (), 1, frozenset(),
                                                 context=frozenset({"acts"}))
    assert "org-context" not in article_evidence("Lisbon", "organization", (), (), 1, frozenset(),
                                                 context=frozenset({"acts"}))
    assert "org-context" in article_evidence("Zorbital", "organization", (), (), 1, frozenset(),
                                             context=frozenset({"acts"}))


def test_a_body_never_said_to_act_gains_nothing(nlp):
    got = by_name(nlp, "Rates news.\n\nBorrowers pay a margin over Quarvel for the notes, dealers said.\n")
    assert all("org-context" not in e.evidence for e in got.values())


def test_and_co_is_one_firms_name():
    def org(name):
        return {"name": name, "kind": "organization", "aliases": [], "titles": [], "mentions": 1,
                "evidence": ["org-word", "mentions:1"]}
    records = [{"id": "a", "quotes": [], "entities": [org("Larkspur and Co")]},
               {"id": "b", "quotes": [], "entities": [org("Larkspur"), org("Larkspur and Fenwick Group")]}]
    got = [e for r in resolve_actors(records, AliasConfig())[0] for e in r["entities"]]
    assert all(e["published"] for e in got if "Fenwick" not in e["name"])
    assert not any(e["published"] for e in got if "Fenwick" in e["name"])


def test_a_paper_named_for_a_weekday_is_no_date():
    assert "against:date" not in article_evidence("Sunday Courier Times", "organization", (), (), 1, frozenset())
    assert "against:date" in article_evidence("Sunday Fixtures", "organization", (), (), 1, frozenset())


def test_a_body_of_three_words_or_with_an_acronym_is_no_generic_one():
    common = frozenset({"school", "food", "environment", "central"})
    assert "against:generic" not in article_evidence("School Food Trust", "organization", (), (), 1, common)
    assert "against:generic" not in article_evidence("Environment Agency", "organization", ("EA",), (), 1, common)
    assert "against:generic" in article_evidence("Environment Agency", "organization", (), (), 1, common)
    assert "against:generic" in article_evidence("Central Bank", "organization", ("CB",), (), 1, common)


def test_a_project_is_a_programme():
    assert "against:programme" in article_evidence("Coastal Pipeline Project", "organization", (), (), 1,
                                                   frozenset())


def test_a_band_and_a_franchise_are_no_people(nlp):
    got = by_name(nlp, "Music news.\n\nTickets for Marcus Delaine sold out. Marcus Delaine guitarist Tom Reed "
                       "said the tour was long. The Orrin Belcastle games sold well.\n")
    assert "against:thing" in got["Marcus Delaine"].evidence
    assert "against:thing" in got["Orrin Belcastle"].evidence
    assert not any(x.startswith("against:") for x in got["Tom Reed"].evidence)


def test_a_name_glued_to_a_quotation_is_a_fragment():
    assert "against:fragment" in article_evidence('Radio Tarnwick:"There', "organization", (), (), 1, frozenset())


def test_an_organisations_context_weighs_on_its_kind():
    from generator.actor_evidence import majority_kinds

    def rec(kind, evidence, mentions):
        return {"entities": [{"name": "Zorbital", "kind": kind, "mentions": mentions, "evidence": evidence}]}
    # four articles where it acts as a company outweigh one that reads it as a person five times
    records = [rec("organization", ["org-context"], 1) for _ in range(4)] + [rec("person", [], 5)]
    assert majority_kinds(records)["zorbital"] == "organization"
    assert "zorbital" not in majority_kinds([rec("organization", [], 1) for _ in range(4)] + [rec("person", [], 5)])


def test_one_bodys_name_read_as_two_is_a_fragment(nlp):
    got = by_name(nlp, "Ship rescue.\n\nThe Maritime and Coastguard Agency said the crew had been rescued. "
                       "A Maritime and Coastguard Agency spokesman said a helicopter was sent.\n")
    parts = [e for n, e in got.items() if e.kind == "organization" and n != "Maritime and Coastguard Agency"]
    assert all("against:fragment" in e.evidence for e in parts)
    listed = by_name(nlp, "Deal.\n\nZorbital and Quenby Holdings said they would merge. Zorbital shares rose.\n")
    assert "against:fragment" not in listed["Zorbital"].evidence


def test_a_thing_that_is_unveiled_does_not_act(nlp):
    got = by_name(nlp, "Gadgets.\n\nThe new Quenby Stylus could be unveiled in March, analysts said.\n")
    assert all("org-context" not in e.evidence for e in got.values())


def test_a_name_in_a_list_of_works_or_brands_is_no_person(nlp):
    got = by_name(nlp, "Films.\n\nBudgets are near those of hits like Marla Quist, Calendar Girls and Enduring "
                       "Love. Clients include MTV, Dorian Feld, Coca-Cola and Harrods. Tim Cook, Apple's chief, "
                       "spoke.\n")
    assert "against:thing" in got["Dorian Feld"].evidence
    assert not any(x.startswith("against:") for x in got["Tim Cook"].evidence)


def test_a_name_before_a_corporate_suffix_is_no_persons():
    from generator.extract.entities.roles import business_context
    from generator.extract.entities.names import Mention
    import spacy

    doc = spacy.blank("en")("Orrin Belcastle Inc said it would sell.")
    assert business_context(doc, Mention(0, 2, "person"), shares_only=True)
    assert not business_context(spacy.blank("en")("Orrin Belcastle said it would sell."), Mention(0, 2, "person"),
                                shares_only=True)


def test_acting_is_no_evidence_for_a_titled_person_or_a_nickname():
    for name in ("Mr Quenby", "Tigers", "Harbours"):
        assert "org-context" not in article_evidence(name, "organization", (), (), 1, frozenset(),
                                                     context=frozenset({"acts"})), name


def test_a_band_is_no_organisation():
    import spacy
    from generator.extract.entities.names import Mention
    from generator.extract.entities.roles import band

    nlp = spacy.blank("en")
    doc = nlp("The next Velvet Quarry record is almost done.")
    doc[4].pos_ = "NOUN"
    assert band(doc, Mention(2, 4, "organization"))
    assert "against:work" in article_evidence("Velvet Quarry", "organization", (), (), 1, frozenset(),
                                              context=frozenset({"band", "acts"}))


def test_an_apposition_or_a_line_up_is_no_list_of_things(nlp):
    got = by_name(nlp, "Health.\n\n“We should worry,” said Dr. Marten Vosk, the Nobel Prize-winning former "
                       "director.\n")
    person = [e for n, e in got.items() if "Marten Vosk" in n]
    assert person and "against:thing" not in person[0].evidence


def test_a_degree_after_a_name_is_no_list(nlp):
    got = by_name(nlp, "Digs.\n\n“It is a mystery,” Marten Vosk, PhD student in Classical Archaeology at the "
                       "University of Gothenburg, said.\n")
    person = [e for n, e in got.items() if "Marten Vosk" in n]
    assert person and "against:thing" not in person[0].evidence

"""A party's members' name ("Conservatives", "Democrats", "Socialists") names another party in each
country: articles whose places lie in different countries, and that name nobody in common, are two
actors, and the smaller one is held back (actor_split). A reader of the 300-article mixed site found
Britain's Conservatives on one page with a US political action committee's name. A people's name
("Americans") is one actor wherever it is written. Invented records."""
from generator.actors import AliasConfig, resolve_actors
from generator.extract.entities.evidence import article_evidence


def _entity(name, kind):
    return {"name": name, "kind": kind, "aliases": [], "titles": [], "mentions": 1,
            "evidence": list(article_evidence(name, kind, (), (), 1, frozenset()))}


def _record(rid, place, person):
    return {"id": rid, "quotes": [], "entities": [_entity("Conservatives", "group"), _entity("Americans", "group"),
                                                  _entity(place, "place"), _entity(person, "person")]}


def _published(records):
    new, _ = resolve_actors(records, AliasConfig())
    return {(r["id"], e["name"]): e["published"] for r in new for e in r["entities"] if e["kind"] == "group"}


def test_a_party_of_another_country_is_another_actor():
    got = _published([_record("a", "Leeds", "Anna Brook"), _record("b", "Manchester", "Tom Hale"),
                      _record("c", "Ohio", "Jo Cole"), _record("d", "Kelbury", "Ed Lorne")])
    assert got[("a", "Conservatives")] and got[("b", "Conservatives")]
    assert got[("c", "Conservatives")] is False
    assert got[("d", "Conservatives")]                  # no place of a country: joins the largest
    assert all(got[(rid, "Americans")] for rid in "abcd")


def test_a_person_in_common_keeps_them_one():
    got = _published([_record("a", "Leeds", "Anna Brook"), _record("b", "Manchester", "Anna Brook"),
                      _record("c", "Ohio", "Anna Brook")])
    assert all(got[(rid, "Conservatives")] for rid in "abc")


def test_party_members():
    from generator.extract.entities.peoples import party_members

    assert party_members("Conservatives") and party_members("Liberal Democrat") and party_members("Socialists")
    assert not party_members("Americans") and not party_members("Muslims")


def test_the_liberal_democrats_adjective_names_the_party_not_a_group(nlp):
    from generator.extract.entities import entities

    text = ("Tax\n\nAs Liberal Democrat leader Ann Halvard claimed, most families pay more. Lib Dem plans were "
            "costed, a Liberal Democrat spokeswoman said in Dorval.\n")
    got = {(e.name, e.kind) for e in entities(nlp(text))}
    assert ("Liberal Democrats", "organization") in got and not any(kind == "group" for _, kind in got), got

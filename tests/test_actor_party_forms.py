"""One party, one page (issue 8, second spellings): a party named bare or by its members' plural and
with "Party" ("Labour" / "Labour Party", "Conservatives" / "Conservative Party") is one actor where
the stories are of one country or name someone in common; another country's party of that name is
held back, and a name with no party's word ("Bloc Party", a band) is left alone. A body the gazetteer
lists, named with "U.S." in front, is the listed body."""
from test_entity_kinds import ent, rec, resolved

PLACE = ("gazetteer",)


def names(got, kind="organization"):
    return [sorted((n, e["published"]) for (n, k), e in r.items() if k == kind) for r in got]


def test_a_party_named_bare_and_with_party_is_one_actor():
    records = [rec("a", ent("Socialists", "organization", ("org-context",)), ent("Portugal", "place", PLACE)),
               rec("b", ent("Socialists", "organization"), ent("Portugal", "place", PLACE), ent("Rui Falcao")),
               rec("c", ent("Socialist Party", "organization", ("org-word",)), ent("Portugal", "place", PLACE))]
    got, merges = resolved(records)
    assert names(got) == [[("Socialists", True)]] * 3
    assert any(m["canonical"] == "Socialists" and m["forms"] == ["Socialist Party"] for m in merges)


def test_another_country_s_party_of_the_name_is_held_back():
    records = [rec("a", ent("Socialists", "organization", ("org-context",)), ent("Portugal", "place", PLACE)),
               rec("b", ent("Socialists", "organization"), ent("Portugal", "place", PLACE), ent("Rui Falcao")),
               rec("c", ent("Socialist Party", "organization", ("org-word",)), ent("Chile", "place", PLACE),
                   ent("Ines Cabrera", evidence=("given-name",)))]
    got, _ = resolved(records)
    assert names(got)[2] == [("Socialist Party", False)]
    assert "do not agree" in got[2][("Socialist Party", "organization")]["reason"]
    records[2]["entities"].append(ent("Rui Falcao"))           # a story naming someone in common: the same party
    got, _ = resolved(records)
    assert names(got)[2] == [("Socialists", True)]


def test_a_name_with_no_party_word_keeps_its_party():
    records = [rec("a", ent("Velvet Party", "organization", ("org-word",))),
               rec("b", ent("Velvet", "organization", ("org-context",)))]
    got, _ = resolved(records)
    assert names(got) == [[("Velvet Party", True)], [("Velvet", True)]]


def test_a_form_whose_canonical_name_no_story_writes_is_no_namesake():
    from generator.actor_forms import party_agrees
    records = [rec("a", ent("Socialist Party", "organization"), ent("Chile", "place", PLACE))]
    assert party_agrees(records, {"Socialist Party": "Socialists"}) == {("a", "Socialist Party")}


def test_a_listed_body_with_the_country_in_front_is_the_listed_body():
    records = [rec("a", ent("U.S. Environmental Protection Agency", "organization", ("org-word",))),
               rec("b", ent("Environmental Protection Agency", "organization", ("gazetteer",))),
               rec("c", ent("UK Parliament", "organization", ("org-word",)), ent("U.S. Senate", "organization"))]
    got, _ = resolved(records)
    assert [n for n, _ in names(got)[0]] == ["Environmental Protection Agency"]
    assert [n for n, _ in names(got)[2]] == ["U.S. Senate", "UK Parliament"]     # each country has one

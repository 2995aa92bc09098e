"""One party, one page of one kind (issue 8): a party the gazetteer knows as its members' group and
as an organisation ("Republicans" / "Republican Party") is held back as the reading the corpus gives
in fewer articles ("Liberal Democrat" is no group since the gazetteer names the party by it)."""
from test_entity_kinds import ent, rec, resolved


def published(got, name, kind):
    return [r[(name, kind)]["published"] for r in got if (name, kind) in r]


def test_the_reading_of_a_party_in_fewer_articles_is_held_back():
    group = ent("Republicans", "group", ("gazetteer",))
    party = ent("Republican Party", "organization", ("gazetteer", "org-word"))
    got, _ = resolved([rec("a", group), rec("b", dict(group)), rec("c", dict(group), party)])
    assert published(got, "Republicans", "group") == [True, True, True]
    assert published(got, "Republican Party", "organization") == [False]
    assert "party-kind" in got[2][("Republican Party", "organization")]["reason"]
    got, _ = resolved([rec("a", dict(party)), rec("b", dict(party), dict(group))])
    assert published(got, "Republican Party", "organization") == [True, True]
    assert published(got, "Republicans", "group") == [False]
    got, _ = resolved([rec("a", dict(party)), rec("b", dict(group))])   # a tie: the group is held back
    assert published(got, "Republican Party", "organization") == [True]
    assert published(got, "Republicans", "group") == [False]


def test_a_party_read_as_one_kind_only_is_kept():
    got, _ = resolved([rec("a", ent("Republican Party", "organization", ("gazetteer",))),
                       rec("b", ent("Democrats", "group", ("gazetteer",)))])
    assert published(got, "Republican Party", "organization") == [True]
    assert published(got, "Democrats", "group") == [True]


def test_a_group_and_its_party_named_together_are_one_party():
    def members():
        return ent("Democrats", "group", ("gazetteer",))

    def party():
        return ent("Democratic Party", "organization", ("org-word",))
    got, _ = resolved([rec("a", members()), rec("b", members()), rec("c", members(), party())])
    assert published(got, "Democratic Party", "organization") == [False]
    assert published(got, "Democrats", "group") == [True, True, True]
    # a party of that name in stories that never name the group is another party: kept
    got, _ = resolved([rec("a", members()), rec("b", party()), rec("c", party())])
    assert not any("party-kind" in r[("Democratic Party", "organization")].get("reason", "")
                   for r in got[1:])

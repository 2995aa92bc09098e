"""A slip in a given name that is no given name joins the other spelling of the surname's person
(issue 8): "Rence Priebus" beside "Reince Priebus", each in one article. Invented names."""
from test_entity_kinds import ent, rec, resolved


def names(got):
    return {name for name, _ in got}


def test_a_slipped_given_name_joins_a_form_in_as_many_articles():
    full = dict(ent("Raelynd Pribbelow", evidence=("title", "quoted")), mentions=2)
    got, _ = resolved([rec("a", full), rec("b", ent("Ralynd Pribbelow", evidence=("title",)))])
    assert names(got[1]) == {"Raelynd Pribbelow"}
    # a tie in articles and mentions: the longer given name (a letter left out is the commoner slip)
    got, _ = resolved([rec("a", ent("Raelynd Pribbelow")), rec("b", ent("Ralynd Pribbelow"))])
    assert names(got[0]) == names(got[1]) == {"Raelynd Pribbelow"}


def test_two_known_given_names_with_one_surname_stay_two_people():
    got, _ = resolved([rec("a", ent("Mark Pribbelow")), rec("b", ent("Marc Pribbelow"))])
    assert names(got[0]) == {"Mark Pribbelow"} and names(got[1]) == {"Marc Pribbelow"}

"""A place's name that is a word of a person's name in one article is no mention of the place: the
surname after an initial ("Michael B. Jordan"), the end of a double-barrelled surname ("Che
Labastide-Wellington"), a given name in a list of people ("Florence, George and Gertie Rollo").
Invented text."""
from generator.extract.entities import entities


def _kinds(nlp, text):
    return {e.name: e.kind for e in entities(nlp(text))}


def test_a_country_after_an_initial_is_the_surname(nlp):
    got = _kinds(nlp, "Film\n\nActor Michael B. Jordan will star in the new film. Jordan's performance in "
                      "Creed won praise, and Jordan played a boxer.\n")
    assert got.get("Michael B. Jordan") == "person" and "Jordan" not in got


def test_a_place_after_a_hyphen_ends_a_double_barrelled_surname(nlp):
    got = _kinds(nlp, "Crash\n\nThe boy, named as Che Labastide-Wellington, from Harrow, was at a party in "
                      "Kenton on Saturday.\n")
    assert got.get("Che Labastide-Wellington") == "person" and "Wellington" not in got


def test_a_place_run_into_a_name_still_comes_off(nlp):
    got = _kinds(nlp, "Race\n\nSenator Ted Cruz South Carolina rally drew crowds.\n")
    assert got.get("Ted Cruz") == "person" and got.get("South Carolina") == "place"


def test_a_given_name_listed_with_people_is_no_place(nlp):
    got = _kinds(nlp, "Photos\n\nThe oldest image dates back to 1887 and is a portrait of Florence, George and "
                      "Gertie Rollo, who came from Waterloo Park.\n")
    assert got.get("Florence") != "place"
    for text in ("Trip\n\nShe toured Florence, Sydney and Paris last year.\n",
                 "Trip\n\nShe toured Florence, Milan and Rome last year.\n"):
        assert _kinds(nlp, text).get("Florence") == "place", text

"""An organisation that the words around it have act as one (``roles.acts``): a time phrase between
its name and its verb, a title of its people after modifiers. Invented names."""
from generator.extract.entities import entities
from generator.extract.entities.evidence import name_faults


def evidence(nlp, text, name):
    found = {e.name: e for e in entities(nlp(text))}
    assert name in found, sorted(found)
    return found[name].evidence


def test_a_body_that_speaks_today_or_on_a_weekday_acts(nlp):
    text = "Dorvale Energy today said it would sell two refineries for 300 mln dlrs.\n"
    assert "org-context" in evidence(nlp, text, "Dorvale Energy")
    text = "Quenmark Resources on Friday reported a loss of 12 mln dlrs for the quarter.\n"
    assert "org-context" in evidence(nlp, text, "Quenmark Resources")


def test_a_title_of_its_people_after_modifiers_makes_a_body_act(nlp):
    text = ("Prices will rise, said Dana Wirth, a Halvenor Foods senior vice president, on Tuesday. "
            "Sales fell in May.\n")
    assert "org-context" in evidence(nlp, text, "Halvenor Foods")


def test_a_name_made_former_is_a_fragment():
    assert "fragment" in name_faults("Ex-Tarrow House", "organization")
    assert "fragment" not in name_faults("Exmoor Trust", "organization")


def test_a_name_in_a_list_after_firms_such_as_or_including_is_a_company(nlp):
    text = "The rules hit firms like Quorvex Holdings and Brantel.\n"
    assert "org-context" in evidence(nlp, text, "Brantel")

"""Lower-case particles inside a person's name (generator/extract/entities/particles.py): "el-",
"ad-", "ter", "dos" belong to the name when a capitalised name word follows. Invented names."""
from __future__ import annotations

from generator.parse import parse


def _people(nlp, body):
    from generator.extract.entities import entities

    return [e.name for e in entities(parse(nlp, "Report\n\n" + body)) if e.kind == "person"]


def test_a_hyphened_particle_and_the_name_after_it_belong_to_the_name(nlp):
    assert _people(nlp, "Egyptian Minister Abdel Rahman el-Qasimi met the delegation in Cairo.") \
        == ["Abdel Rahman el-Qasimi"]
    assert _people(nlp, "Minister Karim ad-Darwish told reporters the talks would resume.") == ["Karim ad-Darwish"]


def test_two_names_on_either_side_of_a_particle_are_one_person(nlp):
    assert _people(nlp, "The Dutch coach Dirk ter Horst named his side on Friday.") == ["Dirk ter Horst"]
    assert _people(nlp, "Brazilian striker Marcos dos Santos scored twice.") == ["Marcos dos Santos"]


def test_an_arabic_chain_with_a_hyphened_article_keeps_its_first_given_name(nlp):
    body = "Adviser Nayef Ahmed ad-Darwish spoke. Sources said Nayef Ahmed ad-Darwish had left."
    assert _people(nlp, body) == ["Nayef Ahmed ad-Darwish"]


def test_a_particle_takes_in_no_name_of_another_kind_nor_a_lower_case_word(nlp):
    from generator.extract.entities.particles import name_after

    doc = parse(nlp, "Report\n\nSmith de la Croix spoke. Jones de facto ruled. Mr Lee van driver left.")
    smith, jones, lee = (next(t.i for t in doc if t.text == w) for w in ("Smith", "Jones", "Lee"))
    assert name_after(doc, smith + 1) == smith + 4
    assert name_after(doc, jones + 1) is None
    assert name_after(doc, lee + 1) is None
    assert _people(nlp, "The singer toured Rio de Janeiro and the Tour de France passed by.") == []

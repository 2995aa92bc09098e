"""A body's name with a plural possessive before its organisation's word keeps that word ("Velmora Dock
Workers' Union" had become "Velmora Dock Workers" and "Union"): entities/bounds.py. Invented text."""
from __future__ import annotations

from generator.extract.entities import entities as find_entities


def _names(nlp, body: str) -> dict:
    return {e.name: e.kind for e in find_entities(nlp(body), body_start=0)}


def test_a_plural_possessive_before_union_federation_or_association_stays_in_the_name(nlp):
    body = ("The Velmora Dock Workers' Union said on Monday it welcomed the plan. The Fire Brigades' Union and "
            "the Teachers' Federation joined the protest.")
    names = _names(nlp, body)
    assert names.get("Velmora Dock Workers' Union") == "organization"
    assert names.get("Fire Brigades' Union") == "organization"
    assert names.get("Teachers' Federation") == "organization"
    assert "Velmora Dock Workers" not in names and "Union" not in names and "Federation" not in names


def test_a_plural_possessive_before_a_person_or_a_common_noun_ends_the_name(nlp):
    body = ("Rangers' Alfredo Morelos scored twice on Saturday. The Hendersons' farm was sold to Velmora "
            "Holdings last year.")
    names = _names(nlp, body)
    assert "Rangers' Alfredo Morelos" not in names
    assert not any("farm" in n for n in names)


def test_a_bodys_possessive_before_its_own_board_is_two_names(nlp):
    body = ("The Velmora Court of Appeals’ Board on Professional Conduct will hear the complaint, the lawyer "
            "said on Monday.")
    names = _names(nlp, body)
    assert not any("Appeals’ Board" in n or "Appeals' Board" in n for n in names), names

"""Whole names joined by "and" or "N'" that the recogniser cuts, and what the article says about their
parts (generator/extract/entities/joins.py, spans.py, companies.listed_names). Invented names."""
from __future__ import annotations

from generator.parse import parse


def _names(nlp, body, kind=None):
    from generator.extract.entities import entities

    return [e.name for e in entities(parse(nlp, body)) if kind is None or e.kind == kind]


def test_a_utilitys_name_whose_part_after_and_names_no_firm_is_one_name(nlp):
    body = ("Bonds of Dellmont Power, Tarrant Power and Harwick Power and Light Co were affirmed. Dellmont Power "
            "and Harwick Power have both filed rate cases. A unit, Dellmont Power and Light Co. The stay may help "
            "Dellmont Power, the agency said.")
    names = _names(nlp, body, "organization")
    assert "Harwick Power and Light Co" in names
    assert any(n.rstrip(".") == "Dellmont Power and Light Co" for n in names)
    assert "Light Co" not in names and "Tarrant Power and Harwick Power and Light Co" not in names


def test_a_short_form_written_alone_does_not_cut_the_whole_name_before_a_ticker(nlp):
    body = ("The delay was raised by Ashby Gas and Electric Corp <AGE> last week. Ashby Gas owns 14 pct of the "
            "plant while Dorrell Hudson Gas and Electric Corp <DHG> has nine pct.")
    names = _names(nlp, body, "organization")
    assert "Ashby Gas and Electric Corp" in names and "Dorrell Hudson Gas and Electric Corp" in names
    assert "Electric Corp" not in names


def test_a_ticker_lets_a_place_open_a_listed_companys_name(nlp):
    body = "The valves were made by a Cornwall and Westerly Inc <CWI> subsidiary, the spokesman said."
    names = _names(nlp, body)
    assert "Cornwall and Westerly Inc" in names and "Westerly Inc" not in names


def test_a_name_joined_by_n_apostrophe_and_its_short_form(nlp):
    body = ("NEW YORK, June 1 - Stow N' Tote Stores Inc said it received two proposals. The offers came from a "
            "third party, which Stow N' Tote declined to identify. Buyers stow their goods there.")
    from generator.extract.entities import entities

    ents = {e.name: e for e in entities(parse(nlp, body))}
    assert "Stow N' Tote Stores Inc" in ents
    assert "Stow N' Tote" in ents and ents["Stow N' Tote"].kind == "organization"
    assert not {"Stow N", "Tote", "N' Tote Stores Inc", "Tote Stores Inc"} & set(ents)


def test_a_companys_full_name_before_its_ticker_is_read_when_the_model_misses_it(nlp):
    body = ("Long Harbour Lighting Co <LHL> and Western Vale Electric Corp <WVE> each have an 18 pct interest in "
            "the plant.")
    names = _names(nlp, body, "organization")
    assert "Long Harbour Lighting Co" in names and "Western Vale Electric Corp" in names

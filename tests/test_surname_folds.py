"""A person's short form folds into the one full name it ends (entities/merge.py): a hyphenated surname
("Torrance-Kyle" after "Hamish Torrance-Kyle": its key has two words, so it had counted as a full name
itself), and a surname the model read as an organisation or a place while it read the full name as a
place in a list of names ("Billy Bilsland, Brian Smith and David Lang"), once the kinds are settled.
Invented text, read with the project's own entity extraction."""
from __future__ import annotations

from generator.extract.entities import entities as find_entities
from generator.extract.entities.merge import merge_surnames_of_people
from generator.types import Entity, Span


def _names(nlp, body: str) -> dict:
    return {e.name: e for e in find_entities(nlp(body), body_start=0)}


def test_a_hyphenated_surname_folds_into_the_full_name(nlp):
    body = ("A Glasgow cycling club has named a new hill climb after three of its founders.\n\n"
            "Hamish Torrance-Kyle, Brian Smith and David Lang are respected figures in the Scottish cycling "
            "scene. Torrance-Kyle and fellow club stalwart Arthur Campbell coached dozens of young riders.\n\n"
            "\"He was a natural on the hills,\" Torrance-Kyle said of one of them.")
    names = _names(nlp, body)
    assert "Torrance-Kyle" not in names
    assert "Torrance-Kyle" in names["Hamish Torrance-Kyle"].aliases


def _entity(name: str, kind: str, at: int) -> Entity:
    return Entity(name=name, kind=kind, mentions=(Span(at, at + len(name), name),))


def test_a_surname_read_as_no_person_folds_into_the_one_person_it_ends():
    found = [_entity("Billy Bilsland", "person", 0), _entity("Bilsland", "organization", 40),
             _entity("Vasquez-Dunleavy", "organization", 80), _entity("Maria Vasquez-Dunleavy", "person", 120)]
    out = {e.name: e for e in merge_surnames_of_people(found, apart=lambda e: False)}
    assert set(out) == {"Billy Bilsland", "Maria Vasquez-Dunleavy"}
    assert out["Billy Bilsland"].aliases == ("Bilsland",) and len(out["Billy Bilsland"].mentions) == 2
    assert [m.start for m in out["Maria Vasquez-Dunleavy"].mentions] == [80, 120]


def test_a_surname_two_people_share_or_kept_apart_stays():
    found = [_entity("Dave Collins", "person", 0), _entity("Jane Collins", "person", 20),
             _entity("Collins", "organization", 40), _entity("Kerry Washington", "person", 60),
             _entity("Washington", "place", 80), _entity("Anna Kors", "person", 100), _entity("Kors", "organization", 120)]
    out = merge_surnames_of_people(found, apart=lambda e: e.name in ("Washington", "Kors"))
    assert [e.name for e in out] == [e.name for e in found]
    assert all(not e.aliases for e in out)

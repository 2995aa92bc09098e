"""Names that are not people's (issue 8): two people joined by a hyphen, and others read as one person."""
import pytest

from generator.extract.entities.evidence import name_faults


@pytest.mark.parametrize("name", ["Muhammad Ali-Joe Frazier", "Nora Pell-Ida Marsh"])
def test_two_people_joined_by_a_hyphen_are_no_person(name):
    assert "two-names" in name_faults(name, "person")


@pytest.mark.parametrize("name", ["Ann Pell-Marsh", "Jean-Paul Sartre", "Omar Al-Rashid Bakr", "Nora Pell"])
def test_a_hyphenated_name_of_one_person_is_kept(name):
    assert "two-names" not in name_faults(name, "person")

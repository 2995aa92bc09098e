"""Two bodies' names with one head word, joined by "and", are no one organisation (issue 8): "the
Information Systems and Storage Group and Information Systems Technology Group". Invented names."""
import pytest

from generator.extract.entities.evidence import name_faults


@pytest.mark.parametrize("name", ["Data Storage Group and Network Services Group", "Nora Group and Pell Group",
                                  "Lending and Savings Committee and Audit Review Committee"])
def test_two_bodies_with_one_head_word_are_two_names(name):
    assert "two-names" in name_faults(name, "organization")


@pytest.mark.parametrize("name", ["Lending and Savings Committee", "Mitsui Trust and Banking Co",
                                  "Securities and Exchange Commission", "Board of Trade and Industry"])
def test_one_body_with_and_in_its_name_is_kept(name):
    assert "two-names" not in name_faults(name, "organization")

"""A faith or doctrine is no organisation, person or place (issue 8): "under Islam", "Buddhism"."""
import pytest

from generator.extract.entities.evidence import name_faults


@pytest.mark.parametrize("name", ["Islam", "Christianity", "Zoroastrianism", "Pellism"])
def test_a_creed_is_no_organisation(name):
    assert "creed" in name_faults(name, "organization")


@pytest.mark.parametrize("name, kind", [("Prism", "organization"), ("Islamic Relief", "organization"),
                                        ("Mecca", "place"), ("Muslims", "group")])
def test_a_body_or_place_of_a_faith_is_kept(name, kind):
    assert "creed" not in name_faults(name, kind)

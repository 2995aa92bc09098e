"""Issue 8, places: a GeoNames town whose name without its diacritics is an English word ("Göd" ->
"god", "Būsh" -> "bush") is no evidence that the word is a place ("faith in God"); towns written
the English way without accents stay ("Zürich", "São Paulo") (data/packages.place_keys).
"""
from __future__ import annotations

from generator.data.packages import place_keys


def test_a_town_whose_plain_letters_make_a_word_is_no_place_key():
    keys = place_keys()
    assert "god" not in keys and "bush" not in keys     # Göd (Hungary), Būsh (Egypt)
    assert {"zurich", "sao paulo", "urumqi", "lodz"} <= keys

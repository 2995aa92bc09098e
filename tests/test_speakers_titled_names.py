"""Speakers named in apposition right after a capitalised title (session 9): "The Shadow Secretary of
State for Health, Jane Morrow, said". Invented text, read with the project's own entity extraction."""
from __future__ import annotations

from test_speakers_surnames import speaker


def test_the_titled_one_in_apposition_speaks(nlp):
    body = ("Ministers set out plans for new care homes on Monday.\n\n"
            "The Shadow Secretary of State for Health, Jane Morrow, said: \"These plans were announced by "
            "the chancellor in his budget a year ago.\"")
    assert speaker(nlp, body, "announced by the chancellor") == "Jane Morrow"


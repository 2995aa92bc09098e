"""A bare surname is not given to a relative of the story's subject because the relative's introduction
is nearer ("John Harlow ... His daughter Emma Harlow said ... Harlow told": not Emma Harlow's words;
quotes/resolve.py). Invented text, read with the project's own entity extraction."""
from __future__ import annotations

from test_speakers_surnames import speaker

OBITUARY = ("John Harlow, who built a small workshop into one of the region's largest toolmakers, has died "
            "at the age of 88.\n\n"
            "He founded the company in 1962. His daughter Emma Harlow said he had been ill for some time. "
            "Harlow ran the company for four decades. \"If you look after the tools, they look after you,\" "
            "Harlow told the local newspaper in 2010.\n\n"
            "Harlow retired in 2004. \"He never really stopped working,\" Emma Harlow said.")


def test_the_bare_surname_after_a_relatives_introduction_is_not_the_relatives(nlp):
    assert speaker(nlp, OBITUARY, "look after the tools") != "Emma Harlow"
    assert speaker(nlp, OBITUARY, "never really stopped") == "Emma Harlow"


def test_two_people_with_a_surname_and_no_relative_still_decide_by_the_paragraph(nlp):
    body = ("Marta Kowalczyk opened the new library in Dunmore on Monday.\n\n"
            "Later, Piotr Kowalczyk spoke to the council. \"The roads come next and then the schools,\" "
            "Kowalczyk said.")
    assert speaker(nlp, body, "roads come next") == "Piotr Kowalczyk"

""""He" after a sentence that names a person only inside a relative clause about someone else
("The best account came from baritone Luigi Bassi, for whom Mozart had written the role. “...,” he
said.": the pronoun was resolved to the composer). Invented text, read with the project's own entity
extraction. Precision first: with two people in the sentence, "he" stays unresolved."""
from __future__ import annotations

from test_speakers_surnames import speaker


def test_a_person_named_in_a_relative_clause_about_another_is_no_antecedent(nlp):
    body = ("The best account of the night came from the ferryman Tom Reed, for whom Bill Sayer had built "
            "the boat. \"It was the worst storm I have ever seen,\" he said.")
    assert speaker(nlp, body, "worst storm") != "Bill Sayer"


def test_a_relative_clause_about_a_thing_still_names_its_person(nlp):
    body = ("The Carrow Bay ferry company, which Tom Reed bought from the council in May, will cut its "
            "winter sailings. \"We cannot run empty boats all winter,\" he said.")
    assert speaker(nlp, body, "empty boats") == "Tom Reed"


def test_the_person_the_clause_describes_is_still_the_subject(nlp):
    body = ("Tom Reed, whom Bill Sayer appointed in May, will run the ferry. \"We cannot run empty boats "
            "all winter,\" he said.")
    assert speaker(nlp, body, "empty boats") == "Tom Reed"

"""A bare surname as a speaker when several people of the article share it, and a quotation the text
repeats (issue 8, item 3; review 3: "Clinton" for Hillary Clinton, one quote listed twice). Invented
text, read with the project's own entity extraction. Precision first: when the text leaves a doubt,
no full name is given."""
from __future__ import annotations

from generator.extract.entities import entities as find_entities
from generator.extract.quotes import direct_quotations
from generator.extract.sentences import index_sentences


def quotes(nlp, body: str):
    doc = nlp(body)
    index_sentences(doc)
    return direct_quotations(doc, find_entities(doc, body_start=0))


def speaker(nlp, body: str, words: str):
    found = [q for q in quotes(nlp, body) if words in q.text]
    assert len(found) == 1, [(q.text, q.speaker) for q in quotes(nlp, body)]
    return found[0].speaker


COUPLE = ("Marta Kowalczyk opened the new library in Dunmore on Monday. Her husband, Piotr Kowalczyk, "
          "cut the ribbon.\n\n")


def test_one_person_with_the_surname_is_the_speaker(nlp):
    body = ("Marta Kowalczyk opened the new library in Dunmore on Monday.\n\n"
            "“We finally have a place for the children to read,” Kowalczyk said.")
    assert speaker(nlp, body, "place for the children") == "Marta Kowalczyk"


def test_the_one_named_in_full_in_the_same_paragraph(nlp):
    body = COUPLE + ("Later, Piotr Kowalczyk spoke to the council. “The roads come next and then the "
                     "schools,” Kowalczyk said.")
    assert speaker(nlp, body, "roads come next") == "Piotr Kowalczyk"


def test_the_one_named_in_full_in_the_same_live_blog_item(nlp):
    body = COUPLE + "___\n\nPiotr Kowalczyk spoke later at the town hall.\n\n“The roads come next,” Kowalczyk said."
    assert speaker(nlp, body, "roads come next") == "Piotr Kowalczyk"


def test_the_first_named_when_named_again_last(nlp):
    body = ("Marta Kowalczyk opened the new library in Dunmore on Monday, with Piotr Kowalczyk, her husband, "
            "in the crowd.\n\nThe mayor, Marta Kowalczyk, thanked the builders.\n\n"
            "“We finally have a place for the children to read,” Kowalczyk said.")
    assert speaker(nlp, body, "place for the children") == "Marta Kowalczyk"


def test_a_doubt_gives_no_full_name(nlp):
    # the last named in full is the husband, but the article is about his wife: nobody can tell
    body = ("Marta Kowalczyk opened the new library in Dunmore on Monday.\n\n"
            "Her husband Piotr Kowalczyk was also there.\n\n"
            "“The roads come next and then the schools,” Kowalczyk said.")
    assert speaker(nlp, body, "roads come next") not in ("Marta Kowalczyk", "Piotr Kowalczyk")
    # both named in one sentence decide nothing either
    body = ("Marta and Piotr Kowalczyk opened the library. Marta Kowalczyk and Piotr Kowalczyk cut the ribbon.\n\n"
            "“The roads come next and then the schools,” Kowalczyk said.")
    assert speaker(nlp, body, "roads come next") not in ("Marta Kowalczyk", "Piotr Kowalczyk")


def test_a_repeated_passage_lists_its_quotation_once(nlp):
    # a live blog repeats an item further down; a lede says a quotation again in the body
    item = "Ruth Calloway told the council that the plan “has brought more people to the town centre.”"
    body = f"{item}\n\n___\n\nThe council met again on Tuesday.\n\n___\n\n{item}"
    found = [q for q in quotes(nlp, body) if "more people" in q.text]
    assert [q.speaker for q in found] == ["Ruth Calloway"]


def test_a_repeated_quotation_keeps_the_speaker_one_place_gives(nlp):
    body = ("Householders who act “honestly and instinctively” are safe, new guidance says.\n\n"
            "Ruth Calloway, the chief constable, said: “Acting honestly and instinctively is lawful.” "
            "People who act “honestly and instinctively” are safe, Calloway said.")
    found = [q for q in quotes(nlp, body) if q.text.rstrip(".") == "honestly and instinctively"]
    assert len(found) == 1

"""Speakers in the attribution forms that gave no speaker on unseen news (issue 8, item 3: the
held-out figures lost 0.13 to "none"), each with invented text read by the project's own entity
extraction: a quotation over several paragraphs, a title before the name, an aside between the
name and "said", a report or a person in the sentence before, a double-barrelled surname, a place
the parse makes the subject. Precision first: a name inside the quotation never speaks."""
from __future__ import annotations

from test_speakers_surnames import speaker


def test_quotation_over_paragraphs_is_attributed_after_its_last_one(nlp):
    body = ("Fire crews visited the warehouse nine times last year.\n\n"
            "“The owners have kept to the fire safety rules throughout that time.\n\n"
            "“We raised our worries with the council in February,” Mr Okafor said.\n\n"
            "Daniel Okafor is the fire service's area manager.")
    body = "Daniel Okafor leads the fire service in Dunmore.\n\n" + body
    assert speaker(nlp, body, "kept to the fire safety rules") == "Daniel Okafor"


def test_quotation_attributed_before_is_not_taken_by_a_later_speaker(nlp):
    body = ("Daniel Okafor leads the fire service. Lena Marsh chairs the council.\n\n"
            "“A safe town,” the council's report says, “needs fire crews it can count on.\n\n"
            "“Money will be tight,” said Ms Marsh.")
    assert speaker(nlp, body, "needs fire crews") != "Lena Marsh"


def test_title_without_an_article_before_the_name(nlp):
    body = ("Rovers signed the striker on Monday.\n\n"
            "“Tom is one of the most gifted players in the league,” said club director and head coach "
            "Ashley Brandt.")
    assert speaker(nlp, body, "most gifted players") == "Ashley Brandt"


def test_aside_between_the_name_and_said(nlp):
    body = ("The base will close in 2026.\n\n"
            "Responding for Labour, Shadow Defence Secretary Nia Pritchard, MP for Dunmore, said the "
            "ministry was “right to cut its costs but wrong to close the base”.")
    assert speaker(nlp, body, "right to cut its costs") == "Nia Pritchard"


def test_report_before_the_quotation_in_its_paragraph(nlp):
    body = ("The company said it wanted other firms to share their patents. Adam Jollings, its software "
            "manager, said the move was a real attempt to help. “We believe that sharing these patents "
            "will make everyone move more quickly.”")
    assert speaker(nlp, body, "sharing these patents") == "Adam Jollings"


def test_person_the_sentence_before_is_about(nlp):
    body = ("“What a great way to end the year,” said Carlos Ruiz afterwards. US coach Patrick Olsen "
            "wants his players to train more on clay. “I think it will help these guys learn to mix "
            "things up a little.”")
    assert speaker(nlp, body, "help these guys") == "Patrick Olsen"


def test_double_barrelled_surname(nlp):
    body = ("Naomi Zitt-Jameson and her partner rent a flat in Leeds.\n\n"
            "“When it was just the two of us, renting was really appealing,” Zitt-Jameson said.")
    assert speaker(nlp, body, "renting was really appealing") == "Naomi Zitt-Jameson"


def test_person_conjoined_to_a_place_in_the_parse(nlp):
    body = ("Brecon and Radnorshire Conservative MP Chris Daviot condemned the closure, saying there had "
            "been a barracks in the town since 1805.\n\n"
            "“This decision is terrible and I shall be fighting it every step of the way,” he said.")
    assert speaker(nlp, body, "fighting it every step") == "Chris Daviot"


def test_a_name_inside_the_quotation_never_speaks(nlp):
    body = ("The council met on Monday. “Peter Kowalski will fix every road in town, and soon.”")
    assert speaker(nlp, body, "fix every road") is None


def test_he_after_according_to_a_person(nlp):
    body = ("Nelson Rockwell built the first shelters in 1961.\n\n"
            "The results, according to Jeff Schlegel, deputy director of the disaster centre, were mixed.\n\n"
            "“An ideal shelter would be a room with no windows at all,” he said.")
    assert speaker(nlp, body, "ideal shelter") == "Jeff Schlegel"


def test_a_title_someone_else_holds_is_not_that_persons_name(nlp):
    body = ("In response to the plan, Ruth Calloway’s right-hand woman rallied supporters, saying: “We have "
            "to be ready to stop him.”\n\n"
            "Libertarian candidate Gary Johnston’s doctor is calling the candidate “extremely physically fit.”")
    assert speaker(nlp, body, "ready to stop him") is None
    assert speaker(nlp, body, "physically fit") is None


def test_a_reporters_question_is_not_the_answerers_words(nlp):
    body = ("“I would be surprised if he did that,” Mr Tremont said at a press briefing on Monday, when a "
            "reporter asked whether he was worried about “retaliation against the ban on exports” from Peru.")
    assert speaker(nlp, body, "retaliation against the ban") is None


def test_a_person_named_between_two_of_the_same_pronoun_does_not_take_the_second(nlp):
    """'He declared that ... Carla Mendes would win, which he called “...”': the second "he" is the
    first one's (the senator's) or, at least, not surely the person named between them."""
    body = ("Senator Paul Okafor urged his rivals to leave the race on Tuesday.\n\n"
            "He declared that as long as the field stayed divided, Carla Mendes would have a path to the "
            "nomination, which he declared “a total disaster” for the party.")
    assert speaker(nlp, body, "a total disaster") != "Carla Mendes"

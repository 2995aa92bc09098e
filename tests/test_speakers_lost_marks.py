"""Quotations in copy that lost or moved its quotation marks (BBC stories scraped into plain text:
a quote opens and its paragraph ends, a mark slips over a paragraph break, paragraphs glued
together), and speakers written as a passive or a capitalised title (issue 8, item 3: held-out
news gave many quotes no speaker although the text names one). Invented text, read with the
project's own entity extraction. Precision first: narrative after a stray mark is nobody's words."""
from __future__ import annotations

from generator.extract.quotes.marks import quoted_stretches, quoted_text
from test_speakers_surnames import quotes, speaker


def texts(body: str) -> list[str]:
    return [quoted_text(body, s) for s in quoted_stretches(body)]


def test_a_quotation_whose_closing_mark_was_lost_ends_with_its_paragraph(nlp):
    body = ("Priya Natarajan runs the harbour bakery in Dunmore.\n\n"
            "Ms Natarajan said: \"The new quay has doubled our trade since the spring.\n\n"
            "The council will vote on the plan next week.")
    assert speaker(nlp, body, "doubled our trade") == "Priya Natarajan"
    assert not [q for q in quotes(nlp, body) if "council will vote" in q.text]


def test_a_report_inside_the_unclosed_words_ends_them():
    body = ("\"It was a long winter,\" Ms Roe said.\n\n\"We were on the lake every day, she said.\n\n"
            "The race is in May.")
    assert texts(body) == ["It was a long winter", "We were on the lake every day"]


def test_narrative_after_a_stray_mark_is_no_quotation():
    body = ("\"He said there were several ways the scheme could help the town.\n\n"
            "\"Nobody on the council has opposed the scheme so far.\n\nThe vote is on Monday.")
    assert texts(body) == []


def test_a_mark_opening_the_paragraph_after_an_unmarked_one_closes_that_one():
    # "... history books." lost its closing mark to the next paragraph, which is narrative
    body = ("Ms Roe said: \"The firm is right about one thing.\"\n\n"
            "If they wish to keep their name, they should act like a modern business.\n\n"
            "\"Under the 2010 Act, it is against the law to say that you will not hire older workers.\n\n"
            "Employers may not ask about age either.")
    assert texts(body) == ["The firm is right about one thing."]


def test_words_before_a_second_opening_mark_still_quote_when_introduced(nlp):
    body = ("Employment lawyer James Lindqvist spoke on Monday.\n\n"
            "He added: \"A driver who wanted the job could sue if rejected. \"A statement on the agency's "
            "website reads: \"We understand the importance of first impressions.\"")
    assert speaker(nlp, body, "could sue if rejected") == "James Lindqvist"


def test_a_mark_that_ends_a_paragraph_opens_the_next_one(nlp):
    body = ("Oskar Lindqvist has coached the rowing club for ten years.\n\n"
            "\"The first winter was the hardest,\" he said.\"\n\n"
            "We had ice on the lake until March and we still went out every morning.\n\n"
            "The club's new boathouse opens in June.")
    assert speaker(nlp, body, "ice on the lake") == "Oskar Lindqvist"
    assert not [q for q in quotes(nlp, body) if "boathouse" in q.text]


def test_a_quotation_glued_to_the_sentence_before():
    body = "The report said there would be \"less of it\".\"The truth is nobody has a right to the best streets.\""
    assert texts(body) == ["less of it", "The truth is nobody has a right to the best streets."]


def test_a_second_opening_mark_restarts_the_quotation(nlp):
    body = ("Carla Onslow founded the parenting website in 2000.\n\n"
            "\"Website co-founder, Carla Onslow, said: \"Getting children to eat well is every parent's dream.\"")
    found = [(q.text, q.speaker) for q in quotes(nlp, body)]
    assert found == [("Getting children to eat well is every parent's dream.", "Carla Onslow")]


def test_quoted_as_saying(nlp):
    body = ("The court freed the prisoner on Monday.\n\n"
            "\"There is no bitterness, there is no anger,\" his lawyer Tomas Brandt was quoted as saying "
            "by a news agency.")
    assert speaker(nlp, body, "no bitterness") == "Tomas Brandt"


def test_a_paper_quoting_someone_as_saying_gives_the_one_quoted(nlp):
    body = ("The kingdom wants more women in its civil service, officials said.\n\n"
            "Earlier this week, the local Gulf Herald said Labour Minister Tariq al-Mansour had been criticised. "
            "\"Our schools have produced a new generation of highly trained graduates who are taking their "
            "place,\" the Gulf Herald quoted Prince Faisal as saying.")
    assert speaker(nlp, body, "new generation") in ("Faisal", "Prince Faisal")


def test_a_capitalised_title_is_its_holder_only_when_the_article_gives_it(nlp):
    held = ("First Lady Michelle Obama visited a school in Leeds on Tuesday.\n\n"
            "\"Education is the best gift we can give our children,\" the First Lady said.")
    assert speaker(nlp, held, "best gift") == "Michelle Obama"
    unheld = ("Michelle Obama visited a school in Leeds on Tuesday.\n\n"
              "\"Education is the best gift we can give our children,\" the First Lady said.")
    assert speaker(nlp, unheld, "best gift") is None


def test_single_quoted_quotations_in_british_copy(nlp):
    body = ("Priya Natarajan met the harbour board on Monday.\n\n"
            "'We will not give up on the harbour,' Ms Natarajan said. 'It is the heart of the town.'")
    assert speaker(nlp, body, "give up on the harbour") == "Priya Natarajan"
    assert speaker(nlp, body, "heart of the town") == "Priya Natarajan"


def test_apostrophes_open_no_quotation():
    body = "The players' union met Tom O'Brien to talk about rock 'n' roll in the '90s and the fans' songs."
    assert texts(body) == []
    body = "Ms Roe said: 'The union and the players' families all want the same thing.'"
    assert texts(body) == ["The union and the players' families all want the same thing."]


def test_an_unclosed_single_mark_gives_way_to_a_double_one():
    body = "Critics called it a 'Muslim Ban' and Ms Roe said: \"We oppose it with all our strength.\""
    assert texts(body) == ["We oppose it with all our strength."]


def test_the_clause_that_introduces_a_pronoun_names_its_person(nlp):
    body = ("As Tomas Brandt, from Dunmore, prepares to mark the anniversary on Friday, he says that some "
            "memories still make him smile.\n\n"
            "He was captured in 1943 and sent to a labour camp in the east.\n\n"
            "\"I think the guards thought that football was an easy way of keeping us quiet,\" he said.")
    assert speaker(nlp, body, "keeping us quiet") == "Tomas Brandt"
    nobody = ("As the council prepares to vote, he says that some memories still make him smile.\n\n"
              "\"I think the guards thought that football was an easy way of keeping us quiet,\" he said.")
    assert speaker(nlp, nobody, "keeping us quiet") is None


def test_words_before_a_second_opening_mark_that_run_into_narrative_quote_nothing():
    # a mismatched closing mark (’ for ”) lets narrative run on to the next opening mark
    body = ("Ms Roe tweeted: “Let’s go. We can stop this.’ Ms Roe was at the launch on Tuesday. She "
            "spoke after a screening of her film, “Trainwreck Two.”")
    assert texts(body) == ["Trainwreck Two."]

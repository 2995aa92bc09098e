"""Speakers of quotations, more kinds of fault (issue 8, item 3), each with invented text: a
quotation that ends its sentence, a pronoun after a run of quoted sentences, post-nominal letters,
titles taken for names, "Name: “...”" lines. Precision first: where the text does not say, None."""
from __future__ import annotations

from test_speakers import speaker_of


# ---- a quotation that ends its sentence hands over only to an attribution -----------------------

def test_sentence_after_a_closed_quotation_is_not_its_attribution(nlp):
    # the next sentence has a verb of saying, but it reports something else
    body = ("Daniel Okafor runs the farmers' union.\n\n“Farmers want roads that last,” Mr Okafor said. "
            "“Councils must listen to the villages or they will lose their vote.” In a poll by Dunmore "
            "Research, 40% of farmers said they never vote.")
    assert speaker_of(nlp, body, "Councils must listen") == "Daniel Okafor"


def test_short_attribution_sentence_after_a_closed_quotation(nlp):
    body = "Lena Marsh spoke to the council on Monday. “We will rebuild the old bridge first.” Marsh said."
    assert speaker_of(nlp, body, "rebuild the old bridge") == "Lena Marsh"


# ---- a pronoun looks back past the quotation's own sentences and past "he said" -----------------

def test_pronoun_after_quoted_sentences_and_a_he_said_chain(nlp):
    body = ("Premier Ruth Calloway opened the summit in Oslo on Monday with her adviser, Peter Kowalski.\n\n"
            "Mr Kowalski has worked with the premier for a decade. He said some delegates were "
            "in “a kind of denial” about the vote. Europe needed to listen too, he said. “The vote is "
            "over. The people chose their government. It is time to move on,” he argued.")
    assert speaker_of(nlp, body, "The vote is over") == "Peter Kowalski"


# ---- letters after a name, titles taken for names -------------------------------------------------

def test_post_nominal_letters_keep_the_person(nlp):
    body = ("Opposition frontbencher Peter Kowalski MP demanded a statement on the leak.\n\n"
            "Raising a point of order, he said it was “the latest in a long line of discourtesies”.")
    assert speaker_of(nlp, body, "long line of discourtesies") == "Peter Kowalski"


def test_a_title_is_no_speakers_name(nlp):
    # the title is not a person's name; without a name beside it, nobody is named
    body = ("The plan was announced on Monday.\n\n"
            "The Shadow Secretary of State for Transport said: “These plans were announced a year ago "
            "and nothing has been built.”")
    assert speaker_of(nlp, body, "These plans were announced") is None


# ---- "Name: “...”" on one line -----------------------------------------------------------------------

def test_name_before_a_colon_in_the_quotations_line(nlp):
    body = ("Rovers meet United in the cup on Saturday.\n\n"
            "- Rovers manager Peter Kowalski: “United are strong but I fully expect us to go through.”")
    assert speaker_of(nlp, body, "fully expect us") == "Peter Kowalski"


def test_a_line_that_puts_a_question_to_someone_names_no_speaker(nlp):
    body = ("Peter Kowalski leads the poll.\n\n"
            "The question for Peter Kowalski: “Will the roads be fixed before the winter comes?”")
    assert speaker_of(nlp, body, "roads be fixed") is None


# ---- a quotation without a verb of its own continues the speaker before, unless someone else came in

def test_continuation_keeps_the_speaker_before(nlp):
    body = ("Daniel Okafor runs the farmers' union. “Farmers want roads that last,” Mr Okafor said. "
            "He asked what the council had to hide. “We will not wait another winter for the bridge.”")
    assert speaker_of(nlp, body, "another winter") == "Daniel Okafor"


def test_continuation_stops_at_another_person(nlp):
    body = ("Daniel Okafor runs the farmers' union. “Farmers want roads that last,” Mr Okafor said. "
            "Maria Delgado, the council leader, disagreed. “We will not wait another winter for the bridge.”")
    # not Okafor's; the words that open the sentence after "Delgado disagreed." are hers (news style
    # quotes the person the sentence before is about)
    assert speaker_of(nlp, body, "another winter") == "Maria Delgado"
    body = ("Daniel Okafor runs the farmers' union. “Farmers want roads that last,” Mr Okafor said. "
            "A council spokesman disagreed. “We will not wait another winter for the bridge.”")
    assert speaker_of(nlp, body, "another winter") is None


def test_pronoun_after_a_run_of_he_said_quotations(nlp):
    body = ("Finance Minister Peter Kowalski met the bankers in Paris on Monday.\n\n"
            "He said the talks had gone well. Loans from official agencies had been closed since 1982. "
            "“You must open these mechanisms,” he said. “The banks must share the burden,” he said. "
            "“We cannot pay what we do not have,” he said. "
            "Also the rules had to be discussed “because we cannot stay as we were.” "
            "“I am trying to put the problem on the table. All of us would like a balance.” he said.")
    assert speaker_of(nlp, body, "put the problem on the table") == "Peter Kowalski"


def test_a_name_among_two_subjects_speaks(nlp):
    # the parse splits "co-author" and gives the verb two subjects: the name speaks
    body = ("The office is too cold for women, the study found.\n\n“It has huge consequences. You are "
            "totally misrepresenting women,” says study co-author Boris Kingma, a biophysicist at "
            "Maastricht University.")
    assert speaker_of(nlp, body, "huge consequences") == "Boris Kingma"


def test_continuation_after_an_attribution_by_description(nlp):
    # the clause between is the first quotation's own attribution, not someone else coming in
    body = ("Governor Maria Delgado, campaigning in Ohio, was asked about the strike.\n\n"
            "“I will not speak for the union, but the talks are going on,” the Democratic nominee said. "
            "“We have got to get a deal and we have got to get it soon.”")
    assert speaker_of(nlp, body, "speak for the union") == "Maria Delgado"
    assert speaker_of(nlp, body, "got to get a deal") == "Maria Delgado"


# ---- gender: subject pronouns and given names, not "her plan" -----------------------------------

def test_possessive_pronoun_gives_no_gender_and_a_given_name_does(nlp):
    # "her plan" does not make the man a woman; "Mark" is a man's given name, so "she" is not him,
    # and a gender known from a given name alone does not send the search on to the woman before
    body = ("Clara Hoyt campaigned in Ohio on Monday.\n\n"
            "Mark Delaney criticized her plan. “It will create jobs in every single state,” she said.")
    assert speaker_of(nlp, body, "create jobs") is None
    # "he" is the man
    body = ("Clara Hoyt campaigned in Ohio on Monday.\n\n"
            "Mark Delaney criticized her plan. “It will not create jobs in any state,” he said.")
    assert speaker_of(nlp, body, "not create jobs") == "Mark Delaney"


def test_epithet_goes_to_the_man_before_not_the_woman(nlp):
    body = ("Clara Hoyt campaigned in Ohio on Monday.\n\n"
            "Mark Delaney criticized her plan. “It is a job killer and everybody knows it,” "
            "the New York businessman said.")
    assert speaker_of(nlp, body, "job killer") == "Mark Delaney"


def test_given_name_gender():
    from generator.extract.quotes.gender import given_name_gender
    assert given_name_gender("Marco Rubio") == "m"
    assert given_name_gender("Hillary Clinton") == "f"
    assert given_name_gender("Jordan Smith") is None     # a name of both
    assert given_name_gender("Jordan") is None           # one word may be a surname
    assert given_name_gender("Huma Abedin") is None      # not in the lists
    assert given_name_gender("Lu Kang") is None          # too rare in the lists to say


def test_as_someone_put_it(nlp):
    body = "Mark Delaney spoke in Iowa.\n\nAs Delaney put it, “nobody builds walls better than me, believe me.”"
    assert speaker_of(nlp, body, "builds walls") == "Mark Delaney"


def test_a_person_acting_in_a_relative_clause_stops_the_pronoun(nlp):
    # the sentence before is about a speech, but another man in it acts ("who praised"): he may be "he"
    body = ("Peter Kowalski walked to the front of the stage to cheers.\n\n"
            "“One day you will tell your children that you were there.” The speech had been introduced "
            "by his son Nick, a teacher, who praised his father. “I always know where I am "
            "with him,” he said.")
    assert speaker_of(nlp, body, "where I am with him") is None

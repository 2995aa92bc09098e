"""A name the model cut right before "of" and capitalised words it left out is no actor in that
article (issue 8): "House" of the film "House of Flying Daggers" is not the US House. Invented titles."""
from generator.extract.entities import entities


def evidence(nlp, text):
    return {e.name: e.evidence for e in entities(nlp(text))}


def test_a_name_cut_before_of_and_left_out_words_is_held_back_in_its_article(nlp):
    text = ("Actress joins the list\n\nActress Mei Lin, star of Hero and House of Silver Knives, is the latest "
            "name to be added to the list of presenters.\n")
    got = evidence(nlp, text)
    assert "against:cut-name" in got.get("House", ("against:cut-name",))


def test_a_whole_name_with_of_is_kept(nlp):
    got = evidence(nlp, "Vote delayed\n\nThe House of Commons voted on Monday, and the Bank of England "
                        "held rates.\n")
    assert not any("against:cut-name" in ev for ev in got.values())


def test_a_company_followed_by_where_it_is_is_kept(nlp):
    got = evidence(nlp, "Buyer\n\nHalvard Corp agreed to acquire Orvex Bancorp Inc of New Holland, Pa., in an "
                        "exchange of shares.\n")
    assert "against:cut-name" not in got["Orvex Bancorp Inc"]


def test_a_common_word_cut_before_for_and_a_sum_is_held_back_in_its_article(nlp):
    text = ("Cleaners strike\n\nThe protest is part of a wider week planned by campaign group Fight for $20, "
            "which wants a higher wage.\n")
    assert "against:cut-name" in evidence(nlp, text).get("Fight", ("against:cut-name",))


def test_a_common_word_also_named_alone_is_kept(nlp):
    got = evidence(nlp, "Oil deal\n\nShell agreed to buy the field. Shell for its part said the price was fair.\n")
    assert "against:cut-name" not in got["Shell"]

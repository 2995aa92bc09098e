"""Glued copy (BBC pages whose paragraphs lost their breaks): spaces put back after a closing bracket
and before a two-letter sentence opener, between a name and a name glued to it; two names that touch
stay two when the second is read alone elsewhere. Invented text."""
from __future__ import annotations

from generator.parse import parse


def test_a_sentence_glued_after_a_bracket_or_opening_with_a_two_letter_word_is_spaced():
    from generator.extract.spacing import restore_spaces

    assert restore_spaces("a demand from the Tax Office (TXO).An offer was made") == \
        "a demand from the Tax Office (TXO). An offer was made"
    assert restore_spaces("problems in the NHS.It has been known.He said so.On Monday") == \
        "problems in the NHS. It has been known. He said so. On Monday"
    for kept in ("the U.S.It", "e.g.It", "see www.example.co.uk/It now", "ASP.NET"):
        assert restore_spaces(kept) == kept


def test_a_name_glued_to_the_first_word_of_a_name_written_alone_elsewhere_is_spaced():
    from generator.extract.spacing import restore_spaces

    text = "The racing correspondent Dorian QuillettMorning Glory's clearly in form. Morning Glory won."
    assert "Dorian Quillett Morning Glory's" in restore_spaces(text)
    for kept in ("EastEnders star. Enders Star", "MacDonald Trump. Donald Trump", "LinkedIn and YouTube"):
        assert restore_spaces(kept) == kept


def test_two_names_that_touch_stay_two_when_the_second_stands_alone_elsewhere(nlp):
    from generator.extract import nlp_text
    from generator.extract.entities import entities
    from generator.types import RawArticle

    raw = RawArticle(source="t.txt", format="text", paragraphs=(
        "Shutter Brook, whose last run at Newbury was a win, is the favourite.",
        "BBC Sport racing correspondent Cornelius Pellow Shutter Brook's clearly in very good order."))
    text, start = nlp_text(raw)
    names = [e.name for e in entities(parse(nlp, text), body_start=start)]
    assert "Cornelius Pellow Shutter Brook" not in names and "Shutter Brook" in names


def test_a_known_name_in_brackets_before_a_full_stop_is_read_without_them(nlp):
    from generator.extract.entities import entities

    body = ("Half of the family income comes from child labour, according to the Marston Children's Fund "
            "(Unicef). Many work cleaning shoes.")
    ents = entities(parse(nlp, body))
    forms = [f for e in ents for f in (e.name, *e.aliases)]
    assert not [f for f in forms if ")" in f]


def test_a_word_in_lower_case_glued_to_the_next_paragraph_gets_its_break_back_where_paragraphs_run_together():
    from generator.extract.spacing import restore_spaces

    glued = ("The pier was shut.It opened in May.Work will start soon.Photo: the gap in the deckMr Pellow said "
             "the work was late.Watch: the pier at nightQuillett's plan was dropped.")
    assert restore_spaces(glued) == ("The pier was shut. It opened in May. Work will start soon. Photo: the gap in "
                                     "the deck\n\nMr Pellow said the work was late. Watch: the pier at night\n\n"
                                     "Quillett's plan was dropped.")
    # a brand written the same way twice, a single letter before the capital, and copy that kept its breaks
    brand = "They flew flyJet.It was late.Staff said so.Fares rose.The flyJet boss said so."
    assert restore_spaces(brand) == brand.replace(".It", ". It").replace(".Staff", ". Staff") \
        .replace(".Fares", ". Fares").replace(".The", ". The")
    assert restore_spaces("The gap in the deckMr Pellow said so.") == "The gap in the deckMr Pellow said so."
    numbers = "It shook.It fell.It rose.Live coverage: the quake at 7.1The town was shut for 5Mbps links."
    assert restore_spaces(numbers) == ("It shook. It fell. It rose. Live coverage: the quake at 7.1\n\nThe town was "
                                       "shut for 5Mbps links.")
    assert "the iPhone. It" in restore_spaces("It sold the iPhone.It rose.It fell.It won.")

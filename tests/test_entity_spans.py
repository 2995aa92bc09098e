"""Span boundaries of names the recogniser cuts (generator/extract/entities/spans.py): a firm's whole
name joined by "and", "&", "und", a possessive or a bracketed part; bare legal forms and month codes
are no names; a tweet handle glued to a name is no part of it. Invented names."""
from __future__ import annotations

from generator.parse import parse


def _names(nlp, body, kind=None):
    from generator.extract.entities import entities

    return [e.name for e in entities(parse(nlp, body)) if kind is None or e.kind == kind]


def test_a_firm_named_with_and_and_a_possessive_is_one_name(nlp):
    names = _names(nlp, "Grantley and Voss's Corp said on Monday it lowered the rating of the bonds by one notch.")
    assert "Grantley and Voss's Corp" in names
    assert not {"Voss", "Corp", "Grantley"} & set(names)


def test_a_nationality_and_a_word_before_a_legal_form_is_one_name(nlp):
    body = ("Dunford Group Plc and British and Harrowgate Holdings Plc return to the index. British Midland "
            "Airways Plc leaves it.")
    names = _names(nlp, body, "organization")
    assert "British and Harrowgate Holdings Plc" in names and "Dunford Group Plc" in names


def test_two_firms_joined_by_and_stay_two_when_one_is_named_alone_elsewhere(nlp):
    body = ("Sales rose at Kestrana and Wolvercote Motor Co last year. Kestrana said its own sales rose "
            "by a tenth.")
    names = _names(nlp, body, "organization")
    assert "Kestrana and Wolvercote Motor Co" not in names
    assert "Wolvercote Motor Co" in names


def test_a_foreign_connector_and_a_bracketed_branch_stay_inside_the_name(nlp):
    names = _names(nlp, "It will take a majority stake in the Brenholt und Kasper AG car parts group.")
    assert "Brenholt und Kasper AG" in names
    names = _names(nlp, "The bonds are led by Tamura Securities Co (Europe) Ltd, the lead manager said.")
    assert "Tamura Securities Co (Europe) Ltd" in names and "Ltd" not in names and "Europe" not in names


def test_a_possessive_inside_a_firms_name_is_kept_but_not_a_places(nlp):
    names = _names(nlp, "Dorrance's Investors Service Inc said it upgraded 475 mln dlrs of debt.")
    assert "Dorrance's Investors Service Inc" in names
    names = _names(nlp, "Britain's Halvering Chemical Industries Plc said profit rose.")
    assert "Halvering Chemical Industries Plc" in names


def test_month_codes_and_bare_legal_forms_are_no_names(nlp):
    names = _names(nlp, "Traders sold two cargoes of Mar/Apr shipment sugar and options on Apr/May cargoes.")
    assert not any("/" in n for n in names)
    from generator.extract.entities.spans import fragment

    doc = parse(nlp, "Shares of Corp and Ltd fell in Mar/Apr trading.")
    assert fragment(doc, 2, 3) and fragment(doc, 4, 5)
    assert not fragment(doc, 0, 1)


def test_a_tweet_handle_glued_to_a_name_is_no_part_of_it(nlp):
    body = "Marla Quentish \u200f@MarlaQuentishWell done to Tomas Vrell - welcome to the club!"
    names = _names(nlp, body, "person")
    assert not any("@" in n or "\u200f" in n for n in names)


def test_a_firms_short_form_with_a_possessive_is_the_firm(nlp):
    body = "Dunmore's Inc said sales rose five pct. Dunmore's said sales for the 34 weeks rose six pct."
    from generator.extract.entities import entities

    ents = entities(parse(nlp, body))
    assert {e.name: e.kind for e in ents}.get("Dunmore") in (None, "organization")
    assert "Dunmore's Inc" in [e.name for e in ents]


def test_a_body_word_inside_a_longer_name_ends_no_name(nlp):
    names = _names(nlp, "She directs the Military, Veterans and Society Program at the institute in Leeds.")
    assert "Veterans and Society" not in names
    names = _names(nlp, "Officials at the Coastal and Harbour Agency said the ferry had been checked.")
    assert "Coastal and Harbour Agency" in names


def test_a_firm_in_a_capitals_headline_opens_the_line_and_ends_in_a_legal_form(nlp):
    from generator.extract.entities import entities

    text = ("BRANTOCK INDUSTRIAL CORP <BIC> 4TH QTR LOSS\n\nNEW YORK, March 6 - Shr loss 1.27 dlrs vs profit 43 "
            "cts.\n\nNet loss 17.0 mln vs profit 5,667,000.")
    orgs = [e for e in entities(parse(nlp, text)) if e.kind == "organization"]
    assert [name_key_(e.name) for e in orgs] == ["brantock industrial corp"]
    text = ("FOREIGN FIRMS HOPE TO JOIN NORLAND TELECOM COMPANY\n\nTOKYO, March 26 - Two rival firms are "
            "seeking to enter the market, officials said.")
    assert not [e for e in entities(parse(nlp, text)) if "telecom" in e.name.lower()]


def test_a_firm_cut_short_by_the_texts_end_does_not_break_the_article(nlp):
    assert "Merrow and Co" in _names(nlp, "He bought the shares of Merrow and Co")


def name_key_(name: str) -> str:
    return " ".join(name.lower().split())


def test_spaces_lost_between_glued_pieces_are_put_back_and_nothing_else_changes():
    from generator.extract.spacing import restore_spaces

    assert restore_spaces("linked with KRTX.But then the club!Harwick Town won") == \
        "linked with KRTX. But then the club! Harwick Town won"
    assert restore_spaces("Updated 12:00 GMTRichard Pellow-Hart said") == "Updated 12:00 GMT Richard Pellow-Hart said"
    for kept in ("see www.Example.co.uk/News now", "U.S.The", "CNNMoney and McDonald", "3.5 bn", "@PellowHartWell",
                 "LinkedIn and YouTube", "ShawXYZ"):
        assert restore_spaces(kept) == kept
    assert restore_spaces("By Dana PellowXYZ home affairs correspondentTheresa Vell said. XYZ said so.") == \
        "By Dana Pellow XYZ home affairs correspondent Theresa Vell said. XYZ said so."
    assert restore_spaces("correspondent Dana PellowThe recent report") == "correspondent Dana Pellow The recent report"


def test_a_name_after_a_glued_time_stamp_is_read_without_it(nlp):
    from generator.extract import nlp_text
    from generator.extract.entities import entities
    from generator.types import RawArticle

    raw = RawArticle(source="t.txt", format="text", paragraphs=(
        "Last updated at 12:00 GMTRichard Pellow-Hart, 45, was charged on Monday.",
        "Richard Pellow-Hart denies the charge."))
    text, start = nlp_text(raw)
    names = [e.name for e in entities(parse(nlp, text), body_start=start) if e.kind == "person"]
    assert "Richard Pellow-Hart" in names and not any("GMT" in n for n in names)


def test_letters_of_an_honour_after_a_name_are_no_part_of_it(nlp):
    names = _names(nlp, "Marcus Quellbury OBE tweeted his support on Monday. He said the step was brave.", "person")
    assert "Marcus Quellbury" in names and not any("OBE" in n for n in names)


def test_a_given_name_in_a_capitals_headline_that_opens_a_firms_name_is_no_person(nlp):
    from generator.extract.entities import entities

    text = ("MARTIN SEES CONTINUED GROWTH IN SECOND HALF\n\nLONDON, March 26 - Martin Industries Plc said its "
            "underlying performance would continue to improve in the second half.")
    people = [e.name for e in entities(parse(nlp, text)) if e.kind == "person"]
    assert not any("Sees" in n or "SEES" in n for n in people)


def test_a_parent_firm_in_the_possessive_is_not_glued_to_its_subsidiary(nlp):
    body = ("Corvane Holdings PLC's Corvane Data Services Inc unit said it would buy a property firm for "
            "12 mln dlrs.")
    assert not any("PLC's" in name for name in _names(nlp, body))


def test_a_join_never_cuts_a_longer_name_the_model_found(nlp):
    body = "The D.C. Court of Claims’ Board on Professional Ethics met on Monday."
    names = _names(nlp, body, "organization")
    assert "Claims’ Board" not in names and "Claims' Board" not in names

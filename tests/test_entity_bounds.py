"""Where a name the model read starts and ends (generator/extract/entities/bounds.py): two names in
one span, a body's number, a plural's possessive, words at the edges that belong to no name.
Invented names."""
from __future__ import annotations

from generator.parse import parse


def _names(nlp, body, kind=None):
    from generator.extract.entities import entities

    return [e.name for e in entities(parse(nlp, body)) if kind is None or e.kind == kind]


def test_two_clubs_that_open_with_the_same_word_are_two_names(nlp):
    from generator.extract.entities.bounds import two_names

    doc = parse(nlp, "Atletico Verano and Atletico Solera will play a charity match on Sunday.")
    assert two_names(doc, 0, 5, "organization") == [(0, 2), (3, 5)]
    doc = parse(nlp, "Shares of Harlow and Harlow rose.")
    assert two_names(doc, 2, 5, "organization") == [(2, 5)]


def test_two_names_each_written_alone_elsewhere_are_two(nlp):
    from generator.extract.entities.bounds import two_names

    body = ("Brackwell said sales fell. Bids came from Brackwell and Tolland on Monday. Tolland declined to "
            "comment.")
    doc = parse(nlp, body)
    i = next(t.i for t in doc if t.text == "Brackwell" and t.i > 3)
    assert two_names(doc, i, i + 3, "organization") == [(i, i + 1), (i + 2, i + 3)]
    doc = parse(nlp, "Bids came from Brackwell and Tolland on Monday.")
    i = next(t.i for t in doc if t.text == "Brackwell")
    assert two_names(doc, i, i + 3, "organization") == [(i, i + 3)]


def test_a_place_and_a_band_after_a_comma_are_two_names_but_a_firms_name_stays(nlp):
    from generator.extract.entities.bounds import two_names

    doc = parse(nlp, "At Harrogate, Copper Lantern will headline the first day.")
    assert two_names(doc, 1, 5, "organization") == [(1, 2), (3, 5)]
    doc = parse(nlp, "He joined Pelham Barney, Harris Upton & Co last year.")
    assert two_names(doc, 2, 9, "organization") == [(2, 9)]


def test_a_bodys_number_stays_in_its_name(nlp):
    names = _names(nlp, "Some 9,000 members of UAW Local 512 walked out. The documentary was shown on Channel 7 "
                        "on Thursday, and BBC Radio 3 aired it.", "organization")
    assert "UAW Local 512" in names and "UAW Local" not in names
    assert "Channel 7" in names and "Channel" not in names
    assert "BBC Radio 3" in names


def test_a_plurals_possessive_stays_inside_a_name(nlp):
    names = _names(nlp, "This view was reflected by the official People's Tribune in a major article this week.")
    assert "People's Tribune" in names and "People" not in names and "Tribune" not in names


def test_words_at_the_edges_that_belong_to_no_name(nlp):
    names = _names(nlp, "A Labour source told the Sunday Courier Mr Hale would front the campaign.")
    assert not any(n.endswith(" Mr") for n in names)
    names = _names(nlp, "The bill is due to be debated in the Commons on Monday.")
    assert not any("Monday" in n for n in names)
    names = _names(nlp, "Ex-Holloway Street aide Dominic Pyle joins the campaign.")
    assert not any(n.lower().startswith("ex") for n in names)


def test_of_and_an_adjective_of_the_words_after_a_name_are_no_part_of_it(nlp):
    names = _names(nlp, "The debt owed to the Tavery Club of Western creditor governments will be rescheduled.")
    assert "Tavery Club" in names and not any(n.endswith("Western") for n in names)
    # a name's own "of" and the noun it ends in stay
    names = _names(nlp, "The Union of Worried Farmers said the Bank of Norland would act.")
    assert "Union of Worried Farmers" in names and "Bank of Norland" in names


def test_a_wires_sign_off_is_no_part_of_the_last_name(nlp):
    names = _names(nlp, "LONDON, March 18 - Tolland Credit Co is issuing a 100 mln dlr eurobond. Co-lead is "
                        "R.G. Hamling and Co Ltd. REUTER\n")
    assert not any("REUTER" in n for n in names), names


def test_a_description_by_the_last_word_of_an_organisations_name(nlp):
    from generator.extract import extract, nlp_text
    from generator.types import RawArticle

    raw = RawArticle(source="t.txt", format="text", paragraphs=(
        "The plan was backed by the Kessler Grain Exchange in a statement this week.",
        '"Price changes should come only in small steps," the exchange said.'))
    text, start = nlp_text(raw)
    record = extract(raw, parse(nlp, text), body_start=start)
    assert [q.speaker for q in record.quotes] == ["Kessler Grain Exchange"]


def test_the_portfolio_of_an_office_of_state_holds_no_name(nlp):
    body = "The Secretary of State for Culture, Arts and Tourism, Dana Pellow, has hit out at critics."
    names = _names(nlp, body)
    assert not [n for n in names if "Culture" in n or "State" in n or "Arts" in n]
    assert "Dana Pellow" in names


def test_a_name_joined_by_and_that_its_acronym_spells_is_one_name(nlp):
    body = ("Hereford have yet to clear the latest PAYE tax demand from HM Levies and Customs (HMLC). An offer "
            "was made.")
    names = _names(nlp, body, "organization")
    assert "HM Levies and Customs" in names and "Customs" not in names and "HM Levies" not in names


def test_a_saints_name_and_a_compass_point_open_the_name(nlp):
    names = _names(nlp, "Marling was born in Ashwell in 1961 and went to St Gregory School in Baldock, Hertfordshire.")
    assert "St Gregory School" in names and "Gregory School" not in names
    names = _names(nlp, "The boy was a pupil in the South Eastern Education Board area until June.")
    assert "South Eastern Education Board" in names and "Eastern Education Board" not in names


def test_a_stations_name_after_radio_stays_in_the_broadcasters_name(nlp):
    names = _names(nlp, 'The striker told BBC Radio Five Live: "We want more." Later, on Monday, the '
                        "coach told BBC Radio Kernow that the side was tired.", "organization")
    assert "BBC Radio Five Live" in names and "BBC Radio" not in names
    assert "BBC Radio Kernow" in names
    names = _names(nlp, "He spoke to BBC Radio on Monday about the vote.", "organization")
    assert "BBC Radio" in names

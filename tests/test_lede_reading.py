"""How the headline, dateline and lede are given to spaCy (generator/parse.py, generator/extract/nlp_text)."""
from __future__ import annotations

from generator.config import Settings
from generator.extract import nlp_text
from generator.parse import parse, heading_cuts
from generator.readers import read_data
from generator.workers import entry_for


def test_heading_cuts_join_back_and_cut_after_capitals():
    text = "KELMARK CORP SEES HIGHER PROFIT\n\nKelmark Corp said so.\n\nMore text."
    assert heading_cuts(text) == ["KELMARK CORP SEES HIGHER PROFIT\n\n", "Kelmark Corp said so.\n\nMore text."]
    for text in ("Plain headline\n\nBody.", "ONLY CAPITALS HERE", "a\n\nBIG HEADLINE HERE\n\nbody", ""):
        assert "".join(heading_cuts(text)) == text
    assert heading_cuts("Council approves budget\n\nNew York\n\nThe council said so.") == [
        "Council approves budget\n\n", "New York\n\n", "The council said so."]
    assert heading_cuts("One sentence.\n\nAnother one.") == ["One sentence.\n\nAnother one."]
    assert heading_cuts("Arsenal v Stoke\n\nMore.", opening=False) == ["Arsenal v Stoke\n\nMore."]   # a later piece
    fixtures = "Results\n\nThe league said so.\n\nArsenal v Stoke\n\nLeeds v Hull\n\nMore."
    assert heading_cuts(fixtures) == ["Results\n\n", "The league said so.\n\nArsenal v Stoke\n\nLeeds v Hull\n\nMore."]


def test_a_headline_in_capitals_does_not_swallow_the_ledes_name(nlp):
    text = "KELMARK CORP SEES HIGHER PROFIT\n\nKelmark Corp said it expects higher profit this year."
    doc = parse(nlp, text)
    assert doc.text == text
    names = [e.text for e in doc.ents if e.label_ == "ORG"]
    assert "Kelmark Corp" in names
    assert not any("\n" in name for name in names)


def test_the_datelines_place_is_read_as_a_place_of_the_story(nlp):
    data = (b"KELMARK CORP SEES HIGHER PROFIT\n\nNEW YORK, March 12 - Kelmark Corp said it expects higher "
            b"profit this year, helped by sales of its testing products.\n")
    raw = read_data(data, source="kelmark.txt", suffix=".txt")
    assert raw.dateline == "New York"
    text, body_start = nlp_text(raw)
    assert text == f"{raw.headline}\n\nNew York\n\n{raw.body}" and text[body_start:] == raw.body
    record = entry_for(raw, nlp, Settings())["record"]
    places = {e["name"] for e in record["entities"] if e["kind"] == "place"}
    assert "New York" in places
    assert record["summary"][0].startswith("Kelmark Corp said")      # the dateline is no sentence of the lede


def test_a_companys_name_shouted_without_its_suffix_is_the_same_company(nlp):
    from generator.extract.entities import entities

    headline = "VORTAL AIR SEES FIRST QUARTER LOSS"
    text = f"{headline}\n\nVortal Air Corp said it expects a loss in the first quarter because of higher fuel costs."
    ents = entities(parse(nlp, text), body_start=len(headline) + 2)
    company = [e for e in ents if e.kind == "organization" and e.name.startswith("Vortal Air")]
    assert len(company) == 1
    assert any(m.start < len(headline) for m in company[0].mentions)     # the headline's mention is it
    assert company[0].name == "Vortal Air Corp" and "Vortal Air" in company[0].aliases
    assert not any(e.kind == "place" for e in ents)



def test_the_datelines_place_stays_a_place_in_a_sports_report(nlp):
    data = (b"Everton beat Leeds\n\nLONDON, Aug 30 - Everton beat Leeds United 2-1 at Goodison Park on Saturday "
            b"to go top of the league. Leeds manager Tom Hale said his side had been poor. Everton striker Joe "
            b"Rand scored twice in the second half, and the home side held on for the win.\n")
    record = entry_for(read_data(data, source="match.txt", suffix=".txt"), nlp, Settings())["record"]
    kinds = {e["name"]: e["kind"] for e in record["entities"]}
    assert kinds.get("London") == "place" and kinds.get("Everton") == "organization"

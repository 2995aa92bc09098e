"""Extractive summary: verbatim sentences, lead-biased, free of furniture and duplicates."""
from pathlib import Path

import pytest

from generator.extract.summary import summary

SEED = Path(__file__).resolve().parent.parent / "seeds" / "000_74fc545b955188a6.txt"

LEAD = "The city council voted on Tuesday to close the old harbour bridge to all traffic."
SECOND = "Engineers found deep cracks in two of its steel supports during an inspection last month."
THIRD = "Drivers will be sent on a twelve mile detour through the northern suburbs until repairs end."
FOURTH = "The mayor said the repairs would cost the city about four million dollars in total."


def _doc(nlp, paragraphs, headline="Harbour bridge to close after cracks found"):
    body = "\n\n".join(paragraphs)
    return nlp(f"{headline}\n\n{body}"), len(headline) + 2


@pytest.mark.parametrize("paragraphs, must_have, must_not", [
    ([LEAD, SECOND, THIRD, FOURTH], [LEAD], []),
    (["HARBOURTON (AP) — " + LEAD, SECOND, THIRD], [LEAD], ["HARBOURTON", "(AP)"]),
    (["By JANE SMITH", LEAD, SECOND, THIRD], [LEAD], ["JANE SMITH"]),
    ([LEAD, "(AP Photo/John Doe) A view of the harbour bridge from the east bank at dusk.", SECOND],
     [LEAD], ["AP Photo"]),
    (["Photo: the harbour bridge seen from the ferry terminal on a grey morning.", LEAD, SECOND],
     [LEAD], ["Photo:"]),
    ([LEAD, "Click here to sign up for our free daily newsletter about the city.", SECOND],
     [LEAD], ["Click here", "newsletter"]),
    ([LEAD, SECOND, "Jane Smith in Harbourton contributed to this report."],
     [LEAD], ["contributed to this report"]),
    ([LEAD, SECOND, "Copyright 2024 The Harbour Times. All rights reserved."], [LEAD], ["rights reserved"]),
    (["Will your commute to work get longer because of the bridge closure?", LEAD, SECOND],
     [LEAD], ["commute"]),
    (["Bridge shut.", LEAD, SECOND], [LEAD], ["Bridge shut."]),
    (["ShareEmailFacebookTwitterWhatsAppCopy this link" + LEAD, SECOND], [LEAD], ["Facebook"]),
])
def test_summary_sentences(nlp, paragraphs, must_have, must_not):
    doc, start = _doc(nlp, paragraphs)
    found = summary(doc, body_start=start, sentences=3)
    assert found
    for sentence in found:
        assert sentence in doc.text[start:]
    joined = " ".join(found)
    for text in must_have:
        assert text in found
    for text in must_not:
        assert text not in joined


def test_repeated_dek_appears_once(nlp):
    dek = "The city council voted to close the old harbour bridge to all traffic on Tuesday."
    doc, start = _doc(nlp, [dek, LEAD, SECOND, THIRD])
    found = summary(doc, body_start=start, sentences=3)
    assert sum(s in (dek, LEAD) for s in found) == 1


def test_article_order_and_count(nlp):
    doc, start = _doc(nlp, [LEAD, SECOND, THIRD, FOURTH])
    for n in (1, 2, 3):
        found = summary(doc, body_start=start, sentences=n)
        assert len(found) == n
        positions = [doc.text.index(s) for s in found]
        assert positions == sorted(positions)
    assert summary(doc, body_start=start, sentences=1) == (LEAD,)


def test_word_budget(nlp):
    doc, start = _doc(nlp, [LEAD, SECOND, THIRD, FOURTH])
    found = summary(doc, body_start=start, sentences=3, max_words=20)
    assert found == (LEAD,)


@pytest.mark.parametrize("paragraphs", [
    [],
    ["By JANE SMITH"],
    ["Photo: harbour bridge.", "Click here to sign up for our newsletter today and every day."],
    ["Is this the end of the harbour bridge as we have known it for decades?"],
])
def test_nothing_to_summarise(nlp, paragraphs):
    doc, start = _doc(nlp, paragraphs or [""])
    assert summary(doc, body_start=start) == ()


def test_headline_never_in_summary(nlp):
    headline = "The city council voted on Tuesday to close the old harbour bridge to traffic"
    doc, start = _doc(nlp, [SECOND, THIRD], headline=headline)
    found = summary(doc, body_start=start, sentences=3)
    assert found == (SECOND, THIRD)


def test_seed_summary(nlp):
    lines = SEED.read_text(encoding="utf-8").splitlines()
    headline, body = lines[0], [line for line in lines[2:] if line.strip()]
    doc, start = _doc(nlp, body, headline=headline)
    found = summary(doc, body_start=start, sentences=3)
    assert len(found) == 3
    assert found[0].startswith("U.S. Secretary of State Antony Blinken will use his ninth")
    for sentence in found:
        assert sentence in doc.text[start:]
        assert "(AP)" not in sentence and "contributed to this report" not in sentence


def test_the_lead_is_kept_even_when_a_later_sentence_is_more_central(nlp):
    lead = "Residents packed the town hall on a rainy evening to hear the debate."
    doc, start = _doc(nlp, [
        lead,
        "The council budget vote on school funding passed after the council approved more school "
        "funding in the budget.",
        "Members said the budget vote would raise school funding by a fifth.",
    ], headline="Council budget vote on school funding")
    assert summary(doc, body_start=start, sentences=1) == (lead,)


@pytest.mark.parametrize("lead", [
    'The harbour master said the closure was "long overdue."',
    "The harbour master called the closure 'long overdue.'",
    "The harbour master said the closure was long overdue (and costly.)",
])
def test_summary_sentence_keeps_its_closing_quotation_mark(nlp, lead):
    doc, start = _doc(nlp, [lead, SECOND, THIRD])
    chosen = summary(doc, body_start=start)
    assert chosen[0] == lead
    assert all(not s.startswith(("'", '"', ")")) for s in chosen)


@pytest.mark.parametrize("furniture", [
    "Story by Jane Smith • Updated 2 hours ago",
    "Published 3:10 PM EST, Mon June 3, 2024",
    "Updated 9:12 a.m. ET March 5, 2024 · 4 min read",
])
def test_byline_and_stamp_furniture_never_in_the_summary(nlp, furniture):
    doc, start = _doc(nlp, [furniture, LEAD, SECOND, THIRD])
    chosen = summary(doc, body_start=start)
    assert chosen[0] == LEAD
    assert not any(word in " ".join(chosen) for word in ("Story by", "Updated", "Published"))


def test_the_summary_shows_wire_names_without_their_ticker_markup(nlp):
    """Reuters wire copy marks a company as "<Harbourline Mines Ltd>" or "Harbourline Corp <HBL>": the
    record's summary keeps the words and drops the markup, as the headline does."""
    from generator.extract import extract, nlp_text, to_record
    from generator.readers import read_text

    body = ("Gold miner <Harbourline Mines Ltd> said it will float a unit to be known as <Harbourline "
            "Gold Co Ltd>. Tasman Holdings Corp <TSM.N> will take a stake of ten pct in the unit, it said.")
    raw = read_text(f"Harbourline to float unit\n\n{body}\n", source="wire/harbourline.txt")
    text, start = nlp_text(raw)
    summary = to_record(raw, extract(raw, nlp(text), body_start=start), article_id="x")["summary"]
    assert summary and not any("<" in s or ">" in s for s in summary)
    assert "Gold miner Harbourline Mines Ltd said" in summary[0]
    assert any("Tasman Holdings Corp will take" in s for s in summary)

"""A site's advertising, subscription pitch and photo captions are never the lead or the summary
(issue 8). Every input here is invented."""
from __future__ import annotations

import pytest

from generator.extract import extract, nlp_text, to_record
from generator.extract.summary import CREDIT_LINE, PROMO
from generator.readers import read_text

STORY = ("The Brackenford council voted on Tuesday to close two libraries to save money, officials said.\n"
         "Mayor Ruth Okonkwo told reporters the savings would reach 1.2 million pounds a year.\n"
         "Residents said they would appeal against the decision at the next meeting.\n")


def _record(nlp, text):
    raw = read_text(text, source="local/libraries.txt")
    body, start = nlp_text(raw)
    return to_record(raw, extract(raw, nlp(body), body_start=start), article_id="x")


@pytest.mark.parametrize("pitch", [
    "Get unlimited access to the Brackenford Courier for just $1 a week, cancel anytime.",
    "Support independent journalism and become a member of the Courier community today.",
    "Start your free trial now and get the stories that matter delivered to your inbox every morning.",
])
def test_a_subscription_pitch_is_never_the_lead_nor_in_the_summary(nlp, pitch):
    record = _record(nlp, f"Libraries to close\n\n{pitch}\n{STORY}")
    assert record["summary"] and all(pitch[:30] not in s for s in record["summary"])
    assert record["summary"][0].startswith("The Brackenford council")


def test_a_sponsors_label_and_copy_are_never_the_lead(nlp):
    text = ("Libraries to close\n\nPresented by Northgate Energy\n\nA message from Northgate Energy:\n\n"
            "Northgate Energy is powering homes across the county with cleaner fuel every day.\n\n" + STORY)
    record = _record(nlp, text)
    assert record["summary"][0].startswith("The Brackenford council")
    assert not any("Northgate" in s for s in record["summary"])


def test_a_photo_caption_with_its_credit_is_not_the_lead(nlp):
    text = ("Libraries to close\n\nBooks stacked in the hall of the Brackenford library on Tuesday afternoon.\n\n"
            "(Jane Doe/jdoe@example.com)\n\n" + STORY)
    record = _record(nlp, text)
    assert record["summary"][0].startswith("The Brackenford council")


@pytest.mark.parametrize("sentence", [
    "Investors agreed to subscribe for 65 mln stg in new shares, the company said.",
    "He told a symposium sponsored by Brackenford University that spending would fall.",
    "The rail operator begins with a free trial on 16 trains from early March.",
])
def test_reporting_about_subscriptions_and_sponsors_is_not_a_pitch(sentence):
    assert not PROMO.search(sentence)


@pytest.mark.parametrize("line, credit", [
    ("(Jane Doe/jdoe@example.com)", True), ("(Public domain)", True), ("Photo: Jane Doe/Reuters", True),
    ("He said the deal was done.", False), ("The Smith/Jones merger collapsed on Friday.", False), ("AP", False),
])
def test_credit_lines(line, credit):
    assert bool(CREDIT_LINE.match(line)) is credit


def test_a_table_of_figures_gets_no_table_row_for_a_headline(nlp):
    table = ("BRACKENFORD, April 7 - Shr 21 cts vs 19 cts\n    Net 1,407,000 vs 1,293,000\n"
             "    Revs 17.2 mln vs 16.1 mln\n    Avg shrs 6,700,000 vs 6,650,000\n    Note: Year-ago restated.\n")
    record = _record(nlp, table)
    assert record["headline"] is None
    from generator.site.index import NO_HEADLINE, Article
    assert "cts" not in NO_HEADLINE and Article(id="x", record=record, slug="x", date=None).title == NO_HEADLINE
    deeper = table + "    Harlow Mills Inc said its quarterly results included a gain on the sale of a plant.\n"
    assert _record(nlp, deeper)["headline"].startswith("Harlow Mills Inc said")

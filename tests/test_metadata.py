"""Metadata in the forms sites and wires write it: bylines with an outlet and furniture, dated and
relative stamps, an end note repeating the byline, publication versus modification dates in a page's
markup, a date in the file name, share boxes in saved pages.

All texts are written here; none comes from a corpus.
"""
from __future__ import annotations

import pytest

from generator.readers import read_text
from generator.readers.byline import byline_line
from generator.readers.dates import date_line, file_name_date, stamp_line
from generator.readers.furniture import is_share_furniture
from generator.readers.outlets import outlet_phrase

LEDE = "HALDEN, Maine — The harbour board voted 5-4 on Monday to dredge the north channel before winter."
MORE = "Work is expected to start in October and to last about six weeks, a board member said."


def _text(*header: str) -> str:
    return "\n\n".join(["Harbour board backs dredging plan", *header, LEDE, MORE]) + "\n"


# ---------------------------------------------------------------- bylines


@pytest.mark.parametrize("header, authors, outlet", [
    ("By PRIYA NANDAKUMAR | The Coastal Ledger", ["Priya Nandakumar"], "The Coastal Ledger"),
    ("By Priya Nandakumar | Coastal Ledger", ["Priya Nandakumar"], "Coastal Ledger"),
    ("By Priya Nandakumar, The Coastal Ledger", ["Priya Nandakumar"], "The Coastal Ledger"),
    ("By Priya Nandakumar and Tomas Reyes, Harbor Times", ["Priya Nandakumar", "Tomas Reyes"], "Harbor Times"),
    ("By Priya Nandakumar · WCPN", ["Priya Nandakumar"], "WCPN"),
    ("By Priya Nandakumar | Staff Writer | The Coastal Ledger", ["Priya Nandakumar"], "The Coastal Ledger"),
    ("Story by Priya Nandakumar • Updated 3 hours ago", ["Priya Nandakumar"], None),
    ("Words by Priya Nandakumar", ["Priya Nandakumar"], None),
    # A comma before a second person is a list of names, not an outlet.
    ("By Priya Nandakumar, Tomas Reyes", ["Priya Nandakumar", "Tomas Reyes"], None),
])
def test_byline_lines_with_outlet_and_furniture(header, authors, outlet):
    article = read_text(_text(header), source="story.txt")
    assert [a.name for a in article.authors] == authors
    assert article.outlet == outlet
    assert article.dateline == "Halden, Maine"
    # The byline line is header, never body text.
    assert not any("Nandakumar" in p for p in article.paragraphs)


def test_byline_role_after_a_bar():
    article = read_text(_text("By Priya Nandakumar | Staff Writer"), source="story.txt")
    assert [(a.name, a.role) for a in article.authors] == [("Priya Nandakumar", "Staff Writer")]


@pytest.mark.parametrize("text, expected", [
    ("The Coastal Ledger", "The Coastal Ledger"),
    ("Harbor Times", "Harbor Times"),
    ("ledgernews.com", "ledgernews.com"),
    ("Tomas Reyes", None),
    ("Staff Writer", None),
    ("Maria Post", None),          # a given name before a masthead word is a person
    ("Opinion", None),
])
def test_outlet_phrase(text, expected):
    assert outlet_phrase(text) == expected


def test_a_byline_that_is_a_sentence_is_not_one():
    assert byline_line("By the end of the week, the channel will be open.") is None


# ---------------------------------------------------------------- date stamps


@pytest.mark.parametrize("line, expected", [
    ("Published 9:41 AM EDT, Wed June 12, 2024", ("published", "2024-06-12")),
    ("Published 21:41 BST, 12 June 2024", ("published", "2024-06-12")),
    ("Posted: 10 a.m. ET June 12, 2024", ("published", "2024-06-12")),
    ("Wed 12 Jun 2024 09.41 BST", ("published", "2024-06-12")),
    ("June 12, 2024 at 9:41 a.m. PDT", ("published", "2024-06-12")),
    ("Updated 9:41 AM EDT, Wed June 12, 2024", ("updated", "2024-06-12")),
    ("Last modified: 2024-06-12", ("updated", "2024-06-12")),
    ("Updated 3 hours ago", ("relative", None)),
    ("Published 45 mins ago", ("relative", None)),
    ("4 min read", ("relative", None)),
    ("Published 07/08/2024", ("published", None)),     # July 8 or 7 August: not guessed
    ("Published 25/08/2024", ("published", "2024-08-25")),
    ("The vote was on June 12, 2024, in the town hall.", None),
])
def test_stamp_line(line, expected):
    assert stamp_line(line) == expected


def test_published_stamp_with_time_first_in_the_header():
    article = read_text(_text("By Priya Nandakumar | The Coastal Ledger", "Published 9:41 AM EDT, Wed June 12, 2024"),
                        source="story.txt")
    assert article.published == "2024-06-12"
    assert not any("Published" in p for p in article.paragraphs)


@pytest.mark.parametrize("stamp", ["Updated 9:41 AM EDT, Wed June 12, 2024", "Updated 3 hours ago",
                                   "Last updated 07/08/2024"])
def test_an_update_stamp_is_not_the_publication_date(stamp):
    article = read_text(_text("By Priya Nandakumar", stamp), source="story.txt")
    assert article.published is None
    assert [a.name for a in article.authors] == ["Priya Nandakumar"]
    assert not any("pdated" in p for p in article.paragraphs)


def test_date_line_still_reads_labelled_dates():
    assert date_line("Updated: 2024-06-12") == "2024-06-12"


# ---------------------------------------------------------------- end notes


def test_reuters_credit_line_repeating_the_byline_names_no_contributor_twice():
    text = ("Copper climbs\n\nBy Ines Falk\n\nSANTIAGO, June 3 (Reuters) - Copper prices rose 3% on Monday after "
            "a strike closed two mines.\n\n(Reporting by Ines Falk in Santiago; Additional reporting by Rui "
            "Mendes in Lima; Editing by Paul Grant)\n")
    article = read_text(text, source="copper.txt")
    assert [a.name for a in article.authors] == ["Ines Falk"]
    assert [c.name for c in article.contributors] == ["Rui Mendes"]
    assert article.outlet == "Reuters"


# ---------------------------------------------------------------- dates in saved pages


def _page(head: str, body_extra: str = "") -> str:
    return (f"<html><head><title>Ferry service resumes</title>{head}</head><body><article>"
            "<h1>Ferry service resumes</h1><p>The island ferry returned to its summer timetable on Friday "
            "after repairs to the main landing were finished ahead of schedule.</p>"
            f"<p>About 2,000 passengers a day use the route.</p>{body_extra}</article></body></html>")


def test_jsonld_published_wins_over_a_later_modified_meta():
    head = ('<meta property="article:modified_time" content="2024-07-20T10:00:00Z">'
            '<script type="application/ld+json">{"@type": "NewsArticle", "datePublished": "2023-05-09T06:00:00Z",'
            ' "dateModified": "2024-07-20T10:00:00Z"}</script>')
    assert read_text(_page(head), source="ferry.html", format="html").published == "2023-05-09"


def test_meta_published_time_wins():
    head = ('<meta property="og:updated_time" content="2024-07-20T10:00:00Z">'
            '<meta property="article:published_time" content="2024-02-01T08:00:00+01:00">')
    assert read_text(_page(head), source="ferry.html", format="html").published == "2024-02-01"


def test_only_a_modified_date_is_no_publication_date():
    head = '<meta property="article:modified_time" content="2024-07-20T10:00:00Z">'
    assert read_text(_page(head), source="ferry.html", format="html").published is None


def test_a_footer_last_updated_date_is_not_the_publication_date():
    page = _page("").replace("</body>", "<footer><p>Page last updated 03/11/2021.</p></footer></body>")
    page = page.replace("<article>", "<article><p>Updated 5 hours ago</p>")
    article = read_text(page, source="ferry.html", format="html")
    assert article.published is None
    assert not any("Updated" in p for p in article.paragraphs)


# ---------------------------------------------------------------- file names


@pytest.mark.parametrize("name, expected", [
    ("2024-03-09-harbour-dredging.md", "2024-03-09"),
    ("posts/2019-11-30_ferry.txt", "2019-11-30"),
    ("coastal-ledger_2018-01-15_ferry-returns.txt", "2018-01-15"),
    ("ferry-2020-02-29.html", "2020-02-29"),
    ("00412.txt", None),
    ("20240309.txt", None),
    ("2024-02-30-impossible.md", None),
])
def test_file_name_date(name, expected):
    assert file_name_date(name) == expected


def test_a_date_in_the_file_name_counts_as_stated():
    article = read_text(_text(), source="archive/2022-09-14-harbour.txt")
    assert article.published == "2022-09-14"
    assert dict(article.provenance)["published"] == "file name"


def test_the_text_date_wins_over_the_file_name():
    article = read_text(_text("June 12, 2024"), source="2022-09-14-harbour.txt")
    assert article.published == "2024-06-12"


def test_front_matter_date_wins_over_the_file_name():
    text = "---\ntitle: Harbour board backs dredging\ndate: 2023-01-02\n---\n\n" + LEDE + "\n"
    assert read_text(text, source="2022-09-14-harbour.md", format="markdown").published == "2023-01-02"


# ---------------------------------------------------------------- share boxes


@pytest.mark.parametrize("paragraph, expected", [
    ("Send any friend a story", True),
    ("As a subscriber, you have 7 gift articles to give each month. Anyone can read what you share.", True),
    ("Share full article", True),
    ("Listen to this article · 6 min", True),
    ("Skip advertisement", True),
    ("Advertisement", True),
    ("She wanted to share the story of her father with the town.", False),
    ("The museum received 40 gifts from donors last year.", False),
    ("You have 4 of 10 shares left this month.", True),
    ("Readers have 3 free stories remaining each month before the paywall.", True),
    ("The club has 12 of 20 games left this season.", False),
    ("Investors had 3 million shares left after the sale.", False),
])
def test_is_share_furniture(paragraph, expected):
    assert is_share_furniture(paragraph) is expected


def test_share_box_in_a_saved_page_is_not_body_text():
    box = ("<p>Send any friend a story</p><p>As a subscriber, you have 7 gift articles to give each month. "
           "Anyone can read what you share.</p><p>By Ruth Okafor</p>")
    page = _page("").replace("<h1>Ferry service resumes</h1>", "<h1>Ferry service resumes</h1>" + box)
    article = read_text(page, source="ferry.html", format="html")
    assert [a.name for a in article.authors] == ["Ruth Okafor"]
    assert not any("gift" in p or "Anyone can read" in p or "friend" in p for p in article.paragraphs)


def test_header_lines_below_the_first_few_are_not_body_text():
    text = ("Harbour board backs dredging plan\n\nThe vote ends a two-year dispute over the north channel\n\n"
            "Analysis\n\nBy Priya Nandakumar | The Coastal Ledger\n\nPublished 9:41 AM EDT, Wed June 12, 2024\n\n"
            "Updated 3 hours ago\n\n" + LEDE + "\n\n" + MORE + "\n")
    article = read_text(text, source="story.txt")
    assert [a.name for a in article.authors] == ["Priya Nandakumar"]
    assert article.outlet == "The Coastal Ledger"
    assert article.published == "2024-06-12"
    assert article.dateline == "Halden, Maine"
    assert article.paragraphs[0].startswith("The harbour board voted")

"""Kinds of page that are not news (issue 8, item 6): an email newsletter, a press release, a chapter
of fiction, a blog post with its category list, a page of menu labels, a page filed under reviews.
Every input here is invented; each kind has a news story beside it that must stay news."""
from __future__ import annotations

import pytest

from generator.readers import read_text
from generator.readers.genre import markup_reason, review_section_reason
from generator.readers.genre_text import chapter_reason, furniture_reason, text_genre_reason

NEWS = [
    "The council of Brackenford voted on Tuesday to close two libraries, officials said.",
    "Mayor Ruth Okonkwo told reporters the savings would reach 1.2 million pounds a year.",
    "Residents said they would appeal, according to a statement from the Friends of Brackenford Libraries.",
]


def test_an_email_newsletter_is_not_news():
    letter = ["Good morning! Here is what we are reading this week.",
              "The harbour festival returns on Saturday with boats, music and food stalls.",
              "View this email in your browser",
              "You are receiving this email because you signed up at our website.",
              "Unsubscribe | Update your preferences"]
    assert furniture_reason(letter).startswith("an email newsletter")
    assert furniture_reason(NEWS) is None


def test_a_press_release_is_not_news_but_a_report_of_one_is():
    release = ["LONDON, May 4, 2023 /PRNewswire/ -- Quillfeather Ltd today launched its new ledger app.",
               "The app lets small shops keep their books on a phone.",
               "About Quillfeather",
               "Quillfeather builds software for small businesses in 12 countries.",
               "Media Contact:", "Ann Pryce, ann@example.com", "###"]
    assert furniture_reason(release).startswith("a press release")
    report = ["Quillfeather Ltd launched a ledger app on Thursday, the company said in a press release.",
              "About 300 shops had tested it, a spokeswoman said."]
    assert furniture_reason(report) is None


def test_a_chapter_of_fiction_is_not_news_but_chapter_11_is():
    chapter = ["Chapter 12: The Silver Gate", "The wind tore at the banners as Lira climbed the wall.",
               "“We should not be here,” Tomas whispered.", "“Then go back,” she said.",
               "He did not move.", "“Whoever opened the gate knew we were coming.”",
               "The torches below flickered.", "“Then they know we are late,” Lira said.",
               "Previous Chapter | Table of Contents | Next Chapter"]
    assert chapter_reason("The Silver Gate", chapter).startswith("a chapter of fiction")
    bankrupt = ["Chapter 11 bankruptcy protection was sought by Harlow Mills Inc on Monday, the company said.",
                "“We expect to keep trading,” chief executive Dan Ross said.", "Previous filings were in 1998."]
    assert chapter_reason("Harlow Mills files for Chapter 11", bankrupt) is None


def test_a_blog_post_with_its_category_list_is_not_news():
    post = NEWS[:1] + ["We all get older, and so do our colleagues.",
                       "- Company News (31)", "- Automation (3)", "- Customer Service (24)",
                       "- Leadership (13)", "- Digital Change (37)", "- General (53)"]
    assert furniture_reason(post).startswith("a blog post")
    results = NEWS + ["Arsenal (3) beat Chelsea (1) at home."]
    assert furniture_reason(results) is None


def test_a_page_of_menu_labels_is_not_news():
    menu = ["Home", "World", "Business", "Sport", "Weather", "Contact us", "About us", "Careers",
            "Privacy", "Cookie settings", "Sitemap", "Accessibility", "Help", "Newsletters",
            "A short welcome text for the front page."]
    assert furniture_reason(menu).startswith("mostly navigation")
    squad = NEWS + ["Team: Jones, Smith, Brown, Patel, Evans, Walsh, Ward, Hill, Lee, Rossi, Diaz, Khan."]
    assert furniture_reason(squad) is None


@pytest.mark.parametrize("sections, url, expected", [
    (["review"], None, "a review (its markup files it under 'review')"),
    (["Reviews"], None, "a review (its markup files it under 'Reviews')"),
    ([], "https://example.org/reviews/albums/the-lanterns-glass/", "a review (its address files it under /reviews/)"),
    ([], "https://example.org/gear-reviews/2021-skis", "a review (its address files it under /gear-reviews/)"),
    ([], "https://example.org/news/2021/police-review-finds-failings", None),   # the slug is the story's name
    (["Politics", "News"], "https://example.org/politics/vote", None),
])
def test_a_page_filed_under_reviews(sections, url, expected):
    assert review_section_reason(sections, url) == expected


def test_a_review_section_never_outweighs_a_declared_news_article():
    assert markup_reason(og_types=["article"], ld_types=["NewsArticle"], meta_names=set(), sections=["Reviews"]) is None
    assert markup_reason(og_types=["website"], ld_types=[], meta_names=set(), sections=["review"])


def test_a_saved_record_review_gets_a_warning():
    html = ("<html><head><title>The Lanterns: Glass</title>"
            '<meta property="og:url" content="https://example.org/reviews/albums/the-lanterns-glass/">'
            "</head><body><article><h1>The Lanterns: Glass</h1>"
            + "".join(f"<p>{p}</p>" for p in [
                "The second record by the Lanterns trades its brittle synth lines for warm guitars.",
                "Its songs drift, and the best of them, a slow closing track, lingers long after it ends.",
                "It is a fine album, if not quite the leap its singles promised."])
            + "</article></body></html>")
    raw = read_text(html, source="pages/lanterns.html", format="html")
    assert not raw.news
    assert any("pages/lanterns.html" in w and "a review" in w for w in raw.warnings)


def test_news_stays_news():
    assert text_genre_reason("Libraries to close", NEWS) is None

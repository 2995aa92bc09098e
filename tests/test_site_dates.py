"""Dates on timelines and the front page: undated articles once, at the end; news first."""
from __future__ import annotations

from generator.site import write_site
from generator.site.index import build_index
from generator.site.render_lists import latest_items


def record(article_id, *, published=None, entities=(), **extra):
    base = {"id": article_id, "source": f"seeds/{article_id}.txt", "headline": f"Story {article_id}",
            "description": None, "outlet": "Wire", "authors": [], "contributors": [], "dateline": None,
            "published": published, "summary": [f"Lead sentence of {article_id}."], "entities": list(entities),
            "quotes": [], "numbers": [], "topics": [], "warnings": []}
    base.update(extra)
    return base


def person(name):
    return {"name": name, "kind": "person", "aliases": [], "titles": [], "mentions": 2}


def test_undated_articles_are_grouped_once_at_the_end_without_a_date_each(tmp_path):
    who = [person("Ada Quill")]
    records = [record("u1", entities=who), record("d1", published="2024-03-02", entities=who),
               record("u2", entities=who), record("d2", published="2024-05-09", entities=who)]
    write_site(records, tmp_path)
    page = next((tmp_path / "people").glob("ada-quill*.md")).read_text()
    timeline = page.split("## Timeline", 1)[1]
    assert "Undated" not in timeline
    assert timeline.count("### Date not stated") == 1
    dated, undated = timeline.split("### Date not stated")
    assert "Story d1" in dated and "Story d2" in dated and dated.index("Story d2") < dated.index("Story d1")
    assert "Story u1" in undated and "Story u2" in undated
    assert "- [Story u1]" in undated              # no date of its own on the line


def test_home_opens_with_the_newest_dated_news_then_undated_news_never_pages_that_are_not_news():
    index = build_index([record("old", published="2023-01-05"), record("undated"),
                         record("new", published="2024-07-01"),
                         record("deals", published="2024-08-01", news=False)])
    ids = [i for _, members in latest_items(index) for i in members]
    assert ids == ["new", "old", "undated"]


def test_by_month_heads_each_change_of_month_once_and_the_undated_under_one_heading():
    from generator.site.markup import UNDATED_HEADING, by_month

    dates = {"a": "2024-05-30", "b": "2024-05-02", "c": "2024-04-11", "d": None, "e": None}
    got = list(by_month(dates, dates.get))
    assert got == [("May 2024", "a"), (None, "b"), ("April 2024", "c"), (UNDATED_HEADING, "d"), (None, "e")]
    # the order given is kept: a month met again after another gets its heading again
    assert [h for h, _ in by_month(["x", "y", "z"], {"x": "2024-01-01", "y": "2023-12-01", "z": "2024-01-09"}.get)] \
        == ["January 2024", "December 2023", "January 2024"]


def test_the_article_list_and_a_timeline_share_their_month_headings(tmp_path):
    who = [person("Ada Quill")]
    records = [record("d1", published="2024-03-02", entities=who), record("d2", published="2024-03-20", entities=who),
               record("u1", entities=who)]
    write_site(records, tmp_path)
    listing = (tmp_path / "articles" / "index.md").read_text()
    timeline = next((tmp_path / "people").glob("ada-quill*.md")).read_text().split("## Timeline", 1)[1]
    assert listing.count("## March 2024") == 1 and listing.count("## Date not stated") == 1
    assert timeline.count("### March 2024") == 1 and timeline.count("### Date not stated") == 1


def test_the_date_range_in_a_pages_header_says_how_many_articles_it_leaves_out(tmp_path):
    who = [person("Ada Quill")]
    records = [record("u1", entities=who), record("d1", published="2024-03-02", entities=who),
               record("u2", entities=who), record("d2", published="2024-05-09", entities=who),
               record("x1", entities=[person("Bo Reed")]), record("x2", entities=[person("Bo Reed")])]
    write_site(records, tmp_path)
    header = next((tmp_path / "people").glob("ada-quill*.md")).read_text().split("## ", 1)[0]
    assert "2024 – " in header and ", 2 undated" in header
    other = next((tmp_path / "people").glob("bo-reed*.md")).read_text().split("## ", 1)[0]
    assert "undated" not in other                # no range at all when no article has a date

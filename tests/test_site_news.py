"""The news product's rules, on hand-made records: stories, contracts with the entity and budget
helpers, links out, source paths, indexes, feed, slugs and the build's warning summary."""
from __future__ import annotations

import json
import xml.etree.ElementTree as ET

import pytest

from generator import buildlog
from generator.dedupe import duplicate_groups, fingerprint, signature
from generator.site import write_site
from generator.site.index import build_index, surname_key
from generator.site.markup import safe_url
from generator.slugs import slugify


def record(article_id, *, published="2024-05-01", entities=(), topics=(), quotes=(), **extra):
    base = {"id": article_id, "source": f"seeds/{article_id}.txt", "headline": f"Story {article_id}",
            "description": None, "outlet": "Wire", "authors": [], "contributors": [], "dateline": None,
            "published": published, "summary": [f"Lead sentence of {article_id}."], "entities": list(entities),
            "quotes": list(quotes), "numbers": [], "topics": list(topics), "warnings": []}
    base.update(extra)
    return base


def ent(name, kind="person", **extra):
    return {"name": name, "kind": kind, "aliases": [], "titles": [], "mentions": 1, **extra}


# --- slugs and near-duplicates ----------------------------------------------------------------------

@pytest.mark.parametrize("raw, expected", [("Łódź", "lodz"), ("Kraków", "krakow"), ("Straße", "strasse"),
                                           ("Київ", "kiiv"), ("Zürich Airport", "zurich-airport")])
def test_slugs_are_transliterated(raw, expected):
    assert slugify(raw) == expected


def test_near_duplicates_found_with_minhash_lsh():
    words = " ".join(f"word{i}" for i in range(120))
    texts = [words, words.replace("word60", "changed"), " ".join(f"other{i}" for i in range(120)), words]
    entries = [{"fingerprint": fingerprint(t), "signature": signature(t)} for t in texts]
    assert duplicate_groups(entries) == [[0, 1, 3]]
    assert signature("too short") == []
    assert signature(words) == signature(words)            # same text, same signature


# --- contracts: published entities only, page budget -----------------------------------------------

def test_held_back_entities_are_never_listed_or_linked(tmp_path):
    records = [record("a", entities=[ent("Real Person"), ent("Noise Word", published=False, evidence=["mentions:1"])],
                      quotes=[{"text": "Something said here.", "speaker": "Noise Word"}]),
               record("b", entities=[ent("Real Person"), ent("Noise Word", published=False, evidence=["mentions:1"])])]
    write_site(records, tmp_path)
    assert not (tmp_path / "people/noise-word.md").exists()
    article = (tmp_path / "articles/a.md").read_text()
    assert "noise-word" not in article and "[Real Person]" in article
    people = (tmp_path / "people/index.md").read_text()
    assert "Noise Word" not in people
    held = (tmp_path / "quality/held-back.md").read_text()
    assert "Noise Word (person) — evidence: mentions:1" in held


def test_an_actor_held_back_in_one_article_is_not_shown_on_that_articles_page(tmp_path):
    # "Harbourish" is a people in stories a and b, and only an adjective of things in c ("Harbourish
    # ferries"): held back there alone, it must not be listed, linked or counted from c's page.
    people = ent("Harbourish", "group")
    things = ent("Harbourish", "group", published=False, evidence=["gazetteer", "against:of-things"])
    records = [record("a", entities=[dict(people)]), record("b", entities=[dict(people)]),
               record("c", headline="Ferry fares", entities=[ent("Real Person"), things])]
    write_site(records, tmp_path)
    assert (tmp_path / "groups/harbourish.md").exists()
    article = (tmp_path / "articles/c.md").read_text()
    assert "Harbourish" not in article and "Real Person" in article
    assert "Ferry fares" not in (tmp_path / "groups/harbourish.md").read_text()


def test_actors_without_a_page_are_plain_text(tmp_path, monkeypatch):
    from generator.site import index

    monkeypatch.setattr(index, "earns_page", lambda actor: len(actor.appearances) > 1)
    records = [record("a", entities=[ent("Twice Seen"), ent("Once Seen")]), record("b", entities=[ent("Twice Seen")])]
    write_site(records, tmp_path)
    assert (tmp_path / "people/twice-seen.md").exists() and not (tmp_path / "people/once-seen.md").exists()
    people = (tmp_path / "people/index.md").read_text()
    assert "[Twice Seen](twice-seen.md) — 2 articles\n" in people
    assert "once-seen" not in (tmp_path / "articles/a.md").read_text()


def test_a_name_without_a_page_is_listed_with_its_article(tmp_path, monkeypatch):
    # "Harbour Radio" (one article, no page) beside "Harbour" (two, a page): the shorter name is a link,
    # the longer one must not read as held back: its entry leads to the article that names it.
    from generator.site import index

    monkeypatch.setattr(index, "earns_page", lambda actor: len(actor.appearances) > 1)
    records = [record("a", headline="Ferry strike ends", entities=[ent("Harbour", "organization"),
                                                                   ent("Harbour Radio", "organization")]),
               record("b", headline="Port tolls rise", entities=[ent("Harbour", "organization")])]
    write_site(records, tmp_path)
    orgs = (tmp_path / "organizations/index.md").read_text()
    assert "- [Harbour](harbour.md) — 2 articles\n" in orgs
    assert "- Harbour Radio — 1 article: [Ferry strike ends](../articles/" in orgs


# --- stories ----------------------------------------------------------------------------------------

def test_articles_sharing_actors_and_topics_within_days_make_a_story():
    shared = [ent("Ann Envoy"), ent("Bob Minister"), ent("Peace Council", "organization")]
    records = [record("day1", published="2024-03-01", entities=shared, topics=["talks"], outlet="Wire A"),
               record("day2", published="2024-03-03", entities=shared, topics=["talks"], outlet="Wire B"),
               record("later", published="2024-04-20", entities=shared, topics=["talks"]),
               record("other", published="2024-03-02", entities=[ent("Cy Solo"), ent("Di Solo")], topics=["talks"])]
    index = build_index(records)
    assert len(index.stories) == 1
    story = next(iter(index.stories.values()))
    assert story.articles == ["day1", "day2"]                       # oldest first
    assert story.outlets == ["Wire A", "Wire B"]
    assert "later" not in index.story_of and "other" not in index.story_of


def test_every_member_links_to_its_story(tmp_path):
    shared = [ent("Ann Envoy"), ent("Bob Minister"), ent("Cy Council", "organization")]
    records = [record("x1", published="2024-03-01", entities=shared, topics=["talks"]),
               record("x2", published="2024-03-02", entities=shared, topics=["talks"])]
    write_site(records, tmp_path)
    stories = [p for p in (tmp_path / "stories").glob("*.md") if p.name != "index.md"]
    assert len(stories) == 1
    for article in ("x1", "x2"):
        assert f"(../stories/{stories[0].name})" in (tmp_path / f"articles/{article}.md").read_text()
    timeline = stories[0].read_text().split("## Timeline")[1]
    assert timeline.index("Story x1") < timeline.index("Story x2")


# --- article page -----------------------------------------------------------------------------------

@pytest.mark.parametrize("url, ok", [("https://example.com/a?b=1", True), ("http://example.com", True),
                                     ("javascript:alert(1)", False), ("data:text/html,x", False),
                                     ("//evil.test/x", False), ("https://", False), ("https://a b.com", False),
                                     (None, False), ("ftp://example.com/x", False)])
def test_only_http_links_leave_the_site(url, ok):
    assert (safe_url(url) is not None) is ok


def test_read_the_original_is_escaped(tmp_path):
    write_site([record("a", url='https://example.com/?q="><script>x</script>')], tmp_path)
    page = (tmp_path / "articles/a.md").read_text()
    assert 'href="https://example.com/?q=&quot;&gt;&lt;script&gt;x&lt;/script&gt;"' in page
    write_site([record("a", url="javascript:alert(1)")], tmp_path)
    assert "Read the original" not in (tmp_path / "articles/a.md").read_text()


def test_quotes_one_entry_per_speaker_in_story_order(tmp_path):
    entities = [ent("Hillary Clinton", aliases=["Clinton"]), ent("Clinton"), ent("Bo Other")]
    quotes = [{"text": "First words.", "speaker": "Bo Other"}, {"text": "Second words.", "speaker": "Hillary Clinton"},
              {"text": "Third words.", "speaker": "Clinton"}, {"text": "Fourth words.", "speaker": "Bo Other"}]
    write_site([record("a", entities=entities, quotes=quotes)], tmp_path)
    page = (tmp_path / "articles/a.md").read_text()
    section = page.split("## Quotes")[1].split("## ")[0]
    assert section.count("> — ") == 2
    assert section.index("First words") < section.index("Second words") < section.index("Third words")
    # one entry per speaker, each quotation its own paragraph in it
    assert "> “First words\\.”\n>\n> “Fourth words\\.”\n>\n> — **Bo Other**" in section


def test_source_paths_are_relative_to_the_seeds_folder(tmp_path):
    seeds = tmp_path / "private" / "seeds"
    records = [record("a", source=str(seeds / "reuters" / "0001.txt"), sources=[str(seeds / "reuters" / "0001.txt")])]
    docs = tmp_path / "docs"
    write_site(records, docs, seeds=seeds, warnings=[f"{seeds}/reuters/0001.txt: no headline found"])
    for path in docs.rglob("*"):
        if path.is_file():
            assert str(tmp_path) not in path.read_text(encoding="utf-8"), path
    assert "reuters/0001\\.txt" in (docs / "articles/a.md").read_text()
    assert json.loads((docs / "data/articles.jsonl").read_text())["source"] == "reuters/0001.txt"


# --- indexes, home, feed ----------------------------------------------------------------------------

def test_people_by_surname_with_letter_bar_filter_and_most_mentioned(tmp_path):
    records = [record("a", entities=[ent("Zed Adams"), ent("Amy Young"), ent("Bea Émile")]),
               record("b", entities=[ent("Amy Young")])]
    write_site(records, tmp_path)
    people = (tmp_path / "people/index.md").read_text()
    assert people.index("Zed Adams") < people.index("Bea Émile") < people.index("Amy Young")
    assert "[A](index.md#a) [E](index.md#e) [Y](index.md#y)" in people and 'class="news-filter"' in people
    top = (tmp_path / "people/most-mentioned.md").read_text()
    assert top.index("Amy Young") < top.index("Zed Adams")
    assert surname_key("Martin Luther King Jr.")[1].startswith("King")


def test_home_has_latest_stories_and_counts(tmp_path):
    write_site([record("a", published="2024-05-02"), record("b", published="2024-05-01")], tmp_path)
    home = (tmp_path / "index.md").read_text()
    assert "[2 articles]" in home and "0 stories" not in home     # no story: no "0 stories"
    assert home.index("Story a") < home.index("Lead sentence of a") < home.index("Story b")


def test_atom_feed_lists_the_latest_articles(tmp_path):
    write_site([record("a", published="2024-05-02", headline="A & <b>"), record("b", published=None)], tmp_path)
    root = ET.fromstring((tmp_path / "data/feed.xml").read_bytes())
    ns = {"a": "http://www.w3.org/2005/Atom"}
    entries = root.findall("a:entry", ns)
    assert [e.find("a:title", ns).text for e in entries] == ["A & <b>"]           # dated articles only
    assert entries[0].find("a:link", ns).get("href") == "../articles/a.html"
    assert root.find("a:updated", ns).text.startswith("2024-05-02")
    before = (tmp_path / "data/feed.xml").read_bytes()
    write_site([record("a", published="2024-05-02", headline="A & <b>"), record("b", published=None)], tmp_path)
    assert (tmp_path / "data/feed.xml").read_bytes() == before                  # same input, same bytes


# --- build output -----------------------------------------------------------------------------------

def test_warnings_are_grouped_by_kind_with_counts(tmp_path):
    warnings = [f"reuters/{i:03d}.txt: no headline found; the first line reads as story text" for i in range(100)]
    warnings.append("bbc/x.txt: nearly the same text as bbc/y.txt; shown as one article")
    lines = buildlog.summary_lines(warnings, tmp_path / "w.log")
    assert lines[0].startswith("warning: 100 files: no headline found")
    assert lines[1].startswith("warning: 1 file: nearly the same text as bbc/y.txt; shown as one article (bbc/x.txt)")
    assert lines[-1].startswith(f"101 warnings in all: every one is listed in {tmp_path / 'w.log'}")
    buildlog.write_log(tmp_path / "w.log", warnings)
    lines = (tmp_path / "w.log").read_text().splitlines()
    assert sum(1 for line in lines if line.startswith("## ")) == 2
    assert sorted(line for line in lines if line and not line.startswith("## ")) == sorted(warnings)


def test_build_summary_line_uses_singular_forms():
    from generator.pipeline import BuildReport

    line = BuildReport(read=1, pages=1, written=2, warnings=["x"]).line()
    assert line.startswith("1 article read") and "1 warning;" in line and "1 page and 1 data file (" in line


def test_build_summary_and_warning_summary_give_one_count(tmp_path):
    """A skipped file's warning is a warning: a new user read "2 skipped, 2 warnings" above "4 warnings
    in all" as two counts that disagree."""
    from generator.pipeline import BuildReport

    skipped = ["a.bin: skipped, not text", "b.txt: skipped, the file is empty"]
    warnings = ["c.txt: no headline found; the first sentence stands in for one", "d.txt: not English (fr)"]
    line = BuildReport(read=2, pages=2, written=4, skipped=skipped, warnings=warnings).line()
    total = buildlog.summary_lines(skipped + warnings, tmp_path / "w.log")[-1]
    assert "2 skipped, 4 warnings;" in line and total.startswith("4 warnings in all")


def test_build_summary_counts_add_up():
    """The files written and unchanged are the pages and the data files beside them (records, feed):
    a new user read "31 pages (0 written, 33 unchanged, 0 removed)" as a sum that does not add up."""
    from generator.pipeline import BuildReport

    line = BuildReport(read=3, pages=31, written=0, unchanged=33).line()
    assert "31 pages and 2 data files (0 written, 33 unchanged, 0 removed)" in line


def test_home_latest_skips_pages_that_are_not_news(tmp_path):
    from generator.site.render_lists import latest_items
    index = build_index([record("deals", published="2024-06-01", news=False),
                         record("report", published="2024-05-01")])
    ids = [i for _, members in latest_items(index) for i in members]
    assert ids == ["report"]


def test_lists_say_which_pages_are_not_news_and_the_page_data_agrees():
    """A reader of the Articles list sees which entries are not news (a README, a shopping list) or not
    in English before opening them, and their page data is a plain schema.org Article."""
    from generator.site.markup import article_line
    from generator.site.render_article import article_meta
    index = build_index([record("deals", news=False), record("report"), record("nyheter", language="no")])
    lines = {i: article_line(a, "articles/index.md") for i, a in index.articles.items()}
    assert lines["deals"].endswith("*(not news)*") and lines["nyheter"].endswith("*(not in English)*")
    assert "(not" not in lines["report"]
    assert article_meta(index.articles["deals"], None)["jsonld"]["@type"] == "Article"
    assert article_meta(index.articles["report"], None)["jsonld"]["@type"] == "NewsArticle"


def test_article_meta_line_shows_only_what_is_stated(tmp_path):
    write_site([record("plain", published=None, outlet=None)], tmp_path)
    page = (tmp_path / "articles" / "plain.md").read_text()
    assert "not stated" not in page.split("# Story plain", 1)[1].split("##", 1)[0]
    write_site([record("full", authors=[{"name": "Ann Lee"}], dateline="Oslo")], tmp_path / "b")
    page = (tmp_path / "b" / "articles" / "full.md").read_text()
    assert "Ann Lee" in page and "Wire · Oslo · 1 May 2024" in page


def test_stories_index_never_says_zero_outlets():
    from generator.site.render_lists import render_story_list
    shared = [ent("Ann Envoy"), ent("Bob Minister"), ent("Peace Council", "organization")]
    index = build_index([record("wire1", published="2024-03-01", entities=shared, topics=["talks"], outlet=None),
                         record("wire2", published="2024-03-02", entities=shared, topics=["talks"], outlet=None)])
    page = render_story_list(index)[0].text
    assert "2 articles, outlet not stated" in page and "0 outlets" not in page

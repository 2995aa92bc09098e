"""The site writer: escaping, slugs, the index, owned folders, incremental writes, and a real MkDocs build
of hostile text. The built site's search index is tested in tests/test_site_search.py."""
from __future__ import annotations

import json
from pathlib import Path

import pytest

from generator.site import OWNED, SiteReport, UnsafePath, clean, slugify, write_site
from generator.site.index import build_index, unique_slugs
from generator.site.render import text
from generator.site.writer import write_files
from site_records import _Tags, build_site, every_actor_has_a_page, person, record  # noqa: F401 - fixture

HOSTILE = ('<script>alert(1)</script> </title><script>alert(5)</script> &lt;/title&gt;&lt;script&gt;alert(6)'
           '&lt;/script&gt; <img src=x onerror=alert(2)> [x](javascript:alert(3)) ![i](http://evil.test/x.png) '
           '<a href="javascript:alert(7)">y</a> {: onclick="alert(4)" } {{ config.site_name }} {% raw %} '
           '# h *b* _i_ `c` | p > q <!-- c --> <http://evil.test/auto>\n- item\n1. one\n    code\n[TOC]\n'
           '!!! note\n~~~\n***\n\x02wzxhzdk:0\x03')


def mtimes(docs: Path) -> dict:
    return {p: p.stat().st_mtime_ns for p in docs.rglob("*") if p.is_file()}


# --- slugs and escaping --------------------------------------------------------------------------

@pytest.mark.parametrize("raw, expected", [
    ("Antony Blinken", "antony-blinken"),
    ("Émile Zola", "emile-zola"),
    ("../../etc/x", "etc-x"),
    ("a/b\\c", "a-b-c"),
    ("  --Hello, World!--  ", "hello-world"),
])
def test_slugify_table(raw, expected):
    assert slugify(raw) == expected


@pytest.mark.parametrize("raw", ["", "..", ".", "/", "\\", "…", "北京", "---", "\x00"])
def test_slugify_never_empty_or_a_path(raw):
    slug = slugify(raw)
    assert slug and slug not in (".", "..") and "/" not in slug and "\\" not in slug
    assert slug == slug.lower() and slug.isascii()


def test_slugify_caps_length():
    assert len(slugify("word " * 100)) <= 80


@pytest.mark.parametrize("raw, expected", [
    ("plain words", "plain words"),
    ("<script>", "&lt;script&gt;"),
    ("[x](javascript:y)", "\\[x\\]\\(javascript:y\\)"),
    ("{: onclick=1}", "\\{: onclick=1\\}"),
    ("a\n# b", "a \\# b"),
    ("1. one", "1\\. one"),
    ("x | y", "x \\| y"),
    ('"q" & \'s\'', "&quot;q&quot; &amp; &#39;s&#39;"),
    ("a\x02b\u200bc", "abc"),
])
def test_text_escapes(raw, expected):
    assert text(raw) == expected


def test_unique_slugs_are_order_independent():
    keys = ["Matthew Lee", "Matthew-Lee", "matthew lee 2", "Index"]
    one = unique_slugs(keys, keys)
    two = unique_slugs(list(reversed(keys)), list(reversed(keys)))
    assert one == two
    assert len(set(one.values())) == len(keys)
    assert one["matthew lee 2"] == "matthew-lee-2"        # a name's own slug is never given away
    assert one["Index"] != "index"                         # reserved for the folder's list page


# --- the index -----------------------------------------------------------------------------------

def test_index_orders_articles_and_ranks_co_occurrence():
    records = [
        record("old", published="2023-01-02", entities=[person("Ann A"), person("Bob B"), person("Cy C")]),
        record("new", published="2024-06-01", entities=[person("Ann A"), person("Bob B")]),
        record("undated", published=None, entities=[person("Ann A"), person("Dee D")]),
        record("bad-date", published="2024-13-45", entities=[]),
    ]
    index = build_index(records)
    assert index.order[:2] == ["new", "old"]
    assert set(index.order[2:]) == {"undated", "bad-date"}
    ann = index.actors[("person", "Ann A")]
    assert [a.article for a in ann.appearances] == index.order[:2] + ["undated"]
    assert ann.related[0] == (("person", "Bob B"), 2)
    assert {k for k, _ in ann.related} == {("person", "Bob B"), ("person", "Cy C"), ("person", "Dee D")}


def test_index_rejects_duplicate_ids():
    with pytest.raises(ValueError, match="two records"):
        build_index([record("same"), record("same")])


def test_quotes_go_to_their_speaker_and_unknown_speakers_come_last(tmp_path, every_actor_has_a_page):
    records = [record("q", entities=[person("Ann A", "Minister")],
                      quotes=[{"text": "Nobody said this.", "speaker": None},
                              {"text": "I said this.", "speaker": "Ann A", "cue": "said"}])]
    write_site(records, tmp_path)
    page = (tmp_path / "articles/q.md").read_text()
    assert page.index("[Ann A](../people/ann-a.md)") < page.index("speaker not named")
    actor = (tmp_path / "people/ann-a.md").read_text()
    assert "I said this\\." in actor and "Nobody said this" not in actor
    assert "Minister" in actor
    quality = (tmp_path / "quality/index.md").read_text()
    assert "Nobody said this\\." in quality


# --- the writer ----------------------------------------------------------------------------------

def test_hand_written_pages_survive_and_rerun_writes_nothing(tmp_path):
    docs = tmp_path / "docs"
    (docs / "assets").mkdir(parents=True)
    (docs / "about.md").write_text("# About\n")
    (docs / "assets" / "x.js").write_text("1")
    records = [record("a", entities=[person("Ann A")], topics=["Trade"]), record("b", topics=["Trade"])]
    first = write_site(records, docs)
    assert first.written > 0 and first.removed == 0 and first.pages > 0
    before = mtimes(docs)
    again = write_site(records, docs)
    assert again == SiteReport(written=0, unchanged=first.written, removed=0, pages=first.pages)
    assert mtimes(docs) == before
    assert (docs / "about.md").read_text() == "# About\n"
    assert (docs / "assets" / "x.js").read_text() == "1"


def test_removed_record_removes_its_pages_and_nothing_else(tmp_path, every_actor_has_a_page):
    docs = tmp_path / "docs"
    docs.mkdir()
    (docs / "about.md").write_text("# About\n")
    keep = record("keep", entities=[person("Ann A")], topics=["Trade"])
    gone = record("gone", entities=[person("Bob B")], topics=["Gone topic"])
    write_site([keep, gone], docs)
    assert (docs / "articles/gone.md").exists() and (docs / "people/bob-b.md").exists()
    kept = {p: p.read_bytes() for p in [docs / "articles/keep.md", docs / "people/ann-a.md", docs / "about.md"]}
    report = write_site([keep], docs)
    assert report.removed == 3            # the article, its actor and its topic
    for path in ["articles/gone.md", "people/bob-b.md", "topics/gone-topic.md"]:
        assert not (docs / path).exists()
    assert {p: p.read_bytes() for p in kept} == kept


def test_traversal_attempts_stay_inside(tmp_path):
    docs = tmp_path / "site" / "docs"
    docs.mkdir(parents=True)
    records = [record("../../etc/x", entities=[person(".."), person("../../x", kind="place")],
                      topics=["../../x", "..", "/etc/passwd"])]
    write_site(records, docs)
    outside = [p for p in tmp_path.rglob("*") if docs not in p.parents and p != docs and p.is_file()]
    assert outside == []
    for path in docs.rglob("*"):
        assert path.resolve().is_relative_to(docs.resolve())
        assert path.relative_to(docs).parts[0] in OWNED
    assert (docs / "articles/etc-x.md").exists()


@pytest.mark.parametrize("bad", ["../x.md", "/etc/x.md", "articles/../../x.md", "about.md", "assets/x.js",
                                 "articles\\..\\x.md", "articles//x.md", "articles/./x.md", ""])
def test_writer_refuses_paths_outside_its_folders(tmp_path, bad):
    with pytest.raises(UnsafePath):
        write_files([(bad, b"x")], tmp_path)
    assert list(tmp_path.rglob("*")) == []


def test_writer_refuses_two_pages_at_one_path(tmp_path):
    with pytest.raises(ValueError, match="two pages"):
        write_files([("articles/a.md", b"1"), ("articles/a.md", b"2")], tmp_path)


def test_writer_will_not_write_through_a_symlink(tmp_path):
    docs, elsewhere = tmp_path / "docs", tmp_path / "elsewhere"
    docs.mkdir()
    elsewhere.mkdir()
    (docs / "people").symlink_to(elsewhere, target_is_directory=True)
    with pytest.raises(UnsafePath):
        write_site([record("a", entities=[person("Ann A")])], docs)
    assert list(elsewhere.iterdir()) == []


def test_clean_removes_only_owned(tmp_path):
    docs = tmp_path / "docs"
    docs.mkdir()
    (docs / "about.md").write_text("# About\n")
    write_site([record("a", entities=[person("Ann A")])], docs)
    clean(docs)
    assert sorted(p.name for p in docs.iterdir()) == ["about.md"]


def test_long_lists_are_split_into_pages(tmp_path):
    records = [record(f"a{i:03d}", published=f"20{10 + i % 10}-0{1 + i % 9}-1{i % 10}",
                      entities=[person("Busy Person"), person(f"Other {i % 40}")],
                      quotes=[{"text": f"Quote number {i}.", "speaker": "Busy Person"}], topics=["Big topic"])
               for i in range(260)]
    write_site(records, tmp_path)
    pages = sorted(p.name for p in (tmp_path / "people").glob("busy-person*.md"))
    # 260 articles at 100 a page, 260 quotes at 50 a page: six pages
    assert pages == [f"busy-person--{n}.md" for n in range(2, 7)] + ["busy-person.md"]
    assert "## Timeline" not in (tmp_path / "people/busy-person--4.md").read_text()
    first = (tmp_path / "people/busy-person.md").read_text()
    assert first.count("](../articles/") <= 100 + 50 + 1
    assert "[2](busy-person--2.md)" in first
    assert "Appears most often with" in first
    related = first.split("## Appears most often with")[1]
    assert related.count("\n- ") == 25
    # ranked by shared articles: the busiest co-actors first, whatever their kind or name
    counts = [int(line.rsplit("— ", 1)[1].split()[0]) for line in related.strip().splitlines() if line.startswith("- ")]
    assert counts == sorted(counts, reverse=True)
    assert (tmp_path / "topics/big-topic--2.md").exists()
    assert (tmp_path / "articles/index--2.md").exists()
    assert max(p.stat().st_size for p in tmp_path.rglob("*.md")) < 200_000


def test_data_file_holds_the_records_sorted_by_id(tmp_path):
    records = [record("b"), record("a", headline="Ünïcode")]
    write_site(records, tmp_path)
    lines = (tmp_path / "data/articles.jsonl").read_text(encoding="utf-8").splitlines()
    assert [json.loads(line)["id"] for line in lines] == ["a", "b"]
    assert "Ünïcode" in lines[0]
    assert lines[0] == json.dumps(records[1], sort_keys=True, ensure_ascii=False)


# --- a real MkDocs build -------------------------------------------------------------------------

def hostile_records() -> list[dict]:
    return [
        record("hostile", headline=HOSTILE, description=HOSTILE, outlet=HOSTILE, dateline=HOSTILE,
               published=HOSTILE, summary=[HOSTILE, "Plain sentence."],
               authors=[{"name": HOSTILE, "role": HOSTILE}], contributors=[{"name": HOSTILE, "place": HOSTILE}],
               entities=[person(HOSTILE, HOSTILE), person("Ann A", HOSTILE),
                         {"name": HOSTILE, "kind": "place", "aliases": [HOSTILE], "titles": [], "mentions": 2}],
               quotes=[{"text": HOSTILE, "speaker": HOSTILE, "cue": HOSTILE}, {"text": HOSTILE, "speaker": None},
                       {"text": HOSTILE, "speaker": "Ann A"}],
               numbers=[{"text": HOSTILE, "value": 1.0, "context": HOSTILE, "sentence": HOSTILE}],
               topics=[HOSTILE, "Trade"], warnings=[HOSTILE], sources=[HOSTILE, "seeds/other.txt"]),
        record("calm", entities=[person("Ann A")], topics=["Trade"]),
    ]


@pytest.fixture(scope="module")
def hostile_site(tmp_path_factory):
    tmp = tmp_path_factory.mktemp("hostile")
    return build_site(tmp, hostile_records(), merges=[{"canonical": HOSTILE, "kind": "person", "forms": [HOSTILE],
                                                        "articles": ["hostile"], "reason": HOSTILE}],
                      warnings=[HOSTILE])


def test_hostile_text_renders_as_text(hostile_site):
    pages = sorted(hostile_site.rglob("*.html"))
    assert len(pages) > 10
    for page in pages:
        html = page.read_text(encoding="utf-8")
        parser = _Tags()
        parser.feed(html)
        for tag, attrs in parser.tags:
            assert tag not in ("img", "iframe", "object", "embed"), (page, tag, attrs)
            for name, value in attrs.items():
                assert not name.startswith("on"), (page, tag, attrs)
                if tag == "meta" and name == "content":
                    continue        # Open Graph text: shown by link previews as text, never followed or run
                assert "javascript:" not in (value or "").lower(), (page, tag, attrs)
                assert "evil.test" not in (value or ""), (page, tag, attrs)
            if tag == "script" and "src" in attrs:
                assert not attrs["src"].startswith(("http:", "https:", "//")), (page, attrs)
        assert not any("alert(" in script for script in parser.scripts), page
        for data in parser.data_scripts:      # JSON-LD: valid JSON that cannot close its script element
            assert "<" not in data and json.loads(data)["@type"] == "NewsArticle", page
        assert "<title>" in html and "<script>alert" not in html and "</title><script>" not in html
    article = (hostile_site / "articles/hostile.html").read_text(encoding="utf-8")
    parser = _Tags()
    parser.feed(article)
    assert json.loads(parser.data_scripts[0])["headline"].startswith("<script>alert(1)</script>")
    og = [attrs for tag, attrs in parser.tags if tag == "meta" and attrs.get("property") == "og:title"]
    assert og and og[0]["content"].startswith("<script>alert(1)</script>")
    # the words themselves are there, as text
    assert "&lt;script&gt;alert(1)&lt;/script&gt;" in article
    assert "[x](javascript:alert(3))" in article
    assert "{{ config.site_name }}" in article
    assert 'onclick="alert(4)"' not in article


def test_hostile_site_ships_records_and_links_resolve(hostile_site):
    data = (hostile_site / "data/articles.jsonl").read_text(encoding="utf-8")
    assert len(data.splitlines()) == 2
    article = (hostile_site / "articles/calm.html").read_text(encoding="utf-8")
    parser = _Tags()
    parser.feed(article)
    for tag, attrs in parser.tags:
        href = attrs.get("href")
        if tag == "a" and href and not href.startswith(("#", "http")):
            target = (hostile_site / "articles" / href.split("#")[0]).resolve()
            assert target.exists(), href


def test_built_site_fetches_nothing_from_the_network(hostile_site):
    # The theme's bundle names CDN URLs it only fetches for features this site never uses (mermaid
    # diagrams, a ResizeObserver polyfill for old browsers, repository stats): pages and styles are checked.
    for page in hostile_site.rglob("*"):
        if page.suffix not in (".html", ".css"):
            continue
        body = page.read_text(encoding="utf-8", errors="replace")
        assert "fonts.googleapis" not in body and "fonts.gstatic" not in body, page
        assert "unpkg.com" not in body and "@import" not in body, page
        assert "url(http" not in body and "url(//" not in body, page
        if page.suffix == ".html":
            parser = _Tags()
            parser.feed(body)
            for tag, attrs in parser.tags:
                fetched = attrs.get("src") if tag in ("script", "img", "iframe") else (
                    attrs.get("href") if tag == "link" else None)
                assert not (fetched or "").startswith(("http:", "https:", "//")), (page, tag, attrs)
    assert (hostile_site / "assets/iframe-worker/shim.js").exists()
    assert (hostile_site / "search/search_index.js").exists()      # search over file://


@pytest.mark.parametrize("dek,summary,repeated", [
    ("Blinken will press for a deal", ["Blinken will press for a deal, officials said."], True),
    ("Blinken will press for a deal", ["Talks resume in Cairo on Thursday."], False),
    ("", ["Anything."], False),
])
def test_dek_shown_only_when_the_summary_does_not_repeat_it(dek, summary, repeated):
    from generator.site.render import repeated_in

    assert repeated_in(dek, summary) is repeated

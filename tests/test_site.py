"""The site writer: escaping, slugs, owned folders, incremental writes, and a real MkDocs build."""
from __future__ import annotations

import json
import os
import re
import shutil
import subprocess
import sys
from html.parser import HTMLParser
from pathlib import Path

import pytest
import yaml

from generator.site import OWNED, SiteReport, UnsafePath, clean, slugify, write_site
from generator.site.index import build_index, unique_slugs
from generator.site.render import text
from generator.site.writer import write_files
from generator.sitebuild import copy_config

ROOT = Path(__file__).resolve().parent.parent

HOSTILE = ('<script>alert(1)</script> </title><script>alert(5)</script> &lt;/title&gt;&lt;script&gt;alert(6)'
           '&lt;/script&gt; <img src=x onerror=alert(2)> [x](javascript:alert(3)) ![i](http://evil.test/x.png) '
           '<a href="javascript:alert(7)">y</a> {: onclick="alert(4)" } {{ config.site_name }} {% raw %} '
           '# h *b* _i_ `c` | p > q <!-- c --> <http://evil.test/auto>\n- item\n1. one\n    code\n[TOC]\n'
           '!!! note\n~~~\n***\n\x02wzxhzdk:0\x03')


def record(article_id: str, *, headline: str | None = None, published: str | None = "2024-05-01",
           entities=(), quotes=(), topics=(), **extra) -> dict:
    """A small record as the pipeline makes them."""
    base = {"id": article_id, "source": f"seeds/{article_id}.txt", "headline": headline or f"Story {article_id}",
            "description": None, "outlet": "The Test Wire", "authors": [{"name": "Ann Writer", "role": None}],
            "contributors": [], "dateline": "LONDON", "published": published, "summary": ["A sentence."],
            "entities": list(entities), "quotes": list(quotes), "numbers": [], "topics": list(topics),
            "warnings": []}
    base.update(extra)
    return base


def person(name: str, *titles: str, kind: str = "person") -> dict:
    return {"name": name, "kind": kind, "aliases": [], "titles": list(titles), "mentions": 1}


@pytest.fixture
def every_actor_has_a_page(monkeypatch):
    """The page budget (generator/site/budget.py) set aside: tests of page contents need the pages."""
    from generator.site import index

    monkeypatch.setattr(index, "earns_page", lambda actor: True)
    monkeypatch.setattr(index, "earns_topic_page", lambda topic: True)


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


def build_site(tmp_path: Path, records: list[dict], **kw) -> Path:
    """Write ``records`` into a copy of the project's docs and run `mkdocs build --strict`; returns site/."""
    docs = tmp_path / "docs"
    docs.mkdir()
    for item in (ROOT / "docs").iterdir():
        if item.name in OWNED:
            continue
        (shutil.copytree if item.is_dir() else shutil.copy2)(item, docs / item.name)
    copy_config(tmp_path)   # mkdocs.yml with its hook paths kept
    write_site(records, docs, **kw)
    site = tmp_path / "site"
    env = dict(os.environ, NO_MKDOCS_2_WARNING="1")
    done = subprocess.run([sys.executable, "-m", "mkdocs", "build", "--strict", "-f", str(tmp_path / "mkdocs.yml"),
                           "-d", str(site)], capture_output=True, text=True, env=env, cwd=tmp_path)
    assert done.returncode == 0, done.stderr
    assert "WARNING" not in done.stderr, done.stderr
    return site


class _Tags(HTMLParser):
    """Every start tag with its attributes, and the text of every inline script."""

    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.tags: list[tuple[str, dict]] = []
        self.scripts: list[str] = []          # code
        self.data_scripts: list[str] = []     # JSON-LD: data, never run
        self._in_script = None

    def handle_starttag(self, tag, attrs):
        self.tags.append((tag, dict(attrs)))
        self._in_script = (dict(attrs).get("type") or "js") if tag == "script" else None

    def handle_endtag(self, tag):
        self._in_script = None

    def handle_data(self, data):
        if self._in_script == "application/ld+json":
            self.data_scripts.append(data)
        elif self._in_script:
            self.scripts.append(data)


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


# --- the search index ----------------------------------------------------------------------------

def search_docs(site: Path) -> dict[str, dict]:
    """The built site's search entries by location."""
    data = json.loads((site / "search/search_index.json").read_text(encoding="utf-8"))
    return {doc["location"]: doc for doc in data["docs"]}


@pytest.fixture(scope="module")
def search_site(tmp_path_factory):
    sneaky = "Sneaky words { data-search-exclude }"
    records = [
        record("river", headline="River treaty signed", summary=["Ministers signed the river treaty.", sneaky],
               entities=[person("Ann Able", "Water Minister"), person("Once Only"), person("Rex Quoted")],
               quotes=[{"text": "We kept our word.", "speaker": "Ann Able"},
                       {"text": "Only this once.", "speaker": "Rex Quoted"}],
               numbers=[{"text": "12 billion", "value": 12e9, "context": "litres counted", "sentence": "x"}],
               topics=["Water"], warnings=["odd warning words"]),
        record("dam", headline="Dam opens {: #x onclick=\"alert(4)\" data-search-exclude }", published="2024-06-01",
               entities=[dict(person("Ann Able", "Minister"), aliases=["Annie Able"])],
               topics=["Water", "Dams"]),
    ]
    from generator.site import index

    with pytest.MonkeyPatch.context() as patch:      # every actor and topic gets a page (no budget)
        patch.setattr(index, "earns_page", lambda actor: True)
        patch.setattr(index, "earns_topic_page", lambda topic: True)
        return build_site(tmp_path_factory.mktemp("search"), records)


def test_search_holds_what_readers_look_for(search_site):
    docs = search_docs(search_site)
    article = " ".join(d["title"] + " " + d["text"] for loc, d in docs.items() if loc.startswith("articles/river"))
    for wanted in ("River treaty signed", "Ministers signed the river treaty", "Ann Able", "Rex Quoted",
                   "Water Minister", "Once Only", "Water", "Sneaky words"):
        assert wanted in article, wanted
    # quotes stay out (every word indexed costs the first search time; their speakers are names in it)
    for unwanted in ("We kept our word", "Only this once", "12 billion", "litres counted", "odd warning words",
                     "articles.jsonl"):
        assert unwanted not in article, unwanted
    # one entry each for the header with the summary and for who is in it: none per speaker or kind
    assert sorted(loc for loc in docs if loc.startswith("articles/river")) == [
        "articles/river.html", "articles/river.html#in-this-article"]
    # the header's snippet is the summary: byline and dek stay out
    assert docs["articles/river.html"]["text"].startswith("<p>Ministers signed the river treaty.")


def test_actor_and_topic_pages_add_only_their_names(search_site):
    docs = search_docs(search_site)
    ann = [d for loc, d in docs.items() if loc.startswith("people/ann-able")]
    assert len(ann) == 1 and ann[0]["title"] == "Ann Able"
    assert ann[0].get("boost", 1) > 1                                        # ranked above the articles
    assert "Water Minister" not in ann[0]["text"]          # titles are found through the articles
    assert "Annie Able" in ann[0]["text"]                  # other spellings are found on the page itself
    assert "River treaty" not in ann[0]["text"] and "We kept our word" not in ann[0]["text"]
    assert "Rex Quoted" in " ".join(d["title"] for d in docs.values())
    assert [d["title"] for loc, d in docs.items() if loc.startswith("people/once-only")] == ["Once Only"]
    water = [d for loc, d in docs.items() if loc.startswith("topics/water")]
    assert [d["title"] for d in water] == ["Water"] and "River treaty" not in water[0]["text"]
    assert [d["title"] for loc, d in docs.items() if loc.startswith("topics/dams")] == ["Dams"]
    assert not any(loc.startswith(("index.html", "articles/index", "people/index", "quality/", "stories/"))
                   for loc in docs)


def test_only_our_own_headings_leave_search(search_site):
    html = (search_site / "articles/river.html").read_text(encoding="utf-8")
    parser = _Tags()
    parser.feed(html)
    excluded = sorted(attrs.get("id") or attrs.get("class") for tag, attrs in parser.tags if "data-search-exclude" in attrs)
    assert excluded == ["key-numbers", "news-meta", "quotes", "related-articles", "source"]
    assert "Sneaky words { data-search-exclude }" in html
    dam = _Tags()
    dam.feed((search_site / "articles/dam.html").read_text(encoding="utf-8"))
    assert not any("onclick" in attrs or attrs.get("id") == "x" for _, attrs in dam.tags)
    assert "Dam opens {: #x" in search_docs(search_site)["articles/dam.html"]["title"]


def postings(index: dict) -> dict[str, dict[str, dict[int, int]]]:
    """The prebuilt index's postings decoded: term -> field -> document number -> count."""
    decoded = {}
    for term, posting in zip(index["terms"], index["postings"]):
        decoded[term] = {}
        for field, part in zip(index["fields"], posting.split(";")):
            number, entries = 0, {}
            for item in filter(None, part.split(",")):
                gap, _, count = item.partition(".")
                number += int(gap, 36)
                entries[number] = int(count or "1", 36)
            decoded[term][field] = entries
    return decoded


def test_prebuilt_index_is_the_search_index_built(search_site):
    from generator.site.search_prebuilt import read_prebuilt, write_prebuilt

    whole = json.loads((search_site / "search/search_index.json").read_text(encoding="utf-8"))
    docs = [doc["location"] for doc in whole["docs"]]
    payload = read_prebuilt(search_site)
    assert (payload["docs"], payload["first"], payload["last"]) == (len(docs), docs[0], docs[-1])
    assert payload["documents"] == whole["docs"] and payload["config"] == whole["config"]
    # the page's copy keeps the configuration and says where the documents went: none is parsed twice
    page = (search_site / "search/search_index.js").read_text(encoding="utf-8")
    assert page.startswith("var __index = ")
    page = json.loads(page[len("var __index = "):])
    assert page == {"config": whole["config"], "docs": [],
                    "prebuilt": {"docs": len(docs), "first": docs[0], "last": docs[-1]}}
    index = payload["index"]
    assert index["fields"] == ["title", "text"] and index["count"] == len(docs)
    assert index["boosts"] == [whole["config"]["fields"]["title"]["boost"], whole["config"]["fields"]["text"]["boost"]]
    terms = set(index["terms"])
    # the headline, a summary word, names (spelled either way), titles and topics; lower case; ("able" is
    # one of lunr's stop words, as in Material's worker)
    assert {"river", "treaty", "ministers", "ann", "annie", "quoted", "once", "rex", "minister", "water", "dams"} <= terms
    assert not {"kept", "litres", "billion", "warning", "the", "River", "<p>", "p"} & terms   # quotes, stop words, markup
    found = postings(index)
    river = docs.index("articles/river.html")
    assert found["treaty"]["title"] == {river: 1} and river in found["ministers"]["text"]
    before = [(search_site / "search" / name).read_bytes() for name in ("lunr_index.js", "search_index.js")]
    write_prebuilt(search_site)                                             # same input, same bytes
    assert [(search_site / "search" / name).read_bytes() for name in ("lunr_index.js", "search_index.js")] == before


def test_prebuilt_index_cuts_words_as_materials_worker_does():
    from generator.site.search_prebuilt import prebuild, words

    config = yaml.safe_load((ROOT / "mkdocs.yml").read_text(encoding="utf-8"))
    separator = re.compile(next(p["search"] for p in config["plugins"] if isinstance(p, dict) and "search" in p)["separator"])
    assert words("<p>Cease-fire (Chairman) · “smear”, A&amp;B</p>", separator) == [
        "cease", "fire", "chairman", "smear", "a&amp", "b"]          # as Material: no entity decoded
    assert words("東京の雨", separator) == ["東", "京", "の", "雨"]
    assert words(["Tag One", "two"], separator) == ["tag", "one", "two"] and words(None, separator) == []
    index = prebuild({"config": {"separator": separator.pattern, "pipeline": ["stopWordFilter"],
                                 "fields": {"title": {"boost": 1000}, "text": {"boost": 1}, "tags": {"boost": 1e6}}},
                      "docs": [{"location": "a.html", "title": "\U0001F600 face", "text": "<p>\uff5e wave</p>"}]})
    terms = index["terms"]
    assert terms == sorted(terms, key=lambda t: t.encode("utf-16-be")) and "\U0001F600" in terms and "\uff5e" in terms
    assert terms.index("\U0001F600") < terms.index("\uff5e")          # JavaScript's order, not code points'
    assert index["fields"] == ["title", "text"]                          # no document has tags


def test_prebuilt_postings_count_gaps_and_repeats():
    from generator.site.search_prebuilt import prebuild

    docs = [{"location": f"p{n}.html", "title": "Alpha" if n % 40 == 0 else "Beta", "text": "<p>gamma gamma</p>"}
            for n in range(81)]
    index = prebuild({"config": {"separator": r"[\s\-]+", "pipeline": ["stopWordFilter"]}, "docs": docs})
    found = postings(index)
    assert found["alpha"] == {"title": {0: 1, 40: 1, 80: 1}, "text": {}}
    assert found["gamma"]["text"] == {n: 2 for n in range(81)} and found["gamma"]["title"] == {}
    assert index["postings"][index["terms"].index("alpha")] == "0,14,14;"   # gaps in base 36


def test_prebuilt_documents_come_back_whole_from_their_columns(tmp_path):
    from generator.site.search_prebuilt import columns, read_prebuilt, write_prebuilt

    docs = [{"location": "a.html", "title": "A", "text": "<p>one\ntwo</p>"},        # a newline: another separator
            {"location": "a.html#part", "title": "Part", "text": ""},                # the page before, another anchor
            {"location": "b.html#x", "title": "B", "text": "<p>b</p>", "boost": 5},  # a section without its page first
            {"location": "c.html", "title": "C", "text": "", "tags": ["t"]},
            {"location": "d.html", "title": "D"}]                                     # no text at all
    site = tmp_path / "site"
    (site / "search").mkdir(parents=True)
    whole = {"config": {"separator": r"[\s\-]+", "pipeline": []}, "docs": docs}
    (site / "search/search_index.json").write_text(json.dumps(whole), encoding="utf-8")
    write_prebuilt(site)
    payload = read_prebuilt(site)
    assert payload["documents"] == docs
    packed = columns(docs, ["one", "two"], ["0;", "0;"])
    assert packed["sep"] != "\n" and packed["location"].split(packed["sep"])[:3] == ["a.html", "#part", "b.html#x"]
    # a location beginning with "#" could not be told from a section's: every location is written whole
    root = [{"location": "", "title": "Home", "text": ""}, {"location": "p.html", "title": "P", "text": ""},
            {"location": "#top", "title": "Top", "text": ""}]
    packed = columns(root, [], [])
    assert packed["relative"] is False and packed["location"].split(packed["sep"]) == ["", "p.html", "#top"]
    (site / "search/search_index.json").write_text(json.dumps({**whole, "docs": root}), encoding="utf-8")
    write_prebuilt(site)
    assert read_prebuilt(site)["documents"] == root


CHROMIUM = shutil.which("chromium") or shutil.which("chromium-browser")


@pytest.mark.skipif(CHROMIUM is None, reason="chromium is not installed")
def test_first_search_is_timed_in_a_real_browser(search_site):
    from generator.site.measure import search_timings

    timings = search_timings(search_site, "treaty", chromium=CHROMIUM)
    assert 0 < timings.first_search_seconds < 30 and 0 < timings.load_seconds < 30
    assert 0 < timings.cpu_seconds < 60              # the browser's own CPU, beside the wall time
    assert timings.index_bytes == sum((search_site / "search" / name).stat().st_size
                                      for name in ("search_index.js", "lunr_index.js"))


@pytest.mark.parametrize("dek,summary,repeated", [
    ("Blinken will press for a deal", ["Blinken will press for a deal, officials said."], True),
    ("Blinken will press for a deal", ["Talks resume in Cairo on Thursday."], False),
    ("", ["Anything."], False),
])
def test_dek_shown_only_when_the_summary_does_not_repeat_it(dek, summary, repeated):
    from generator.site.render import repeated_in

    assert repeated_in(dek, summary) is repeated

"""Every kind of page in headless Chromium over file://, at 1280 and 390 px wide.

Checks what a reader sees: no sideways scrolling, a dark and heavy headline, the article page's
parts in news order, the filter box of the indexes, search (names first, hyphenated phrases,
Cyrillic and Japanese, answered by the index built at build time), no request leaving the machine, and axe-core's accessibility rules (no
serious or critical violation). Runs when Debian's chromium is installed (.ci/run installs it);
the axe checks run when axe-core is installed in tests/browser (`make browser-deps`, which .ci/run
calls); each skips with the reason otherwise. Set SCREENSHOTS=dir to keep a screenshot of each page.
"""
from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from browser_corpus import records
from generator.bench import site_project
from generator.site import write_site

ROOT = Path(__file__).resolve().parent.parent
CHROMIUM = shutil.which("chromium") or shutil.which("chromium-browser")
AXE = Path(os.environ.get("AXE_CORE_JS") or ROOT / "tests/browser/node_modules/axe-core/axe.min.js")
ARGS = ["--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking",
        "--disable-component-update", "--disable-sync", "--allow-file-access-from-files"]
WIDTHS = (1280, 390)
PAGES = {"home": "index.html", "article": "articles/blinken-cease-fire.html", "actor": "people/antony-blinken.html",
         "topic": "topics/cease-fire.html", "index": "people/index.html",
         "story": "stories/netanyahu-meets-blinken-as-talks-resume.html"}

playwright = pytest.importorskip("playwright.sync_api")
pytestmark = pytest.mark.skipif(CHROMIUM is None, reason="chromium is not installed")


@pytest.fixture(scope="module")
def site(tmp_path_factory) -> Path:
    work = tmp_path_factory.mktemp("pages")
    docs = work / "docs"
    config = site_project(work, docs)
    write_site(records(), docs, site_name="News summaries")
    out = work / "site"
    done = subprocess.run([sys.executable, "-m", "mkdocs", "build", "--strict", "--quiet", "-f", str(config),
                           "-d", str(out)], capture_output=True, text=True,
                          env=dict(os.environ, NO_MKDOCS_2_WARNING="1"))
    assert done.returncode == 0, done.stderr
    return out


@pytest.fixture(scope="module")
def browser():
    with playwright.sync_playwright() as p:
        chromium = p.chromium.launch(executable_path=CHROMIUM, args=ARGS)
        yield chromium
        chromium.close()


def open_page(browser, site: Path, path: str, width: int):
    """A new tab at ``width`` px showing ``path``; its list of requests that left the machine."""
    page = browser.new_page(viewport={"width": width, "height": 900 if width > 600 else 844})
    outside: list[str] = []
    page.on("request", lambda r: outside.append(r.url)
            if not r.url.startswith(("file:", "data:", "blob:", "about:")) else None)
    page.goto((site / path).as_uri())
    page.wait_for_load_state("load")
    return page, outside


@pytest.mark.parametrize("width", WIDTHS)
@pytest.mark.parametrize("kind", sorted(PAGES))
def test_page_fits_and_headline_stands_out(site, browser, kind, width):
    page, outside = open_page(browser, site, PAGES[kind], width)
    try:
        if os.environ.get("SCREENSHOTS"):
            folder = Path(os.environ["SCREENSHOTS"])
            folder.mkdir(parents=True, exist_ok=True)
            page.wait_for_timeout(400)          # the tabs fade in
            page.screenshot(path=str(folder / f"{kind}-{width}.png"), full_page=True)
        assert page.evaluate("document.documentElement.scrollWidth") <= width, "the page scrolls sideways"
        h1 = page.locator("article h1").first
        assert h1.is_visible()
        color, weight = h1.evaluate("e => [getComputedStyle(e).color, getComputedStyle(e).fontWeight]")
        rgb = [int(x) for x in color[color.index("(") + 1:color.index(")")].split(",")[:3]]
        assert max(rgb) <= 60 and int(weight) >= 600, (color, weight)
        assert outside == [], f"requests left the machine: {outside}"
    finally:
        page.close()


@pytest.mark.skipif(not AXE.is_file(), reason="axe-core is not installed (make browser-deps)")
@pytest.mark.parametrize("width", WIDTHS)
@pytest.mark.parametrize("kind", sorted(PAGES))
def test_no_serious_accessibility_violation(site, browser, kind, width):
    page, _ = open_page(browser, site, PAGES[kind], width)
    try:
        page.add_script_tag(path=str(AXE))
        result = page.evaluate("axe.run(document, {resultTypes: ['violations']})")
        bad = [(v["id"], v["impact"], [n["target"] for n in v["nodes"]][:3]) for v in result["violations"]
               if v.get("impact") in ("serious", "critical")]
        assert bad == [], bad
    finally:
        page.close()


def test_article_page_reads_as_news(site, browser):
    page, _ = open_page(browser, site, PAGES["article"], 1280)
    try:
        order = page.evaluate("""() => [...document.querySelectorAll('article h1, .news-dek, .news-meta, .news-summary')]
                                  .map(e => e.tagName === 'H1' ? 'h1' : e.className)""")
        assert order[:4] == ["h1", "news-dek", "news-meta", "news-summary"]
        assert page.locator(".news-meta").inner_text().count("·") == 3          # byline · outlet · dateline · date
        original = page.locator("a.news-original")
        assert original.get_attribute("href") == "https://example.com/news/blinken-visit"
        # quotes in story order, one entry per speaker: "Blinken" and "Antony Blinken" are one
        speakers = page.locator("#quotes ~ blockquote strong").all_inner_texts()
        assert speakers == ["Antony Blinken", "Benjamin Netanyahu"]
        assert "wire/blinken-cease-fire.txt" in page.locator("#source ~ ul").first.inner_text()
        story = page.locator(".news-links a", has_text="Netanyahu meets Blinken")
        assert story.count() == 1
        data = json.loads(page.locator("script[type='application/ld+json']").inner_text())
        assert data["@type"] == "NewsArticle" and data["headline"].startswith("Blinken seeks")
        assert page.locator("meta[property='og:title']").get_attribute("content").startswith("Blinken seeks")
    finally:
        page.close()


def test_story_page_has_timeline_and_outlets(site, browser):
    page, _ = open_page(browser, site, PAGES["story"], 390)
    try:
        body = page.locator("article").inner_text()
        assert "Reuters" in body and "The Test Wire" in body
        links = page.locator("article li a").all_inner_texts()
        assert links[:2] == ["Blinken seeks cease-fire momentum on Israel visit", "Netanyahu meets Blinken as talks resume"]
    finally:
        page.close()


def test_filter_box_narrows_the_index(site, browser):
    page, _ = open_page(browser, site, PAGES["index"], 390)
    try:
        box = page.get_by_label("Filter this list")
        box.fill("blink")
        visible = page.locator("article li:visible").all_inner_texts()
        assert len(visible) == 1 and "Antony Blinken" in visible[0]
        assert [h.rstrip("¶ \n") for h in page.locator("article h2:visible").all_inner_texts()] == ["B"]
        box.fill("")
        assert page.locator("article li:visible").count() == 10
    finally:
        page.close()


def search(page, query: str) -> list[tuple[str, str]]:
    """(href, text) of the search results for ``query``."""
    box = page.locator("input[data-md-component=search-query]")
    box.click()
    box.fill("")
    box.press_sequentially(query, delay=20)
    box.press("End")            # a key event: Material searches on key events, and non-ASCII text is not typed with keys
    page.locator(".md-search-result__meta", has_text="matching").wait_for(timeout=15000)
    page.wait_for_timeout(300)
    return [(a.get_attribute("href"), a.inner_text()) for a in page.locator(".md-search-result__item > a").all()]


def test_search_finds_names_phrases_and_any_script(site, browser):
    page, outside = open_page(browser, site, "index.html", 1280)
    try:
        hits = search(page, "Trump")
        assert "/people/donald-trump.html" in hits[0][0]                     # the actor's page first
        hits = search(page, "Blinken")
        assert "/people/antony-blinken.html" in hits[0][0]
        article = next(text for href, text in hits if "/articles/blinken-cease-fire.html" in href)
        assert "arrived in Israel on Sunday" in article                      # the snippet is the summary
        marked = page.locator(".md-search-result__list mark").all_text_contents()
        assert marked and all(m.lower().startswith("blinken") for m in marked)   # the words found are marked
        hits = search(page, "cease-fire")
        assert any("/articles/blinken-cease-fire.html" in h for h, _ in hits)
        assert not any("firearms" in h for h, _ in hits)                     # "fire" alone is not the phrase
        assert any("/articles/kyiv-winter.html" in h for h, _ in search(page, "Киев"))
        assert any("/articles/tokyo-rain.html" in h for h, _ in search(page, "東京"))
        # the index built at build time answered (search/lunr_index.js, loaded by javascripts/search.js)
        assert page.evaluate("[...document.querySelectorAll('iframe')].some(f => f.contentWindow.__lunr_index)")
        # and the documents search.js put together from its columns are Material's, field for field
        decoded = page.evaluate("""[...document.querySelectorAll('iframe')].map(f => f.contentWindow.__lunr_index)
            .filter(Boolean)[0].documents.map(d => Object.fromEntries(Object.entries(d).filter(([k]) => k !== 'parent')))""")
        assert decoded == json.loads((site / "search/search_index.json").read_text(encoding="utf-8"))["docs"]
        assert outside == []
    finally:
        page.close()


def test_search_index_loads_on_the_way_to_the_search_box_not_with_the_page(site, browser):
    page, outside = open_page(browser, site, "index.html", 1280)
    try:
        loaded = "[...document.querySelectorAll('iframe')].some(f => !!f.contentWindow.__lunr_index)"
        page.wait_for_timeout(500)
        assert not page.evaluate(loaded)                      # opening a page parses no search index
        # the page's own copy of the search index holds no documents: they are in the prebuilt file
        page.wait_for_function("typeof __index !== 'undefined'", timeout=15000)
        assert page.evaluate("__index.docs.length") == 0 and page.evaluate("__index.prebuilt.docs") > 0
        page.locator("input[data-md-component=search-query]").hover()
        page.wait_for_function(loaded, timeout=15000)            # the pointer on the box starts the load
        hits = search(page, "Blinken")
        assert "/people/antony-blinken.html" in hits[0][0]
        assert outside == []
    finally:
        page.close()

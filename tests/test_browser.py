"""Headless Chromium reads the built site from file://: search, result, actor page, nothing fetched.

Runs when Debian's chromium is installed (.ci/run installs it); Playwright drives it through
`executable_path`, since Playwright's own browser download is not available here.
"""
import shutil
import subprocess
import sys
from dataclasses import replace
from pathlib import Path

import pytest

from generator.bench import site_project
from generator.config import load_settings
from generator.pipeline import build

ROOT = Path(__file__).resolve().parent.parent
CHROMIUM = shutil.which("chromium") or shutil.which("chromium-browser")
pytestmark = pytest.mark.skipif(CHROMIUM is None, reason="chromium is not installed")

STORY = ("Mayor pledges flood defences for Riverton\n\n"
         "RIVERTON, Oregon (AP) — Mayor Elena Marquez promised on Tuesday to build new flood defences "
         "after the Willow River burst its banks for the third time in a decade.\n\n"
         "\u201cWe will not let this town drown again,\u201d Marquez told residents at a packed meeting.\n\n"
         "The Oregon Department of Transportation said 14 roads remained closed.\n")


SECOND = ("Netanyahu meets US envoy in Jerusalem\n\n"
          "JERUSALEM (AP) — Israeli Prime Minister Benjamin Netanyahu met U.S. Secretary of State Antony "
          "Blinken in Jerusalem on Monday, his office said.\n\n"
          "\u201cThe talks were constructive,\u201d Netanyahu said after the meeting.\n")


@pytest.fixture(scope="module")
def site(tmp_path_factory):
    work = tmp_path_factory.mktemp("browser")
    seeds = work / "seeds"
    seeds.mkdir()
    shutil.copyfile(ROOT / "seeds" / "000_74fc545b955188a6.txt", seeds / "seed.txt")
    (seeds / "riverton.txt").write_text(STORY, encoding="utf-8")
    (seeds / "jerusalem.txt").write_text(SECOND, encoding="utf-8")     # Netanyahu in two articles: a page
    docs = work / "docs"
    config = site_project(work, docs)
    settings = replace(load_settings(), cache_dir=str(work / "cache"), workers=1)
    build(settings, seeds=seeds, docs=docs, progress=False)
    out = work / "site"
    subprocess.run([sys.executable, "-m", "mkdocs", "build", "--strict", "--quiet", "-f", str(config),
                    "-d", str(out)], check=True)
    return out


def test_offline_search_finds_an_actor_and_links_work(site):
    from playwright.sync_api import sync_playwright

    outside = []
    with sync_playwright() as p:
        browser = p.chromium.launch(executable_path=CHROMIUM, args=[
            "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
            "--disable-background-networking", "--disable-component-update", "--disable-sync",
            "--allow-file-access-from-files"])
        page = browser.new_page()
        page.on("request", lambda r: outside.append(r.url) if not r.url.startswith(("file:", "data:", "blob:", "about:")) else None)
        page.goto((site / "index.html").as_uri())
        query = page.locator("input[data-md-component=search-query]")
        query.click()
        query.press_sequentially("Netanyahu", delay=20)  # Material searches on key events
        result = page.locator(".md-search-result__item a[href*='/articles/']").first
        result.wait_for(timeout=15000)
        result.click()
        page.wait_for_load_state()
        assert "/articles/" in page.url
        assert "Netanyahu" in page.locator("article").first.inner_text()
        page.locator("article a", has_text="Benjamin Netanyahu").first.click()
        page.wait_for_load_state()
        assert "/people/" in page.url
        assert page.locator("h1").first.inner_text().rstrip("¶ \n") == "Benjamin Netanyahu"
        browser.close()
    assert outside == [], f"requests left the machine: {outside}"


def test_offline_search_of_text_filled_in_without_a_key(site):
    """A query pasted or filled in (an input event, no key) as the page opens is searched: the theme
    reads queries on key release, and the worker gets its prebuilt index only after the page opens."""
    from playwright.sync_api import sync_playwright

    with sync_playwright() as p:
        browser = p.chromium.launch(executable_path=CHROMIUM, args=[
            "--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update",
            "--disable-sync", "--allow-file-access-from-files"])
        for pause in (0, 1500):
            page = browser.new_page()
            page.goto((site / "index.html").as_uri())
            page.wait_for_timeout(pause)
            page.locator("input[data-md-component=search-query]").fill("Marquez")
            result = page.locator(".md-search-result__item a[href*='/articles/']").first
            result.wait_for(timeout=15000)
            assert "riverton" in result.get_attribute("href")
            page.close()
        browser.close()

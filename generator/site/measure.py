"""How fast the built site answers its first search when opened from disk, in headless Chromium.

The offline plugin inlines the whole search index as ``search/search_index.js``, which every page
loads; the search worker then builds its lunr index from it before it can answer. Over file:// Material
starts that build only when the search box opens (and the offline worker is an iframe, so the build
holds the page's one thread), so the first search pays for indexing all of it: that is what is timed
here, from the click that opens the search box (the query typed at once after it) to the first result
shown. Timed from the first key instead, the build would be missed whenever the click itself waits
for it.

Run it on a built site: ``python -m generator.site.measure site/ Netanyahu``.
"""
from __future__ import annotations

import argparse
import sys
import time
from dataclasses import dataclass
from pathlib import Path

CHROMIUM = "/usr/bin/chromium"
# No sandbox (containers), no GPU, and nothing that would reach the network on its own.
CHROMIUM_ARGS = ("--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                 "--disable-background-networking", "--disable-component-update", "--disable-sync",
                 "--allow-file-access-from-files")
RESULT = ".md-search-result__item"
QUERY_INPUT = "input[data-md-component=search-query]"
# Zensical's search is a dialog (in a shadow root, which Playwright's CSS locators enter) opened by a button.
ZENSICAL = {"open": ".md-search__button", "query": "input[role=combobox]", "result": "[role=option]"}


@dataclass(frozen=True)
class SearchTimings:
    load_seconds: float          # from navigation to the page's load event (search index script included)
    first_search_seconds: float  # from the click opening the search box (query typed at once) to the first result
    index_bytes: int             # search/search_index.js, which every page loads, and search/lunr_index.js,
                                 # the prebuilt index the first search loads (Zensical: search.js)


def search_timings(site_dir: Path, query: str, *, chromium: str = CHROMIUM, page: str = "index.html",
                   delay_ms: float = 0, timeout_s: float = 60.0) -> SearchTimings:
    """Open ``page`` of the built site over file://, open search, type ``query`` at once; time the first result.

    Args:
        site_dir: MkDocs' output folder (holds index.html and search/search_index.js).
        query: what to type; it must find something, or this times out.
        chromium: the browser binary Playwright drives (Playwright's own download is not needed).
        page: the page opened, relative to ``site_dir``.
        delay_ms: pause between keys; 0 types as fast as possible, the strictest measure.
        timeout_s: give up after this long waiting for a result.

    Returns:
        The page load time, the time from opening the search box to the first result (typing
        included), and the index size.

    Raises:
        playwright.sync_api.TimeoutError: no result within ``timeout_s``.
    """
    from playwright.sync_api import sync_playwright

    site_dir = Path(site_dir).resolve()
    index = site_dir / "search" / "search_index.js"
    opener, query_input, result = None, QUERY_INPUT, RESULT
    if not index.exists() and (site_dir / "search.js").exists():     # built by Zensical
        index = site_dir / "search.js"
        opener, query_input, result = ZENSICAL["open"], ZENSICAL["query"], ZENSICAL["result"]
    with sync_playwright() as p:
        browser = p.chromium.launch(executable_path=chromium, args=list(CHROMIUM_ARGS))
        try:
            tab = browser.new_page()
            start = time.perf_counter()
            tab.goto((site_dir / page).as_uri(), wait_until="load")
            loaded = time.perf_counter() - start
            # a large index keeps the page busy after load (the offline "worker" runs in an iframe)
            box = tab.locator(query_input).first
            (tab.locator(opener) if opener else box).first.wait_for(state="visible", timeout=timeout_s * 1000)
            start = time.perf_counter()
            if opener:
                tab.locator(opener).first.click(timeout=timeout_s * 1000)
            box.click(timeout=timeout_s * 1000)
            # Material searches on key events, not on fill(); keys wait while the page builds its index
            box.press_sequentially(query, delay=delay_ms, timeout=timeout_s * 1000)
            tab.locator(result).first.wait_for(state="visible", timeout=timeout_s * 1000)
            searched = time.perf_counter() - start
        finally:
            browser.close()
    prebuilt = site_dir / "search" / "lunr_index.js"
    return SearchTimings(load_seconds=loaded, first_search_seconds=searched,
                         index_bytes=sum(f.stat().st_size for f in (index, prebuilt) if f.exists()))


def first_search_seconds(site_dir: Path, query: str, *, chromium: str = CHROMIUM) -> float:
    """Seconds from opening search on the freshly opened home page (``query`` typed) to the first result."""
    return search_timings(site_dir, query, chromium=chromium).first_search_seconds


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("site", type=Path, help="the built site folder")
    parser.add_argument("query", help="words that find something")
    parser.add_argument("--chromium", default=CHROMIUM)
    parser.add_argument("--runs", type=int, default=3, help="fresh browser each run; the median is printed")
    args = parser.parse_args(argv)
    runs = [search_timings(args.site, args.query, chromium=args.chromium) for _ in range(max(1, args.runs))]
    loads = sorted(r.load_seconds for r in runs)
    searches = sorted(r.first_search_seconds for r in runs)
    print(f"search index: {runs[0].index_bytes / 1e6:.1f} MB; page load {loads[len(loads) // 2]:.2f} s; "
          f"first search {searches[len(searches) // 2]:.2f} s "
          f"(runs: {', '.join(f'{s:.2f}' for s in searches)})")
    return 0


if __name__ == "__main__":
    sys.exit(main())

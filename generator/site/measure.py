"""How fast the built site answers its first search when opened from disk, in headless Chromium.

Over file:// Material's search starts when the search box opens: it loads the documents
(``search/search_index.js``), hands them to its worker (an iframe of the page, so on the page's one
thread), and javascripts/search.js loads the index built at build time (``search/lunr_index.js``)
into it. The first search pays for all of that. Timed here: the page opened, then (at once, or after
``pause_s``) a click in the search box and the query typed, until the results *for the whole query*
are shown (a result whose link carries the query's words in its ``h`` parameter, as Material writes
it), not the results of the first letters typed, which Material shows on the way.

Run it on a built site: ``python -m generator.site.measure site/ Netanyahu`` (plain words that find
something and do not end with a stop word; ``--pause 1`` waits a second between the page's load and the click).
"""
from __future__ import annotations

import argparse
import os
import re
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
# true once a result found by the whole query shows: Material puts the query's words it matched in its
# link's h parameter (stop words left out), so the words of an earlier, shorter query never end as it does
FOR_QUERY = """([links, words]) => [...document.querySelectorAll(links)].some(a => {
  let found;
  try { found = (new URL(a.href).searchParams.get("h") || "").split(" ").filter(Boolean); } catch (e) { return false; }
  return found.length > 0 && found[found.length - 1] === words[words.length - 1] && found.every(w => words.includes(w));
})"""
# Zensical's search is a dialog (in a shadow root, which Playwright's CSS locators enter) opened by a button.
ZENSICAL = {"open": ".md-search__button", "query": "input[role=combobox]", "result": "[role=option]"}


@dataclass(frozen=True)
class SearchTimings:
    load_seconds: float          # from navigation to the page's load event (search index script included)
    first_search_seconds: float  # from the click opening the search box (query typed at once) to its results
    index_bytes: int             # search/search_index.js, which every page loads, and search/lunr_index.js,
                                 # the prebuilt index the first search loads (Zensical: search.js)
    cpu_seconds: float = 0.0     # CPU (user + system) of all the browser's processes over first_search_seconds:
                                 # on a shared machine the wall time is mostly waiting for a core, this is not


def browser_cpu_seconds() -> float:
    """CPU seconds (user + system) used so far by the Chromium processes this process started (psutil)."""
    import psutil

    total = 0.0
    for process in psutil.Process().children(recursive=True):
        try:
            if "chrom" in process.name().lower():
                times = process.cpu_times()
                total += times.user + times.system
        except psutil.Error:        # a process that ended in the meantime
            continue
    return total


def search_timings(site_dir: Path, query: str, *, chromium: str = CHROMIUM, page: str = "index.html",
                   delay_ms: float = 0, pause_s: float = 0, timeout_s: float = 60.0) -> SearchTimings:
    """Open ``page`` of the built site over file://, open search, type ``query``; time until its results show.

    Args:
        site_dir: MkDocs' output folder (holds index.html and search/search_index.js).
        query: what to type; it must find something, or this times out.
        chromium: the browser binary Playwright drives (Playwright's own download is not needed).
        page: the page opened, relative to ``site_dir``.
        delay_ms: pause between keys; 0 types as fast as possible, the strictest measure.
        pause_s: seconds between the page's load event and the click in the search box.
        timeout_s: give up after this long waiting for a result.

    Returns:
        The page load time, the time from opening the search box to the results of the whole
        query (typing included), and the index size.

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
            if pause_s:
                tab.wait_for_timeout(pause_s * 1000)
            cpu = browser_cpu_seconds()
            start = time.perf_counter()
            if opener:
                tab.locator(opener).first.click(timeout=timeout_s * 1000)
            box.click(timeout=timeout_s * 1000)
            # Material searches on key events, not on fill(); keys wait while the page builds its index
            box.press_sequentially(query, delay=delay_ms, timeout=timeout_s * 1000)
            if opener:      # Zensical's results carry no h parameter: its first result
                tab.locator(result).first.wait_for(state="visible", timeout=timeout_s * 1000)
            else:
                tab.wait_for_function(FOR_QUERY, arg=[RESULT + " a[href]", re.split(r"[\s\-]+", query.lower().strip())],
                                      timeout=timeout_s * 1000)
            searched = time.perf_counter() - start
            cpu = browser_cpu_seconds() - cpu
        finally:
            browser.close()
    prebuilt = site_dir / "search" / "lunr_index.js"
    return SearchTimings(load_seconds=loaded, first_search_seconds=searched,
                         index_bytes=sum(f.stat().st_size for f in (index, prebuilt) if f.exists()), cpu_seconds=cpu)


def first_search_seconds(site_dir: Path, query: str, *, chromium: str = CHROMIUM, pause_s: float = 0) -> float:
    """Seconds from opening search on the freshly opened home page (``query`` typed) to its results."""
    return search_timings(site_dir, query, chromium=chromium, pause_s=pause_s).first_search_seconds


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("site", type=Path, help="the built site folder")
    parser.add_argument("query", help="words that find something")
    parser.add_argument("--chromium", default=CHROMIUM)
    parser.add_argument("--runs", type=int, default=3, help="fresh browser each run; the median is printed")
    parser.add_argument("--pause", type=float, default=0, help="seconds between the page's load and the click")
    args = parser.parse_args(argv)
    runs = [search_timings(args.site, args.query, chromium=args.chromium, pause_s=args.pause)
            for _ in range(max(1, args.runs))]
    loads = sorted(r.load_seconds for r in runs)
    searches = sorted(r.first_search_seconds for r in runs)
    cpus = sorted(r.cpu_seconds for r in runs)
    print(f"search index: {runs[0].index_bytes / 1e6:.1f} MB; page load {loads[len(loads) // 2]:.2f} s; "
          f"first search {searches[len(searches) // 2]:.2f} s "
          f"(runs: {', '.join(f'{s:.2f}' for s in searches)}); browser CPU {cpus[len(cpus) // 2]:.2f} s "
          f"(runs: {', '.join(f'{s:.2f}' for s in cpus)}); load average {os.getloadavg()[0]:.1f}")
    return 0


if __name__ == "__main__":
    sys.exit(main())

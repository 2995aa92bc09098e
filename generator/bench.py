"""`make bench`: speed and size figures on real articles, printed as one table.

Reads ../shared/corpus (or --seeds DIR), writes only into a temporary folder, and prints:
extraction words per second (bare single-process nlp.pipe beside the generator), cold build,
rerun with no change and one-change rebuild (with their ratios to cold), MkDocs ms per page at two
corpus sizes, and site and search-index bytes per article.
"""
from __future__ import annotations

import argparse
import json
import os
import shutil
import subprocess
import sys
import tempfile
import time
from dataclasses import replace
from pathlib import Path

from .config import ROOT, load_settings

CORPUS = ROOT.parent / "shared" / "corpus"


def assemble_corpus(corpus: Path, target: Path) -> int:
    """Copy the evaluation corpus's articles into ``target`` as files a user would drop in seeds/."""
    target.mkdir(parents=True, exist_ok=True)
    count = 0

    def put(name: str, text: str) -> None:
        nonlocal count
        (target / name).write_text(text, encoding="utf-8")
        count += 1

    for path in sorted((corpus / "bbc").glob("*/*.txt")):
        put(f"bbc-{path.parent.name}-{path.name}", path.read_text(encoding="utf-8"))
    for path in sorted((corpus / "reuters21578" / "text").glob("*.txt")):
        put(f"reuters-{path.name}", path.read_text(encoding="utf-8", errors="replace"))
    for path in sorted((corpus / "polnear-wire" / "text").glob("*.txt")):
        put(f"polnear-{path.name}", path.read_text(encoding="utf-8", errors="replace"))
    xsum = corpus / "xsum" / "xsum_test_frank.jsonl"
    if xsum.exists():
        for line in xsum.read_text(encoding="utf-8").splitlines():
            item = json.loads(line)
            put(f"xsum-{item['hash']}.txt", item["article"])
    conll = corpus / "conll2003-dev" / "eng.testa"
    if conll.exists():
        for n, text in enumerate(_conll_documents(conll.read_text(encoding="utf-8"))):
            put(f"conll-{n:03d}.txt", text)
    for path in sorted((corpus / "mercury-html" / "html").glob("*.htm*")):
        shutil.copyfile(path, target / f"mercury-{path.name}")
        count += 1
    return count


def _conll_documents(text: str):
    """CoNLL-2003 documents joined back into text: one sentence a line, a blank line after the first."""
    import re

    docs, sentences, tokens = [], [], []
    for line in text.splitlines() + ["-DOCSTART- -X- -X- O"]:
        if line.startswith("-DOCSTART-"):
            if tokens:
                sentences.append(tokens)
            if sentences:
                lines = [re.sub(r" ([.,;:!?')])", r"\1", " ".join(s)) for s in sentences]
                docs.append(lines[0] + "\n\n" + "\n".join(lines[1:]) + "\n")
            sentences, tokens = [], []
        elif not line.strip():
            if tokens:
                sentences.append(tokens)
            tokens = []
        else:
            tokens.append(line.split(" ")[0])
    return docs


def site_project(work: Path, docs: Path) -> Path:
    """A copy of mkdocs.yml and the hand-written docs pointing at ``docs``; returns the config path."""
    from .site import OWNED

    docs.mkdir(parents=True, exist_ok=True)
    for item in (ROOT / "docs").iterdir():
        if item.name in {Path(o).parts[0] for o in OWNED}:
            continue
        dest = docs / item.name
        if item.is_dir():
            shutil.copytree(item, dest, dirs_exist_ok=True)
        else:
            shutil.copyfile(item, dest)
    from .sitebuild import copy_config

    return copy_config(work, docs_dir=docs)


def _mkdocs_build(config: Path, site: Path) -> float:
    started = time.perf_counter()
    subprocess.run([sys.executable, "-m", "mkdocs", "build", "--quiet", "-f", str(config), "-d", str(site)],
                   check=True)
    return time.perf_counter() - started


def _frequent_person(docs: Path) -> str:
    """The surname of the person in most articles: a query that certainly has results."""
    counts: dict[str, int] = {}
    for line in (docs / "data" / "articles.jsonl").read_text(encoding="utf-8").splitlines():
        for entity in json.loads(line)["entities"]:
            if entity["kind"] == "person":
                counts[entity["name"]] = counts.get(entity["name"], 0) + 1
    name = max(sorted(counts), key=counts.get)
    return name.split()[-1]


def _tree_bytes(path: Path) -> int:
    return sum(p.stat().st_size for p in path.rglob("*") if p.is_file())


def main(argv: list[str] | None = None) -> int:
    """Run the benchmark; returns the exit code."""
    parser = argparse.ArgumentParser(prog="python -m generator bench", description=__doc__)
    parser.add_argument("--seeds", type=Path, help="folder of articles (default: assembled from ../shared/corpus)")
    parser.add_argument("--corpus", type=Path, default=Path(os.environ.get("NEWS_CORPUS", CORPUS)))
    parser.add_argument("--small", type=int, default=170, help="articles in the small corpus (MkDocs ms/page)")
    parser.add_argument("--pipe-sample", type=int, default=400, help="articles in the words-per-second test")
    parser.add_argument("--out", type=Path, default=ROOT / "bench-results.json")
    args = parser.parse_args(argv)
    os.environ.setdefault("NO_MKDOCS_2_WARNING", "1")  # MkDocs 2 notice: noise in the figures

    from .pipeline import build, extract_raw
    from .readers import ReadError, discover, read_file
    from .extract import nlp_text
    from .nlp import load_model

    work = Path(tempfile.mkdtemp(prefix="news-bench-"))
    try:
        seeds = args.seeds
        if seeds is None:
            if not args.corpus.is_dir():
                print(f"evaluation corpus not found at {args.corpus}: make bench needs ../shared/corpus or --seeds DIR")
                return 2
            seeds = work / "seeds"
            assemble_corpus(args.corpus, seeds)
        settings = load_settings()
        figures: dict[str, float] = {}
        paths, _ = discover(seeds)
        figures["articles"] = len(paths)

        # 1. words per second on the same texts
        raws = []
        for path in paths[: args.pipe_sample]:
            try:
                raws.append(read_file(path))
            except ReadError:
                continue
        texts = [nlp_text(raw)[0] for raw in raws]
        words = sum(len(t.split()) for t in texts)
        nlp = load_model(settings.model)
        started = time.perf_counter()
        for _ in nlp.pipe(texts, batch_size=settings.batch_size):
            pass
        bare = words / (time.perf_counter() - started)
        started = time.perf_counter()
        extract_raw(raws, settings=settings)
        ours = words / (time.perf_counter() - started)
        figures.update({"pipe_words_per_s": bare, "generator_words_per_s": ours, "speedup": ours / bare})

        # 2. cold build, rerun with nothing changed, one changed article
        cached = replace(settings, cache_dir=str(work / "cache"))
        docs = work / "docs"
        config = site_project(work, docs)
        timings = {}
        for label in ("cold", "rerun"):
            started = time.perf_counter()
            report = build(cached, seeds=seeds, docs=docs, progress=False)
            timings[label] = time.perf_counter() - started
        changed = sorted(p for p in seeds.rglob("*.txt"))[len(paths) // 2]
        changed.write_text(changed.read_text(encoding="utf-8") + "\nA late paragraph added by the benchmark.\n",
                           encoding="utf-8")
        started = time.perf_counter()
        build(cached, seeds=seeds, docs=docs, progress=False)
        timings["one_change"] = time.perf_counter() - started
        figures.update({f"build_{k}_s": v for k, v in timings.items()})
        figures["rerun_ratio"] = timings["rerun"] / timings["cold"]
        figures["one_change_ratio"] = timings["one_change"] / timings["cold"]
        figures["articles_built"] = report.read

        # 3. MkDocs ms per page, full corpus and a small one
        site = work / "site"
        seconds = _mkdocs_build(config, site)
        pages = sum(1 for _ in site.rglob("*.html"))
        figures.update({"mkdocs_full_s": seconds, "mkdocs_full_pages": pages,
                        "mkdocs_full_ms_per_page": 1000 * seconds / pages})
        figures["site_bytes_per_article"] = _tree_bytes(site) / max(1, report.read)
        index = site / "search" / "search_index.json"
        figures["search_index_bytes_per_article"] = (index.stat().st_size if index.exists() else 0) / max(1, report.read)

        chromium = shutil.which("chromium") or shutil.which("chromium-browser")
        if chromium:
            from .site.measure import search_timings

            timings = search_timings(site, _frequent_person(docs), chromium=chromium)
            figures.update({"first_search_s": timings.first_search_seconds,
                            "page_load_s": timings.load_seconds})

        small_seeds = work / "small-seeds"
        small_seeds.mkdir()
        for path in paths[:: max(1, len(paths) // args.small)][: args.small]:
            shutil.copyfile(path, small_seeds / path.name)
        small_docs = work / "small-docs"
        (work / "small").mkdir()
        small_config = site_project(work / "small", small_docs)
        build(cached, seeds=small_seeds, docs=small_docs, progress=False)
        small_site = work / "small-site"
        seconds = _mkdocs_build(small_config, small_site)
        small_pages = sum(1 for _ in small_site.rglob("*.html"))
        figures.update({"mkdocs_small_s": seconds, "mkdocs_small_pages": small_pages,
                        "mkdocs_small_ms_per_page": 1000 * seconds / small_pages})
        figures["mkdocs_ms_per_page_ratio"] = figures["mkdocs_full_ms_per_page"] / figures["mkdocs_small_ms_per_page"]
    finally:
        shutil.rmtree(work, ignore_errors=True)

    _print_table(figures)
    args.out.write_text(json.dumps(figures, indent=2, sort_keys=True) + "\n", encoding="utf-8")
    return 0


def _print_table(f: dict) -> None:
    rows = [
        ("articles in the corpus", f"{f['articles']:.0f}", ""),
        ("nlp.pipe, one process (words/s)", f"{f['pipe_words_per_s']:.0f}", ""),
        ("generator extraction (words/s)", f"{f['generator_words_per_s']:.0f}",
         f"{f['speedup']:.2f}x of nlp.pipe (goal >= 1.6x)"),
        ("cold build (s)", f"{f['build_cold_s']:.1f}", ""),
        ("rerun, nothing changed (s)", f"{f['build_rerun_s']:.2f}", f"{f['rerun_ratio']:.3f} of cold (goal <= 0.10)"),
        ("one article changed (s)", f"{f['build_one_change_s']:.2f}",
         f"{f['one_change_ratio']:.3f} of cold (goal <= 0.15)"),
        (f"MkDocs, {f['mkdocs_small_pages']:.0f} pages (ms/page)", f"{f['mkdocs_small_ms_per_page']:.1f}", ""),
        (f"MkDocs, {f['mkdocs_full_pages']:.0f} pages (ms/page)", f"{f['mkdocs_full_ms_per_page']:.1f}",
         f"{f['mkdocs_ms_per_page_ratio']:.2f}x of small (goal <= 1.2x)"),
        ("offline page load (s)", f"{f.get('page_load_s', float('nan')):.2f}", "" if "page_load_s" in f else "(no chromium)"),
        ("offline first search (s)", f"{f.get('first_search_s', float('nan')):.2f}",
         "(goal <= 1)" if "first_search_s" in f else "(no chromium)"),
        ("site bytes per article", f"{f['site_bytes_per_article']:.0f}", ""),
        ("search index bytes per article", f"{f['search_index_bytes_per_article']:.0f}", "(goal <= 4096)"),
    ]
    width = max(len(r[0]) for r in rows)
    for name, value, note in rows:
        print(f"{name:<{width}}  {value:>10}  {note}")

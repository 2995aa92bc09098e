"""`make bench`: speed and size figures, with `make site` run as users run it, printed as one table.

For each corpus (``--sets``: ``eval`` = the articles assembled from ../shared/corpus (1,251 files,
1,242 articles once read), the default; ``scale`` = the 10,000 stories of ../shared/corpus/reuters-scale, asked for explicitly as it
takes hours on a busy 2-core machine; ``--limit N`` takes the first N of each for a quick run;
``--seeds DIR`` adds any folder), in a temporary project (never the user's docs/ or site/; ``--keep
DIR`` keeps it):

* `make site`'s two commands (generator, then generator.sitebuild) cold, rerun with nothing changed,
  one article added, one article changed: wall seconds, ratio to cold, peak memory of the largest
  process (GNU time -v);
* a clean MkDocs build of the same docs/: MkDocs ms per page, and whether the incremental site/ is
  the clean one byte for byte (sitemap dates aside);
* site bytes and search index bytes per article, offline first-search time (headless Chromium);
* with ``--zensical``, a Zensical build of the same docs/ beside MkDocs'.

Then extraction on Dask with a two-worker LocalCluster beside local extraction (``--dask N``
articles), and bare nlp.pipe words per second beside the generator's (``--words N`` articles).
Writes bench-results.json.
"""
from __future__ import annotations

import argparse
import json
import os
import re
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from .config import ROOT, load_settings

CORPUS = ROOT.parent / "shared" / "corpus"
TIME = "/usr/bin/time"
LATE = "\nA late paragraph added by the benchmark to change this article.\n"


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


def site_project(work: Path, docs: Path, cache: Path | None = None) -> Path:
    """A copy of mkdocs.yml and the hand-written docs pointing at ``docs``; returns the config path."""
    from .site import OWNED
    from .sitebuild import copy_config

    docs.mkdir(parents=True, exist_ok=True)
    for item in (ROOT / "docs").iterdir():
        if item.name in {Path(o).parts[0] for o in OWNED}:
            continue
        dest = docs / item.name
        if item.is_dir():
            shutil.copytree(item, dest, dirs_exist_ok=True)
        else:
            shutil.copyfile(item, dest)
    return copy_config(work, docs_dir=docs, cache_dir=cache)


def timed(command: list[str], *, cwd: Path | None = None) -> dict:
    """Run ``command`` under GNU time -v: wall seconds, peak RSS of the largest process (MB), stdout.

    Raises:
        subprocess.CalledProcessError: the command failed (its stderr is printed).
    """
    load = os.getloadavg()[0]
    done = subprocess.run([TIME, "-v"] + command, capture_output=True, text=True, cwd=cwd)
    if done.returncode:
        sys.stderr.write(done.stderr[-4000:])
        raise subprocess.CalledProcessError(done.returncode, command)
    wall = re.search(r"Elapsed \(wall clock\) time.*: (?:(\d+):)?(\d+):([\d.]+)", done.stderr)
    rss = re.search(r"Maximum resident set size \(kbytes\): (\d+)", done.stderr)
    cpu = sum(float(m) for m in re.findall(r"(?:User|System) time \(seconds\): ([\d.]+)", done.stderr))
    seconds = int(wall.group(1) or 0) * 3600 + int(wall.group(2)) * 60 + float(wall.group(3))
    # the machine is shared: the 1-minute load average, before and after, and the CPU seconds of the
    # command and all its processes (user + system) go beside each wall time
    return {"seconds": seconds, "cpu_s": cpu, "peak_mb": int(rss.group(1)) / 1024, "stdout": done.stdout,
            "load": max(load, os.getloadavg()[0])}


def make_site(config: Path, seeds: Path, site: Path) -> dict:
    """`make site` on this project: the generator, then the site build (skipped when nothing changed)."""
    py = sys.executable
    script = (f"{_q(py)} -m generator --config {_q(config)} build --seeds {_q(seeds)} --quiet && "
              f"{_q(py)} -m generator.sitebuild --config {_q(config)} --site-dir {_q(site)}")
    result = timed(["sh", "-c", script], cwd=ROOT)
    m = re.search(r"(\d+) articles read", result["stdout"])
    result["articles"] = int(m.group(1)) if m else 0
    return result


def _q(value) -> str:
    import shlex

    return shlex.quote(str(value))


def tree(site: Path) -> dict[str, bytes]:
    """Every file of a built site; sitemap.xml without its dates, sitemap.xml.gz (a gzip time) left out."""
    files = {str(p.relative_to(site)): p.read_bytes() for p in site.rglob("*")
             if p.is_file() and p.name != "sitemap.xml.gz"}
    if "sitemap.xml" in files:
        files["sitemap.xml"] = re.sub(rb"<lastmod>[^<]*</lastmod>", b"", files["sitemap.xml"])
    return files


def bench_corpus(name: str, files: list[Path], work: Path, args) -> dict:
    """All figures for one corpus; ``files`` are its articles (the last one is the one added)."""
    seeds, docs, site = work / "seeds", work / "docs", work / "site"
    seeds.mkdir(parents=True)
    for path in files[:-1]:
        shutil.copyfile(path, seeds / path.name)
    config = site_project(work, docs, cache=work / "cache")
    f: dict = {"set": name}
    steps = {}
    print(f"[{name}] {len(files)} articles: cold make site ...", file=sys.stderr, flush=True)
    steps["cold"] = make_site(config, seeds, site)
    steps["rerun"] = make_site(config, seeds, site)
    shutil.copyfile(files[-1], seeds / files[-1].name)
    steps["one_added"] = make_site(config, seeds, site)
    changed = sorted(seeds.iterdir())[len(files) // 2]
    with open(changed, "a", encoding="utf-8") as handle:
        handle.write(LATE)
    steps["one_changed"] = make_site(config, seeds, site)
    for step, r in steps.items():
        f[f"{step}_s"] = r["seconds"]
        f[f"{step}_peak_mb"] = r["peak_mb"]
        f[f"{step}_ratio"] = r["seconds"] / steps["cold"]["seconds"]
        f[f"{step}_load"] = r["load"]
        f[f"{step}_cpu_s"] = r["cpu_s"]
        f[f"{step}_cpu_ratio"] = r["cpu_s"] / max(steps["cold"]["cpu_s"], 1e-9)
    f["articles"] = steps["one_changed"]["articles"]
    f["peak_mb"] = max(r["peak_mb"] for r in steps.values())

    print(f"[{name}] clean MkDocs build for comparison ...", file=sys.stderr, flush=True)
    clean = work / "clean-site"
    r = timed([sys.executable, "-m", "generator.mkdocs_run", "build", "--strict", "--quiet", "-f", str(config),
               "-d", str(clean)], cwd=ROOT)
    pages = sum(1 for _ in clean.rglob("*.html"))
    f.update({"pages": pages, "mkdocs_clean_s": r["seconds"], "mkdocs_ms_per_page": 1000 * r["seconds"] / pages,
              "mkdocs_clean_cpu_s": r["cpu_s"], "mkdocs_cpu_ms_per_page": 1000 * r["cpu_s"] / pages,
              "mkdocs_peak_mb": r["peak_mb"], "mkdocs_clean_load": r["load"]})
    mine, theirs = tree(site), tree(clean)
    f["identical_to_clean"] = mine == theirs
    if not f["identical_to_clean"]:
        f["differing_files"] = sorted(p for p in set(mine) | set(theirs) if mine.get(p) != theirs.get(p))[:20]
    f["site_bytes_per_article"] = sum(len(b) for b in theirs.values()) / max(1, f["articles"])
    # what the first search loads: the page's search_index.js and the prebuilt index with the documents
    index = [site / "search" / name for name in ("search_index.js", "lunr_index.js")]
    f["index_bytes_per_article"] = sum(p.stat().st_size for p in index if p.exists()) / max(1, f["articles"])
    f["pages_per_article"] = pages / max(1, f["articles"])

    chromium = shutil.which("chromium") or shutil.which("chromium-browser")
    if chromium:
        from .site.measure import search_timings

        try:
            query = _frequent_person(docs)
            searches = [search_timings(site, query, chromium=chromium) for _ in range(3)]
            f["first_search_s"] = sorted(t.first_search_seconds for t in searches)[1]
            f["first_search_cpu_s"] = sorted(t.cpu_seconds for t in searches)[1]
            f["first_search_load"] = os.getloadavg()[0]
            runs = sorted(search_timings(site, query, chromium=chromium, pause_s=1).first_search_seconds
                          for _ in range(3))
            f["first_search_pause_s"] = runs[1]
        except Exception as exc:            # a figure missing, not the whole benchmark lost
            f["first_search_error"] = str(exc).splitlines()[0]
    if args.zensical:
        from .site.zensical import build_with_zensical

        print(f"[{name}] Zensical build ...", file=sys.stderr, flush=True)
        started = time.perf_counter()
        code = build_with_zensical(config, work / "zensical-site", strict=False)
        f["zensical_s"] = time.perf_counter() - started
        f["zensical_ok"] = code == 0
        zen = work / "zensical-site"
        f["zensical_pages"] = sum(1 for _ in zen.rglob("*.html")) if zen.is_dir() else 0
        f["zensical_bytes_per_article"] = (sum(p.stat().st_size for p in zen.rglob("*") if p.is_file())
                                           / max(1, f["articles"])) if zen.is_dir() else 0
    return f


def _frequent_person(docs: Path) -> str:
    """The surname of the person in most articles: a query that certainly has results."""
    counts: dict[str, int] = {}
    for line in (docs / "data" / "articles.jsonl").read_text(encoding="utf-8").splitlines():
        for entity in json.loads(line)["entities"]:
            if entity["kind"] == "person" and entity.get("published", True) is not False:
                counts[entity["name"]] = counts.get(entity["name"], 0) + 1
    return max(sorted(counts), key=counts.get).split()[-1] if counts else "the"


def corpus_files(name: str, args, work: Path) -> list[Path]:
    if name == "eval":
        folder = work / "eval-pool"
        assemble_corpus(args.corpus, folder)
    elif name == "scale":
        folder = args.corpus / "reuters-scale" / "text"
    else:
        folder = Path(name)
    files = sorted(p for p in folder.rglob("*") if p.is_file())
    return files[:args.limit] if args.limit else files


def main(argv: list[str] | None = None) -> int:
    """Run the benchmark; returns the exit code."""
    parser = argparse.ArgumentParser(prog="python -m generator bench", description=__doc__.splitlines()[0])
    parser.add_argument("--corpus", type=Path, default=Path(os.environ.get("NEWS_CORPUS", CORPUS)))
    parser.add_argument("--sets", default="eval",
                        help="comma-separated: eval (1,251 files from ../shared/corpus, the default), scale (10,000: hours "
                             "on a busy 2-core machine), '' for none")
    parser.add_argument("--seeds", type=Path, action="append", default=[], help="another folder of articles")
    parser.add_argument("--limit", type=int, default=0, help="at most this many articles per corpus (quick run)")
    parser.add_argument("--zensical", action="store_true", help="also build each site with Zensical")
    parser.add_argument("--dask", type=int, default=200, help="articles for the Dask comparison (0: none)")
    parser.add_argument("--words", type=int, default=0, help="articles for the words-per-second figure (0: none)")
    parser.add_argument("--out", type=Path, default=ROOT / "bench-results.json")
    parser.add_argument("--beside", type=Path,
                        help="a bench-results.json of an earlier run: its corpora are printed beside these "
                             "(e.g. 1,706 beside the 10,000 for the ms-per-page ratio), marked with '*'")
    parser.add_argument("--keep", type=Path, help="keep each corpus's project (seeds, docs, site) in this folder")
    args = parser.parse_args(argv)
    os.environ.setdefault("NO_MKDOCS_2_WARNING", "1")
    if not Path(TIME).exists():
        print(f"{TIME} (GNU time) is needed for peak memory: apt-get install time")
        return 2
    sets = [s for s in args.sets.split(",") if s] + [str(s) for s in args.seeds]
    if any(s in ("eval", "scale") for s in sets) and not args.corpus.is_dir():
        print(f"corpus not found at {args.corpus}: make bench needs ../shared/corpus, or --sets '' --seeds DIR")
        return 2
    results: dict = {"corpora": []}
    earlier = []
    if args.beside:
        previous = json.loads(args.beside.read_text(encoding="utf-8"))["corpora"]
        earlier = [dict(c, set="*" + c["set"]) for c in previous]
    work = Path(tempfile.mkdtemp(prefix="news-bench-"))
    try:
        for n, name in enumerate(sets):
            files = corpus_files(name, args, work)
            results["corpora"].append(bench_corpus(name, files, work / f"run-{n}", args))
            if args.keep:
                args.keep.mkdir(parents=True, exist_ok=True)
                shutil.rmtree(args.keep / f"run-{n}", ignore_errors=True)
                shutil.move(str(work / f"run-{n}"), args.keep / f"run-{n}")
            shutil.rmtree(work / f"run-{n}", ignore_errors=True)
            print_table(results, earlier)      # each corpus as soon as it is done: the 10,000 take a while
            args.out.write_text(json.dumps(results, indent=2, sort_keys=True) + "\n", encoding="utf-8")
        sample = corpus_files(sets[0], args, work)[:max(args.dask, args.words)] if sets else []
        if args.dask and sample:
            from .distributed import compare_with_local

            results["dask"] = compare_with_local(sample, workers=2)
        if args.words and sample:
            results["words"] = _words_per_second(sample[:args.words])
    finally:
        shutil.rmtree(work, ignore_errors=True)
    print_table(results, earlier)
    args.out.write_text(json.dumps(results, indent=2, sort_keys=True) + "\n", encoding="utf-8")
    return 0


def _words_per_second(paths: list[Path]) -> dict:
    """Bare single-process nlp.pipe beside the generator's extraction, on the same texts."""
    from .distributed import read_articles
    from .extract import nlp_text
    from .nlp import load_model
    from .pipeline import extract_raw

    settings = load_settings()
    raws = read_articles(paths)
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
    return {"pipe_words_per_s": bare, "generator_words_per_s": ours, "speedup": ours / bare}


def print_table(results: dict, earlier: list[dict] = ()) -> None:
    """The figures, one row each, a column per corpus (``earlier``: corpora of an earlier run, first)."""
    corpora = list(earlier) + results["corpora"]
    rows = [("articles", "articles", "{:.0f}"), ("pages", "pages", "{:.0f}")]
    for step, label in (("cold", "make site, cold (s)"), ("rerun", "rerun, nothing changed (s)"),
                        ("one_added", "one article added (s)"), ("one_changed", "one article changed (s)")):
        rows.append((label, f"{step}_s", "{:.1f}"))
        rows.append(("  CPU s (user + system, all processes)", f"{step}_cpu_s", "{:.1f}"))
        rows.append(("  load average (1 min, 2 cores)", f"{step}_load", "{:.1f}"))
        if step != "cold":
            rows.append(("  ratio to cold (goal <= %s)" % ("0.05" if step == "rerun" else "0.10"),
                         f"{step}_ratio", "{:.3f}"))
            rows.append(("  CPU ratio to cold", f"{step}_cpu_ratio", "{:.3f}"))
    rows += [("peak memory, largest process (MB)", "peak_mb", "{:.0f}"),
             ("MkDocs clean build (s)", "mkdocs_clean_s", "{:.1f}"),
             ("  CPU s", "mkdocs_clean_cpu_s", "{:.1f}"),
             ("  load average (1 min, 2 cores)", "mkdocs_clean_load", "{:.1f}"),
             ("MkDocs ms per page", "mkdocs_ms_per_page", "{:.2f}"),
             ("MkDocs CPU ms per page", "mkdocs_cpu_ms_per_page", "{:.2f}"),
             ("incremental site/ = clean site/", "identical_to_clean", "{}"),
             ("pages per article", "pages_per_article", "{:.1f}"),
             ("site bytes per article (goal <= 100 KB)", "site_bytes_per_article", "{:.0f}"),
             ("search index bytes per article", "index_bytes_per_article", "{:.0f}"),
             ("offline first search (s, goal <= 1.5)", "first_search_s", "{:.2f}"),
             ("  browser CPU s (all its processes)", "first_search_cpu_s", "{:.2f}"),
             ("  load average (1 min, 2 cores)", "first_search_load", "{:.1f}"),
             ("  typed 1 s after the page loaded (s)", "first_search_pause_s", "{:.2f}"),
             ("Zensical build (s)", "zensical_s", "{:.1f}"),
             ("Zensical site bytes per article", "zensical_bytes_per_article", "{:.0f}")]
    width = max(len(r[0]) for r in rows)
    print(f"{'':<{width}}  " + "  ".join(f"{c['set'][-12:]:>12}" for c in corpora))
    for label, key, fmt in rows:
        if any(key in c for c in corpora):
            cells = [fmt.format(c[key]) if key in c else "-" for c in corpora]
            print(f"{label:<{width}}  " + "  ".join(f"{v:>12}" for v in cells))
    if len(corpora) > 1 and all("mkdocs_ms_per_page" in c for c in corpora):
        small, large = min(corpora, key=lambda c: c["pages"]), max(corpora, key=lambda c: c["pages"])
        print(f"MkDocs ms/page, {large['pages']} pages / {small['pages']} pages: "
              f"{large['mkdocs_ms_per_page'] / small['mkdocs_ms_per_page']:.2f}x wall (goal <= 1.2x)"
              + (f", {large['mkdocs_cpu_ms_per_page'] / small['mkdocs_cpu_ms_per_page']:.2f}x CPU"
                 if "mkdocs_cpu_ms_per_page" in large and "mkdocs_cpu_ms_per_page" in small else ""))
    if "dask" in results:
        d = results["dask"]
        print(f"extraction of {d['articles']} articles: local {d['local_workers']} processes {d['local_s']:.1f} s, "
              f"Dask LocalCluster {d['workers']} workers {d['dask_s']:.1f} s; same records: {d['same_records']}")
    if "words" in results:
        w = results["words"]
        print(f"nlp.pipe {w['pipe_words_per_s']:.0f} words/s; generator {w['generator_words_per_s']:.0f} words/s "
              f"({w['speedup']:.2f}x)")

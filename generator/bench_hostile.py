"""`make bench` (hostile part): time and peak memory of a build of one pathological article.

Cases, each generated here (no data files) and built alone, cold (no cache), in a process of its
own so that its peak memory is its own:

- ``1mb-article``: a 1,000,000-character wire story (a dateline, quotations, names, numbers), over
  spaCy's ``nlp.max_length``: parsed in pieces;
- ``quote-marks``: 110,000 straight quotation marks (spaCy's tokenizer is quadratic on such a run);
- ``yaml-bomb``: a 400-byte front matter whose YAML aliases expand to 43 million values.

Targets (issue 11): at most 30 s and 1.5 GB each. Seconds are wall-clock time of the build (the
model, and the data readers and extractors load once per build, are loaded before the clock starts:
``workers.warm_up``), with the CPU time of the build and its worker beside them (on a shared machine
wall time grows with the load, CPU time much less), and the machine's load average when the case
ended (``os.getloadavg``; 2 cores here, so a load over 2 means the case waited for a core). Peak memory is the largest
resident set of the build's processes (the build and its extraction worker), from ``getrusage``.

    python -m generator.bench_hostile [--only CASE]
"""
from __future__ import annotations

import argparse
import json
import os
import random
import resource
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from .config import ROOT

TARGET_SECONDS, TARGET_MB = 30.0, 1500.0
NAMES = ["Maria Lopez", "John Smith", "Ahmed Khan", "Li Wei", "Anna Novak", "Peter Brown", "Grace Mensah"]
PLACES = ["Paris", "Lagos", "Denver", "Osaka", "Quito", "Kyiv", "Perth"]
ORGS = ["the World Bank", "Acme Corp", "the United Nations", "the city council", "the health ministry"]


def long_article(chars: int = 1_000_000, seed: int = 11) -> str:
    """A plain-text wire story of about ``chars`` characters, the same every time."""
    rng = random.Random(seed)
    paragraphs = ["Officials count the cost of the floods", "",
                  "PORTLAND, Maine (AP) — Floods swept the region on Tuesday."]
    size = sum(len(p) + 1 for p in paragraphs)
    while size < chars:
        name, place, org = rng.choice(NAMES), rng.choice(PLACES), rng.choice(ORGS)
        paragraph = (f"{name} told {org} in {place} on Tuesday that {rng.randint(2, 900)} people had been "
                     f"affected. \u201cWe are working hard on this,\u201d {name.split()[1]} said, adding that "
                     f"${rng.randint(1, 99)} million was needed. Officials in {place} said the figure rose "
                     f"{rng.randint(1, 40)} percent from last year.")
        paragraphs += ["", paragraph]
        size += len(paragraph) + 2
    return "\n".join(paragraphs)[:chars]


def yaml_bomb(levels: int = 8) -> str:
    """A Markdown file whose front matter's aliases expand to 9 ** (levels + 1) values."""
    lines = ["---", "title: Anchors", 'a0: &a0 ["lol","lol","lol","lol","lol","lol","lol","lol","lol"]']
    for i in range(1, levels):
        lines.append(f"a{i}: &a{i} [" + ",".join([f"*a{i - 1}"] * 9) + "]")
    lines.append("tags: [" + ",".join([f"*a{levels - 1}"] * 9) + "]")
    return "\n".join(lines + ["---", "", "The council met on Monday and approved the budget.", ""])


CASES = {
    "1mb-article": ("long.txt", lambda: long_article()),
    "quote-marks": ("marks.txt", lambda: "Marks\n\n" + '"' * 110_000),
    "yaml-bomb": ("bomb.md", yaml_bomb),
}


def run_case(name: str) -> dict:
    """Build case ``name`` in this process (cold); its seconds, peak MB and warnings."""
    from dataclasses import replace

    from .config import load_settings
    from .nlp import load_model
    from .pipeline import build
    from .workers import warm_up

    filename, make = CASES[name]
    with tempfile.TemporaryDirectory(prefix="news-hostile-") as work:
        seeds, docs = Path(work) / "seeds", Path(work) / "docs"
        seeds.mkdir()
        (seeds / filename).write_text(make(), encoding="utf-8")
        settings = replace(load_settings(), cache_dir=str(Path(work) / "cache"), workers=1)
        # the build's worker is forked with the model and the readers' and extractors' data loaded
        warm_up(load_model(settings.model), settings)
        own = resource.getrusage(resource.RUSAGE_SELF)
        cpu_before = own.ru_utime + own.ru_stime     # model loading is not the article's
        started = time.perf_counter()
        report = build(settings, seeds=seeds, docs=docs, use_cache=False, progress=False)
        seconds = time.perf_counter() - started
    own, children = resource.getrusage(resource.RUSAGE_SELF), resource.getrusage(resource.RUSAGE_CHILDREN)
    peak_kb = max(own.ru_maxrss, children.ru_maxrss)
    cpu = own.ru_utime + own.ru_stime + children.ru_utime + children.ru_stime - cpu_before
    return {"case": name, "seconds": round(seconds, 1), "cpu_seconds": round(cpu, 1),
            "peak_mb": round(peak_kb / 1024),
            "articles": report.read, "warnings": len(report.warnings) + len(report.skipped),
            "budget_hit": any("budget" in w for w in report.warnings + report.skipped),
            "load": round(os.getloadavg()[0], 1)}


def main(argv: list[str] | None = None) -> int:
    """Print one line per case: seconds, peak MB, and whether both are within the targets."""
    parser = argparse.ArgumentParser(prog="python -m generator.bench_hostile", description=__doc__)
    parser.add_argument("--only", choices=sorted(CASES))
    parser.add_argument("--one", choices=sorted(CASES), help=argparse.SUPPRESS)
    args = parser.parse_args(argv)
    if args.one:
        print(json.dumps(run_case(args.one)))
        return 0
    print(f"hostile inputs (targets: <= {TARGET_SECONDS:.0f} s and <= {TARGET_MB / 1000:.1f} GB each)")
    failed = False
    for name in [args.only] if args.only else list(CASES):
        done = subprocess.run([sys.executable, "-m", "generator.bench_hostile", "--one", name],
                              cwd=ROOT, capture_output=True, text=True)
        if done.returncode != 0:
            print(f"  {name:12} failed: {done.stderr.strip().splitlines()[-1:]}")
            failed = True
            continue
        figures = json.loads(done.stdout.strip().splitlines()[-1])
        memory_ok = figures["peak_mb"] <= TARGET_MB
        if figures["seconds"] <= TARGET_SECONDS and memory_ok:
            verdict = "within target"
        elif figures["cpu_seconds"] <= TARGET_SECONDS and memory_ok:
            verdict = "CPU time within target, wall time over it (the machine was busy)"
        else:
            verdict = "OVER TARGET"
        print(f"  {name:12} {figures['seconds']:7.1f} s ({figures['cpu_seconds']:.1f} s CPU, "
              f"load {figures.get('load', 0):.1f})  {figures['peak_mb']:6d} MB peak  "
              f"{figures['articles']} article(s), {figures['warnings']} warning(s)  {verdict}"
              f"{'; stopped by its time budget' if figures.get('budget_hit') else ''}")
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())

"""`python -m generator eval`: score the generator on the research corpus and print one table.

The corpus (`../shared/corpus`, or $NEWS_CORPUS, or --corpus) is read the way a user would give it;
every article of every chosen set is extracted in one `extract_raw` call (batched, one worker per
core); the results are also written as JSON (--out).
"""
from __future__ import annotations

import argparse
import json
import os
import sys
import time
from pathlib import Path
from typing import Callable, Sequence

from .config import ROOT
from .eval import set_bbc as bbc, set_conll as conll, set_mercury as mercury, set_polnear as polnear, \
    set_reuters as reuters, set_xsum as xsum
from .eval import topics as topic_scores
from .eval.scoring import Item, Row, format_table
from .types import RawArticle

SETS = {module.SET: module for module in (polnear, conll, reuters, xsum, mercury, bbc)}
SHORT_NAMES = {"polnear": polnear.SET, "conll": conll.SET, "reuters": reuters.SET, "mercury": mercury.SET}
DEFAULT_CORPUS = ROOT.parent / "shared" / "corpus"
DEFAULT_OUT = ROOT / "eval-results.json"


def corpus_folder(option: str | None) -> Path:
    """--corpus, else $NEWS_CORPUS, else ../shared/corpus beside the repository."""
    return Path(option or os.environ.get("NEWS_CORPUS") or DEFAULT_CORPUS)


def chosen_sets(only: str | None) -> list[str]:
    """The set names to run, in table order; raises ValueError naming an unknown set."""
    if not only:
        return list(SETS)
    names = []
    for name in (n.strip() for n in only.split(",") if n.strip()):
        full = SHORT_NAMES.get(name, name)
        if full not in SETS:
            raise ValueError(f"unknown set {name!r} (known: {', '.join(SETS)})")
        names.append(full)
    return [n for n in SETS if n in names]


def score(corpus: Path, sets: Sequence[str], *, extract: Callable[[list[RawArticle]], list[dict]],
          sentences_of: Callable[[list[str]], list[list[str]]], limit: int | None = None) -> list[Row]:
    """Rows of the results table for ``sets`` under ``corpus``; sets whose folder is missing are skipped.

    Args:
        extract: records for raw articles, in order (the pipeline's ``extract_raw``).
        sentences_of: sentence splitter for the lead baseline.
    """
    loaded: list[tuple[str, list[Item]]] = []
    for name in sets:
        folder = corpus / name
        if folder.is_dir():
            loaded.append((name, SETS[name].items(folder, limit=limit)))
    raws = [item.raw for _, its in loaded for item in its if item.raw is not None]
    records = iter(extract(raws) if raws else [])
    rows: list[Row] = []
    for name, its in loaded:
        recs = [next(records) if item.raw is not None else None for item in its]
        if getattr(SETS[name], "RESOLVE_ACTORS", False):
            recs = resolved(recs)
        kwargs = {"sentences_of": sentences_of} if SETS[name] is xsum else {}
        rows.extend(SETS[name].rows(its, recs, **kwargs))
        rows.extend(topic_scores.rows(name, its, recs, folder=corpus / name))
        unread = sum(1 for item in its if item.raw is None)
        if unread:
            first = next(item.error for item in its if item.raw is None)
            rows.append(Row(name, "unreadable", unread / len(its), len(its), correct=unread, note=first))
    return rows


def resolved(records: list[dict | None]) -> list[dict | None]:
    """``records`` after corpus-level actor resolution (no alias file), as a build makes them."""
    from .actors import AliasConfig, resolve_actors

    present = [r for r in records if r is not None]
    done = iter(resolve_actors(present, AliasConfig())[0])
    return [next(done) if r is not None else None for r in records]


def _parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="python -m generator eval", description=__doc__.splitlines()[0])
    parser.add_argument("--corpus", help="the corpus folder (default: $NEWS_CORPUS or ../shared/corpus)")
    parser.add_argument("--out", type=Path, default=DEFAULT_OUT, help="where to write the results as JSON")
    parser.add_argument("--limit", type=int, help="at most N items per set (quick runs)")
    parser.add_argument("--only", help=f"sets to run, comma-separated: {', '.join(SETS)}")
    parser.add_argument("--workers", type=int, help="extraction processes (default: the settings')")
    return parser


def main(argv: list[str] | None = None) -> int:
    """Run the evaluation; 0 when it ran, 2 when the corpus or a set name is missing."""
    args = _parser().parse_args(argv)
    corpus = corpus_folder(args.corpus)
    try:
        sets = chosen_sets(args.only)
    except ValueError as exc:
        print(f"Error: {exc}", file=sys.stderr)
        return 2
    if not corpus.is_dir() or not any((corpus / name).is_dir() for name in sets):
        print(f"evaluation corpus not found at {corpus}: make eval needs ../shared/corpus", file=sys.stderr)
        return 2

    from .config import load_settings
    from .nlp import load_model
    from .pipeline import extract_raw

    settings = load_settings(ROOT / "mkdocs.yml")
    started = time.perf_counter()

    def extract(raws: list[RawArticle]) -> list[dict]:
        return extract_raw(raws, settings=settings, workers=args.workers, progress=True)

    def sentences_of(texts: list[str]) -> list[list[str]]:
        nlp = load_model(settings.model)
        return [[s.text.strip() for s in doc.sents if s.text.strip()]
                for doc in nlp.pipe(texts, batch_size=settings.batch_size, disable=["ner"])]

    rows = score(corpus, sets, extract=extract, sentences_of=sentences_of, limit=args.limit)
    seconds = time.perf_counter() - started
    missing = [name for name in sets if not (corpus / name).is_dir()]
    title = f"Evaluation on {corpus} in {seconds:.0f} s" + (f" (missing: {', '.join(missing)})" if missing else "")
    print(title)
    print(format_table(rows))
    results = {"corpus": str(corpus), "seconds": round(seconds, 1), "limit": args.limit,
               "sets": [n for n in sets if n not in missing], "rows": [row.as_dict() for row in rows]}
    args.out.write_text(json.dumps(results, indent=2, ensure_ascii=False) + "\n", encoding="utf-8")
    return 0

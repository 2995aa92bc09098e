"""The command line: a thin layer over the library. Errors are one line, `Error: ...`, exit code 1.

Ctrl-C is one line too (exit code 130): the workers are stopped and what was extracted is cached.
"""
from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

from .config import ConfigError, ROOT, load_settings, with_overrides
from .nlp import ModelMissing

COMMANDS = {
    "extract": "print one JSON record per FILE (JSON Lines, in input order)",
    "build": "read every article in the seeds folder and write the site's pages into docs/",
    "clean": "remove the generated pages from docs/ and the extraction cache",
    "eval": "score the generator on ../shared/corpus and print one table",
    "bench": "measure extraction speed, build times and site size; print the figures",
}


def _parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="python -m generator", description=__doc__)
    parser.add_argument("--config", default=str(ROOT / "mkdocs.yml"), help="mkdocs.yml holding extra.generator")
    sub = parser.add_subparsers(dest="command", required=True, metavar="COMMAND")
    p = sub.add_parser("extract", help=COMMANDS["extract"])
    p.add_argument("files", nargs="+", type=Path, metavar="FILE")
    p = sub.add_parser("build", help=COMMANDS["build"])
    p.add_argument("--seeds", type=Path, help="folder of articles (default: extra.generator.seeds)")
    p.add_argument("--docs", type=Path, help="docs folder to write into (default: mkdocs.yml docs_dir)")
    p.add_argument("--workers", type=int, help="extraction processes (0 = one per core)")
    p.add_argument("--no-cache", action="store_true", help="extract every article again")
    p.add_argument("--strict", action="store_true", help="exit 1 when there were warnings")
    p.add_argument("--quiet", action="store_true", help="no progress bar")
    sub.add_parser("clean", help=COMMANDS["clean"])
    sub.add_parser("eval", help=COMMANDS["eval"], add_help=False)
    sub.add_parser("bench", help=COMMANDS["bench"], add_help=False)
    return parser


def main(argv: list[str] | None = None) -> int:
    """Run one command; returns the exit code."""
    argv = list(sys.argv[1:] if argv is None else argv)
    # eval and bench parse their own options.
    if argv and argv[0] == "eval":
        from .evaluate import main as eval_main
        return eval_main(argv[1:])
    if argv and argv[0] == "bench":
        from .bench import main as bench_main
        return bench_main(argv[1:])
    args = _parser().parse_args(argv)
    from .inputs import SeedsError

    try:
        settings = load_settings(args.config)
        if args.command == "extract":
            return _extract(args.files, settings)
        if args.command == "build":
            return _build(args, settings)
        if args.command == "clean":
            return _clean(settings)
    except (ConfigError, ModelMissing, FileNotFoundError, SeedsError) as exc:
        print(f"Error: {exc}", file=sys.stderr)
        return 1
    except OSError as exc:      # docs/ or the cache's folder cannot be written: disk full, read-only
        where = f" ({exc.filename})" if getattr(exc, "filename", None) else ""
        print(f"Error: {exc.strerror or exc}{where}", file=sys.stderr)
        return 1
    except KeyboardInterrupt:
        print("\nInterrupted: the articles extracted so far are cached; run the build again to go on.",
              file=sys.stderr)
        return 130
    return 2


def _extract(files: list[Path], settings) -> int:
    from .pipeline import iter_records

    failed = 0
    out = sys.stdout
    for path, record, error in iter_records(files, settings=settings):
        if error:
            print(f"Error: {error}", file=sys.stderr)
            failed += 1
            continue
        out.write(json.dumps(record, ensure_ascii=False, sort_keys=True) + "\n")
    return 1 if failed else 0


def _build(args, settings) -> int:
    from .pipeline import build

    settings = with_overrides(settings, workers=args.workers)
    report = build(settings, seeds=args.seeds, docs=args.docs, use_cache=not args.no_cache,
                   progress=not args.quiet)
    from .buildlog import summary_lines, write_log
    from .pipeline import in_project

    # one line per kind of warning; the full list goes to the log file and the Quality page
    log = in_project(settings.cache_dir) / "build-warnings.log"
    warnings = sorted(set(report.skipped + report.warnings))
    write_log(log, warnings, report.sources)
    for line in summary_lines(warnings, log, report.sources):
        print(line, file=sys.stderr)
    print(report.line())
    if args.strict and (report.skipped or report.warnings):
        print(f"Error: {len(report.skipped) + len(report.warnings)} warnings and --strict (STRICT=1)",
              file=sys.stderr)
        return 1
    return 0


def _clean(settings) -> int:
    import shutil

    from .site import clean

    from .pipeline import in_project

    clean(in_project(settings.docs_dir))
    shutil.rmtree(in_project(settings.cache_dir), ignore_errors=True)
    return 0

"""The build, top to bottom: discover, read, extract (cached), resolve actors, write the pages.

Actor and topic pages need the whole corpus, so nothing is written before every article is read.
"""
from __future__ import annotations

import hashlib
import os
import re
import sys
import time
from dataclasses import dataclass, field
from pathlib import Path
from typing import Iterable, Sequence

from .cache import ExtractionCache, remove_stale_temp_files
from .config import ROOT, Settings, resolve_workers
from .extract import MISSING
from .inputs import check_seeds, read_bytes, require_folder
from .lock import BuildLock
from .readers.discover import display_name
from .slugs import slugify
from .types import RawArticle

# Below this many articles, worker processes cost more to start than they save.
MIN_ARTICLES_PER_WORKER = 24


def _extract_chunk(raws: Sequence[RawArticle], settings: Settings) -> list[dict]:
    """Parse and extract ``raws`` in this process; records without ids, in input order.

    An article whose extraction fails keeps what its reader found, with a warning saying so.
    """
    from .extract import to_record
    from .nlp import load_model
    from .types import Extraction
    from .workers import run_task

    nlp = load_model(settings.model)
    records = []
    for raw in raws:
        kind, value = run_task(("raw", raw), nlp, settings)
        if kind == "done":
            records.append(value["record"])
        else:
            reason = str(value).removeprefix(f"{raw.source}: ")
            record = to_record(raw, Extraction(warnings=(reason,)), article_id="")
            record.pop("id", None)
            records.append(record)
    return records


def extract_raw(raws: Sequence[RawArticle], *, settings: Settings | None = None,
                workers: int | None = None, progress: bool = False) -> list[dict]:
    """Records for ``raws`` in input order, with ids unique among them.

    Args:
        raws: articles as the readers return them.
        settings: model, batch size and extraction options (defaults when None).
        workers: processes to use; None takes the setting (0 there = one per core).
        progress: show a progress bar on stderr.
    """
    settings = settings or Settings()
    raws = list(raws)
    n_workers = resolve_workers(settings) if workers is None else max(1, workers)
    n_workers = min(n_workers, max(1, len(raws) // MIN_ARTICLES_PER_WORKER))
    bar = _progress(len(raws), progress)
    records: list[dict | None] = [None] * len(raws)
    if n_workers <= 1:
        for i, raw in enumerate(raws):
            records[i] = _extract_chunk([raw], settings)[0]
            bar.update(1)
    else:
        from .extract import to_record
        from .types import Extraction

        def done(index: int, kind: str, value) -> None:
            if kind == "done":
                records[index] = value["record"]
            else:   # a worker killed over its budget: the record holds what the reader found
                reason = str(value).removeprefix(f"{raws[index].source}: ")
                records[index] = to_record(raws[index], Extraction(warnings=(reason,)), article_id="")
            bar.update(1)

        from .workers import run_pool

        run_pool([("raw", raw) for raw in raws], settings, n_workers, done)
    bar.close()
    for record, article_id in zip(records, assign_ids(records)):
        record["id"] = article_id
    return records


def _progress(total: int, enabled: bool):
    """A progress bar on stderr, shown only to a person: not when stderr is a log file or a pipe
    (a bar redrawn with carriage returns makes one line of many kilobytes there)."""
    from tqdm import tqdm

    shown = enabled and total >= 20 and sys.stderr.isatty()
    return tqdm(total=total, unit="article", disable=not shown, file=sys.stderr,
                leave=False, dynamic_ncols=True)


def assign_ids(records: Sequence[dict]) -> list[str]:
    """Stable, unique slugs: the headline's (else the file name's), a short hash when two collide."""
    ids = []
    seen: set[str] = set()
    for record in records:
        base = slugify(record.get("headline") or Path(record["source"]).stem, max_length=70)
        article_id = base
        if article_id in seen:
            digest = hashlib.sha1(record["source"].encode("utf-8", "surrogatepass")).hexdigest()
            article_id = f"{base}-{digest[:6]}"
            n = 2
            while article_id in seen:
                article_id = f"{base}-{digest[:6]}-{n}"
                n += 1
        seen.add(article_id)
        ids.append(article_id)
    return ids


@dataclass
class BuildReport:
    read: int = 0
    from_cache: int = 0
    extracted: int = 0
    duplicates: int = 0       # files read that repeat another's text: shown with it as one article
    skipped: list[str] = field(default_factory=list)
    warnings: list[str] = field(default_factory=list)
    written: int = 0
    unchanged: int = 0
    removed: int = 0
    pages: int = 0
    seconds: float = 0.0
    sources: list[str] = field(default_factory=list)   # the names of the files found, as warnings give them

    def line(self) -> str:
        """The one summary line printed at the end of a build."""
        from .buildlog import plural

        twice = f", {self.duplicates} of them duplicates" if self.duplicates else ""
        return (f"{plural(self.read, 'article')} read ({self.from_cache} from cache, {self.extracted} extracted{twice}), "
                f"{len(self.skipped)} skipped, {plural(self.warning_count, 'warning')}; "
                f"{plural(self.pages, 'page')} and {plural(self._data_files, 'data file')} "
                f"({self.written} written, {self.unchanged} unchanged, {self.removed} removed) in {self.seconds:.1f} s")

    @property
    def warning_count(self) -> int:
        """Distinct warnings, those for skipped files included: the count the warning summary and the
        build log give ("4 warnings in all"), so the two lines never disagree."""
        return len(set(self.skipped + self.warnings))

    @property
    def _data_files(self) -> int:
        """The files beside the pages (the records and the feed): written + unchanged counts them too."""
        return max(0, self.written + self.unchanged - self.pages)


def in_project(path: str) -> Path:
    """A path from the settings: absolute as it is, else inside the project folder."""
    return Path(path) if Path(path).is_absolute() else ROOT / path


def _plain_source(path: Path) -> Path:
    """The path as the user would give it: relative to the working folder when inside it."""
    absolute = Path(os.path.abspath(path))
    try:
        return absolute.relative_to(Path.cwd().resolve())
    except ValueError:
        return Path(path)


def _source_name(path: Path) -> str:
    """:func:`_plain_source` as printable text (bytes of a name that are not UTF-8 become U+FFFD)."""
    return display_name(_plain_source(path))


class SiteWriteError(OSError):
    """The pages could not be written into docs/ (disk full, read-only): one line, naming the file."""

    def __init__(self, docs_dir: Path, exc: OSError):
        where = display_name(exc.filename) if exc.filename else display_name(docs_dir)
        super().__init__(exc.errno, f"cannot write the site's pages into {display_name(docs_dir)}: "
                                    f"{exc.strerror or exc} ({where}); each page there is whole, "
                                    "and site/ was not rebuilt")

    def __str__(self) -> str:
        return self.strerror


def build(settings: Settings, *, seeds: Path | None = None, docs: Path | None = None,
          use_cache: bool = True, progress: bool = True, workers: int | None = None) -> BuildReport:
    """Read every article under ``seeds``, extract (or reuse) its record, write the site into ``docs``.

    Bad files are reported in the returned warnings and skipped; the build goes on. Each article's
    record is cached as soon as it is extracted, so an interrupted build resumes where it stopped.
    One build per cache folder runs at a time (a second waits, and says so on stderr).

    Raises:
        FileNotFoundError: no seeds folder.
        SeedsError: the seeds folder is or holds docs/, site/ or the cache.
        SiteWriteError: docs/ cannot be written (one line; the pages there stay whole).
        KeyboardInterrupt: Ctrl-C; the workers are gone and what was extracted is cached.
    """
    started = time.perf_counter()
    # Paths from the settings are relative to mkdocs.yml's folder; paths given here, to the caller's.
    seeds_dir = Path(seeds) if seeds else in_project(settings.seeds)
    docs_dir = Path(docs) if docs else in_project(settings.docs_dir)
    cache_root = in_project(settings.cache_dir)
    report = BuildReport()
    require_folder(seeds_dir)
    check_seeds(seeds_dir, {"docs": docs_dir, "site": in_project(settings.site_dir), "cache": cache_root})
    with BuildLock(cache_root / "build.lock", f"this checkout (cache {display_name(cache_root)})"):
        remove_stale_temp_files(cache_root)
        return _locked_build(settings, seeds_dir, docs_dir, cache_root, report, started,
                             use_cache=use_cache, progress=progress, workers=workers)


def _locked_build(settings: Settings, seeds_dir: Path, docs_dir: Path, cache_root: Path,
                  report: BuildReport, started: float, *, use_cache: bool, progress: bool,
                  workers: int | None) -> BuildReport:
    from .buildstamp import BuildStamp
    from .owned import OWNED

    # Nothing changed since the last complete build: its report, and nothing read or written.
    stamp = BuildStamp(settings, seeds_dir, docs_dir, cache_root, OWNED, in_project(settings.aliases))
    previous = stamp.previous_report() if use_cache else None
    if previous is not None:
        return BuildReport(**{**previous, "seconds": time.perf_counter() - started})
    stamp.forget()

    from .actors import load_aliases, resolve_actors
    from .readers import discover
    from .site import write_site
    from .distributed import scheduler_address
    from .site.writer import OWNED_FILES
    from .topics_corpus import corpus_topics
    from .workers import run_pool

    from .data import packages

    packages.keep_on_disk(cache_root / "data")   # GeoNames and pycountry indexes, read back in later builds
    paths, discover_warnings = discover(seeds_dir)
    report.skipped.extend(discover_warnings)

    # One cache folder per seeds folder: pruning after a build of one folder keeps the others' entries.
    folder = hashlib.sha1(str(seeds_dir.resolve()).encode("utf-8", "surrogateescape")).hexdigest()[:12]
    cache = ExtractionCache(cache_root / folder, settings)
    entries: list[tuple[str, str, dict | None]] = []   # (source, key, entry or None)
    tasks: list[tuple] = []
    slots: list[int] = []
    for path in paths:
        source = _source_name(path)
        report.sources.append(source)
        try:
            data = read_bytes(path, name=source)
        except OSError as exc:
            report.skipped.append(str(exc) if not exc.errno else f"{source}: cannot be read ({exc.strerror})")
            continue
        if source != str(_plain_source(path)):
            report.warnings.append(f"{source}: the file name is not valid UTF-8; shown with \ufffd")
        key = cache.key(data, source)
        entry = cache.get(key, source=source) if use_cache else None
        if entry is None:
            slots.append(len(entries))
            tasks.append(("bytes", data, source, path.suffix))
        entries.append((source, key, entry))

    n_workers = resolve_workers(settings) if workers is None else max(1, workers)
    n_workers = min(n_workers, max(1, len(tasks) // MIN_ARTICLES_PER_WORKER))
    bar = _progress(len(tasks), progress)

    def done(index: int, kind: str, value) -> None:
        slot = slots[index]
        source, key, _ = entries[slot]
        if kind == "done":
            if use_cache:
                cache.put(key, value)     # at once: a stopped build resumes from here
            entries[slot] = (source, key, value)
            report.extracted += 1
        else:
            report.skipped.append(str(value))
        bar.update(1)

    try:
        address = scheduler_address(settings)
        if address and tasks:
            _extract_on_cluster(tasks, settings, address, done)
        else:
            run_pool(tasks, settings, n_workers, done)
    finally:
        bar.close()
    report.warnings.extend(cache.warnings)
    report.from_cache = len(entries) - len(tasks)

    found = [entry for _, _, entry in entries if entry is not None]
    records = [dict(entry["record"]) for entry in found]
    for record, article_id in zip(records, assign_ids(records)):
        record["id"] = article_id
    for record in records:     # before merging duplicates: a merged file's own problems are named too
        # Missing metadata is listed on the quality page; the console names only problems.
        # (a reader's warning that names its line already starts with the file: "a.md:7: ...")
        report.warnings.extend(w if w.startswith(f"{record['source']}:") else f"{record['source']}: {w}"
                               for w in record["warnings"] if w not in MISSING)
    records, duplicate_warnings = merge_duplicates(records, found)
    report.warnings.extend(duplicate_warnings)
    report.duplicates = len(found) - len(records)
    report.read = len(records)

    aliases, alias_warnings = load_aliases(in_project(settings.aliases))
    report.warnings.extend(alias_warnings)
    records, merges = resolve_actors(records, aliases)
    records = corpus_topics(records)

    # One line each, whatever a library's message held (YAML errors span lines).
    report.skipped, report.warnings = ([re.sub(r"\s*\n\s*", " ", w) for w in ws]
                                       for ws in (report.skipped, report.warnings))
    all_warnings = sorted(set(report.skipped + report.warnings))
    for name in OWNED_FILES:      # a page half-written by a build that was killed
        for stale in docs_dir.glob(f".{name}.*.tmp"):
            stale.unlink(missing_ok=True)
    try:
        site = write_site(records, docs_dir, merges=merges, warnings=all_warnings,
                          site_name=settings.site_name, seeds=seeds_dir, sources=report.sources)
    except OSError as exc:
        raise SiteWriteError(docs_dir, exc) from None
    if use_cache and not cache.write_failed:
        cache.prune({key for _, key, entry in entries if entry is not None})
    report.written, report.unchanged, report.removed, report.pages = (
        site.written, site.unchanged, site.removed, site.pages)
    report.seconds = time.perf_counter() - started
    if use_cache:
        from dataclasses import asdict

        stamp.save({**asdict(report), "written": 0, "unchanged": report.written + report.unchanged,
                    "removed": 0, "from_cache": report.from_cache + report.extracted,
                    "extracted": 0})
    return report


def _extract_on_cluster(tasks: Sequence[tuple], settings: Settings, address: str, done) -> None:
    """Read ``tasks`` here and extract them on the Dask cluster at ``address``; ``done`` as run_pool's."""
    from .dedupe import prints
    from .distributed import extract_distributed
    from .readers import ReadError, read_data

    raws, indexes = [], []
    for index, (_, data, source, suffix) in enumerate(tasks):
        try:
            raws.append(read_data(data, source=source, suffix=suffix))
            indexes.append(index)
        except ReadError as exc:
            done(index, "skip", str(exc))
        except Exception as exc:  # noqa: BLE001 - a reader fault is one warning, the build goes on
            done(index, "skip", f"{source}: cannot be read ({type(exc).__name__})")
    for index, raw, record in zip(indexes, raws, extract_distributed(raws, settings=settings, address=address)):
        record.pop("id", None)
        done(index, "done", {"record": record, **prints(raw.body)})


def merge_duplicates(records: list[dict], entries: list[dict]) -> tuple[list[dict], list[str]]:
    """One record for texts that are the same article; a warning naming both files for each merge.

    ``entries`` are the cache entries beside ``records`` (same order), with fingerprint and signature.
    The record kept (the first file's, or the longest text's when the others are shorter versions of
    it) lists every file in `sources`, its own first.
    """
    from .dedupe import duplicate_groups, shorter_version

    warnings = []
    drop: set[int] = set()
    for group in duplicate_groups(entries):
        keep = records[group[0]]
        keep["sources"] = [records[i]["source"] for i in group]
        for i in group[1:]:
            same = entries[i].get("fingerprint") == entries[group[0]].get("fingerprint")
            how = "the same text as" if same else \
                "a shorter version of" if shorter_version(entries[i], entries[group[0]]) else "nearly the same text as"
            warnings.append(f"{records[i]['source']}: {how} {keep['source']}; shown as one article")
        drop.update(group[1:])
    return [r for i, r in enumerate(records) if i not in drop], warnings


def iter_records(paths: Iterable[Path], *, settings: Settings | None = None):
    """(path, record or None, error or None) for each path, in order: what `extract` prints."""
    from .readers import ReadError, read_file

    paths = list(paths)
    raws, slots, errors = [], [], {}
    for i, path in enumerate(paths):
        try:
            raws.append(read_file(path, source=str(path)))
            slots.append(i)
        except (ReadError, OSError) as exc:
            errors[i] = str(exc) if isinstance(exc, ReadError) else f"{path}: cannot be read ({exc})"
    records = dict(zip(slots, extract_raw(raws, settings=settings))) if raws else {}
    for i, path in enumerate(paths):
        yield path, records.get(i), errors.get(i)

"""The build, top to bottom: discover, read, extract (cached), resolve actors, write the pages.

Actor and topic pages need the whole corpus, so nothing is written before every article is read.
"""
from __future__ import annotations

import hashlib
import multiprocessing
import sys
import time
from concurrent.futures import ProcessPoolExecutor
from dataclasses import dataclass, field
from pathlib import Path
from typing import Iterable, Sequence

from .cache import ExtractionCache
from .config import ROOT, Settings, resolve_workers
from .extract import MISSING
from .slugs import slugify
from .types import RawArticle

# Below this many articles, worker processes cost more to start than they save.
MIN_ARTICLES_PER_WORKER = 24


def _extract_chunk(raws: Sequence[RawArticle], settings: Settings) -> list[dict]:
    """Parse and extract ``raws`` in this process; records without ids, in input order."""
    from .extract import extract, nlp_text, to_record
    from .nlp import load_model

    nlp = load_model(settings.model)
    texts = [nlp_text(raw) for raw in raws]
    records = []
    docs = nlp.pipe((text for text, _ in texts), batch_size=settings.batch_size)
    for raw, (_, body_start), doc in zip(raws, texts, docs):
        found = extract(raw, doc, body_start=body_start, summary_sentences=settings.summary_sentences,
                        numbers=settings.numbers)
        records.append(to_record(raw, found, article_id=""))
    return records


def _chunks(items: Sequence, size: int) -> list[Sequence]:
    return [items[i:i + size] for i in range(0, len(items), size)]


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
    chunk_size = max(1, min(settings.batch_size, -(-len(raws) // (n_workers * 4)) if raws else 1))
    chunks = _chunks(raws, chunk_size)
    bar = _progress(len(raws), progress)
    records: list[dict] = []
    if n_workers <= 1:
        for chunk in chunks:
            records.extend(_extract_chunk(chunk, settings))
            bar.update(len(chunk))
    else:
        # fork: workers inherit the imported modules; each loads the model once.
        context = multiprocessing.get_context("fork" if sys.platform.startswith("linux") else "spawn")
        with ProcessPoolExecutor(max_workers=n_workers, mp_context=context) as pool:
            for chunk, done in zip(chunks, pool.map(_extract_chunk, chunks, [settings] * len(chunks))):
                records.extend(done)
                bar.update(len(chunk))
    bar.close()
    for record, article_id in zip(records, assign_ids(records)):
        record["id"] = article_id
    return records


def _progress(total: int, enabled: bool):
    from tqdm import tqdm

    return tqdm(total=total, unit="article", disable=not enabled or total < 20, file=sys.stderr,
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
    skipped: list[str] = field(default_factory=list)
    warnings: list[str] = field(default_factory=list)
    written: int = 0
    unchanged: int = 0
    removed: int = 0
    pages: int = 0
    seconds: float = 0.0

    def line(self) -> str:
        """The one summary line printed at the end of a build."""
        return (f"{self.read} articles read ({self.from_cache} from cache, {self.extracted} extracted), "
                f"{len(self.skipped)} skipped, {len(self.warnings)} warnings; "
                f"{self.pages} pages ({self.written} written, {self.unchanged} unchanged, "
                f"{self.removed} removed) in {self.seconds:.1f} s")


def in_project(path: str) -> Path:
    """A path from the settings: absolute as it is, else inside the project folder."""
    return Path(path) if Path(path).is_absolute() else ROOT / path


def _source_name(path: Path) -> str:
    """The path as the user would give it: relative to the working folder when inside it."""
    try:
        return str(path.resolve().relative_to(Path.cwd().resolve()))
    except ValueError:
        return str(path)


def build(settings: Settings, *, seeds: Path | None = None, docs: Path | None = None,
          use_cache: bool = True, progress: bool = True, workers: int | None = None) -> BuildReport:
    """Read every article under ``seeds``, extract (or reuse) its record, write the site into ``docs``.

    Bad files are reported in the returned warnings and skipped; the build goes on.
    """
    from .actors import load_aliases, resolve_actors
    from .readers import ReadError, discover, read_file
    from .site import write_site
    from .topics_corpus import corpus_topics

    started = time.perf_counter()
    # Paths from the settings are relative to mkdocs.yml's folder; paths given here, to the caller's.
    seeds_dir = Path(seeds) if seeds else in_project(settings.seeds)
    docs_dir = Path(docs) if docs else in_project(settings.docs_dir)
    report = BuildReport()
    if not seeds_dir.is_dir():
        raise FileNotFoundError(f"{seeds_dir}: no such folder of articles")
    paths, discover_warnings = discover(seeds_dir)
    report.warnings.extend(discover_warnings)

    # One cache folder per seeds folder: pruning after a build of one folder keeps the others' entries.
    folder = hashlib.sha1(str(seeds_dir.resolve()).encode("utf-8", "surrogatepass")).hexdigest()[:12]
    cache = ExtractionCache(in_project(settings.cache_dir) / folder, settings)
    entries: list[tuple[str, str, dict | None]] = []   # (source, key, record or None)
    to_read: list[tuple[int, Path, str]] = []
    for path in paths:
        source = _source_name(path)
        try:
            data = path.read_bytes()
        except OSError as exc:
            report.skipped.append(f"{source}: cannot be read ({exc.strerror or exc})")
            continue
        key = cache.key(data, source)
        entry = cache.get(key) if use_cache else None
        if entry is not None:
            entries.append((source, key, entry))
        else:
            to_read.append((len(entries), path, source))
            entries.append((source, key, None))

    raws: list[RawArticle] = []
    slots: list[int] = []
    for slot, path, source in to_read:
        try:
            raws.append(read_file(path, source=source))
            slots.append(slot)
        except ReadError as exc:
            report.skipped.append(str(exc))
    if raws:
        from .dedupe import fingerprint, signature

        from .distributed import extract_distributed, scheduler_address

        address = scheduler_address(settings)
        extracted = (extract_distributed(raws, settings=settings, address=address) if address else
                     extract_raw(raws, settings=settings, workers=workers, progress=progress))
        for slot, raw, record in zip(slots, raws, extracted):
            source, key, _ = entries[slot]
            record.pop("id", None)
            entry = {"record": record, "fingerprint": fingerprint(raw.body), "signature": signature(raw.body)}
            cache.put(key, entry)
            entries[slot] = (source, key, entry)
    report.extracted = len(raws)
    report.from_cache = sum(1 for _, _, e in entries if e is not None) - report.extracted

    found = [entry for _, _, entry in entries if entry is not None]
    records = [dict(entry["record"]) for entry in found]
    for record, article_id in zip(records, assign_ids(records)):
        record["id"] = article_id
    records, duplicate_warnings = merge_duplicates(records, found)
    report.warnings.extend(duplicate_warnings)
    report.read = len(records)
    for record in records:
        # Missing metadata is listed on the quality page; the console names only problems.
        report.warnings.extend(f"{record['source']}: {w}" for w in record["warnings"]
                               if w not in MISSING)

    aliases, alias_warnings = load_aliases(in_project(settings.aliases))
    report.warnings.extend(alias_warnings)
    records, merges = resolve_actors(records, aliases)
    records = corpus_topics(records)

    all_warnings = sorted(set(report.skipped + report.warnings))
    site = write_site(records, docs_dir, merges=merges, warnings=all_warnings,
                      site_name=settings.site_name)
    if use_cache:
        cache.prune({key for _, key, entry in entries if entry is not None})
    report.written, report.unchanged, report.removed, report.pages = (
        site.written, site.unchanged, site.removed, site.pages)
    report.seconds = time.perf_counter() - started
    return report


def merge_duplicates(records: list[dict], entries: list[dict]) -> tuple[list[dict], list[str]]:
    """One record for texts that are the same article; a warning naming both files for each merge.

    ``entries`` are the cache entries beside ``records`` (same order), with fingerprint and signature.
    The first file's record is kept and lists every file in `sources`.
    """
    from .dedupe import duplicate_groups

    warnings = []
    drop: set[int] = set()
    for group in duplicate_groups(entries):
        keep = records[group[0]]
        keep["sources"] = [records[i]["source"] for i in group]
        for i in group[1:]:
            same = entries[i].get("fingerprint") == entries[group[0]].get("fingerprint")
            how = "the same text as" if same else "nearly the same text as"
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

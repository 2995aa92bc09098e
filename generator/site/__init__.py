"""The site: build the whole index from every record, render every page, then write them.

Pelican-like: nothing is written before the index of all articles, actors and topics is complete,
so actor and topic pages see the whole corpus.
"""
from __future__ import annotations

import json
import os
from dataclasses import dataclass
from pathlib import Path
from typing import Sequence

from ..slugs import slugify
from .feed import FEED_FILE, atom_feed
from .index import build_index
from .render import render_site
from .writer import OWNED, UnsafePath, clean, write_files

__all__ = ["OWNED", "SiteReport", "UnsafePath", "clean", "slugify", "write_site"]

DATA_FILE = "data/articles.jsonl"


@dataclass(frozen=True)
class SiteReport:
    written: int     # files written (new or changed)
    unchanged: int   # files whose bytes were already right
    removed: int     # stale files deleted from the owned folders
    pages: int       # Markdown pages in the site


def records_jsonl(records: Sequence[dict]) -> str:
    """The records, one JSON object a line, sorted by id: the data the site ships."""
    return "".join(json.dumps(r, sort_keys=True, ensure_ascii=False) + "\n"
                   for r in sorted(records, key=lambda r: str(r["id"])))


def relative_sources(records: Sequence[dict], warnings: Sequence[str], seeds: Path, sources: Sequence[str] = ()
                     ) -> tuple[list[dict], list[str], list[str]]:
    """Records and warnings with every source path relative to the seeds folder ("reuters/0001.txt").

    The builder's own folders (an absolute path, the home folder's name) never reach the site. A
    source outside the seeds folder keeps only its file name.
    """
    root = Path(seeds).resolve()
    prefixes = sorted({str(root) + os.sep, str(Path(seeds)) + os.sep, os.path.relpath(root) + os.sep},
                      key=len, reverse=True)

    def relative(source: str) -> str:
        path = Path(source)
        try:
            return (path if path.is_absolute() else Path.cwd() / path).resolve().relative_to(root).as_posix()
        except (ValueError, OSError):
            return path.name

    def cleaned(warning: str) -> str:
        for prefix in prefixes:
            if prefix not in (os.sep, "." + os.sep):
                warning = warning.replace(prefix, "")
        return warning

    out = []
    for record in records:
        record = dict(record)
        if record.get("source"):
            original = str(record["source"])
            record["source"] = relative(original)
            # a reader's warning that names its line starts with the file: "/home/x/seeds/a.md:4: ..."
            if record.get("warnings"):
                record["warnings"] = [
                    cleaned(record["source"] + w[len(original):] if w.startswith(original + ":") else w)
                    if isinstance(w, str) else w for w in record["warnings"]]
        if record.get("sources"):
            record["sources"] = [relative(str(s)) for s in record["sources"]]
        out.append(record)
    return out, [cleaned(w) for w in warnings], [relative(s) for s in sources]


def write_site(records: list[dict], docs_dir: Path, *, merges: Sequence[dict] = (),
               warnings: Sequence[str] = (), site_name: str | None = None,
               seeds: Path | None = None, sources: Sequence[str] = ()) -> SiteReport:
    """Write every generated page of the site for ``records`` into ``docs_dir``.

    Args:
        records: article records (article.schema.json) with corpus-wide actor names and unique ids.
        docs_dir: MkDocs' docs folder; only the paths in ``OWNED`` are touched.
        merges: the cross-article name merges, listed on the quality page.
        warnings: the build's warnings, listed on the quality page.
        site_name: the home page's title (default "News summaries").
        seeds: the folder the articles were read from; source paths are shown relative to it.
        sources: the names of the files found, as the warnings name them (buildlog.split).

    Raises:
        ValueError: two records with one id, or two pages at one path.
    """
    if seeds is not None:
        records, warnings, sources = relative_sources(records, warnings, Path(seeds), sources)
    index = build_index(records)
    pages = render_site(index, merges=merges, warnings=warnings, site_name=site_name, sources=sources)
    files = [(page.path, page.text.encode("utf-8")) for page in pages]
    files.append((DATA_FILE, records_jsonl(records).encode("utf-8")))
    files.append((FEED_FILE, atom_feed(index, site_name or "News summaries")))
    result = write_files(files, Path(docs_dir))
    return SiteReport(written=result.written, unchanged=result.unchanged, removed=result.removed,
                      pages=len(pages))

"""The site: build the whole index from every record, render every page, then write them.

Pelican-like: nothing is written before the index of all articles, actors and topics is complete,
so actor and topic pages see the whole corpus.
"""
from __future__ import annotations

import json
from dataclasses import dataclass
from pathlib import Path
from typing import Sequence

from ..slugs import slugify
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


def write_site(records: list[dict], docs_dir: Path, *, merges: Sequence[dict] = (),
               warnings: Sequence[str] = (), site_name: str | None = None) -> SiteReport:
    """Write every generated page of the site for ``records`` into ``docs_dir``.

    Args:
        records: article records (article.schema.json) with corpus-wide actor names and unique ids.
        docs_dir: MkDocs' docs folder; only the paths in ``OWNED`` are touched.
        merges: the cross-article name merges, listed on the quality page.
        warnings: the build's warnings, listed on the quality page.
        site_name: the home page's title (default "News summaries").

    Raises:
        ValueError: two records with one id, or two pages at one path.
    """
    index = build_index(records)
    pages = render_site(index, merges=merges, warnings=warnings, site_name=site_name)
    files = [(page.path, page.text.encode("utf-8")) for page in pages]
    files.append((DATA_FILE, records_jsonl(records).encode("utf-8")))
    result = write_files(files, Path(docs_dir))
    return SiteReport(written=result.written, unchanged=result.unchanged, removed=result.removed,
                      pages=len(pages))

"""Shared by the site tests (tests/test_site*.py, tests/test_quotes_site.py): small records as the pipeline
makes them, the fixture that sets the page budget aside, a real `mkdocs build --strict` of written pages,
and an HTML tag collector. Not a test module: pytest collects nothing here."""
from __future__ import annotations

import os
import shutil
import subprocess
import sys
from html.parser import HTMLParser
from pathlib import Path

import pytest

from generator.site import OWNED, write_site
from generator.sitebuild import copy_config

ROOT = Path(__file__).resolve().parent.parent


def record(article_id: str, *, headline: str | None = None, published: str | None = "2024-05-01",
           entities=(), quotes=(), topics=(), **extra) -> dict:
    """A small record as the pipeline makes them."""
    base = {"id": article_id, "source": f"seeds/{article_id}.txt", "headline": headline or f"Story {article_id}",
            "description": None, "outlet": "The Test Wire", "authors": [{"name": "Ann Writer", "role": None}],
            "contributors": [], "dateline": "LONDON", "published": published, "summary": ["A sentence."],
            "entities": list(entities), "quotes": list(quotes), "numbers": [], "topics": list(topics),
            "warnings": []}
    base.update(extra)
    return base


def person(name: str, *titles: str, kind: str = "person") -> dict:
    return {"name": name, "kind": kind, "aliases": [], "titles": list(titles), "mentions": 1}


@pytest.fixture
def every_actor_has_a_page(monkeypatch):
    """The page budget (generator/site/budget.py) set aside: tests of page contents need the pages."""
    from generator.site import index

    monkeypatch.setattr(index, "earns_page", lambda actor: True)
    monkeypatch.setattr(index, "earns_topic_page", lambda topic: True)


def build_site(tmp_path: Path, records: list[dict], **kw) -> Path:
    """Write ``records`` into a copy of the project's docs and run `mkdocs build --strict`; returns site/."""
    docs = tmp_path / "docs"
    docs.mkdir()
    for item in (ROOT / "docs").iterdir():
        if item.name in OWNED:
            continue
        (shutil.copytree if item.is_dir() else shutil.copy2)(item, docs / item.name)
    copy_config(tmp_path)   # mkdocs.yml with its hook paths kept
    write_site(records, docs, **kw)
    site = tmp_path / "site"
    env = dict(os.environ, NO_MKDOCS_2_WARNING="1")
    done = subprocess.run([sys.executable, "-m", "mkdocs", "build", "--strict", "-f", str(tmp_path / "mkdocs.yml"),
                           "-d", str(site)], capture_output=True, text=True, env=env, cwd=tmp_path)
    assert done.returncode == 0, done.stderr
    assert "WARNING" not in done.stderr, done.stderr
    return site


class _Tags(HTMLParser):
    """Every start tag with its attributes, and the text of every inline script."""

    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.tags: list[tuple[str, dict]] = []
        self.scripts: list[str] = []          # code
        self.data_scripts: list[str] = []     # JSON-LD: data, never run
        self._in_script = None

    def handle_starttag(self, tag, attrs):
        self.tags.append((tag, dict(attrs)))
        self._in_script = (dict(attrs).get("type") or "js") if tag == "script" else None

    def handle_endtag(self, tag):
        self._in_script = None

    def handle_data(self, data):
        if self._in_script == "application/ld+json":
            self.data_scripts.append(data)
        elif self._in_script:
            self.scripts.append(data)

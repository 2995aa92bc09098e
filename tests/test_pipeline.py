"""Builds end to end into a temporary docs folder: caching, incremental rebuilds, duplicates, bad files."""
import os
from dataclasses import replace
from pathlib import Path

import pytest

from generator import pipeline
from generator.config import Settings

STORIES = {
    "storm.txt": "Storm batters Maine coast\n\nPORTLAND, Maine (AP) — A powerful storm battered the coast of "
                 "Maine on Tuesday, knocking out power to 120,000 homes, Governor Janet Mills said.\n\n"
                 "\u201cWe have crews working around the clock to restore power,\u201d Mills said.\n",
    "budget.md": "---\ntitle: Council approves budget\ndate: 2024-03-05\nauthor: Jane Doe\ntags: [budget]\n---\n"
                 "The Springfield city council approved a $4 million budget on Monday after Mayor Tom Baker "
                 "proposed cuts to the parks department.\n\n\u201cThis budget protects our schools and "
                 "our streets,\u201d Baker said.\n",
}


@pytest.fixture
def project(tmp_path):
    seeds = tmp_path / "seeds"
    seeds.mkdir()
    for name, text in STORIES.items():
        (seeds / name).write_text(text, encoding="utf-8")
    docs = tmp_path / "docs"
    docs.mkdir()
    (docs / "about.md").write_text("# About\n\nHand-written.\n")
    settings = replace(Settings(), cache_dir=str(tmp_path / "cache"), workers=1)
    return seeds, docs, settings


def _mtimes(docs: Path) -> dict:
    return {p: p.stat().st_mtime_ns for p in docs.rglob("*") if p.is_file()}


def _build(project, **kw):
    seeds, docs, settings = project
    return pipeline.build(settings, seeds=seeds, docs=docs, progress=False, **kw)


def test_rerun_runs_no_nlp_and_rewrites_nothing(project, monkeypatch):
    first = _build(project)
    assert first.read == 2 and first.extracted == 2
    before = _mtimes(project[1])
    calls = []
    monkeypatch.setattr(pipeline, "_extract_chunk", lambda raws, s: calls.append(raws) or [])
    second = _build(project)
    assert calls == [] and second.extracted == 0 and second.from_cache == 2
    assert second.written == 0 and second.removed == 0
    assert _mtimes(project[1]) == before


def test_one_changed_article_is_extracted_alone(project):
    _build(project)
    seeds = project[0]
    (seeds / "storm.txt").write_text(STORIES["storm.txt"] + "\nCrews expect repairs to take days.\n")
    report = _build(project)
    assert report.extracted == 1 and report.from_cache == 1


def test_deleted_article_loses_its_pages_and_nothing_else(project):
    _build(project)
    seeds, docs, _ = project
    articles = {p.name for p in (docs / "articles").glob("*.md")}
    (seeds / "budget.md").unlink()
    report = _build(project)
    assert report.read == 1
    after = {p.name for p in (docs / "articles").glob("*.md")}
    assert len(after) == len(articles) - 1
    assert not any("council" in name for name in after)
    assert (docs / "about.md").read_text() == "# About\n\nHand-written.\n"


def test_identical_texts_make_one_page_with_a_warning(project):
    seeds = project[0]
    (seeds / "copy of storm.txt").write_text(STORIES["storm.txt"])
    report = _build(project)
    assert report.read == 2
    assert any("copy of storm.txt" in w and "storm.txt" in w for w in report.warnings)


def test_bad_file_is_skipped_with_a_warning_and_the_build_goes_on(project):
    seeds = project[0]
    (seeds / "empty.txt").write_text("")
    (seeds / "blob.txt").write_bytes(bytes(range(256)) * 10)
    report = _build(project)
    assert report.read == 2
    assert any("empty.txt" in s for s in report.skipped)
    assert any("blob.txt" in s for s in report.skipped)


def test_same_input_same_bytes(project, tmp_path):
    _build(project)
    docs = project[1]
    first = {p.relative_to(docs): p.read_bytes() for p in docs.rglob("*") if p.is_file()}
    other = tmp_path / "docs2"
    other.mkdir()
    (other / "about.md").write_text("# About\n\nHand-written.\n")
    pipeline.build(project[2], seeds=project[0], docs=other, progress=False, use_cache=False)
    second = {p.relative_to(other): p.read_bytes() for p in other.rglob("*") if p.is_file()}
    assert first == second

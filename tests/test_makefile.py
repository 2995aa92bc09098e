"""The Makefile passes a folder name or an option given to make as data, never as code.

Each test runs the project's Makefile in a temporary folder with ``PY`` set to a stand-in python that
records the arguments it is given (and runs the command behind ``-m generator.lock`` as the real
lock does), so the recipes run as they do for a user, without a build.
"""
from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]

pytestmark = pytest.mark.skipif(shutil.which("make") is None, reason="needs make")

FAKE_PY = """#!{python}
import json, os, subprocess, sys
args = sys.argv[1:]
if args[:2] == ["-m", "generator.lock"]:
    sys.exit(subprocess.call(args[3:]))
with open(os.environ["CALLS"], "a") as out:
    out.write(json.dumps(args) + "\\n")
"""


def run_make(tmp_path: Path, *args: str, env_extra: dict | None = None) -> list[list[str]]:
    """Run ``make ARGS`` on a copy of the Makefile in tmp_path/work; the stand-in python's calls."""
    work = tmp_path / "work"
    work.mkdir(exist_ok=True)
    shutil.copy(ROOT / "Makefile", work / "Makefile")
    fake = tmp_path / "fakepy"
    fake.write_text(FAKE_PY.format(python=sys.executable))
    fake.chmod(0o755)
    calls = tmp_path / "calls.jsonl"
    calls.write_text("")
    env = {k: v for k, v in os.environ.items() if not k.startswith("MAKE")}
    env.update(CALLS=str(calls), **(env_extra or {}))
    proc = subprocess.run(["make", "--no-print-directory", f"PY={fake}", "STAMP=", *args],
                          cwd=work, env=env, capture_output=True, text=True, timeout=60)
    assert proc.returncode == 0, proc.stderr
    return [json.loads(line) for line in calls.read_text().splitlines()]


HOSTILE_NAMES = [
    "bt`touch PWNED`",
    "inj $(touch PWNED)",
    "q\" $(touch PWNED) 'x",
    "mk $(shell touch PWNED) $x $$y",
    "-dash",
]


@pytest.mark.parametrize("target", ["build", "site", "serve"])
@pytest.mark.parametrize("name", HOSTILE_NAMES)
def test_seeds_folder_name_is_data(tmp_path, name, target):
    seeds = tmp_path / name
    seeds.mkdir()
    calls = run_make(tmp_path, target, f"SEEDS={seeds}")
    assert not list(tmp_path.rglob("PWNED")), "a folder name ran a command"
    builds = [c for c in calls if c[:3] == ["-m", "generator", "build"]]
    assert builds and builds[0][3] == f"--seeds={seeds}"


def test_seeds_from_the_environment_is_data(tmp_path):
    seeds = tmp_path / "env $(shell touch PWNED) `touch PWNED`"
    seeds.mkdir()
    calls = run_make(tmp_path, "build", env_extra={"SEEDS": str(seeds)})
    assert not list(tmp_path.rglob("PWNED"))
    assert calls[0][3] == f"--seeds={seeds}"


def test_other_user_variables_are_data(tmp_path):
    calls = run_make(tmp_path, "site", "SEEDS=s", "STRICT=$(shell touch PWNED)",
                     "BUILDER=x`touch PWNED`")
    calls += run_make(tmp_path, "bench", "BENCH=--limit 3 * $(shell touch PWNED) `touch PWNED`")
    assert not list(tmp_path.rglob("PWNED"))
    assert ["-m", "generator.sitebuild", "--builder=x`touch PWNED`"] in calls
    assert ["-m", "generator", "bench", "--limit", "3", "*", "$(shell", "touch", "PWNED)",
            "`touch", "PWNED`"] in calls
    assert all("--strict" not in c for c in calls)


def test_strict_and_default_seeds_still_work(tmp_path):
    calls = run_make(tmp_path, "build", "STRICT=1")
    assert calls == [["-m", "generator", "build", "--seeds=seeds", "--strict"]]

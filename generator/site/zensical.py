"""Building the site with Zensical (Material for MkDocs' successor) from the same mkdocs.yml and docs/.

`make site BUILDER=zensical`. Zensical 0.0.73 reads mkdocs.yml and builds the Material theme's pages
itself, offline search included (``search.js``, used from file:// with no request leaving the
machine). What it does not do, measured with this project (README: "Building with Zensical"):

* it does not run MkDocs plugins or hooks: no minifier (pages are larger), and no incremental
  hook of ours (it has its own cache; ``zensical build`` re-renders only what changed);
* it writes its output to mkdocs.yml's ``site_dir`` (no ``-d`` option): for another folder this
  module writes a temporary copy of mkdocs.yml beside the original, with ``site_dir`` set, and
  removes it afterwards;
* an absolute ``docs_dir`` makes it panic ("invariant: Id(Format(Path(RootDir)))"), so the copy
  gives docs_dir relative to the config's folder.
"""
from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
from pathlib import Path


def zensical_command() -> list[str]:
    """How to run Zensical with this interpreter's packages."""
    found = shutil.which("zensical", path=os.path.dirname(sys.executable))
    return [found] if found else [sys.executable, "-m", "zensical"]


def build_with_zensical(config: Path, site_dir: Path, *, strict: bool = True) -> int:
    """Run ``zensical build`` on ``config`` with its output in ``site_dir``; returns the exit code."""
    config = Path(config).resolve()
    site_dir = Path(site_dir).resolve()
    copy = config.with_name(f".zensical-{os.getpid()}.yml")
    lines = []
    for line in config.read_text(encoding="utf-8").splitlines():
        if line.startswith(("docs_dir:", "site_dir:")):
            key, value = line.split(":", 1)
            value = value.split("#", 1)[0].strip().strip("'\"")
            if key == "site_dir":
                continue
            if os.path.isabs(value):
                line = f"docs_dir: {json.dumps(os.path.relpath(value, config.parent))}"
        lines.append(line)
    lines.append(f"site_dir: {json.dumps(str(site_dir))}")
    copy.write_text("\n".join(lines) + "\n", encoding="utf-8")
    try:
        command = zensical_command() + ["build", "-f", str(copy)] + (["--strict"] if strict else [])
        return subprocess.run(command, cwd=config.parent).returncode
    finally:
        copy.unlink(missing_ok=True)

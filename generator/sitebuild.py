"""`make site`'s second step: build site/ from docs/ with MkDocs (or Zensical), or nothing when nothing changed.

A stamp per builder and site folder (``.cache/site/``) holds the fingerprint of the last successful
build: every file under docs/ (path, size, modification time: the generator's writer leaves a file
whose bytes are unchanged alone, modification time included), mkdocs.yml, the hook files it names,
the theme's custom_dir, and the versions of the builder, theme and plugins. When the fingerprint is
the same and site/ is still there, the build is skipped: a rerun with no new article renders nothing.
Otherwise the builder runs (MkDocs then renders only the changed pages: generator/site/incremental.py)
and the stamp is written again after it succeeds.

``python -m generator.sitebuild [--builder mkdocs|zensical] [--config mkdocs.yml] [--site-dir DIR]``
"""
from __future__ import annotations

import argparse
import hashlib
import json
import os
import shutil
import subprocess
import sys
from importlib import metadata
from pathlib import Path

import yaml

from . import sitekeep
from .config import ROOT, _Loader

BUILDERS = ("mkdocs", "zensical")
PACKAGES = ("mkdocs", "mkdocs-material", "mkdocs-minify-html-plugin", "Markdown", "pymdown-extensions",
            "zensical")


def _read_config(config: Path) -> dict:
    try:
        return yaml.load(config.read_text(encoding="utf-8"), Loader=_Loader) or {}
    except (OSError, yaml.YAMLError) as exc:
        raise SystemExit(f"Error: {config}: cannot be read ({exc})") from None


def _tree(folder: Path) -> list:
    """(relative path, size, mtime in ns) of every file under ``folder``, sorted; [] when absent."""
    rows = []
    stack = [folder]
    while stack:
        here = stack.pop()
        try:
            entries = list(os.scandir(here))
        except OSError:
            continue
        for entry in entries:
            if entry.is_dir(follow_symlinks=True):
                stack.append(Path(entry.path))
            else:
                try:
                    st = entry.stat()
                except OSError:
                    continue
                rows.append((os.path.relpath(entry.path, folder), st.st_size, st.st_mtime_ns))
    return sorted(rows)


def fingerprint(config: Path, builder: str, extra: tuple = ()) -> str:
    """A hash of everything the built site depends on, given the builder's code.

    Args:
        config: mkdocs.yml.
        builder: "mkdocs" or "zensical".
        extra: anything else that changes the output (command-line flags).
    """
    data = _read_config(config)
    base = config.resolve().parent
    digest = hashlib.sha256(json.dumps([builder, list(extra)]).encode())
    digest.update(config.read_bytes())
    docs = base / str(data.get("docs_dir") or "docs")
    digest.update(json.dumps(_tree(docs)).encode("utf-8", "surrogatepass"))
    for hook in data.get("hooks") or ():
        path = base / str(hook)
        digest.update(path.read_bytes() if path.is_file() else b"missing")
        # what the hook imports from beside it
        for other in sorted(path.parent.glob("*.py")) if path.is_file() else ():
            digest.update(other.name.encode() + other.read_bytes())
    custom = (data.get("theme") or {}).get("custom_dir") if isinstance(data.get("theme"), dict) else None
    if custom:
        digest.update(json.dumps(_tree(base / str(custom))).encode("utf-8", "surrogatepass"))
    for package in PACKAGES:
        try:
            digest.update(f"{package}=={metadata.version(package)}".encode())
        except metadata.PackageNotFoundError:
            digest.update(f"{package} absent".encode())
    return digest.hexdigest()


def copy_config(target_dir: Path, *, docs_dir: Path | None = None, cache_dir: Path | None = None,
                source: Path = ROOT / "mkdocs.yml") -> Path:
    """A copy of ``source`` in ``target_dir`` whose hook paths and theme custom_dir still point here.

    MkDocs reads hook paths relative to the config file, so a plain copy elsewhere (tests, the
    benchmark) would lose them. ``docs_dir`` and the generator's ``cache_dir`` (absolute) are set when
    given. Returns the new config path.
    """
    text = source.read_text(encoding="utf-8")
    lines = []
    in_hooks = False
    for line in text.splitlines():
        if line.startswith("hooks:"):
            in_hooks = True
        elif in_hooks and line.startswith("  - "):
            hook = line[4:].split("#", 1)[0].strip()
            line = "  - " + json.dumps(str((source.resolve().parent / hook).resolve()))
        elif line and not line.startswith(" "):
            in_hooks = False
        if cache_dir is not None and line.strip().startswith("cache_dir:") and line.startswith("    "):
            line = line[:len(line) - len(line.lstrip())] + "cache_dir: " + json.dumps(str(Path(cache_dir).resolve()))
        if line.startswith("  custom_dir:"):
            folder = line.split(":", 1)[1].split("#", 1)[0].strip().strip("'\"")
            line = "  custom_dir: " + json.dumps(str((source.resolve().parent / folder).resolve()))
        lines.append(line)
    if docs_dir is not None:
        lines.append(f"docs_dir: {json.dumps(str(Path(docs_dir).resolve()))}")
    target = Path(target_dir) / "mkdocs.yml"
    target.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return target


def _stamp_path(config: Path, site_dir: Path, builder: str) -> Path:
    name = hashlib.sha256(str(site_dir.resolve()).encode("utf-8", "surrogatepass")).hexdigest()[:16]
    return config.resolve().parent / ".cache" / "site" / f"{builder}-{name}.json"


def _site_dir(config: Path, given: Path | None) -> Path:
    if given is not None:
        return given
    data = _read_config(config)
    return config.resolve().parent / str(data.get("site_dir") or "site")


def run_builder(builder: str, config: Path, site_dir: Path, *, strict: bool = True, quiet: bool = True) -> int:
    """Run MkDocs or Zensical on ``config`` into ``site_dir``; returns its exit code.

    Raises:
        OSError: MkDocs stopped on a disk error (full, read-only); its traceback is not shown.
    """
    if builder == "mkdocs":
        # generator.mkdocs_run: MkDocs without NLTK (2 s of CPU each build; same site)
        command = [sys.executable, "-m", "generator.mkdocs_run", "build", "-f", str(config), "-d", str(site_dir)]
        command += ["--strict"] if strict else []
        command += ["--quiet"] if quiet else []
        path = os.pathsep.join(p for p in (str(ROOT), os.environ.get("PYTHONPATH")) if p)
        env = {**os.environ, "PYTHONPATH": path}
        code, stderr = _run(command, env, capture=quiet)
        failure = sitekeep.disk_error(stderr) if code else None
        if failure:
            raise OSError(*failure)
        sys.stderr.write(stderr)            # its warnings and errors, as MkDocs printed them
        return code
    from .site.zensical import build_with_zensical

    return build_with_zensical(config, site_dir, strict=strict)


def _run(command: list[str], env: dict, *, capture: bool) -> tuple[int, str]:
    """(exit code, standard error when ``capture``) of ``command``.

    Raises:
        KeyboardInterrupt: Ctrl-C; the builder has been stopped and has ended (it writes no more).
    """
    process = subprocess.Popen(command, env=env, stderr=subprocess.PIPE if capture else None, text=True,
                               errors="replace")
    try:
        _, stderr = process.communicate()
    except KeyboardInterrupt:
        process.kill()
        while process.poll() is None:       # a second Ctrl-C must not leave it writing into site/
            try:
                process.wait()
            except KeyboardInterrupt:
                pass
        raise
    return process.returncode, stderr or ""


def build_site(config: Path = ROOT / "mkdocs.yml", *, builder: str = "mkdocs", site_dir: Path | None = None,
               strict: bool = True, quiet: bool = True, force: bool = False) -> tuple[int, bool]:
    """Build the site unless nothing changed since the last successful build.

    Returns:
        (exit code, whether the builder ran).
    """
    config = Path(config)
    site = _site_dir(config, Path(site_dir) if site_dir is not None else None)
    stamp = _stamp_path(config, site, builder)
    flags = ("strict" if strict else "lenient",)
    current = fingerprint(config, builder, flags)
    try:
        previous = json.loads(stamp.read_text(encoding="utf-8")).get("fingerprint")
    except (OSError, ValueError, AttributeError):
        previous = None
    if not force and previous == current and (site / "index.html").is_file():
        return 0, False
    stamp.unlink(missing_ok=True)
    try:        # the previous site is kept until the new one is complete (sitekeep.py)
        previous = sitekeep.set_aside(site, link=builder == "mkdocs")
    except OSError as exc:
        print(sitekeep.cannot_write(site, exc.strerror or str(exc), exc.filename, kept=True), file=sys.stderr)
        return 1, True
    except KeyboardInterrupt:   # nothing was changed yet
        print(f"\nInterrupted: {sitekeep.display_name(site)} was not rebuilt; it is as it was.", file=sys.stderr)
        return 130, True
    try:
        code = run_builder(builder, config, site, strict=strict, quiet=quiet)
    except OSError as exc:
        kept = sitekeep.finish(site, previous, ok=False)
        print(sitekeep.cannot_write(site, exc.strerror or str(exc), exc.filename, kept=kept), file=sys.stderr)
        return 1, True
    except KeyboardInterrupt:
        print(sitekeep.interrupted(site, previous), file=sys.stderr)
        return 130, True
    if sitekeep.finish(site, previous, ok=code == 0):
        print(f"{sitekeep.display_name(site)}: the build failed; the previous site is as it was", file=sys.stderr)
    for other in BUILDERS:       # site/ now holds this builder's output: the others must build again
        if other != builder:
            _stamp_path(config, site, other).unlink(missing_ok=True)
    if code == 0:
        stamp.parent.mkdir(parents=True, exist_ok=True)
        # the fingerprint again: a hook may touch nothing in docs/, but be sure what was built
        stamp.write_text(json.dumps({"fingerprint": current, "builder": builder}) + "\n", encoding="utf-8")
    return code, True


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m generator.sitebuild", description=__doc__.splitlines()[0])
    parser.add_argument("--builder", choices=BUILDERS, default=os.environ.get("BUILDER") or "mkdocs")
    parser.add_argument("--config", type=Path, default=ROOT / "mkdocs.yml")
    parser.add_argument("--site-dir", type=Path)
    parser.add_argument("--no-strict", action="store_true", help="do not fail on warnings")
    parser.add_argument("--force", action="store_true", help="build even when nothing changed")
    parser.add_argument("--verbose", action="store_true", help="the builder's own messages")
    args = parser.parse_args(argv)
    if args.builder == "zensical" and shutil.which("zensical") is None and not _has_zensical():
        print("Error: zensical is not installed (pip install -r requirements.txt)", file=sys.stderr)
        return 1
    try:
        code, ran = build_site(args.config, builder=args.builder, site_dir=args.site_dir,
                               strict=not args.no_strict, quiet=not args.verbose, force=args.force)
    except KeyboardInterrupt:   # before the site was touched (its fingerprint) or after (its stamp)
        print("\nInterrupted: run the build again to go on.", file=sys.stderr)
        return 130
    if not ran:
        print(f"site is up to date: nothing in docs/ or {args.config.name} changed since the last {args.builder} build")
    return code


def _has_zensical() -> bool:
    try:
        metadata.version("zensical")
        return True
    except metadata.PackageNotFoundError:
        return False


if __name__ == "__main__":
    sys.exit(main())

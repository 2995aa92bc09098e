"""Writes the generated files into docs/: only inside the folders it owns, only when bytes change.

The writer owns its output: two pages at one path is an error, a file whose bytes are the same is
left alone (its modification time too), files in the owned folders that the build no longer makes
are removed, and nothing outside them (hand-written pages) is ever touched.
"""
from __future__ import annotations

import os
import shutil
from dataclasses import dataclass
from pathlib import Path, PurePosixPath
from typing import Iterable

from ..owned import OWNED, OWNED_DIRS, OWNED_FILES  # noqa: F401 - what the generator owns in docs/


class UnsafePath(ValueError):
    """A generated path that would land outside the generator's own folders."""


@dataclass(frozen=True)
class WriteResult:
    written: int
    unchanged: int
    removed: int


def _target(root: Path, rel: str, folders: dict[Path, Path] | None = None) -> Path:
    """The file for ``rel`` under ``root`` (resolved), after checking it stays in an owned place.

    ``folders`` caches each folder's resolved path between calls: resolving every file's path anew
    cost 21 s of CPU for a 10,000-article site's pages, most of them in a handful of folders; the
    file itself is still checked for being a symlink.

    Raises:
        UnsafePath: absolute paths, "..", ".", backslashes, empty parts, an unowned top folder, or a
            symlink that leads elsewhere.
    """
    parts = PurePosixPath(rel).parts
    if (not parts or "\\" in rel or "\x00" in rel or rel.startswith("/")
            or any(p in ("", ".", "..") for p in parts) or rel != "/".join(parts)):
        raise UnsafePath(f"{rel!r}: not a plain relative path")
    top = parts[0]
    if len(parts) == 1 and top not in OWNED_FILES or len(parts) > 1 and top not in OWNED_DIRS:
        raise UnsafePath(f"{rel!r}: not inside the generator's own files ({', '.join(OWNED)})")
    target = root.joinpath(*parts)
    folders = {} if folders is None else folders
    folder = folders.get(target.parent)
    if folder is None:
        folder = folders[target.parent] = target.parent.resolve()
    resolved = target.resolve() if target.is_symlink() else folder / target.name
    home = root / top
    if resolved != target or not (resolved == home if len(parts) == 1 else resolved.is_relative_to(home)):
        raise UnsafePath(f"{rel!r}: leads outside {home} (a symlink?)")
    return target


def _stage(targets: list[Path], planned: dict[Path, bytes]) -> dict[Path, Path]:
    """Write each target's bytes to a temporary file beside it; on any error remove them all."""
    staged: dict[Path, Path] = {}
    try:
        for target in targets:
            target.parent.mkdir(parents=True, exist_ok=True)
            tmp = target.with_name(f".{target.name}.{os.getpid()}.tmp")
            staged[target] = tmp
            with open(tmp, "wb") as f:
                f.write(planned[target])
    except BaseException:
        _unstage(staged)
        raise
    return staged


def _unstage(staged: dict[Path, Path]) -> None:
    """Remove the temporary files of ``staged`` that are still there."""
    for tmp in staged.values():
        try:
            tmp.unlink(missing_ok=True)
        except OSError:
            pass


def write_files(files: Iterable[tuple[str, bytes]], docs_dir: Path) -> WriteResult:
    """Write ``files`` ((path relative to docs/, bytes)) and remove stale files in the owned folders.

    Raises:
        ValueError: two files at one path.
        UnsafePath: a path outside the owned folders.
    """
    docs_dir = Path(docs_dir)
    docs_dir.mkdir(parents=True, exist_ok=True)
    root = docs_dir.resolve()
    planned: dict[Path, bytes] = {}
    folders: dict[Path, Path] = {}
    for rel, data in files:
        target = _target(root, rel, folders)
        if target in planned:
            raise ValueError(f"two pages at {rel}")
        planned[target] = data
    changed = []
    for target in sorted(planned):
        try:
            same = target.is_file() and not target.is_symlink() and target.read_bytes() == planned[target]
        except OSError:
            same = False
        if not same:
            changed.append(target)
    # Every changed page is written aside first, then all are moved in: a full or read-only disk
    # fails before any page changes, and leaves no temporary file (issue 11).
    staged = _stage(changed, planned)
    try:
        for target in changed:
            if target.is_dir() and not target.is_symlink():
                shutil.rmtree(target)
            os.replace(staged[target], target)
    except BaseException:       # a move failed part way: each page is whole, old or new; no temp file stays
        _unstage(staged)
        raise
    written, unchanged = len(changed), len(planned) - len(changed)
    removed = _remove_stale(root, set(planned))
    return WriteResult(written=written, unchanged=unchanged, removed=removed)


def _remove_stale(root: Path, keep: set[Path]) -> int:
    """Delete files in the owned places that are not in ``keep``; empty owned folders go too."""
    removed = 0
    for name in OWNED_FILES:
        path = root / name
        if path not in keep and (path.is_file() or path.is_symlink()):
            path.unlink()
            removed += 1
    for name in OWNED_DIRS:
        home = root / name
        if home.is_symlink():
            raise UnsafePath(f"{home}: is a symlink; the generator will not write through it")
        if not home.is_dir():
            continue
        for folder, dirs, files in os.walk(home, topdown=False):
            here = Path(folder)
            for file in sorted(files):
                path = here / file
                if path not in keep:
                    path.unlink()
                    removed += 1
            for sub in dirs:
                path = here / sub
                if path.is_symlink():
                    path.unlink()
                    removed += 1
                elif not any(path.iterdir()):
                    path.rmdir()
        if not any(home.iterdir()):
            home.rmdir()
    return removed


def clean(docs_dir: Path) -> int:
    """Remove everything the generator owns in ``docs_dir``; hand-written files stay. Returns files removed."""
    root = Path(docs_dir).resolve()
    if not root.is_dir():
        return 0
    removed = 0
    for name in OWNED:
        path = root / name
        if path.is_symlink() or path.is_file():
            path.unlink()
            removed += 1
        elif path.is_dir():
            removed += sum(1 for p in path.rglob("*") if not p.is_dir())
            shutil.rmtree(path)
    return removed

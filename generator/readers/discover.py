"""Finding the article files under a folder, and naming every file that is not read.

Walks the folder with ``os.scandir`` (not ``Path.rglob``) so that each entry's own type is seen
before anything is opened: a FIFO or a device would block or never end if read, a symbolic link may
lead out of the folder (``passwd.txt -> /etc/passwd``). Rules, each skip one warning naming the file:

- hidden files and folders (names starting with ".") are not read (one warning per hidden entry);
- a symbolic link is followed only when its target is a regular file inside the seeds folder;
  a link to a folder is not followed (what it leads to inside the folder is read where it is);
- anything that is not a regular file (FIFO, socket, device) is not read;
- a suffix not in :data:`SUFFIXES` is not read.
"""
from __future__ import annotations

import os
import stat
import unicodedata
from pathlib import Path

SUFFIXES = (".txt", ".md", ".markdown", ".html", ".htm")
FORMATS = {".txt": "text", ".md": "markdown", ".markdown": "markdown", ".html": "html", ".htm": "html"}


def display_name(path: Path | str) -> str:
    """``path`` as text that can be printed and stored: bytes that are not UTF-8 become U+FFFD."""
    return str(path).encode("utf-8", "surrogateescape").decode("utf-8", "replace")


def _sort_key(path: Path, root: Path) -> tuple[str, ...]:
    # NFC so that the same accented name sorts the same whatever the file system stored.
    parts = [display_name(p) for p in path.relative_to(root).parts]
    return tuple(unicodedata.normalize("NFC", part).casefold() for part in parts) + (display_name(path),)


def _kind(mode: int) -> str:
    if stat.S_ISFIFO(mode):
        return "a FIFO (named pipe)"
    if stat.S_ISSOCK(mode):
        return "a socket"
    if stat.S_ISCHR(mode) or stat.S_ISBLK(mode):
        return "a device"
    return "not a regular file"


def _suffix_warning(path: Path) -> str:
    return (f"{display_name(path)}: skipped, '{display_name(path.suffix) or '(no suffix)'}' is not an "
            f"article suffix ({', '.join(SUFFIXES)})")


def discover(root: Path) -> tuple[list[Path], list[str]]:
    """Every article file under ``root`` (recursively), sorted, and one warning per entry skipped.

    Returns:
        (paths, warnings): paths keep the names they have under ``root`` (a link inside the folder
        is listed under its own name); each warning starts with the skipped entry's name.
    """
    root = Path(root)
    if root.is_file():
        if root.suffix.lower() in SUFFIXES:
            return [root], []
        return [], [_suffix_warning(root)]
    if not root.is_dir():
        return [], [f"{display_name(root)}: no such folder"]
    real_root = Path(os.path.realpath(root))
    found: list[Path] = []
    warnings: list[str] = []
    stack = [root]
    while stack:
        folder = stack.pop()
        try:
            with os.scandir(folder) as entries:
                items = sorted(entries, key=lambda e: e.name)
        except OSError as exc:
            warnings.append(f"{display_name(folder)}: skipped, the folder cannot be read ({exc.strerror or exc})")
            continue
        for entry in items:
            path = Path(entry.path)
            name = display_name(path)
            if entry.name.startswith("."):
                what = "folder" if entry.is_dir(follow_symlinks=False) else "file"
                warnings.append(f"{name}: skipped, a hidden {what} (its name starts with '.')")
                continue
            try:
                mode = entry.stat(follow_symlinks=False).st_mode
            except OSError as exc:
                warnings.append(f"{name}: skipped, it cannot be read ({exc.strerror or exc})")
                continue
            if stat.S_ISLNK(mode):
                target = Path(os.path.realpath(path))
                if not target.exists():
                    warnings.append(f"{name}: skipped, a symbolic link to nothing (broken link)")
                    continue
                if not target.is_relative_to(real_root):
                    warnings.append(f"{name}: skipped, a symbolic link that leads out of the seeds folder "
                                    f"(to {display_name(target)})")
                    continue
                if target.is_dir():
                    warnings.append(f"{name}: skipped, a symbolic link to a folder (the files there are "
                                    "read where they are)")
                    continue
                mode = target.stat().st_mode
            if stat.S_ISDIR(mode):
                stack.append(path)
                continue
            if not stat.S_ISREG(mode):
                warnings.append(f"{name}: skipped, {_kind(mode)}, not a file of text")
                continue
            if path.suffix.lower() in SUFFIXES:
                found.append(path)
            else:
                warnings.append(_suffix_warning(path))
    found.sort(key=lambda p: _sort_key(p, root))
    return found, sorted(warnings)

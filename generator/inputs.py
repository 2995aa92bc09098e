"""What a build may read: the seeds folder checked against the site's own folders, files read safely.

A seeds folder that is, or holds, the site's own ``docs/``, ``site/`` or extraction cache would feed
the site its own pages (each build adding to the next), so it is refused with one clear error.
Files are opened without blocking and read only when they are regular files of a sane size, so a
FIFO swapped in after discovery, or a file of gigabytes, cannot hang or swamp a build.
"""
from __future__ import annotations

import os
import stat
from pathlib import Path

from .readers.discover import display_name

# Files larger than this are not read (an article is kilobytes; 1 MB is already a warning).
MAX_FILE_BYTES = 10_000_000


class SeedsError(ValueError):
    """The seeds folder cannot be used (it is or holds the site's own files)."""


def _inside(path: Path, folder: Path) -> bool:
    return path == folder or path.is_relative_to(folder)


def require_folder(seeds: Path) -> None:
    """Raise ``FileNotFoundError`` naming ``seeds`` unless it is a folder: "no such folder of
    articles", or, for a file ("SEEDS=story.txt": the path is there, but it is one article), that
    the folder that holds it is wanted."""
    if seeds.is_file():
        raise FileNotFoundError(f"{display_name(seeds)}: a file, not a folder of articles; give the folder "
                                f"that holds it ({display_name(seeds.parent)})")
    if not seeds.is_dir():
        raise FileNotFoundError(f"{display_name(seeds)}: no such folder of articles")


def check_seeds(seeds: Path, own: dict[str, Path]) -> None:
    """Refuse a seeds folder that is, holds or lies inside one of the generator's own folders.

    Args:
        seeds: the seeds folder (or file).
        own: name -> folder, e.g. {"docs": ..., "site": ..., "cache": ...}.
    Raises:
        SeedsError: naming the folder and which of the site's folders it meets.
    """
    real = Path(os.path.realpath(seeds))
    for name, folder in own.items():
        folder = Path(os.path.realpath(folder))
        if _inside(real, folder):
            raise SeedsError(f"the seeds folder {display_name(seeds)} is inside the site's own {name} folder "
                             f"({display_name(folder)}); give a folder of articles (SEEDS=...)")
        if _inside(folder, real):
            raise SeedsError(f"the seeds folder {display_name(seeds)} holds the site's own {name} folder "
                             f"({display_name(folder)}), whose pages it would read back; give a folder "
                             "of articles only (SEEDS=...)")


def read_bytes(path: Path, *, name: str) -> bytes:
    """The bytes of regular file ``path``.

    Raises:
        OSError: with a message naming ``name`` for a file that is not regular, too large, or unreadable.
    """
    fd = os.open(path, os.O_RDONLY | getattr(os, "O_NONBLOCK", 0))
    try:
        info = os.fstat(fd)
        if not stat.S_ISREG(info.st_mode):
            raise OSError(f"{name}: skipped, not a regular file")
        if info.st_size > MAX_FILE_BYTES:
            raise OSError(f"{name}: skipped, the file is {info.st_size / 1e6:.1f} MB; files over "
                          f"{MAX_FILE_BYTES / 1e6:.0f} MB are not read as articles")
        chunks = []
        while chunk := os.read(fd, 1 << 20):
            chunks.append(chunk)
            if sum(map(len, chunks)) > MAX_FILE_BYTES:
                raise OSError(f"{name}: skipped, the file grew past {MAX_FILE_BYTES / 1e6:.0f} MB while read")
        return b"".join(chunks)
    finally:
        os.close(fd)

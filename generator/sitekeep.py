"""The previous site/ stays whole while a builder writes the next one (issue 11: "a full or read-only
disk gives one line and leaves the previous site intact").

MkDocs empties site/ and writes the new site into it file by file; a disk that fills half-way, or a
build stopped half-way, would leave half a site. So before the builder runs, the previous site is
set aside beside it (``.site.previous``) and put back when the build fails:

- for MkDocs, as hard links (no file data is copied: it costs directory entries, not space, and
  the incremental hook still finds every page where it was). That is safe because MkDocs never
  writes into a file it did not create in this build: a build that is not ``--dirty`` first removes
  every file of site/ (``mkdocs.utils.clean_directory``), then writes new ones;
- for another builder (Zensical), whose writes are not known to be like that, by renaming site/
  aside, so it builds into an empty folder.

A build that succeeds drops the copy set aside; one that fails removes what it wrote and puts the
previous site back (a rename); one stopped by Ctrl-C does the same at once (:func:`interrupted`,
which also removes the incremental hook's stash); one that was killed leaves the copy set aside, and
the next build puts it back before it starts. The hard links are made under another name and renamed
when complete, so a copy stopped half-way is never taken for the previous site. When even setting aside fails (a read-only or full disk), the builder
is not run. Written by hand: no library keeps a folder's previous state around a program that
writes into it.
"""
from __future__ import annotations

import errno
import os
import re
import shutil
from pathlib import Path

from .readers.discover import display_name

# The last line of a Python traceback for a failed write: "OSError: [Errno 28] No space left on device: 'x'".
_OS_ERROR = re.compile(r"^(?:\w+\.)*\w*(?:Error|Exception): \[Errno (\d+)\] ([^:\n]+)(?:: '?(.*?)'?)?$", re.M)
# The errors a disk gives (full, read-only, over quota, not allowed, failing): one line each.
DISK_ERRORS = frozenset((errno.ENOSPC, errno.EROFS, errno.EDQUOT, errno.EACCES, errno.EPERM, errno.EIO))


def aside_path(site: Path) -> Path:
    """Where the previous ``site`` folder is kept during a build: ``.site.previous`` beside it."""
    return site.with_name(f".{site.name}.previous")


def incremental_stash(site: Path) -> Path:
    """Where MkDocs' incremental hook moves the previous pages while it builds: ``.site.incremental-previous``
    beside ``site`` (generator/site/incremental.py, STASH_SUFFIX: a hook, it cannot import this module)."""
    return site.with_name(f".{site.name}.incremental-previous")


def recover(site: Path) -> bool:
    """Put back a previous site set aside by a build that was killed; whether there was one."""
    aside = aside_path(site)
    if not aside.is_dir():
        return False
    shutil.rmtree(site, ignore_errors=True)
    if site.exists():                      # could not be removed: keep the copy for the next try
        return False
    os.rename(aside, site)
    return True


def set_aside(site: Path, *, link: bool) -> Path | None:
    """Keep the current ``site`` beside it before a build: hard links when ``link``, else the folder
    itself (``site`` is then gone). Returns the copy, or None when there is no site yet.

    Raises:
        OSError: the disk is full or read-only; nothing was changed.
    """
    recover(site)
    if not site.is_dir():
        return None
    aside = aside_path(site)
    if not link:
        os.rename(site, aside)
        return aside
    # linked under another name first: a copy stopped half-way is never taken for the previous site
    partial = aside.with_name(aside.name + ".partial")
    shutil.rmtree(partial, ignore_errors=True)
    try:
        shutil.copytree(site, partial, symlinks=True, copy_function=os.link)
    except shutil.Error as exc:            # copytree gathers the errors of single files
        shutil.rmtree(partial, ignore_errors=True)
        first = exc.args[0][0] if exc.args and exc.args[0] else None
        raise OSError(errno.EIO, str(first[2]) if first else str(exc), first[1] if first else None) from None
    except BaseException:                  # a disk error, or Ctrl-C: site/ is as it was
        shutil.rmtree(partial, ignore_errors=True)
        raise
    os.rename(partial, aside)
    return aside


def finish(site: Path, aside: Path | None, ok: bool) -> bool:
    """After the builder: drop the copy when ``ok``, else remove what it wrote and put the previous
    site back. Returns whether ``site`` now holds the previous site (False: it had none)."""
    if aside is None:
        if not ok:
            shutil.rmtree(site, ignore_errors=True)     # half a first site is no site
        return False
    if ok:
        shutil.rmtree(aside, ignore_errors=True)
        return False
    return recover(site)                    # ``aside`` is set_aside's aside_path(site)


def interrupted(site: Path, aside: Path | None) -> str:
    """After Ctrl-C stopped the builder: put the previous site back (as :func:`finish` does for a
    failed build), remove the incremental hook's stash, and return the one line to show."""
    kept = finish(site, aside, ok=False)
    shutil.rmtree(incremental_stash(site), ignore_errors=True)
    state = "the previous site is as it was" if kept else "no site was built"
    return f"\nInterrupted: {display_name(site)} was not rebuilt; {state}; run the build again to go on."


def disk_error(output: str) -> tuple[int, str, str | None] | None:
    """(errno, message, file) of the disk error a failed builder's traceback ends with, or None."""
    found = None
    for found in _OS_ERROR.finditer(output):
        pass
    if found is None or int(found.group(1)) not in DISK_ERRORS:
        return None
    target = (found.group(3) or "").split("' -> '")[-1].strip("'") or None     # a copy names both files
    return int(found.group(1)), found.group(2).strip(), target


def cannot_write(site: Path, message: str, filename: str | None, kept: bool) -> str:
    """The one line for a site that could not be written."""
    where = f" ({display_name(filename)})" if filename else ""
    state = ("the previous site is as it was" if kept else "no site was built")
    return f"Error: cannot write the site into {display_name(site)}: {message}{where}; {state}"

"""One build of a checkout at a time: an exclusive ``fcntl.flock`` lock on a file.

A second build waits for the first and says so on stderr. The lock belongs to the open file, so it
goes when the process holding it ends, however it ends (kill -9 included): no stale lock to clear.

``python -m generator.lock LOCKFILE COMMAND...`` runs COMMAND holding the lock (the Makefile uses it
around the venv install and around `make site`'s two steps); it needs only the standard library.
"""
from __future__ import annotations

import os
import sys
from pathlib import Path

try:
    import fcntl
except ImportError:  # pragma: no cover - Windows: no lock, builds are not guarded
    fcntl = None


class BuildLock:
    """``with BuildLock(path, what):`` holds the exclusive lock on ``path`` (created if missing).

    Args:
        path: the lock file; its folder is created.
        what: what is locked, for the waiting message ("the build of this checkout").
        wait: wait for the lock (True) or raise BlockingIOError at once.
    """

    def __init__(self, path: Path | str, what: str = "this checkout", *, wait: bool = True):
        self.path, self.what, self.wait = Path(path), what, wait
        self.fd = -1

    def __enter__(self):
        try:
            self.path.parent.mkdir(parents=True, exist_ok=True)
            self.fd = os.open(self.path, os.O_RDWR | os.O_CREAT, 0o644)
        except OSError as exc:      # a read-only or full disk: build anyway, unguarded
            print(f"warning: {self.path}: cannot create the build lock ({exc.strerror}); "
                  "building without it", file=sys.stderr)
            self.fd = -1
            return self
        if fcntl is None:
            return self
        try:
            fcntl.flock(self.fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except BlockingIOError:
            if not self.wait:
                os.close(self.fd)
                raise
            holder = os.pread(self.fd, 32, 0).decode("ascii", "replace").strip() or "?"
            print(f"waiting: another build of {self.what} is running (pid {holder}); "
                  f"this one starts when it ends (lock {self.path})", file=sys.stderr, flush=True)
            fcntl.flock(self.fd, fcntl.LOCK_EX)
        try:   # who holds it, for the next build's message; a full disk only loses the pid
            os.ftruncate(self.fd, 0)
            os.pwrite(self.fd, f"{os.getpid()}\n".encode(), 0)
        except OSError:
            pass
        return self

    def __exit__(self, *exc):
        if self.fd >= 0:
            os.close(self.fd)     # closing releases the lock
            self.fd = -1
        return False


def main(argv: list[str] | None = None) -> int:
    """``LOCKFILE COMMAND...``: run COMMAND while holding the lock; returns its exit code."""
    argv = list(sys.argv[1:] if argv is None else argv)
    if len(argv) < 2:
        print("usage: python -m generator.lock LOCKFILE COMMAND...", file=sys.stderr)
        return 2
    lock = BuildLock(argv[0], "this checkout")
    lock.__enter__()
    if lock.fd >= 0:
        os.set_inheritable(lock.fd, True)   # held until COMMAND (and what it starts) ends
    try:
        os.execvp(argv[1], argv[1:])
    except OSError as exc:
        print(f"Error: cannot run {argv[1]}: {exc.strerror}", file=sys.stderr)
        return 127


if __name__ == "__main__":
    sys.exit(main())

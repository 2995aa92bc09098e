"""A rerun with nothing changed does nothing: the generator's stamp of its last complete build.

The generator's output (docs/, its warnings) is a function of the seeds folder, the settings, the
alias file, the generator's own code and data, and the installed packages (the model among them); it
does not depend on the date or on anything else. After a complete build the stamp
(``<cache_dir>/build-stamp/<seeds and docs>.json``) keeps a hash of all of them, taken as the build
started (seeds) and as it ended (the files the generator owns in docs/), with the build's report. The
next build computes the hash again: when it is the same, the report is given back and nothing is
read, extracted, resolved or written. The hash uses each file's metadata (path, type, size,
modification and change times, inode), the way make and rsync decide what changed; any touch, edit,
rename, new or removed file under seeds/ or in the generator's folders of docs/ makes a full build.

Why our own code: what the build depends on is this project's to say; the hashing is hashlib's.
A build without the cache (``--no-cache``) neither reads nor writes the stamp.
"""
from __future__ import annotations

import hashlib
import json
import os
import sys
import sysconfig
from dataclasses import asdict
from pathlib import Path

PACKAGE_DIR = Path(__file__).resolve().parent
FORMAT = 1


def _walk(root: Path) -> list:
    """(relative path, mode, size, mtime ns, ctime ns, inode[, link target state]) of everything under root."""
    rows = []
    stack = [str(root)]
    while stack:
        here = stack.pop()
        try:
            entries = list(os.scandir(here))
        except OSError as exc:
            rows.append((os.path.relpath(here, root), "unreadable", exc.errno))
            continue
        for entry in entries:
            rel = os.path.relpath(entry.path, root)
            try:
                st = entry.stat(follow_symlinks=False)
            except OSError as exc:
                rows.append((rel, "gone", exc.errno))
                continue
            row = [rel, st.st_mode, st.st_size, st.st_mtime_ns, st.st_ctime_ns, st.st_ino]
            if entry.is_symlink():
                try:
                    target = os.stat(entry.path)
                    row += [os.readlink(entry.path), target.st_mode, target.st_size, target.st_mtime_ns,
                            target.st_ctime_ns, target.st_ino]
                except OSError as exc:
                    row += ["broken", exc.errno]
            elif entry.is_dir(follow_symlinks=False):
                stack.append(entry.path)
            rows.append(tuple(row))
    return sorted(rows, key=lambda r: r[0])


def _code() -> list:
    """The generator's own files (code and data), by content; compiled files left out."""
    rows = []
    for path in sorted(PACKAGE_DIR.rglob("*")):
        if path.is_file() and "__pycache__" not in path.parts and path.suffix not in {".pyc", ".pyo"}:
            rows.append((str(path.relative_to(PACKAGE_DIR)), hashlib.sha256(path.read_bytes()).hexdigest()))
    return rows


def _packages() -> list:
    """The names of the installed distributions (``name-version.dist-info``): a version change shows."""
    names = set()
    for key in ("purelib", "platlib"):
        try:
            names.update(os.listdir(sysconfig.get_paths()[key]))
        except (KeyError, OSError):
            continue
    return sorted(n for n in names if n.endswith((".dist-info", ".egg-info")))


class BuildStamp:
    """The stamp of one seeds folder built into one docs folder.

    Args:
        settings: the build's settings (every field is part of the hash).
        seeds_dir, docs_dir, cache_root: the build's folders.
        owned: the names the generator owns in docs/ (site.writer.OWNED).
        aliases: the alias file.
    """

    def __init__(self, settings, seeds_dir: Path, docs_dir: Path, cache_root: Path, owned, aliases: Path):
        self.seeds_dir, self.docs_dir, self.owned, self.aliases = Path(seeds_dir), Path(docs_dir), owned, aliases
        name = hashlib.sha256(json.dumps([str(Path(seeds_dir).resolve()), str(Path(docs_dir).resolve())])
                              .encode("utf-8", "surrogateescape")).hexdigest()[:16]
        self.path = Path(cache_root) / "build-stamp" / f"{name}.json"
        settings_row = asdict(settings) if hasattr(settings, "__dataclass_fields__") else repr(settings)
        self._inputs = self._hash_inputs(settings_row)

    def _hash_inputs(self, settings_row) -> str:
        """Everything but docs/: seeds (metadata), settings, alias file, code, packages, Python, cwd."""
        digest = hashlib.sha256(f"format {FORMAT}\n".encode())
        try:
            alias_bytes = self.aliases.read_bytes().hex()
        except OSError as exc:
            alias_bytes = f"absent {exc.errno}"
        parts = [settings_row, str(self.seeds_dir), os.getcwd(), sys.version, alias_bytes,
                 _code(), _packages(), _walk(self.seeds_dir)]
        digest.update(json.dumps(parts, default=str).encode("utf-8", "surrogateescape"))
        return digest.hexdigest()

    def _docs_state(self) -> str:
        rows = []
        for name in self.owned:
            path = self.docs_dir / name
            try:
                st = os.stat(path, follow_symlinks=False)
            except OSError:
                rows.append((name, "absent"))
                continue
            rows.append((name, st.st_mode, st.st_size, st.st_mtime_ns, st.st_ctime_ns, st.st_ino))
            if os.path.isdir(path) and not os.path.islink(path):
                rows.append(_walk(path))
        return hashlib.sha256(json.dumps(rows, default=str).encode("utf-8", "surrogateescape")).hexdigest()

    def previous_report(self) -> dict | None:
        """The report of the last build when nothing it depends on has changed since, else None."""
        try:
            saved = json.loads(self.path.read_text(encoding="utf-8"))
        except (OSError, ValueError):
            return None
        if not isinstance(saved, dict) or saved.get("inputs") != self._inputs:
            return None
        if saved.get("docs") != self._docs_state() or not isinstance(saved.get("report"), dict):
            return None
        return saved["report"]

    def forget(self) -> None:
        """Remove the stamp (a build is starting: if it does not finish, the next one builds again)."""
        try:
            self.path.unlink(missing_ok=True)
        except OSError:
            pass

    def save(self, report: dict) -> None:
        """Keep this build's report with the hash of its inputs (as the build started) and of docs/ now."""
        data = {"inputs": self._inputs, "docs": self._docs_state(), "report": report}
        try:
            self.path.parent.mkdir(parents=True, exist_ok=True)
            tmp = self.path.with_name(f".{self.path.name}.{os.getpid()}.tmp")
            tmp.write_text(json.dumps(data, ensure_ascii=False), encoding="utf-8")
            os.replace(tmp, self.path)
        except OSError:
            pass            # no stamp: the next build is a full one, nothing worse

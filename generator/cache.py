"""Extraction results cached per article, keyed by what changes them.

The key covers the file's bytes and path, the model and its version, the generator's code and data
that make records (cachekey.py) and the settings that change extraction; a hit means the article
needs no reading and no NLP.

The cache never stops a build: an entry that is not JSON or not of the right shape (checked against
article.schema.json) is a miss with a warning, and a write that fails (disk full, read-only) is one
warning for the whole build, with nothing half-written left behind.
"""
from __future__ import annotations

import errno
import hashlib
import json
import os
import tempfile
from functools import lru_cache
from importlib import metadata
from pathlib import Path

from . import __version__
from .config import Settings

PACKAGE_DIR = Path(__file__).resolve().parent


@lru_cache(maxsize=1)
def code_fingerprint() -> str:
    """A hash of the code and data that make a cache entry (cachekey.py), so that changing them
    invalidates the cache and changing the site's code does not."""
    from .cachekey import extraction_fingerprint

    digest = hashlib.sha256(__version__.encode())
    digest.update(extraction_fingerprint(PACKAGE_DIR).encode())
    return digest.hexdigest()


def model_version(name: str) -> str:
    """The installed version of model package ``name`` (without loading it)."""
    for dist in (name, name.replace("_", "-")):
        try:
            return metadata.version(dist)
        except metadata.PackageNotFoundError:
            continue
    return "unknown"


SCHEMA = PACKAGE_DIR / "article.schema.json"
TEMP_PREFIX = ".tmp-"
CHECKED = "checked.json"


@lru_cache(maxsize=1)
def _record_validator():
    import jsonschema

    schema = json.loads(SCHEMA.read_text(encoding="utf-8"))
    # a cached record has no id yet (ids are given per build)
    schema = {**schema, "required": [k for k in schema.get("required", []) if k != "id"]}
    return jsonschema.Draft202012Validator(schema)


def entry_problem(entry: object, *, schema: bool = True) -> str | None:
    """What is wrong with a cache entry's shape, or None when it is usable.

    ``schema=False`` leaves out the record's check against article.schema.json (about 10 ms an
    entry): for an entry whose file is still the one that passed it (ExtractionCache's checked list).
    """
    if not isinstance(entry, dict):
        return f"a {type(entry).__name__}, not an entry"
    record = entry.get("record")
    if not isinstance(record, dict):
        return "no record"
    if not isinstance(entry.get("fingerprint"), str) or not isinstance(entry.get("signature"), list):
        return "no fingerprint"
    if not schema:
        return None
    error = next(iter(_record_validator().iter_errors(record)), None)
    if error is not None:
        where = "/".join(str(p) for p in error.absolute_path) or "record"
        return f"{where}: {error.message[:120]}"
    return None


class ExtractionCache:
    """Records on disk, one JSON file per article key.

    ``warnings`` collects one line per unusable entry and at most one per failed write.

    Entries whose record passed the schema check are listed, with their file's size and modification
    time, in ``checked.json`` (written by :meth:`prune`); a listed file that is still the same is not
    checked again, so a build of 10,000 cached articles does not spend minutes on the schema.
    """

    def __init__(self, directory: Path, settings: Settings):
        self.directory = Path(directory)
        salt = {"code": code_fingerprint(), "model_version": model_version(settings.model),
                **settings.extraction_key()}
        self.salt = json.dumps(salt, sort_keys=True).encode()
        self.hits = 0
        self.misses = 0
        self.warnings: list[str] = []
        self.write_failed = False
        self._salt_hash = hashlib.sha256(self.salt).hexdigest()
        self.checked: dict[str, list] = {}
        try:
            saved = json.loads((self.directory / CHECKED).read_text(encoding="utf-8"))
            if isinstance(saved, dict) and saved.get("salt") == self._salt_hash:
                self.checked = {k: v for k, v in (saved.get("entries") or {}).items() if isinstance(v, list)}
        except (OSError, ValueError, AttributeError):
            pass

    def key(self, data: bytes, source: str) -> str:
        """The cache key of one input file's bytes at path ``source``."""
        digest = hashlib.sha256(self.salt)
        digest.update(source.encode("utf-8", "surrogatepass") + b"\0")
        digest.update(data)
        return digest.hexdigest()

    def _path(self, key: str) -> Path:
        return self.directory / key[:2] / f"{key}.json"

    def get(self, key: str, *, source: str = "") -> dict | None:
        """The cached entry for ``key``, or None (a malformed entry adds a warning naming ``source``)."""
        path = self._path(key)
        try:
            with open(path, encoding="utf-8") as handle:
                st = os.fstat(handle.fileno())
                text = handle.read()
        except (OSError, UnicodeError):
            self.misses += 1
            return None
        stat = [st.st_size, st.st_mtime_ns]
        known = self.checked.get(key) == stat
        try:
            entry = json.loads(text)
            problem = entry_problem(entry, schema=not known)
        except (ValueError, RecursionError) as exc:
            problem = f"not JSON ({type(exc).__name__})"
        if problem is not None:
            self.checked.pop(key, None)
            self.misses += 1
            self.warnings.append(f"{source or key}: its cache entry {path} is unusable ({problem}); "
                                 "the article was extracted again")
            return None
        self.checked[key] = stat
        self.hits += 1
        return entry

    def put(self, key: str, entry: dict) -> bool:
        """Store ``entry`` atomically; False (and one warning per build) when it cannot be written."""
        path = self._path(key)
        tmp = None
        try:
            path.parent.mkdir(parents=True, exist_ok=True)
            fd, tmp = tempfile.mkstemp(dir=path.parent, prefix=TEMP_PREFIX)
            with os.fdopen(fd, "w", encoding="utf-8") as handle:
                json.dump(entry, handle, sort_keys=True, ensure_ascii=False)
                handle.flush()
                st = os.fstat(handle.fileno())
            os.replace(tmp, path)
            if entry_problem(entry) is None:
                self.checked[key] = [st.st_size, st.st_mtime_ns]
            else:
                self.checked.pop(key, None)
            return True
        except (OSError, UnicodeError, ValueError, TypeError) as exc:
            if tmp is not None:
                try:
                    os.unlink(tmp)
                except OSError:
                    pass
            if not self.write_failed:
                self.write_failed = True
                reason = os.strerror(exc.errno) if isinstance(exc, OSError) and exc.errno else type(exc).__name__
                hint = " (disk full?)" if getattr(exc, "errno", None) in (errno.ENOSPC, errno.EDQUOT) else ""
                self.warnings.append(f"{self.directory}: cannot write the extraction cache: {reason}{hint}; "
                                     "the build goes on, but articles are not kept for the next build")
            return False

    def prune(self, keep: set[str]) -> int:
        """Remove entries whose key is not in ``keep``, and keep the list of checked ones; returns how many went."""
        removed = 0
        if not self.directory.is_dir():
            return 0
        self._save_checked({k: v for k, v in self.checked.items() if k in keep})
        for path in self.directory.glob("*/*.json"):
            if path.stem not in keep:
                try:
                    path.unlink(missing_ok=True)
                except OSError:
                    continue
                removed += 1
        return removed


    def _save_checked(self, entries: dict) -> None:
        """Write ``checked.json`` atomically; a failure only means the next build checks them again."""
        tmp = None
        try:
            fd, tmp = tempfile.mkstemp(dir=self.directory, prefix=TEMP_PREFIX)
            with os.fdopen(fd, "w", encoding="utf-8") as handle:
                json.dump({"salt": self._salt_hash, "entries": entries}, handle, sort_keys=True)
            os.replace(tmp, self.directory / CHECKED)
        except (OSError, ValueError):
            if tmp is not None:
                try:
                    os.unlink(tmp)
                except OSError:
                    pass


def remove_stale_temp_files(root: Path) -> int:
    """Delete the half-written entries (``.tmp-*``) a stopped build left anywhere under ``root``.

    Call only while holding the build lock: then no other build is writing. Returns how many went.
    """
    removed = 0
    if not Path(root).is_dir():
        return 0
    for folder, _dirs, files in os.walk(root):
        for name in files:
            if name.startswith(TEMP_PREFIX):
                try:
                    os.unlink(os.path.join(folder, name))
                    removed += 1
                except OSError:
                    pass
    return removed

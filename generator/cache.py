"""Extraction results cached per article, keyed by what changes them.

The key covers the file's bytes and path, the model and its version, the generator's own code and
the settings that change extraction; a hit means the article needs no reading and no NLP.
"""
from __future__ import annotations

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
    """A hash of the generator's extraction code, so that a code change invalidates the cache."""
    digest = hashlib.sha256(__version__.encode())
    for path in sorted(PACKAGE_DIR.rglob("*")):
        if path.suffix in {".py", ".txt", ".yml", ".yaml", ".json"} and "site" not in path.relative_to(PACKAGE_DIR).parts:
            digest.update(str(path.relative_to(PACKAGE_DIR)).encode())
            digest.update(path.read_bytes())
    return digest.hexdigest()


def model_version(name: str) -> str:
    """The installed version of model package ``name`` (without loading it)."""
    for dist in (name, name.replace("_", "-")):
        try:
            return metadata.version(dist)
        except metadata.PackageNotFoundError:
            continue
    return "unknown"


class ExtractionCache:
    """Records on disk, one JSON file per article key."""

    def __init__(self, directory: Path, settings: Settings):
        self.directory = Path(directory)
        salt = {"code": code_fingerprint(), "model_version": model_version(settings.model),
                **settings.extraction_key()}
        self.salt = json.dumps(salt, sort_keys=True).encode()
        self.hits = 0
        self.misses = 0

    def key(self, data: bytes, source: str) -> str:
        """The cache key of one input file's bytes at path ``source``."""
        digest = hashlib.sha256(self.salt)
        digest.update(source.encode("utf-8", "surrogatepass") + b"\0")
        digest.update(data)
        return digest.hexdigest()

    def _path(self, key: str) -> Path:
        return self.directory / key[:2] / f"{key}.json"

    def get(self, key: str) -> dict | None:
        """The cached entry for ``key``, or None."""
        try:
            entry = json.loads(self._path(key).read_text(encoding="utf-8"))
        except (OSError, ValueError):
            self.misses += 1
            return None
        self.hits += 1
        return entry

    def put(self, key: str, entry: dict) -> None:
        """Store ``entry`` atomically."""
        path = self._path(key)
        path.parent.mkdir(parents=True, exist_ok=True)
        fd, tmp = tempfile.mkstemp(dir=path.parent, prefix=".tmp-")
        with os.fdopen(fd, "w", encoding="utf-8") as handle:
            json.dump(entry, handle, sort_keys=True, ensure_ascii=False)
        os.replace(tmp, path)

    def prune(self, keep: set[str]) -> int:
        """Remove entries whose key is not in ``keep``; returns how many went."""
        removed = 0
        if not self.directory.is_dir():
            return 0
        for path in self.directory.glob("*/*.json"):
            if path.stem not in keep:
                path.unlink(missing_ok=True)
                removed += 1
        return removed

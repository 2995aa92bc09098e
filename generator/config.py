"""The generator's settings: `extra.generator` in mkdocs.yml, checked against a small schema."""
from __future__ import annotations

import os
from dataclasses import dataclass, fields, replace
from pathlib import Path

import yaml

from .nlp import DEFAULT_MODEL

ROOT = Path(__file__).resolve().parent.parent


class ConfigError(ValueError):
    """mkdocs.yml or the generator's settings in it are wrong."""


@dataclass(frozen=True)
class Settings:
    model: str = DEFAULT_MODEL
    seeds: str = "seeds"
    docs_dir: str = "docs"
    site_dir: str = "site"
    aliases: str = "aliases.yml"
    cache_dir: str = ".cache/generator"
    workers: int = 0               # 0 = one per core (at most 4); a build uses at least one
    batch_size: int = 32
    summary_sentences: int = 3
    numbers: int = 8
    article_seconds: int = 120     # time budget per article (0 = none); see generator/workers.py
    article_memory_mb: int = 2000  # memory budget per extraction process (0 = none)
    site_name: str | None = None
    scheduler: str | None = None   # dask.distributed scheduler (tcp://host:8786); $SCHEDULER wins

    def extraction_key(self) -> dict:
        """The settings that change what extraction returns (part of every cache key)."""
        return {"model": self.model, "summary_sentences": self.summary_sentences, "numbers": self.numbers}


_TYPES = {"model": str, "seeds": str, "docs_dir": str, "site_dir": str, "aliases": str, "cache_dir": str,
          "workers": int, "batch_size": int, "summary_sentences": int, "numbers": int,
          "article_seconds": int, "article_memory_mb": int,
          "site_name": (str, type(None)), "scheduler": (str, type(None))}


class _Loader(yaml.SafeLoader):
    """A safe loader that tolerates mkdocs.yml's `!!python/name:` and `!ENV` tags."""


def _ignore_tag(loader, suffix, node):
    return None


_Loader.add_multi_constructor("tag:yaml.org,2002:python/", _ignore_tag)
_Loader.add_multi_constructor("!", _ignore_tag)


def load_settings(config_file: Path | str = ROOT / "mkdocs.yml") -> Settings:
    """Read `extra.generator` (and `docs_dir`, `site_name`) from mkdocs.yml.

    Raises:
        ConfigError: naming the file, the key and what was expected.
    """
    path = Path(config_file)
    if not path.exists():
        return Settings()
    try:
        data = yaml.load(path.read_text(encoding="utf-8"), Loader=_Loader) or {}
    except yaml.YAMLError as exc:
        mark = getattr(exc, "problem_mark", None)
        where = f" line {mark.line + 1}" if mark else ""
        raise ConfigError(f"{path}{where}: not valid YAML ({getattr(exc, 'problem', exc)})") from None
    raw = ((data.get("extra") or {}).get("generator")) or {}
    if not isinstance(raw, dict):
        raise ConfigError(f"{path}: extra.generator must be a mapping")
    known = {f.name for f in fields(Settings)}
    values = {}
    for key, value in raw.items():
        if key not in known:
            raise ConfigError(f"{path}: extra.generator.{key} is not a setting (known: {', '.join(sorted(known))})")
        if not isinstance(value, _TYPES[key]) or isinstance(value, bool):
            raise ConfigError(f"{path}: extra.generator.{key} should be {_type_name(_TYPES[key])}, got {value!r}")
        values[key] = value
    for key in ("docs_dir", "site_dir"):
        if key in data and key not in values:
            values[key] = str(data[key])
    if data.get("site_name") and "site_name" not in values:
        values["site_name"] = str(data["site_name"])
    settings = Settings(**values)
    if settings.workers < 0 or settings.batch_size < 1 or settings.summary_sentences < 1:
        raise ConfigError(f"{path}: extra.generator: workers ≥ 0, batch_size ≥ 1, summary_sentences ≥ 1")
    if settings.article_seconds < 0 or settings.article_memory_mb < 0:
        raise ConfigError(f"{path}: extra.generator: article_seconds ≥ 0, article_memory_mb ≥ 0 (0 = no budget)")
    return settings


def _type_name(t) -> str:
    if isinstance(t, tuple):
        return " or ".join("null" if x is type(None) else x.__name__ for x in t)
    return {str: "a string", int: "a whole number"}.get(t, t.__name__)


def resolve_workers(settings: Settings) -> int:
    """How many extraction processes to run: the setting, or one per core when 0 (at most 4)."""
    if settings.workers:
        return settings.workers
    return max(1, min(4, os.cpu_count() or 1))


def with_overrides(settings: Settings, **changes) -> Settings:
    """`settings` with the given non-None fields replaced."""
    return replace(settings, **{k: v for k, v in changes.items() if v is not None})

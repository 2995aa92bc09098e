"""Collecting the fields a reader finds, each with where it came from, into a RawArticle."""
from __future__ import annotations

from dataclasses import dataclass, field

from generator.types import RawArticle

FIELDS = ("headline", "description", "outlet", "authors", "contributors", "dateline", "published", "tags", "url")


@dataclass
class Found:
    """Fields found so far; the first source to state a field wins."""
    values: dict[str, object] = field(default_factory=dict)
    where: dict[str, str] = field(default_factory=dict)
    warnings: list[str] = field(default_factory=list)
    language: str | None = None
    not_news: str | None = None       # why the text does not read as news, when it does not
    declared_news: bool = False       # the page's own markup says it is a news article
    blog: bool = False                # the page's own markup files it as a blog post

    def offer(self, name: str, value: object, where: str) -> None:
        """Keep ``value`` for field ``name`` unless it is empty or the field is already set."""
        if name not in FIELDS:
            raise ValueError(f"unknown field {name!r}")
        if value in (None, "", (), []) or name in self.values:
            return
        self.values[name] = tuple(value) if isinstance(value, list) else value
        self.where[name] = where

    def article(self, *, source: str, format: str, paragraphs: list[str]) -> RawArticle:
        """The RawArticle holding these fields and ``paragraphs``."""
        return RawArticle(
            source=source,
            format=format,
            paragraphs=tuple(paragraphs),
            provenance=tuple(sorted(self.where.items())),
            warnings=tuple(dict.fromkeys(self.warnings)),
            language=self.language,
            news=self.not_news is None,
            **self.values,
        )

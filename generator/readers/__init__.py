"""Readers: article files (plain text, Markdown, HTML) to :class:`~generator.types.RawArticle`.

Public API: :data:`SUFFIXES`, :func:`discover`, :func:`read_file`, :func:`read_text`, :class:`ReadError`.
"""
from __future__ import annotations

from pathlib import Path

from generator.readers.assemble import Found
from generator.readers.dates import file_name_date
from generator.readers.decoding import decode_bytes
from generator.readers.discover import FORMATS, SUFFIXES, discover
from generator.readers.errors import ReadError
from generator.readers.frontmatter import offer_front_matter, split_front_matter
from generator.readers.genre import deals_reason, readme_reason
from generator.readers.genre_text import text_genre_reason
from generator.readers.language import language_name, language_of
from generator.readers.htmlpage import read_html
from generator.readers.markdown import code_blocks, markdown_headings, markdown_text
from generator.readers.plaintext import check_body, finish_body, read_plain, references_decoded
from generator.types import RawArticle

__all__ = ["SUFFIXES", "ReadError", "discover", "read_data", "read_file", "read_text"]


def read_text(text: str, *, source: str, format: str = "text") -> RawArticle:
    """Read an article already in memory.

    Args:
        text: the file's text.
        source: the name used in the record and in warnings.
        format: "text", "markdown" or "html".
    Raises:
        ReadError: blank text or an unknown format.
    """
    if format not in ("text", "markdown", "html"):
        raise ReadError(f"{source}: unknown format {format!r} (text, markdown or html)")
    if not text.strip():
        raise ReadError(f"{source}: the file holds only blank space, no text")
    text = text.lstrip("\ufeff")
    found = Found()
    if format == "html":
        paragraphs = read_html(text, source=source, found=found)
        paragraphs = finish_body(paragraphs, found=found)
        check_body(paragraphs, source=source, found=found)
    elif format == "markdown":
        meta, body, warnings = split_front_matter(text.replace("\r\n", "\n").replace("\r", "\n"), source=source)
        found.warnings.extend(warnings)
        if meta is not None:
            offer_front_matter(meta, source=source, found=found)
        plain, heading = markdown_text(body)
        found.offer("headline", heading, "text")
        paragraphs = read_plain(plain, source=source, found=found, headline_known=heading is not None)
        found.not_news = readme_reason(source=source, headings=markdown_headings(body), code_blocks=code_blocks(body))
    else:
        paragraphs = read_plain(references_decoded(text), source=source, found=found)
        found.not_news = readme_reason(source=source, headings=[], code_blocks=0)
    # A date in the file's name ("2024-03-05-title.md") is stated too, but weaker than the text's.
    found.offer("published", file_name_date(source), "file name")
    judge_text(paragraphs, source=source, found=found)
    return found.article(source=source, format=format, paragraphs=paragraphs)


def judge_text(paragraphs: list[str], *, source: str, found: Found) -> None:
    """Set the language and the not-news reason of ``found``, with a warning naming the file for
    text that is not English or does not read as news (it then gets only metadata and a lead summary)."""
    headline = found.values.get("headline")
    found.language = language_of("\n".join(([headline] if isinstance(headline, str) else []) + paragraphs))
    if found.language not in (None, "en"):
        found.warnings.append(f"{source}: the text is in {language_name(found.language)}, not English; "
                              "only its metadata and a lead summary are shown")
        return
    found.not_news = (found.not_news or deals_reason(paragraphs)
                      or (None if found.declared_news else text_genre_reason(
                          headline if isinstance(headline, str) else None, paragraphs, blog=found.blog)))
    if found.not_news:
        found.warnings.append(f"{source}: does not read as news ({found.not_news}); "
                              "only its metadata and a lead summary are shown")


def read_file(path: Path, *, source: str | None = None) -> RawArticle:
    """Read one article file; the format follows the suffix (unknown suffixes read as plain text).

    Args:
        path: the file.
        source: the name stored in ``RawArticle.source`` and used in messages (default ``str(path)``).
    Raises:
        ReadError: the file cannot be read as an article at all (missing, empty, blank, binary).
    """
    path = Path(path)
    source = str(path) if source is None else source
    try:
        data = path.read_bytes()
    except OSError as exc:
        raise ReadError(f"{source}: cannot be read ({exc.strerror or exc})") from None
    return read_data(data, source=source, suffix=path.suffix)


def read_data(data: bytes, *, source: str, suffix: str) -> RawArticle:
    """Read a file's bytes already in memory; the format follows ``suffix`` (".md", ".html", ...).

    Raises:
        ReadError: the bytes cannot be read as an article at all (empty, blank, binary).
    """
    text, warnings = decode_bytes(data, name=source)
    article = read_text(text, source=source, format=FORMATS.get(suffix.lower(), "text"))
    if warnings:
        from dataclasses import replace

        article = replace(article, warnings=tuple(warnings) + article.warnings)
    return article

"""The header of a plain-text story: headline, dek, byline and date lines before the body."""
from __future__ import annotations

import re
from dataclasses import dataclass

from generator.readers.byline import Byline, byline_line, glued_byline
from generator.readers.dateline import dateline_of
from generator.readers.dates import date_line

# Only the first few lines can be header lines; a marker further down is body text.
HEADER_LINES = 4
HEADLINE_MAX_WORDS = 25
HEADLINE_MAX_CHARS = 200
_SENTENCE_END = re.compile(r"[.!?][\"'”’)]*$")


@dataclass(frozen=True)
class Header:
    headline: str | None
    description: str | None
    bylines: tuple[Byline, ...]
    published: str | None
    body_start: int              # index of the first body line


def _headline_like(line: str) -> bool:
    text = line.strip()
    return 0 < len(text) <= HEADLINE_MAX_CHARS and len(text.split()) <= HEADLINE_MAX_WORDS


def header_of(lines: list[str], *, wrapped: bool, find_headline: bool = True) -> Header:
    """Find the header lines at the top of ``lines``.

    Args:
        lines: the text's lines.
        wrapped: whether the text is hard-wrapped (then a first line that runs on is body text).
        find_headline: False when the headline is already known (front matter, Markdown heading).
    """
    candidates = [(i, line.strip()) for i, line in enumerate(lines) if line.strip()][:HEADER_LINES]
    kinds: list[tuple[int, str, object]] = []
    for i, line in candidates:
        if dateline_of(line) is not None:
            break
        if (glued := glued_byline(line)) is not None:
            kinds.append((i, "glued", glued))
        elif (byline := byline_line(line)) is not None:
            kinds.append((i, "byline", byline))
        elif (published := date_line(line)) is not None:
            kinds.append((i, "date", published))
        else:
            kinds.append((i, "text", line))
    markers = [k for k, (_, kind, _) in enumerate(kinds) if kind != "text"]
    if markers:
        header = kinds[: markers[-1] + 1]
        bylines: list[Byline] = []
        published = None
        headline = None
        texts: list[str] = []
        for _, kind, value in header:
            if kind == "glued":
                headline = headline or value[0]
                bylines.append(value[1])
            elif kind == "byline":
                bylines.append(value)
            elif kind == "date":
                published = published or value
            else:
                texts.append(value)
        if headline is None and texts and find_headline:
            # The first short text line is the headline; the other text lines are the dek.
            pick = next((t for t in texts if _headline_like(t)), texts[0])
            headline = pick
            texts.remove(pick)
        if not find_headline and headline is not None:
            headline = None
        description = " ".join(texts) or None
        return Header(headline, description, tuple(bylines), published, header[-1][0] + 1)
    if not find_headline or not kinds:
        return Header(None, None, (), None, 0)
    first, line = kinds[0][0], kinds[0][2]
    followed_by_blank = first + 1 < len(lines) and not lines[first + 1].strip()
    has_more = any(line.strip() for line in lines[first + 1:])
    if not has_more or not _headline_like(line):
        return Header(None, None, (), None, 0)
    if wrapped and not followed_by_blank:
        return Header(None, None, (), None, 0)
    if _SENTENCE_END.search(line) and not followed_by_blank:
        return Header(None, None, (), None, 0)
    return Header(line, None, (), None, first + 1)

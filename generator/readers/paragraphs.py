"""Lines of plain text to paragraphs, joining hard-wrapped lines."""
from __future__ import annotations

import re

from generator.readers.endnotes import is_separator

# Hard-wrapped text keeps every line within a typewriter-like width.
WRAP_WIDTH = 100
_INDENT = re.compile(r"^(?: {2,}|\t)\S")


def is_hard_wrapped(lines: list[str]) -> bool:
    """Whether ``lines`` look wrapped at a fixed width (paragraphs run over several lines)."""
    blocks: list[list[str]] = [[]]
    for line in lines:
        if line.strip():
            blocks[-1].append(line.rstrip())
        elif blocks[-1]:
            blocks.append([])
    # Lines that are not the last of their block would end at the wrap width.
    inner = [line for block in blocks for line in block[:-1]]
    if len(inner) < 2:
        return False
    short = sum(1 for line in inner if len(line) <= WRAP_WIDTH)
    return short / len(inner) >= 0.9


def paragraphs_of(lines: list[str], *, wrapped: bool) -> list[str]:
    """The paragraphs in ``lines``; separator rules ("__", "***") are dropped.

    Args:
        lines: the text's lines.
        wrapped: True for hard-wrapped text (join lines; a blank or indented line starts a
            paragraph), False for one paragraph per line.
    """
    paragraphs: list[str] = []
    current: list[str] = []

    def flush() -> None:
        if current:
            paragraphs.append(_join(current))
            current.clear()

    for line in lines:
        if not line.strip() or is_separator(line):
            flush()
            continue
        if not wrapped or (_INDENT.match(line) and current):
            flush()
        current.append(line.strip())
    flush()
    return [p for p in paragraphs if p]


def _join(lines: list[str]) -> str:
    text = lines[0]
    for line in lines[1:]:
        # A word broken at the margin ("cease-" / "fire") joins without a space.
        if text.endswith("-") and not text.endswith(" -") and line[:1].islower():
            text += line
        else:
            text += " " + line
    return " ".join(text.split())

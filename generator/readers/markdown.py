"""Markdown to plain-text paragraphs; markup goes, its text stays."""
from __future__ import annotations

import html
import re

_FENCE = re.compile(r"^\s{0,3}(```|~~~)")
_ATX = re.compile(r"^\s{0,3}(#{1,6})\s+(.*?)\s*#*\s*$")
_SETEXT = re.compile(r"^\s{0,3}(=+|-+)\s*$")
_HR = re.compile(r"^\s{0,3}([-*_])(?:\s*\1){2,}\s*$")
_REF_DEF = re.compile(r"^\s{0,3}\[[^\]]+\]:\s*\S+")
_QUOTE = re.compile(r"^\s{0,3}>\s?")
_LIST = re.compile(r"^\s*(?:[-*+]|\d{1,9}[.)])\s+")
_TABLE_RULE = re.compile(r"^\s*\|?\s*:?-{3,}:?\s*(?:\|\s*:?-{3,}:?\s*)*\|?\s*$")
_DROP_BLOCKS = re.compile(r"<(script|style)\b[^>]*>.*?</\1\s*>|<!--.*?-->", re.S | re.I)
# a link's destination, which may hold balanced parentheses ("wiki/Mercury_(planet)", "alert(1)")
_DEST = r"\((?:[^()]|\([^()]*\))*\)"
_INLINE = [
    (re.compile(r"!\[[^\]]*\]" + _DEST), ""),                     # images are dropped
    (re.compile(r"!\[[^\]]*\]\[[^\]]*\]"), ""),
    (re.compile(r"\[([^\]]*)\]" + _DEST), r"\1"),                 # [text](url) -> text
    (re.compile(r"\[([^\]]+)\]\[[^\]]*\]"), r"\1"),             # [text][ref] -> text
    (re.compile(r"<((?:https?|mailto):[^>\s]+)>"), r"\1"),      # autolinks keep the address
    (re.compile(r"</?[A-Za-z][A-Za-z0-9-]*(?:\s[^<>]*)?/?>"), ""),  # raw HTML tags: markup only
    (re.compile(r"`([^`]+)`"), r"\1"),
    (re.compile(r"(\*\*|__)(?=\S)(.+?)(?<=\S)\1"), r"\2"),
    (re.compile(r"(?<![\w*])\*(?=\S)(.+?)(?<=\S)\*(?![\w*])"), r"\1"),
    (re.compile(r"(?<![\w_])_(?=\S)(.+?)(?<=\S)_(?![\w_])"), r"\1"),
    (re.compile(r"~~(?=\S)(.+?)(?<=\S)~~"), r"\1"),
    (re.compile(r"\\([\\`*_{}\[\]()#+\-.!>|])"), r"\1"),
]


def inline_text(line: str) -> str:
    """One line of Markdown with inline markup removed and entities decoded."""
    for pattern, replacement in _INLINE:
        line = pattern.sub(replacement, line)
    return html.unescape(line)


def markdown_text(source: str) -> tuple[str, str | None]:
    """Markdown ``source`` as plain text (blank lines between paragraphs) and its leading heading.

    Returns:
        (text, heading): heading is the text of a first-level or second-level heading that comes
        before any other text, else None; it is not repeated in the text.
    """
    source = _DROP_BLOCKS.sub("", source)
    out: list[str] = []
    heading: str | None = None
    seen_text = False
    in_fence: str | None = None

    def block(text: str) -> None:
        nonlocal seen_text
        out.extend(["", text, ""])
        seen_text = True

    for raw in source.split("\n"):
        if in_fence is not None:
            if raw.strip().startswith(in_fence):
                in_fence = None
                out.append("")
            else:
                out.append(raw)
            continue
        if fence := _FENCE.match(raw):
            in_fence = fence.group(1)
            out.append("")
            seen_text = True
            continue
        line = raw
        while _QUOTE.match(line):
            line = _QUOTE.sub("", line, count=1)
        if _REF_DEF.match(line) or _TABLE_RULE.match(line) and "|" in line:
            continue
        if match := _ATX.match(line):
            text = inline_text(match.group(2)).strip()
            if not seen_text and heading is None and len(match.group(1)) <= 2 and text:
                heading = text
            elif text:
                block(text)
            continue
        if _SETEXT.match(line) and out and out[-1].strip():
            # The line above is a heading underlined with === or ---.
            text = out.pop().strip()
            if not any(o.strip() for o in out) and heading is None:
                heading = text
            else:
                block(text)
            continue
        if _HR.match(line):
            out.append("")
            continue
        if _LIST.match(line):
            out.append("")
            line = _LIST.sub("", line, count=1)
        if "|" in line and line.strip().startswith("|"):
            line = " ".join(cell.strip() for cell in line.strip().strip("|").split("|"))
        text = inline_text(line)
        out.append(text)
        if text.strip():
            seen_text = True
    return "\n".join(out), heading


def markdown_headings(source: str) -> list[str]:
    """The texts of the ATX headings ("## Usage") of Markdown ``source``, outside code blocks."""
    headings: list[str] = []
    in_fence: str | None = None
    for line in source.split("\n"):
        if in_fence is not None:
            in_fence = None if line.strip().startswith(in_fence) else in_fence
        elif fence := _FENCE.match(line):
            in_fence = fence.group(1)
        elif match := _ATX.match(line):
            headings.append(inline_text(match.group(2)).strip())
    return headings


def code_blocks(source: str) -> int:
    """How many fenced code blocks Markdown ``source`` holds."""
    return sum(1 for line in source.split("\n") if _FENCE.match(line)) // 2

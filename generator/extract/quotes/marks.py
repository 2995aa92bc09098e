"""Stretches of text inside quotation marks, found from the marks alone (no parsing).

Curly double marks (“ ”), straight double marks (") and curly single marks (‘ ’) used as quote
marks are read, and so are the marks of tokenised text (a " with a space on both sides, or the
Penn Treebank's `` and ''), whose words are then joined back (" , " -> ", "); a right single mark (’) is only a closing mark after an opening ‘, since it is far
more often an apostrophe ("rock ’n’ roll", "the ’90s", "Hamas’ wing"). Single marks inside a double
quote are nested quotes and stay part of the text.
"""
from __future__ import annotations

import re
from dataclasses import dataclass

_PARAGRAPH = re.compile(r"[^\n]+")
_OPENERS_BEFORE = set(" \t([{—–-:/“‘\"")
_WORD = re.compile(r"\w+(?:[’'\-]\w+)*")
# Tokenised text: a space before punctuation or a clitic ("farmers , and", "do n't").
_SPACED_PUNCTUATION = re.compile(r"\w [,.;:!?] ")
_DETOKENISE = re.compile(r"\s+(?=[,.;:!?%)\]](?:\s|$)|n't\b|'(?:s|re|ve|ll|d|m)\b)")


@dataclass(frozen=True)
class Stretch:
    """The quoted words of one quotation: one char range per paragraph it runs over."""
    parts: tuple[tuple[int, int], ...]

    @property
    def start(self) -> int:
        return self.parts[0][0]

    @property
    def end(self) -> int:
        return self.parts[-1][1]


def word_count(text: str) -> int:
    """How many words ``text`` holds (contractions and hyphenated words count once)."""
    return len(_WORD.findall(text))


def quoted_text(text: str, stretch: Stretch) -> str:
    """The words of ``stretch``, paragraphs joined by a space, without the comma that hands over
    to the attribution (“..., ” he said)."""
    joined = " ".join(text[a:b].strip() for a, b in stretch.parts)
    return _DETOKENISE.sub("", joined).strip().rstrip(",;:").rstrip()


def quoted_stretches(text: str, *, start: int = 0) -> tuple[Stretch, ...]:
    """Every closed quotation in ``text`` from char ``start`` on, in text order.

    A quotation left open at the end of a paragraph continues only when the next paragraph opens
    with a quotation mark (the wire convention for quotes over several paragraphs); otherwise it is
    dropped, so a stray mark never swallows the rest of an article.
    """
    paragraphs = [(m.start(), m.end()) for m in _PARAGRAPH.finditer(text, start)]
    found: list[Stretch] = []
    carried: list[tuple[int, int]] = []   # parts of a quotation still open from earlier paragraphs
    carried_kind = ""
    for number, (p_start, p_end) in enumerate(paragraphs):
        i = p_start
        kind, open_at, parts = "", -1, []
        if carried:
            first = _first_visible(text, p_start, p_end)
            if first is not None and _opens(text, first, carried_kind, p_start):
                kind, open_at, parts = carried_kind, first + (2 if carried_kind == "ptb" else 1), carried
                i = open_at
            carried, carried_kind = [], ""
        while i < p_end:
            ch = text[i]
            if kind == "":
                mark = _opening_kind(text, i, p_start)
                if mark:
                    kind, open_at, parts = mark, i + (2 if mark == "ptb" else 1), []
                    i = open_at - 1
            elif _closes(text, i, kind, p_end):
                found.append(Stretch(tuple([*parts, (open_at, i)])))
                kind, open_at, parts = "", -1, []
            elif kind == "double" and ch == "“":
                # A second opening mark before any close: the first one was never closed.
                open_at, parts = i + 1, []
            i += 1
        if kind and number + 1 < len(paragraphs):
            carried, carried_kind = [*parts, (open_at, p_end)], kind
    return tuple(found)


def _first_visible(text: str, start: int, end: int) -> int | None:
    for i in range(start, end):
        if not text[i].isspace():
            return i
    return None


def _opening_kind(text: str, i: int, p_start: int) -> str:
    ch = text[i]
    if ch == "“":
        return "double"
    before = text[i - 1] if i > p_start else " "
    after = text[i + 1] if i + 1 < len(text) else " "
    if ch == '"' and before in _OPENERS_BEFORE and not after.isspace():
        return "straight"
    if ch == '"' and before.isspace() and after in " \t" and _word_follows(text, i + 1) \
            and _tokenised(text, p_start):
        return "spaced"
    if text.startswith("``", i) and text[i + 2:i + 3] in (" ", "\t") and before in _OPENERS_BEFORE:
        return "ptb"
    if ch == "‘" and before in _OPENERS_BEFORE and after.isalpha():
        return "single"
    return ""


def _opens(text: str, i: int, kind: str, p_start: int) -> bool:
    return _opening_kind(text, i, p_start) == kind


def _tokenised(text: str, p_start: int) -> bool:
    """The paragraph from ``p_start`` is tokenised text: punctuation stands apart ("word , word")."""
    p_end = text.find("\n", p_start)
    return _SPACED_PUNCTUATION.search(text, p_start, p_end if p_end >= 0 else len(text)) is not None


def _word_follows(text: str, i: int) -> bool:
    """A word (not another mark or the paragraph's end) comes after the spaces from char ``i``."""
    while i < len(text) and text[i] in " \t":
        i += 1
    return i < len(text) and (text[i].isalnum() or text[i] in "'‘(")


def _closes(text: str, i: int, kind: str, p_end: int) -> bool:
    ch = text[i]
    if kind == "double":
        return ch == "”"
    after = text[i + 1] if i + 1 < p_end else " "
    before = text[i - 1]
    if kind == "spaced":
        return ch == '"' and before.isspace() and after.isspace()
    if kind == "ptb":
        return text.startswith("''", i) and before.isspace()
    if kind == "straight":
        return ch == '"' and not before.isspace()
    # single: a ’ that ends a word and is not followed by more of the word.
    return ch == "’" and not before.isspace() and not after.isalnum()

"""The header of a plain-text story: headline, dek, byline and date lines before the body."""
from __future__ import annotations

import re
from dataclasses import dataclass

from generator.readers.byline import Byline, byline_line, glued_byline, is_role, with_extras
from generator.readers.dateline import dateline_of, glued_dateline
from generator.readers.dates import stamp_line
from generator.readers.outlets import masthead_line, outlet_phrase

# Only the first few lines can be header lines; a marker further down is body text.
HEADER_LINES = 4
HEADLINE_MAX_WORDS = 25
HEADLINE_MAX_CHARS = 200
_SENTENCE_END = re.compile(r"[.!?][\"'”’)]*$")
# Bars and bullets between the parts of a byline line: "By A | The Star", "Story by A • Updated 2 hours ago".
_PART_BREAK = re.compile(r"\s*[|•·]\s*")


@dataclass(frozen=True)
class Stamp:
    """A header line (or part of one) that is a date stamp; ``published`` only for a publication date."""
    published: str | None


def parted_line(line: str) -> list[object] | None:
    """The parts of a header line that joins a byline, its outlet and role, and date stamps with bars
    or bullets ("By A | The Daily Star | Updated 2 hours ago"): a :class:`Byline` and :class:`Stamp`
    for each; None when any part is something else (then the line is text)."""
    parts = [p for p in _PART_BREAK.split(line) if p.strip()]
    if len(parts) < 2:
        return None
    found: list[object] = []
    byline: Byline | None = None
    outlet = role = None
    for part in parts:
        if byline is None and (b := byline_line(part)) is not None:
            byline = b
        elif (stamp := stamp_line(part)) is not None:
            found.append(Stamp(stamp[1] if stamp[0] == "published" else None))
        elif byline is not None and role is None and is_role(part):
            role = part.strip()
        elif byline is not None and outlet is None and (o := outlet_phrase(part, acronyms=True)) is not None:
            outlet = o
        else:
            return None
    if byline is not None:
        found.insert(0, with_extras(byline, outlet=outlet, role=role))
    return found


def line_kinds(line: str) -> list[tuple[str, object]]:
    """What one header line holds: ("glued", (headline, byline)), ("byline", Byline),
    ("date", Stamp) items, or [("text", line)]."""
    if (glued := glued_byline(line)) is not None:
        return [("glued", glued)]
    if (byline := byline_line(line)) is not None:
        return [("byline", byline)]
    if (stamp := stamp_line(line)) is not None:
        return [("date", Stamp(stamp[1] if stamp[0] == "published" else None))]
    if (parts := parted_line(line)) is not None:
        return [("byline" if isinstance(p, Byline) else "date", p) for p in parts]
    return [("text", line)]


def _byline_extra(byline: Byline, line: str) -> Byline | None:
    """``byline`` with the outlet or role that ``line``, the line under it, states on its own; None
    when the line is neither (or the byline has its outlet already)."""
    if byline.outlet is None and (outlet := masthead_line(line)) is not None:
        return with_extras(byline, outlet=outlet)
    if is_role(line) and not any(a.role for a in byline.authors):
        return with_extras(byline, role=line.strip())
    return None


@dataclass(frozen=True)
class Header:
    headline: str | None
    description: str | None
    bylines: tuple[Byline, ...]
    published: str | None
    body_start: int              # index of the first body line


# A first line that ends with a full stop and runs this long is the story's first sentence, not a
# headline: the longest headline ending in a full stop in the research sets has 17 words (PolNeAR
# wire), the shortest such lede line 18 or more (BBC stories saved without their headline).
SENTENCE_LINE_WORDS = 18


def _headline_like(line: str) -> bool:
    text = line.strip()
    if len(text.split()) >= SENTENCE_LINE_WORDS and re.search(r"[a-z0-9%)\"”’']\.[\"”’']?$", text):
        return False
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
        found = line_kinds(line)
        last = next((k for k in range(len(kinds) - 1, -1, -1) if kinds[k][1] != "extra"), None)
        if (last is not None and kinds[last][1] == "byline" and found[0][0] == "text"
                and (extra := _byline_extra(kinds[last][2], line))):
            # The outlet or role on a line of its own under the byline: "By Maria Lopez" / "Staff
            # Writer" / "The Coastal Herald"; the line is header, not the body's first paragraph.
            kinds[last] = (kinds[last][0], "byline", extra)
            found = [("extra", line)]
        kinds.extend((i, kind, value) for kind, value in found)
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
                published = published or value.published
            elif kind == "extra":
                continue
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


def without_glued_dateline(lines: list[str]) -> list[str]:
    """``lines`` with a first line that runs a headline into a wire dateline cut in two: the headline
    ("BRIEF-Acme says Q3 profit rises Oct 22 (Reuters) - Acme said ...") stops before the dateline,
    which opens the body (joined to the next line when it stands alone: "... rises Oct 22 (Reuters) -")."""
    first = next((i for i, line in enumerate(lines) if line.strip()), None)
    if first is None or (at := glued_dateline(lines[first].strip())) is None:
        return lines
    line = lines[first].strip()
    headline, rest = line[:at].strip(), line[at:].strip()
    if not _headline_like(headline) or _SENTENCE_END.search(headline):
        return lines
    after = lines[first + 1:]
    if dateline_of(rest) is None:      # the dateline alone: the story starts on the next line with text
        nxt = next((k for k, line in enumerate(after) if line.strip()), None)
        if nxt is None:
            return lines
        rest, after = f"{rest} {after[nxt].strip()}", after[nxt + 1:]
    return lines[:first] + [headline, "", rest] + after

"""Plain-text stories: header, body paragraphs, dateline, end notes."""
from __future__ import annotations

import html
import html.entities
import re

from generator.readers.assemble import Found
from generator.readers.dateline import dateline_of
from generator.readers.endnotes import end_note_contributors, is_boilerplate
from generator.readers.furniture import without_glued_furniture
from generator.readers.header import header_of, line_kinds, without_glued_dateline
from generator.readers.outlets import signed_outlet
from generator.readers.paragraphs import is_hard_wrapped, paragraphs_of
from generator.types import Contributor


# An HTML character reference written out in full, with its semicolon ("pass&#233;", "&eacute;",
# "&amp;"): text copied from a web page's source. Without the semicolon ("AT&T", "R&D") it is text.
_REFERENCE = re.compile(r"&(?:#[0-9]{1,7}|#[xX][0-9a-fA-F]{1,6}|[A-Za-z][A-Za-z0-9]{1,31});")


def references_decoded(text: str) -> str:
    """``text`` with each complete HTML character reference replaced by its character (the standard
    library's ``html.unescape``, reference by reference): a plain-text story copied from a page's
    source shows "passé", not "pass&#233;". A name the HTML standard does not define stays as it is."""
    def one(match: re.Match) -> str:
        ref = match.group()
        if ref[1] == "#":
            return html.unescape(ref)
        return html.entities.html5.get(ref[1:], ref)     # "&notaname;" is no "&not" + "aname;"
    return _REFERENCE.sub(one, text)


def lines_of(text: str) -> list[str]:
    """``text`` split into lines, whatever the line endings."""
    return text.replace("\r\n", "\n").replace("\r", "\n").replace("\u2028", "\n").split("\n")


def body_and_notes(paragraphs: list[str]) -> tuple[list[str], list[Contributor]]:
    """The story paragraphs without trailing end notes and boilerplate, and the contributors named."""
    body = [p for p in paragraphs if not is_boilerplate(p)]
    contributors: list[Contributor] = []
    while body:
        found = end_note_contributors(body[-1])
        if found is None:
            break
        contributors[:0] = found
        body.pop()
    return body, contributors


def _name_key(name: str) -> str:
    return " ".join(name.replace("’", "'").casefold().split())


def _without_leading_header(paragraphs: list[str], *, found: Found) -> list[str]:
    """``paragraphs`` from the first that is not a byline, a date stamp or boilerplate: header lines
    below the first few (or a page's byline and stamps over its text); what they state goes into
    ``found``, weaker than what was found before."""
    start = 0
    while start < len(paragraphs):
        paragraph = paragraphs[start]
        if is_boilerplate(paragraph):
            start += 1
            continue
        if len(paragraph) > 200:
            break
        kinds = line_kinds(paragraph)
        if any(kind not in ("byline", "date") for kind, _ in kinds):
            break
        for kind, value in kinds:
            if kind == "byline":
                found.offer("authors", list(value.authors), "text")
                found.offer("outlet", value.outlet, "text")
            elif value.published:
                found.offer("published", value.published, "text")
        start += 1
    return paragraphs[start:]


def finish_body(paragraphs: list[str], *, found: Found) -> list[str]:
    """``paragraphs`` without the opening dateline, end notes and boilerplate; what they state goes
    into ``found`` (dateline, outlet from the wire tag or the closing lines, contributors)."""
    closing = signed_outlet(paragraphs)
    paragraphs = [without_glued_furniture(p) for p in _without_leading_header(paragraphs, found=found)]
    dateline = dateline_of(paragraphs[0]) if paragraphs else None
    if dateline is not None:
        rest = paragraphs[0][dateline.end:].strip()
        paragraphs = ([rest] if rest else []) + paragraphs[1:]
        found.offer("dateline", dateline.place, "text")
    paragraphs, contributors = body_and_notes(paragraphs)
    # Reuters' credit line names the byline's writer again ("Reporting by A; Additional reporting by
    # B"): the author is not also a contributor.
    authors = {_name_key(a.name) for a in found.values.get("authors", ())}
    found.offer("contributors", [c for c in contributors if _name_key(c.name) not in authors], "text")
    if dateline is not None:
        found.offer("outlet", dateline.outlet, "text")
    # A sign-off or credit line is weaker than a byline or a dateline's agency tag.
    found.offer("outlet", closing, "text")
    return paragraphs


def read_plain(text: str, *, source: str, found: Found, headline_known: bool = False) -> list[str]:
    """Parse plain ``text`` into ``found`` (fields it does not hold yet) and return the body paragraphs.

    Args:
        text: the story as plain text.
        source: the name used in warnings.
        found: fields already found (e.g. from front matter); they win over the text.
        headline_known: True when the headline came from elsewhere; no line is taken as one.
    """
    lines = [without_glued_furniture(line) for line in lines_of(text)]
    if not headline_known and "headline" not in found.values:
        lines = without_glued_dateline(lines)
    wrapped = is_hard_wrapped(lines)
    header = header_of(lines, wrapped=wrapped, find_headline=not headline_known and "headline" not in found.values)
    paragraphs = paragraphs_of(lines[header.body_start:], wrapped=wrapped)
    found.offer("headline", header.headline, "text")
    found.offer("description", header.description, "text")
    authors = [a for byline in header.bylines for a in byline.authors]
    found.offer("authors", list(dict.fromkeys(authors)), "text")
    found.offer("published", header.published, "text")
    for byline in header.bylines:
        found.offer("outlet", byline.outlet, "text")
    paragraphs = finish_body(paragraphs, found=found)
    for byline in header.bylines:
        found.offer("dateline", byline.dateline, "text")

    check_body(paragraphs, source=source, found=found)
    return paragraphs


def check_body(paragraphs: list[str], *, source: str, found: Found) -> None:
    """Add warnings to ``found`` for a missing headline or an empty body."""
    if "headline" not in found.values:
        found.warnings.append(f"{source}: no headline found; the first sentence stands in for one")
    if not paragraphs:
        found.warnings.append(f"{source}: no body text found after the header")

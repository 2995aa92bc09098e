"""Paragraphs of a quotation whose marks were lost (BBC copy scraped into plain text, the xsum
corpus: "“We were on the road for 17 weeks,” he said.\\n\\nI was 13 stone when ...\\n\\n“We ...”").

A paragraph is read as the words of the speaker around it only when everything points that way: it
holds no quotation mark and no verb of saying, it speaks in the first person ("I", "we", "our"), the
paragraph before it ends with a quotation and the one after it opens with one. Whether it gets a
speaker is then decided as for any quotation that opens a paragraph (the speaker of the paragraph
before), and it is kept only with one (see ``direct_quotations``): narrative is nobody's words.
No library reads lost quotation marks back, hence this module.
"""
from __future__ import annotations

import re

from .marks import Stretch

_PARAGRAPH = re.compile(r"[^\n]+")
_MARKS = re.compile("[\"“”‘«»]")
_FIRST_PERSON = re.compile(r"\b(?:I|I'm|I’m|I've|I’ve|I'd|I’d|[Ww]e|[Oo]ur|[Mm]y|me|us)\b")
_SAYING = re.compile(r"\b(?:said|says|say|told|tells|added|adds|according|asked|explained|insisted)\b", re.I)
_OPENING = "\"“"
# A longer paragraph is more likely an essay's own voice than a lost piece of a quotation.
MAX_WORDS = 120


def unmarked_paragraphs(text: str, stretches: tuple[Stretch, ...], *, start: int = 0) -> list[Stretch]:
    """Paragraphs from char ``start`` on that are quotations whose marks were lost: one Stretch per
    paragraph (its text without surrounding spaces), in text order."""
    paragraphs = [(m.start(), m.end()) for m in _PARAGRAPH.finditer(text, start) if m.group().strip()]
    ends = [s.end for s in stretches]
    starts = {s.start for s in stretches}
    out = []
    for before, here, after in zip(paragraphs, paragraphs[1:], paragraphs[2:]):
        words = text[here[0]:here[1]]
        if _MARKS.search(words) or _SAYING.search(words) or not _FIRST_PERSON.search(words) \
                or len(words.split()) > MAX_WORDS:
            continue
        if not any(before[0] <= e <= before[1] for e in ends):
            continue     # the paragraph before ends no quotation
        first = len(text[after[0]:after[1]]) - len(text[after[0]:after[1]].lstrip())
        if text[after[0] + first:after[0] + first + 1] not in _OPENING or \
                not any(after[0] + first < s <= after[0] + first + 2 for s in starts):
            continue     # the paragraph after does not open with a quotation
        lead = len(words) - len(words.lstrip())
        out.append(Stretch(((here[0] + lead, here[0] + len(words.rstrip())),)))
    return out


def introduces(words: str) -> bool:
    """The words in marks are the narrative that introduces a quotation, the marks having slipped
    ("Dagenham manager Jo Still told BBC Radio London:"): they end with a colon after a verb of
    saying in the third person (no "I" or "we": "I told them:" may be someone's words)."""
    words = words.strip()
    return words.endswith(":") and bool(_SAYING.search(words)) and not _FIRST_PERSON.search(words)

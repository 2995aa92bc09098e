"""Speakers given by how a quotation is set on the page rather than by a verb of saying.

- a signature after the closing mark, to the end of its line, or as the line after it:
  “...” —Commissioner Jane Roe; “...” – Jane Roe, Board Chair;
- an introduction that ends in a colon, in the paragraph before: "And from Chairwoman Jane Roe:",
  or in the quotation's own line: "Rovers manager Jane Roe: “...”".

Both name one person of the article, or nobody: anything else in the line (two names, a verb of
saying with another subject) leaves the speaker to the other rules.
"""
from __future__ import annotations

import re

from .vocabulary import Attribution

# A dash (or two hyphens) right after the closing mark, or opening the next line (which readers make
# a paragraph of its own), then the signature up to the end of that line: “...” —Commissioner Jane
# Roe, “...”⏎–Chairman Jane Roe.
_SIGNATURE = re.compile(r"[ \t]*(?:\n[ \t]*){0,2}(?:—|–|--|-(?=\s?[A-Z]))[ \t]*(?P<who>[^\n]{2,80})$", re.MULTILINE)


class Framing:
    """Mixin of SpeakerFinder: ``signature`` and ``introduction``."""

    def signature(self, end: int) -> Attribution | None:
        """The person who signs the quotation ending at char ``end`` (after its closing mark):
        "“...” —Commissioner Graham Stiles"; None when no signature follows."""
        text = self._text
        if end >= len(text) or text[end] not in "”\"’":
            return None
        close = end
        while close < len(text) and text[close] in "”\"’.,!? ":
            close += 1
        match = _SIGNATURE.match(text, close)
        if match is None:
            return None
        span = self.doc.char_span(match.start("who"), match.end("who"), alignment_mode="expand")
        # a name and its title, not a clause going on after a dash ("— Bush replied")
        if span is None or len(span) > 12 or any(t.pos_ in ("VERB", "AUX") for t in span):
            return None
        name = self._one_person(match.start("who"), match.end("who"))
        comma = match.group("who").find(",")
        if name is None and comma > 0:          # "— Jane Roe, Board Chair": the name, then the title
            name = self._one_person(match.start("who"), match.start("who") + comma)
        return Attribution(name, "signed") if name is not None else None

    def introduction(self, start: int, end: int) -> tuple[int, Attribution] | None:
        """The one person an introducing paragraph (chars ``start``..``end``, ending in a colon)
        names: "And from Chairwoman Lorraine Vasquez:"; None for any other paragraph."""
        line = self._text[start:end].rstrip()
        if not line.endswith(":") or len(line) > 200:
            return None
        name = self._one_person(start, end)
        return (start, Attribution(name, None)) if name is not None else None

    def named_before_colon(self, leading) -> Attribution | None:
        """The person a line names just before a colon that opens the quotation, with no verb and no
        preposition in the line: "- Rovers manager Jane Roe: “...”"; None otherwise ("The question
        for Roe: “...”" names whom it is put to)."""
        words = [t for t in leading if not t.is_space]
        if len(words) < 2 or len(words) > 15 or words[-1].text != ":":
            return None
        if any(t.pos_ in ("VERB", "AUX", "ADP", "SCONJ", "PRON") for t in words[:-1]):
            return None
        last = words[-2]
        entity = self._speaker_entity(last)
        if entity is None or entity.kind != "person" or self._quoted_at(last):
            return None
        name = self._one_person(words[0].idx, last.idx + len(last.text))
        return Attribution(name, None) if name == entity.name else None

    def _one_person(self, start: int, end: int) -> str | None:
        """The single person of the article named between chars ``start`` and ``end`` (outside
        quotation marks), else None."""
        span = self.doc.char_span(start, end, alignment_mode="expand")
        if span is None:
            return None
        names = set()
        for tok in span:
            if self._quoted_at(tok) or not tok.text[:1].isupper() or tok.pos_ not in ("PROPN", "NOUN"):
                continue
            entity = self._speaker_entity(tok)
            if entity is not None and entity.kind == "person":
                names.add(entity.name)
        return names.pop() if len(names) == 1 else None

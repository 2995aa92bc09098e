"""Parsing an article with spaCy in bounded pieces, so no text is too long or too odd to parse.

Two limits of spaCy are worked around here, not in the extractors:

- ``nlp.max_length`` (1,000,000 characters, error E088) and the memory a parse takes grow with
  the text given at once. A text longer than :data:`PIECE_CHARS` is cut at paragraph breaks (else
  line breaks, else spaces) into pieces, each piece is parsed alone, and the pieces' Docs are joined
  with ``Doc.from_docs``: the joined Doc's text is the whole text, character for character, so
  offsets found in it hold and nothing is lost. A sentence never spans a paragraph break.
- spaCy's tokenizer strips prefixes and suffixes one at a time from each whitespace-free run of
  text, copying the rest each time: its time grows with the square of the run's length (110,000
  quotation marks in a row took minutes). A run of :data:`LONG_RUN` or more characters is no word
  of any language spaCy's English model reads (a row of marks, an encoded blob): it becomes tokens
  of :data:`RUN_SLICE` characters each, untokenized, so its cost is linear and small.

Written by hand because spaCy has no option for either; the joining is spaCy's own ``Doc.from_docs``.
"""
from __future__ import annotations

import re
from typing import Iterable, Iterator

# Characters parsed at once: far inside nlp.max_length, and a parse's memory stays small (spaCy's
# memory grows with the tokens parsed together: 40,000 tokens at once took 1.5 GB). Longer than
# most articles, so an ordinary article is parsed whole.
PIECE_CHARS = 20_000
# A whitespace-free run this long is tokenized in slices of RUN_SLICE characters.
LONG_RUN = 200
RUN_SLICE = 50
_LONG = re.compile(r"\S{%d,}" % LONG_RUN)
_BREAKS = (re.compile(r"\n[ \t]*\n\s*"), re.compile(r"\n\s*"), re.compile(r"\s+"))


def pieces(text: str, size: int = PIECE_CHARS) -> list[str]:
    """``text`` cut into pieces of at most ``size`` characters that join back into ``text``.

    Cuts fall after a paragraph break when there is one in the piece's second half, else after a
    line break, else after a space, else at ``size`` exactly.
    """
    out: list[str] = []
    start = 0
    while len(text) - start > size:
        end = start + size
        cut = None
        for pattern in _BREAKS:
            last = None
            for match in pattern.finditer(text, start + size // 2, end):
                last = match
            if last is not None:
                cut = last.end()
                break
        cut = cut if cut is not None and cut > start else end
        out.append(text[start:cut])
        start = cut
    out.append(text[start:])
    return out


def _join(docs: list):
    from spacy.tokens import Doc

    return docs[0] if len(docs) == 1 else Doc.from_docs(docs, ensure_whitespace=False)


def make_doc(nlp, text: str):
    """``nlp``'s tokenization of ``text`` (no pipeline run), long whitespace-free runs in slices."""
    from spacy.tokens import Doc

    if not _LONG.search(text):
        return nlp.make_doc(text)
    docs = []
    position = 0
    for match in _LONG.finditer(text):
        if match.start() > position:
            docs.append(nlp.make_doc(text[position:match.start()]))
        run = match.group()
        words = [run[i:i + RUN_SLICE] for i in range(0, len(run), RUN_SLICE)]
        docs.append(Doc(nlp.vocab, words=words, spaces=[False] * len(words)))
        position = match.end()
    if position < len(text):
        docs.append(nlp.make_doc(text[position:]))
    return _join([d for d in docs if len(d)])


def parse(nlp, text: str):
    """The parsed Doc of ``text``, however long; ``doc.text == text``."""
    return next(parse_many(nlp, [text]))


def parse_many(nlp, texts: Iterable[str], *, batch_size: int = 1) -> Iterator:
    """Parsed Docs of ``texts`` in order, through ``nlp.pipe``; each as :func:`parse` gives it.

    ``batch_size`` pieces are parsed together: a parse's memory grows with the characters in the
    batch, so the default keeps it to one piece (at most PIECE_CHARS characters).
    """
    texts = list(texts)
    counts = []
    flat: list[str] = []
    for text in texts:
        parts = pieces(text, min(PIECE_CHARS, nlp.max_length)) if text else [text]
        counts.append(len(parts))
        flat.extend(parts)
    docs = nlp.pipe((make_doc(nlp, part) for part in flat), batch_size=batch_size)
    for count in counts:
        yield _join([next(docs) for _ in range(count)])

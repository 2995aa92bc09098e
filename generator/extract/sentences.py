"""One sentence index and one text per parsed article, shared by every extractor.

spaCy's `Span.sent`, `Token.sent` and `Doc.sents` each scan the whole document (through
`Doc.has_annotation`) on every call; extractors ask for sentences thousands of times per article.
Computing the sentences once and answering through spaCy's user hooks keeps the extractors' code
unchanged and the lookups logarithmic.
"""
from __future__ import annotations

from bisect import bisect_left, bisect_right


def index_sentences(doc) -> None:
    """Make `doc.sents`, `span.sent` and `token.sent` answer from one precomputed list."""
    if "sents" in doc.user_hooks:
        return
    sents = list(doc.sents)
    starts = [sent.start for sent in sents]

    def sentence_at(i: int):
        return sents[max(0, bisect_right(starts, i) - 1)]

    doc.user_hooks["sents"] = lambda _doc: iter(sents)
    doc.user_span_hooks["sent"] = lambda span: sentence_at(span.start)
    doc.user_token_hooks["sent"] = lambda token: sentence_at(token.i)


def text_of(doc) -> str:
    """``doc.text``, built once: spaCy joins every token's text again on each access."""
    text = doc.user_data.get("text")
    if text is None:
        text = doc.user_data["text"] = doc.text
    return text


def line_start(doc, char: int) -> int:
    """Where the line holding char offset ``char`` of ``doc``'s text starts (after its "\\n").

    Same as ``text.rfind("\\n", 0, char) + 1``, but logarithmic: a scan back from every token of a
    long paragraph made quotation finding quadratic.
    """
    breaks = doc.user_data.get("line_breaks")
    if breaks is None:
        breaks = doc.user_data["line_breaks"] = [i for i, ch in enumerate(text_of(doc)) if ch == "\n"]
    n = bisect_right(breaks, char - 1)
    return breaks[n - 1] + 1 if n else 0


def ents_in(doc, start: int, end: int) -> list:
    """``doc[start:end].ents``: the entities wholly inside tokens ``start`` to ``end``, in order, from
    one list of the doc's entities (spaCy builds every entity of the doc again on each ``.ents``,
    which made asking once per figure quadratic in a long article)."""
    ents = doc.user_data.get("ents")
    if ents is None:
        ents = doc.user_data["ents"] = tuple(doc.ents)
        doc.user_data["ent_starts"] = [ent.start for ent in ents]
    out = []
    for ent in ents[bisect_left(doc.user_data["ent_starts"], start):]:
        if ent.end > end:
            break
        out.append(ent)
    return out

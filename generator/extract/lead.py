"""The lead: the body's first sentences, verbatim, and a headline made from the first one.

A lead summary stands in for the ranked summary where the extractors do not read the text (another
language, a page that is not news): it needs no English, only sentence ends. A file without a
headline line (Reuters-21578 texts are dateline and body only) gets its first sentence as a
headline, cut at a clause boundary when long, without the wire's ticker markup, never its file name.
"""
from __future__ import annotations

import re

from .sentences import text_of
from .summary import JUNK, PROMO, is_caption, is_sponsored, prose_sentences, sentence_offsets, trimmed

_WORD = re.compile(r"\w[\w'’\-]*")
MIN_LEAD_WORDS = 3
# Headlines run 5-15 words; a first sentence longer than this is cut.
HEADLINE_MAX_WORDS = 16
HEADLINE_MIN_WORDS = 5
_CLAUSE_BREAK = re.compile(r"[,;:—–]\s|\s[-–—]\s")
# Words a cut headline must not end on.
_DANGLING = frozenset("a an the of to in on at for from by with and or but as that which who whose "
                      "its their his her our this these those said says will would shall should can could "
                      "may might must is are was were be been being has have had do does did it than "
                      "into over under about after before between against per".split())


def lead_sentences(doc, *, body_start: int = 0, sentences: int = 3, max_words: int = 90) -> tuple[str, ...]:
    """The body's first sentences, verbatim and in order, in any language.

    Args:
        doc: spaCy Doc of ``headline + "\\n\\n" + body`` (any language; only sentence ends are used).
        body_start: character offset where the body starts in ``doc.text``.
        sentences: how many sentences at most.
        max_words: word budget for all of them together (the first is always kept).
    Returns:
        Exact substrings of ``doc.text``; sentences of fewer than 3 words and page furniture are skipped.
    """
    text = text_of(doc)
    chosen: list[str] = []
    used = 0
    for s, e in sentence_offsets(doc, body_start):
        if len(chosen) >= sentences:
            break
        s, e = trimmed(text, s, e)
        chunk = text[s:e]
        n = len(_WORD.findall(chunk))
        if (n < MIN_LEAD_WORDS or JUNK.search(chunk) or PROMO.search(chunk) or is_caption(text, e)
                or is_sponsored(text, s)):
            continue  # furniture, a site's own advertising or a sponsor's, a photo's caption
        if chosen and used + n > max_words:
            break
        chosen.append(chunk)
        used += n
    return tuple(chosen)


# Wire markup in a sentence: a ticker symbol in angle brackets after a company's name ("Revlon
# Group Inc <REV>", "<SNE.T>") and the brackets Reuters puts round an unlisted company's name
# ("<Shell Petroleum NV>"). Reuters-21578's own convention; a headline shows the name alone.
_TICKER = re.compile(r"\s*<[A-Z0-9][A-Z0-9.\-]{0,11}>")
_BRACKETED_NAME = re.compile(r"<([A-Z][^<>]{0,80})>")


def without_wire_markup(sentence: str) -> str:
    """``sentence`` without ticker symbols and with company names out of their angle brackets.

    >>> without_wire_markup("<MacAndrews and Forbes Group> and Revlon Group Inc <REV> said")
    'MacAndrews and Forbes Group and Revlon Group Inc said'
    """
    return _BRACKETED_NAME.sub(r"\1", _TICKER.sub("", sentence))


# A line of a results table ("Shr 15 cts vs 15 cts", "Net 2,407,000 vs 2,393,000"): figures
# compared with "vs", or mostly figures. A note under a table ("Note: ...") is no headline either.
_FIGURE = re.compile(r"\d")
# A figure spelt out or its unit in a table's row ("Shr loss 44 cts vs loss one dlr", "Net nil vs 1.2 mln").
_FIGURE_WORD = re.compile(
    r"^(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|nil|cts?|dlrs?|mln|billion|pct)[.,;]?$",
    re.I)
_VERSUS = re.compile(r"\bvs\.?(?=\s)", re.I)
_NOTE = re.compile(r"^\s*notes?\s*[:\-]", re.I)
TABLE_FIGURE_SHARE = 0.25      # with "vs"; without it, half the words must be figures


def is_table_line(sentence: str) -> bool:
    """Whether ``sentence`` is a line of figures (a results table's row) or a note under a table.

    >>> is_table_line("Shr loss 31 cts vs loss 47 cts"), is_table_line("Profit rose 5 pct, it said.")
    (True, False)
    >>> is_table_line("Shr loss 44 cts vs loss one dlr")
    True
    """
    words = sentence.split()
    if not words or _NOTE.match(sentence):
        return bool(words)
    share = sum(1 for w in words if _FIGURE.search(w)) / len(words)
    # with "vs", figures spelt out and their units count too ("loss one dlr")
    return share >= 0.5 or (_figure_share(sentence) >= TABLE_FIGURE_SHARE and bool(_VERSUS.search(sentence)))


def _figure_share(sentence: str) -> float:
    """The share of ``sentence``'s words that are figures, figures spelt out or their units."""
    words = sentence.split()
    return sum(1 for w in words if _FIGURE.search(w) or _FIGURE_WORD.match(w)) / max(1, len(words))


def first_sentence_headline(doc, *, body_start: int = 0) -> str | None:
    """A headline from the body's first sentence that is not a table row (the first such among
    the body's sentences, however deep): the sentence
    itself when short, else its main clause or opening clause, else its first words and an
    ellipsis, without wire markup (:func:`without_wire_markup`). None when the body has no sentence,
    or only table rows and notes: a row of figures ("Shr 15 cts vs 15 cts") is no headline, and
    the site then says plainly that the text states none. Under a table, a note runs on to the end
    of its paragraph ("Note: Aggregate judgments ... not included. Company said any portion of this
    amount ... would be reflected"): no sentence of it stands in either; the next paragraph may."""
    prose = set(prose_sentences(doc, body_start))
    text = text_of(doc)
    first = None
    in_table = False
    note_end = -1
    for s, e in sentence_offsets(doc, body_start):
        s, e = trimmed(text, s, e)
        sentence = text[s:e]
        if _NOTE.match(sentence):
            # the note runs on to the end of its paragraph
            note_end = text.find("\n\n", e) % (len(text) + 1)
            continue
        if s < note_end:
            continue
        # among rows, a row that lost its "vs" ("Surplus on commission 208.8 mln marks 188.1 mln")
        if is_table_line(sentence) or (in_table and _figure_share(sentence) >= 0.5):
            in_table = True
            continue
        in_table = False
        if sentence in prose:
            first = sentence
            break
    if first is None:
        lead = next(iter(lead_sentences(doc, body_start=body_start, sentences=1)), None)
        first = lead if lead is not None and not is_table_line(lead) else None
    return shorten_headline(without_wire_markup(first)) if first else None


# An opening adverbial clause set off by a comma ("After an already steep fall in the past week,"):
# a headline cut inside or right after it would stop before the sentence's subject.
_OPENER = re.compile(
    r"^(?:After|Before|Despite|Although|Though|While|Whilst|When|Following|Amid|Amidst|Since|Because|"
    r"With|Without|Unlike|Like|Under|In|On|At|For|As|Once|Until|Given|Faced with|Due to)\b[^,;:]{3,120}?,\s+"
    r"(?=[A-Za-z0-9\"“'‘])")


def shorten_headline(sentence: str) -> str:
    """``sentence`` cut to at most 16 words: from its main clause when it opens with an adverbial
    clause and a comma ("After ..., U.S. futures may ..."); at the last clause break within them
    that leaves at least 5, else after the 16th word (dropping dangling function words), with "…"
    for what was cut. A dash or colon ending the sentence (it opens a list) is left off."""
    # a sentence that opens a list ends in a dash or a colon ("... reported by private exporters -")
    sentence = " ".join(sentence.split()).rstrip(" -–—:")
    words = sentence.split(" ")
    if len(words) <= HEADLINE_MAX_WORDS:
        return sentence.rstrip(".")
    opener = _OPENER.match(sentence)
    if opener and len(sentence[opener.end():].split()) >= HEADLINE_MIN_WORDS:
        # The main clause, verbatim from its subject ("U.S. interest rate futures may be in for…"),
        # its first letter capitalised as a headline's is ("the ice fields ..." -> "The ice fields ...").
        rest = sentence[opener.end():]
        return shorten_headline(rest[:1].upper() + rest[1:])
    limit = len(" ".join(words[:HEADLINE_MAX_WORDS]))
    breaks = [m.start() for m in _CLAUSE_BREAK.finditer(sentence[:limit + 1])
              if len(sentence[:m.start()].split()) >= HEADLINE_MIN_WORDS]
    if breaks:
        return sentence[:breaks[-1]].rstrip(" ,;:") + "…"
    kept = words[:HEADLINE_MAX_WORDS]
    while len(kept) > HEADLINE_MIN_WORDS and kept[-1].lower().strip(",;:") in _DANGLING:
        kept.pop()
    return " ".join(kept).rstrip(" ,;:") + "…"

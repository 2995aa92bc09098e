"""A short extractive summary: a few sentences copied verbatim from the article body.

News puts what matters first, so the lead sentence is always kept and the others are chosen by a
position prior corrected by centrality: how much a sentence shares with the headline and with the
rest of the article.
Sentences that are not prose (bylines, datelines, photo credits, share buttons, boilerplate,
teaser questions, fragments, a table's rows run together) are never candidates, and a sentence that
repeats an earlier one (a dek repeated as the first sentence) is dropped. A summary is read alone:
a sentence that opens with a pronoun whose referent no earlier summary sentence names waits until
one does (``pronouns``), else it is left out.
"""
from __future__ import annotations

import math
import re
from dataclasses import dataclass
from .pronouns import reads_alone as _reads_alone
from .sentences import text_of

# A wire dateline left in front of the first sentence: "TEL AVIV, Israel (AP) — ".
_DATELINE = re.compile(
    r"\s*[A-Z][A-Za-z.'\- ]{1,40}(?:,\s*[A-Z][A-Za-z.'\- ]{1,30}){0,2}\s*"
    r"(?:\((?:AP|Reuters|AFP|UPI|CNN|dpa|Xinhua|Bloomberg|PA)\)\s*)?[—–]\s*"
)
_WIRE_DATELINE = re.compile(
    r"\s*[A-Z][A-Za-z.'\- ]{1,40}(?:,\s*[A-Z][A-Za-z.'\- ]{1,30}){0,2}\s*"
    r"\((?:AP|Reuters|AFP|UPI|CNN|dpa|Xinhua|Bloomberg|PA)\)\s*[—–-]+\s*"
)
# Share-button labels that page scrapes glue in front of the first sentence.
_SHARE_WIDGET = re.compile(
    r"\s*(?:Share(?: this)?(?: with)?\s*)?"
    r"(?:(?:Email|Facebook|Messenger|Twitter|Pinterest|WhatsApp|Linked[Ii]n|Reddit|Print|X)\s*){2,}"
    r"(?:Copy(?: this)? link\s*)?"
)
_MEDIA_PREFIX = re.compile(
    r"\s*(?:Media playback is (?:not )?supported on this device|Image (?:copyright|caption)[^.]*?"
    r"(?=[A-Z][a-z])|Watch:|Video:|Listen:|WATCH:)\s*",
)
# Whole sentences that are page furniture, not reporting.
JUNK = re.compile(
    r"(?:\bclick here\b|\bsign up\b|\bfollow us\b|\bcontributed (?:to )?(?:this )?report"
    r"|\ball rights reserved\b|\bread more\b|\bsubscribe\b|\bnewsletter\b|©|\bcopyright\b"
    r"|\(AP Photo\b|\bAP Photo/|^\s*(?:Photo|Photograph|Image|Picture|Credit|Caption)s?\s*:"
    r"|\bGetty Images\b|\bReuters/[A-Z]|\bdownload (?:the|our) app\b|\bterms of (?:use|service)\b"
    r"|\bprivacy policy\b|\bcookies?\b.*\b(?:accept|policy)\b|\brelated (?:stories|articles|coverage)\b"
    r"|^\s*(?:(?:story|written|words|text|reporting|reported)\s+)?(?:by|por|par|von|di|door|av|af)\s+(?-i:[A-Z][\w.'-]+(?:\s+[A-Z][\w.'-]+){0,3})\s*(?:[|•·]|$)"
    r"|^\s*_+\s*$|(?:^\s*|[|•·]\s*)(?:(?:updated|published|posted)\s+)?\d+\s+(?:minutes?|mins?|hours?|hrs?|days?)\s+ago\b|\b\d+\s*min(?:ute)?s?\s+read\b"
    r"|^\s*(?:(?:first\s+)?published|updated|last updated|posted|modified)\b:?\s*(?:on\s+)?(?:\d|[A-Z][a-z]{2,8}\.?\s+\d)"
    r"|\bwas contributed by\b|\bmore on this story\b|\bshare this\b|\bEmail the author\b)",
    re.IGNORECASE,
)
# A site's own advertising and subscription pitch: calls to buy, join, subscribe or log in, which a
# report about a product or a paywall does not make in its own voice ("subscribe for 65 mln stg in
# shares" and "a symposium sponsored by" are reporting, hence the whole phrases).
PROMO = re.compile(
    r"\bsponsored (?:content|post)\b|\bpaid (?:content|partnership|post)\b|^\s*advertisement\b"
    r"|\bsupport (?:our|independent|quality) journalism\b|\bbecome a (?:member|subscriber|patron|supporter)\b"
    r"|\bstart your (?:free )?(?:trial|subscription)\b|\btry (?:it )?(?:free|for free)\b|\bshop now\b|\bbuy now\b"
    r"|\bpromo(?:tional)? code\b|\bget (?:unlimited|full|instant|digital) access\b|\balready a (?:subscriber|member)\b"
    r"|\blog ?in to (?:read|continue|comment)\b|\blike us on facebook\b|\bjoin (?:our|the) mailing list\b"
    r"|\b(?:delivered|straight|direct(?:ly)?) to your inbox\b|\bunlimited (?:digital )?access\b"
    r"|\bsubscribe (?:now|today)\b|\b(?:download|get) (?:the|our) (?:free )?app\b|\blisten to (?:the|our) podcast\b"
    r"|\bcontinue reading\b|\bfor (?:just|only) [$£€]\d[\d.,]* (?:a|per) (?:month|week|year)\b|\bcancel (?:at )?any ?time\b",
    re.IGNORECASE | re.MULTILINE,
)
# A sponsor's label at the head of a paragraph: "Presented by Acme", "A message from Acme:",
# "Sponsored content", "Supported by". Newsletters and sites put the sponsor's own copy in that
# paragraph, or in the next one when the label stands alone ending in a colon.
SPONSOR_LABEL = re.compile(
    r"^\s*(?:(?:presented|sponsored|brought to you|underwritten|supported|powered) by\s+\S"
    r"|a (?:message|word) from\s+(?:our\s+)?\S|(?:sponsored|partner|paid) (?:content|post|message)\b"
    r"|advertisement\b)", re.IGNORECASE)
SPONSOR_LABEL_MAX_WORDS = 12


def is_sponsored(text: str, start: int) -> bool:
    """Whether the sentence starting at ``start`` is a sponsor's copy: its paragraph is a sponsor's
    label (:data:`SPONSOR_LABEL`; a line of at most 12 words without a sentence's full stop,
    "Presented by Acme") or opens with one ending in a colon ("A message from Acme: ..."), or the
    paragraph before is such a label alone, ending in a colon. A lede that opens "Powered by strong
    sales, profit rose." is a sentence, not a label."""
    head = text.rfind("\n", 0, start) + 1
    tail = text.find("\n", start)
    return _is_label(text[head:tail if tail >= 0 else len(text)].strip(), alone=False) or _is_label(
        text[:head].rstrip().rsplit("\n", 1)[-1].strip(), alone=True)


def _is_label(paragraph: str, *, alone: bool) -> bool:
    if not SPONSOR_LABEL.match(paragraph):
        return False
    colon = paragraph.find(":")
    if colon >= 0 and len(paragraph[:colon].split()) <= SPONSOR_LABEL_MAX_WORDS:
        return not alone or colon == len(paragraph) - 1
    return not alone and len(paragraph.split()) <= SPONSOR_LABEL_MAX_WORDS and paragraph[-1:] not in ".!?"


# A photo credit on a line of its own after its caption: "(Mike Cason/mcason@example.com)",
# "(Public domain)", "Photo: Jane Doe/Reuters": the line before it is a caption, not reporting.
CREDIT_LINE = re.compile(
    r"^\s*\(?\s*(?:(?:photo|picture|image|credit|courtesy)s?\b[^\n]{0,80}|public domain|[A-Z][\w.' -]{1,40}/[^\s/()]{2,40}"
    r"(?:\s*/\s*[^\s/()]{2,40})?|getty images|shutterstock)\s*\)?\s*$", re.IGNORECASE)
_FINAL = re.compile(r"[.!?…][\"'”’)\]]*\s*$")
_WORD = re.compile(r"[A-Za-z0-9][A-Za-z0-9'’\-]*")
_MIN_WORDS = 6
_DUPLICATE_JACCARD = 0.7
# How much the position prior weighs against centrality; a sentence's prior halves every
# few sentences, so a central sentence deep in the article can beat the lead only by a margin.
_POSITION_WEIGHT = 1.0
_CENTRALITY_WEIGHT = 1.0
_HEADLINE_WEIGHT = 0.4
_PRIOR_HALF_LIFE = 3.0


@dataclass(frozen=True)
class _Candidate:
    index: int          # order among the body's prose sentences
    start: int
    end: int
    text: str
    words: frozenset[str]
    lemmas: tuple[str, ...]


def summary(doc, *, body_start: int = 0, sentences: int = 3, max_words: int = 90) -> tuple[str, ...]:
    """The body's most important sentences, verbatim and in article order.

    Args:
        doc: spaCy Doc of ``headline + "\\n\\n" + body``.
        body_start: character offset where the body starts in ``doc.text``.
        sentences: how many sentences at most.
        max_words: word budget for all chosen sentences together (the first choice is always kept).

    Returns:
        Exact substrings of ``doc.text``, in the order they appear.
    """
    if sentences <= 0:
        return ()
    candidates = _distinct(_prose_sentences(doc, body_start))
    if not candidates:
        return ()
    headline = _content_lemmas(doc, 0, body_start) if body_start > 0 else ()
    totals = _counts(lemma for cand in candidates for lemma in cand.lemmas)
    scored = sorted(candidates, key=lambda c: -_score(c, totals, headline))
    # The lead always stays: news puts what matters first, and on wire copy the first sentence is
    # the one a reader most needs; the others compete on position and centrality.
    scored = [candidates[0]] + [c for c in scored if c is not candidates[0]]
    chosen: list[_Candidate] = []
    waiting: list[_Candidate] = []   # "She said ...": whom "she" is, no sentence chosen so far says

    def fits(cand: _Candidate) -> bool:
        return not chosen or sum(len(_WORD.findall(c.text)) for c in chosen + [cand]) <= max_words

    def alone(cand: _Candidate) -> bool:
        return _reads_alone(doc, cand, [c for c in chosen if c.start < cand.start])

    for cand in scored:
        if len(chosen) == sentences:
            break
        if fits(cand) and not alone(cand):
            waiting.append(cand)
        if not fits(cand) or cand in waiting:
            continue
        chosen.append(cand)
        for one in list(waiting):  # the sentence just chosen may name the referent of one waiting
            if len(chosen) < sentences and fits(one) and alone(one):
                chosen.append(one)
                waiting.remove(one)
    return tuple(c.text for c in sorted(chosen, key=lambda c: c.start))


def prose_sentences(doc, body_start: int = 0) -> list[str]:
    """The body's sentences that read as reporting, verbatim and in order (datelines and share
    widgets trimmed; bylines, credits, stamps, questions and fragments left out)."""
    return [c.text for c in _prose_sentences(doc, body_start)]


def _prose_sentences(doc, body_start: int) -> list[_Candidate]:
    """Body sentences that read as reporting, trimmed of datelines and share widgets."""
    found: list[_Candidate] = []
    text = text_of(doc)
    for s, e in sentence_offsets(doc, body_start):
        s, e = trimmed(text, s, e)
        chunk = text[s:e]
        if not chunk or not _is_prose(chunk) or is_caption(text, e) or is_sponsored(text, s):
            continue
        span = doc.char_span(s, e, alignment_mode="expand")
        if span is not None and _is_table_row(span):
            continue
        lemmas = _span_lemmas(span) if span is not None else ()
        found.append(_Candidate(len(found), s, e, chunk, _word_set(chunk), lemmas))
    return found


def _is_table_row(span) -> bool:
    """Whether a sentence is a table's rows: two figures or more, no verb and no full stop ("Harbour
    Town 3 Millbrook Rovers 1 Eastfield United 2 ...", rows run together); reporting has a verb. A
    wire's result against the year before ("Net loss 354 mln vs loss 53 mln") is its news and stays."""
    if _FINAL.search(span.text):
        return False  # a sentence the parser read no verb in: "The 24-year-old finished fourth ... 5,000m."
    figures = sum(1 for t in span if t.like_num and any(ch.isdigit() for ch in t.text))
    return figures >= 2 and not any(t.pos_ in {"VERB", "AUX"} or t.lower_ in {"vs", "vs.", "versus"} for t in span)


def is_caption(text: str, end: int) -> bool:
    """Whether the sentence ending at ``end`` closes a paragraph whose next line is a photo credit
    (:data:`CREDIT_LINE`): then the paragraph is the photo's caption."""
    newline = text.find("\n", end)
    if newline < 0 or text[end:newline].strip():
        return False
    rest = text[newline:].lstrip("\n")
    line = rest.split("\n", 1)[0]
    return bool(line) and bool(CREDIT_LINE.match(line))


def sentence_offsets(doc, body_start: int) -> list[tuple[int, int]]:
    """Character offsets of the body's sentences, one line at most each.

    A sentence spaCy ran across a line break is two pieces of text (a caption, a heading); a
    piece that stops without final punctuation mid-line ("Pro-Kremlin party") is joined to the next.
    """
    text = text_of(doc)
    pieces: list[tuple[int, int]] = []
    for sent in doc.sents:
        if sent.end_char <= body_start:
            continue
        start = max(sent.start_char, body_start)
        for piece in re.finditer(r"[^\n]+", text[start:sent.end_char]):
            s, e = start + piece.start(), start + piece.end()
            if text[s:e].strip():
                pieces.append((s, e))
    merged: list[tuple[int, int]] = []
    for s, e in pieces:
        if merged:
            ps, pe = merged[-1]
            between = text[pe:s]
            if "\n" not in between and not _FINAL.search(text[ps:pe]):
                merged[-1] = (ps, e)
                continue
        merged.append((s, e))
    return _with_closing_marks(text, merged)


_CLOSING = "\"'”’)]»"


def _with_closing_marks(text: str, spans: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """``spans`` with the closing quotation marks and brackets that the parser left to the next
    sentence ('said it was "deeply troubling.' + '"') moved back to the sentence they close."""
    out: list[tuple[int, int]] = []
    for s, e in spans:
        if out and s < out[-1][1]:
            s = out[-1][1]
            while s < e and text[s].isspace():
                s += 1
            if s >= e:
                continue
        end = e
        while end < len(text) and text[end] in _CLOSING and text[end - 1] in ".!?…" + _CLOSING:
            end += 1
        if end > e and (end == len(text) or text[end].isspace()):
            e = end
        out.append((s, e))
    return out


def trimmed(text: str, start: int, end: int) -> tuple[int, int]:
    """Offsets of the sentence without leading datelines, share widgets and surrounding space."""
    changed = True
    while changed:
        changed = False
        for pattern in (_WIRE_DATELINE, _SHARE_WIDGET, _MEDIA_PREFIX):
            m = pattern.match(text, start, end)
            if m and m.end() > start:
                start, changed = m.end(), True
        m = _DATELINE.match(text, start, end)
        # Only an upper-case place name before a dash counts as a dateline ("LONDON — ").
        if m and m.end() > start and text[start:m.end()].split(",")[0].strip().isupper():
            start, changed = m.end(), True
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    return start, end


def _is_prose(chunk: str) -> bool:
    """Whether a sentence is reporting rather than furniture, teaser or fragment."""
    words = _WORD.findall(chunk)
    if len(words) < _MIN_WORDS:
        return False
    if JUNK.search(chunk) or PROMO.search(chunk):
        return False
    stripped = chunk.rstrip("\"'”’ )")
    if stripped.endswith("?"):
        return False
    letters = [ch for ch in chunk if ch.isalpha()]
    if letters and sum(ch.isupper() for ch in letters) / len(letters) > 0.6:
        return False  # all-caps headings and kickers
    return True


def _distinct(candidates: list[_Candidate]) -> list[_Candidate]:
    """Candidates without near-duplicates of an earlier one (word-set Jaccard)."""
    kept: list[_Candidate] = []
    for cand in candidates:
        if any(_jaccard(cand.words, k.words) >= _DUPLICATE_JACCARD for k in kept):
            continue
        kept.append(cand)
    return kept


def _score(cand: _Candidate, totals: dict[str, int], headline: tuple[str, ...]) -> float:
    """Position prior plus centrality (similarity to the rest) plus overlap with the headline.

    ``totals`` counts the content lemmas of every candidate; the rest of the article is that minus
    this candidate's own.
    """
    prior = 0.5 ** (cand.index / _PRIOR_HALF_LIFE)
    rest = dict(totals)
    for lemma in cand.lemmas:
        rest[lemma] -= 1
    rest = {k: v for k, v in rest.items() if v}
    centrality = _cosine(_counts(cand.lemmas), rest)
    head = _cosine(_counts(cand.lemmas), _counts(headline)) if headline else 0.0
    return _POSITION_WEIGHT * prior + _CENTRALITY_WEIGHT * centrality + _HEADLINE_WEIGHT * head


def _span_lemmas(span) -> tuple[str, ...]:
    return tuple(t.lemma_.lower() for t in span if _is_content(t))


def _content_lemmas(doc, start: int, end: int) -> tuple[str, ...]:
    span = doc.char_span(start, end, alignment_mode="contract")
    return _span_lemmas(span) if span is not None else ()


def _is_content(token) -> bool:
    return token.pos_ in {"NOUN", "PROPN", "VERB", "ADJ", "NUM"} and not token.is_stop and token.is_alpha or (
        token.pos_ == "NUM" and token.like_num)


def _counts(items) -> dict[str, int]:
    out: dict[str, int] = {}
    for item in items:
        out[item] = out.get(item, 0) + 1
    return out


def _cosine(a: dict[str, int], b: dict[str, int]) -> float:
    if not a or not b:
        return 0.0
    dot = sum(v * b.get(k, 0) for k, v in a.items())
    norm = math.sqrt(sum(v * v for v in a.values())) * math.sqrt(sum(v * v for v in b.values()))
    return dot / norm if norm else 0.0


def _word_set(chunk: str) -> frozenset[str]:
    return frozenset(w.lower() for w in _WORD.findall(chunk))


def _jaccard(a: frozenset[str], b: frozenset[str]) -> float:
    return len(a & b) / len(a | b) if a and b else 0.0

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

And one limit of this machine: the full pipeline (tagger, dependency parser, lemmatizer, named
entities) takes about 60 s of CPU time for 1,000,000 characters (217,000 tokens) on the 2-core
development machine, the named-entity recognizer alone about 25 s, against a target of 30 s per
article (issue 11). So a long text is read in three parts, each a run of whole pieces:

- the first :data:`FULL_PARSE_CHARS` characters (far more than any news article, so an article is
  parsed exactly as before) go through the whole pipeline: the summary, key numbers, topics and
  speakers come from them;
- the pieces up to :data:`NAMED_CHARS` are read by the named-entity recognizer and a rule-based
  sentence splitter alone: the article's actors come from the first two parts;
- the pieces after that are tokenized and split into sentences only: their quotations are found by
  their marks.

Every piece is read and kept, character for character; what needs the parse there (a quotation's
speaker, what a number counts, key phrases) or the recognizer (names) is left out rather than
guessed. :func:`reading_ends` says where each part ends, and the build warns, naming the file.

Written by hand because spaCy has no option for either; the joining is spaCy's own ``Doc.from_docs``.
"""
from __future__ import annotations

import functools
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
# Characters parsed with the whole pipeline; later pieces get named entities and sentences only.
# The longest text of the 1,706 evaluation articles and the 300 of /work/mixed is under 60,000.
FULL_PARSE_CHARS = 100_000
# Characters read by the named-entity recognizer, the full parse's included; the pieces after them are
# tokenized and split into sentences only. With the full parse's, about 15 s of CPU time on this machine.
NAMED_CHARS = 300_000
# What the pieces past FULL_PARSE_CHARS are read with (plus the tok2vec layers these listen to),
# then what the pieces past NAMED_CHARS are read with.
TAIL_COMPONENTS = ("ner", "sentencizer")
PLAIN_COMPONENTS = ("sentencizer",)


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


def _join(docs: list, exclude: tuple[str, ...] = ()):
    from spacy.tokens import Doc

    return docs[0] if len(docs) == 1 else Doc.from_docs(docs, ensure_whitespace=False, exclude=exclude)


def make_doc(nlp, text: str):
    """``nlp``'s tokenization of ``text`` (no pipeline run), long whitespace-free runs in slices;
    a paragraph break always ends a sentence (see :func:`paragraph_starts`)."""
    return paragraph_starts(_tokens(nlp, text))


def paragraph_starts(doc):
    """``doc`` with a sentence start set at each paragraph break (a space token holding a blank
    line; one line break is hard-wrapped text, as in Reuters' wire copy), which the parser keeps: a headline with no full stop, or a paragraph's last sentence,
    is never run on into the next paragraph's first sentence ("Council approves budget\n\nJanet
    Holloway leads ..." parsed Holloway as the budget's apposition). The break itself starts the
    sentence, as a space of its own: set on the word after it, the parser cut "Lindsay" from
    "Davenport" and the recognizer lost the name."""
    for tok in doc[:-1]:
        if tok.is_space and tok.text.count("\n") >= 2:
            tok.is_sent_start = True
            if tok.i > 1 and doc[tok.i - 1].text in ('"', "\u201d", "\u2019", "'"):
                doc[tok.i - 1].is_sent_start = False    # a closing mark ends its own sentence
    return doc


def _tokens(nlp, text: str):
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


def full_parse_end(text: str, max_length: int = 1_000_000) -> int | None:
    """Where the full parse of ``text`` stops (a piece boundary), or None when it covers all of it.

    Pieces that start before :data:`FULL_PARSE_CHARS` are parsed in full; the rest get named
    entities and sentences, or sentences only (see the module docstring).
    """
    return reading_ends(text, max_length)[0]


def reading_ends(text: str, max_length: int = 1_000_000) -> tuple[int | None, int | None]:
    """Character offsets in ``text`` where its full parse and its named-entity reading stop.

    Returns:
        ``(full_end, named_end)``, each a piece boundary, or None when that reading covers the
        whole text; ``full_end <= named_end`` when both are given.
    """
    parts = _pieces_of(text, max_length)
    ends = []
    for limit in (FULL_PARSE_CHARS, max(FULL_PARSE_CHARS, NAMED_CHARS)):
        count = _count_before(parts, limit)
        ends.append(None if count is None else sum(len(p) for p in parts[:count]))
    return ends[0], ends[1]


def _count_before(parts: list[str], limit: int) -> int | None:
    """How many of ``parts`` start before character ``limit`` (None: all of them)."""
    end = 0
    for count, part in enumerate(parts):
        if end >= limit:
            return count
        end += len(part)
    return None


def _pieces_of(text: str, max_length: int) -> list[str]:
    parts = pieces(text, min(PIECE_CHARS, max_length)) if text else [text]
    return [cut for n, part in enumerate(parts) for cut in heading_cuts(part, opening=n == 0)]


# A heading paragraph: a headline, a dateline's place, a kicker or subhead ("New York", "The fallout",
# "<TECHNIMED CORP> HAS CHOLESTEROL TEST PRODUCT"): in capitals, or short with no closing punctuation.
_PARAGRAPH = re.compile(r".*?(?:\n[ \t]*\n\s*|\Z)", re.S)
_HEADING_WORDS = 20
_SENTENCE_END = tuple('.!?:;"\u201d\u2019\')')


def _heading(paragraph: str, opening: bool) -> bool:
    text = paragraph.strip()
    letters = [ch for ch in text if ch.isalpha()]
    if len(letters) >= 8 and sum(ch.isupper() for ch in letters) >= 0.9 * len(letters):
        return True
    return opening and bool(letters) and len(text.split()) <= _HEADING_WORDS and not text.endswith(_SENTENCE_END)


def heading_cuts(text: str, *, opening: bool = True) -> list[str]:
    """``text`` cut after each heading paragraph, so a heading is parsed on its own; the cuts join
    back into ``text``. A heading is a paragraph in capitals, or, when ``text`` opens the article,
    one of its first two paragraphs (the headline, the dateline's place) when short with no
    closing punctuation: further down, a short line is a fixture or a results line ("Arsenal v
    Stoke"), which the recognizer reads right only beside its neighbours.

    spaCy's recognizer reads a few words either side of each word, across a paragraph break: a
    headline or a dateline's place above the lede changed how it read the lede's first words
    ("Technimed Corp said ..." under "<TECHNIMED CORP> HAS CHOLESTEROL TEST PRODUCT" or under
    "New York" gave no entity at all; "KELMARK CORP SEES HIGHER PROFIT" and "Kelmark Corp" became
    one name). Parsed alone, the lede reads as it does without them.
    """
    out: list[str] = []
    start = 0
    for number, match in enumerate(_PARAGRAPH.finditer(text)):
        if match.end() > match.start() and match.end() < len(text) \
                and _heading(match.group(), opening and number < 2):
            if match.start() > start:
                out.append(text[start:match.start()])
            out.append(text[match.start():match.end()])
            start = match.end()
    out.append(text[start:])
    return [part for part in out if part] or [text]


def parse(nlp, text: str):
    """The parsed Doc of ``text``, however long; ``doc.text == text``."""
    return next(parse_many(nlp, [text]))


def _tail_disable(nlp, components: tuple[str, ...] = TAIL_COMPONENTS) -> list[str]:
    """The pipeline's components a piece read with ``components`` alone is read without."""
    keep = {name for name in nlp.pipe_names if name in components}
    for name, component in nlp.pipeline:       # a shared tok2vec that a kept component listens to
        if set(getattr(component, "listening_components", ()) or ()) & keep:
            keep.add(name)
    return [name for name in nlp.pipe_names if name not in keep]


@functools.lru_cache(maxsize=1)
def _sentencizer():
    from spacy.pipeline import Sentencizer

    return Sentencizer()


def _read_tail(nlp, docs: Iterator, batch_size: int, components: tuple[str, ...] = TAIL_COMPONENTS) -> Iterator:
    """Docs of pieces past FULL_PARSE_CHARS: read with ``components`` (named entities, or nothing),
    then split into sentences by punctuation.

    Joined to parsed pieces, a Doc's sentences are read off the parse (``Doc.from_docs`` keeps
    heads, not sentence starts): each sentence becomes a flat tree, its first token the root
    (label ``ROOT``) and every other token attached to it as ``dep`` (ClearNLP's "unclassified
    dependent"), which no extractor reads as a subject, object or modifier.
    """
    import numpy
    from spacy.attrs import DEP, HEAD

    has_sentencizer = "sentencizer" in nlp.pipe_names
    root, dep = nlp.vocab.strings.add("ROOT"), nlp.vocab.strings.add("dep")
    for doc in nlp.pipe(docs, disable=_tail_disable(nlp, components), batch_size=batch_size):
        doc = doc if has_sentencizer else _sentencizer()(doc)
        starts = numpy.array([sent.start for sent in doc.sents], dtype="int64")
        positions = numpy.arange(len(doc), dtype="int64")
        first = starts[numpy.searchsorted(starts, positions, side="right") - 1]   # each token's sentence start
        array = numpy.stack([first - positions, numpy.where(first == positions, root, dep)], axis=1)
        doc.from_array([HEAD, DEP], array.astype("int64").view("uint64"))     # offsets as spaCy stores them
        yield doc


def parse_many(nlp, texts: Iterable[str], *, batch_size: int = 1) -> Iterator:
    """Parsed Docs of ``texts`` in order, through ``nlp.pipe``; each as :func:`parse` gives it.

    ``batch_size`` pieces are parsed together: a parse's memory grows with the characters in the
    batch, so the default keeps it to one piece (at most PIECE_CHARS characters). A text longer
    than FULL_PARSE_CHARS has its later pieces read for named entities and sentences, past
    NAMED_CHARS for sentences only.
    """
    for text in texts:
        parts = _pieces_of(text, nlp.max_length)
        head = _count_before(parts, FULL_PARSE_CHARS) or len(parts)
        named = max(head, _count_before(parts, NAMED_CHARS) or len(parts))
        docs = list(nlp.pipe((make_doc(nlp, part) for part in parts[:head]), batch_size=batch_size))
        if head == len(parts):
            yield _join(docs)
            continue
        docs.extend(_read_tail(nlp, (make_doc(nlp, part) for part in parts[head:named]), batch_size))
        docs.extend(_read_tail(nlp, (make_doc(nlp, part) for part in parts[named:]), batch_size,
                               PLAIN_COMPONENTS))
        yield _join(docs, exclude=("tensor",))      # the tail has no tok2vec output to join


def prefix(doc, end: int):
    """A Doc of ``doc``'s text up to character ``end`` (a token boundary), annotations and all."""
    span = doc.char_span(0, end, alignment_mode="contract")
    return (span if span is not None else doc[:0]).as_doc()

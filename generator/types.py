"""Plain frozen records passed between the stages.

Readers produce a :class:`RawArticle`; extractors take the parsed spaCy ``Doc`` and return the
records below; the assembler turns them into the JSON record of ``article.schema.json``.
A spaCy ``Doc`` never leaves the extraction stage.
"""
from __future__ import annotations

from dataclasses import dataclass, field


@dataclass(frozen=True)
class Author:
    name: str                 # as a person writes it: "Matthew Lee"
    role: str | None = None   # "AP Diplomatic Writer"


@dataclass(frozen=True)
class Contributor:
    name: str
    place: str | None = None


@dataclass(frozen=True)
class RawArticle:
    """What a reader found in one file, before any NLP.

    ``paragraphs`` is the body only: no headline, dek, byline, dateline prefix or end notes.
    Metadata fields hold only what the input states; ``provenance`` says where each came from
    (e.g. ``{"headline": "front matter", "dateline": "text"}``).
    """
    source: str
    format: str                                   # "text" | "markdown" | "html"
    paragraphs: tuple[str, ...]
    headline: str | None = None
    description: str | None = None
    outlet: str | None = None
    authors: tuple[Author, ...] = ()
    contributors: tuple[Contributor, ...] = ()
    dateline: str | None = None
    published: str | None = None                  # YYYY-MM-DD, only when stated
    tags: tuple[str, ...] = ()
    url: str | None = None
    provenance: tuple[tuple[str, str], ...] = ()  # (field, where) pairs, sorted by field
    warnings: tuple[str, ...] = ()
    language: str | None = None                   # ISO 639 code ("en", "ru"); None when too short to tell
    news: bool = True                             # False for a shopping list, a code README and the like

    @property
    def body(self) -> str:
        return "\n\n".join(self.paragraphs)


@dataclass(frozen=True)
class Span:
    """A stretch of the parsed text, by character offsets."""
    start: int
    end: int
    text: str


@dataclass(frozen=True)
class Entity:
    name: str                          # canonical: "Antony Blinken"
    kind: str                          # person | organization | place | group
    aliases: tuple[str, ...] = ()      # other forms in this article: "Blinken"
    titles: tuple[str, ...] = ()       # "Secretary of State"
    mentions: tuple[Span, ...] = ()
    evidence: tuple[str, ...] = ()     # what the article gives for it: "gazetteer", "title", ...
    not_actor: str | None = None       # why the name is a work or an award, not an actor (record: not_actors)


@dataclass(frozen=True)
class Quote:
    text: str                          # verbatim, without the quotation marks
    speaker: str | None                # canonical entity name, or None when the text does not say
    cue: str | None = None             # "said", "told", "wrote"
    span: Span | None = None           # where the quoted words are
    # the description the text gives the speaker by when ``speaker`` was resolved from it
    speaker_as_written: str | None = None   # "the Florida senator"


@dataclass(frozen=True)
class Number:
    text: str                          # "past 40,000"
    value: float | None
    context: str                       # "Palestinian death toll in Gaza"
    sentence: str
    reason: str = ""                   # why it is held back (not published); "" for a key number


@dataclass(frozen=True)
class Extraction:
    """Everything the extractors found in one article."""
    entities: tuple[Entity, ...] = ()
    quotes: tuple[Quote, ...] = ()
    numbers: tuple[Number, ...] = ()
    numbers_held_back: tuple[Number, ...] = ()   # figures not published, each with its reason
    numbers_held_back_more: int = 0              # how many more were held back than the record lists
    summary: tuple[str, ...] = ()
    topics: tuple[str, ...] = ()
    topic_evidence: dict = field(default_factory=dict)   # for the corpus-level choice (topics_corpus.py)
    warnings: tuple[str, ...] = field(default_factory=tuple)
    headline: str | None = None        # made from the first sentence when the input states none

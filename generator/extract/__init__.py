"""Extraction: one parsed article in, one record (per article.schema.json) out.

spaCy parses ``headline + "\\n\\n" + dateline + "\\n\\n" + body`` (see :func:`nlp_text`); extractors read the Doc and return frozen records;
nothing here keeps a Doc. The record is what `python -m generator extract` prints and the site ships.
"""
from __future__ import annotations

from ..types import Extraction, RawArticle
from .entities import entities as find_entities
from .entities.state_city import state_or_city_cues
from .lead import first_sentence_headline, lead_sentences, without_wire_markup
from .numbers import HELD_BACK_MAX, judged_numbers
from .quotes import direct_quotations
from .sentences import index_sentences
from .spacing import restore_spaces
from .summary import summary as find_summary
from .topics import find_topics


def nlp_text(raw: RawArticle) -> tuple[str, int]:
    """The text spaCy parses for ``raw`` and the offset where its body starts: the headline, the
    dateline's place and the body, one paragraph each (headline and dateline when stated).

    The dateline's place is a place the story names ("NEW YORK, March 12 -": New York), as
    CoNLL-2003's annotators tagged it (their "LONDON 1996-08-30" lines); the reader takes it off
    the lede, so without its own paragraph the recognizer never saw it. Spaces the body lost between
    glued pieces ("APOE.But", "12:00 GMTRichard Smith") are put back (:mod:`.spacing`).
    """
    body = restore_spaces(raw.body)
    head = [part for part in (raw.headline, raw.dateline) if part]
    if not head:
        return body, 0
    opening = "\n\n".join(head) + "\n\n"
    return opening + body, len(opening)


def extract(raw: RawArticle, doc, *, body_start: int, summary_sentences: int = 3,
            numbers: int = 8, aliases=None, head=None, named=None) -> Extraction:
    """Run every extractor over one parsed article.

    Args:
        raw: what the reader found.
        doc: spaCy Doc of ``nlp_text(raw)[0]``.
        body_start: where the body starts in ``doc.text``.
        head, named: for a long text (generator/parse.py), Docs of its beginning, same offsets:
            ``head`` the part parsed in full (headline, summary, numbers, topics), ``named`` the
            part read for named entities (actors). Quotations come from all of ``doc``. Both are
            ``doc`` when not given.
    """
    head = doc if head is None else head
    named = doc if named is None else named
    for part in {id(d): d for d in (doc, head, named)}.values():
        index_sentences(part)
    headline = None if raw.headline else first_sentence_headline(head, body_start=body_start)
    if not reads_as_english_news(raw):
        # Another language, or not news: metadata and a lead summary, nothing the extractors would misread.
        return Extraction(summary=lead_sentences(head, body_start=body_start, sentences=summary_sentences),
                          headline=headline)
    dateline = (body_start - 2 - len(raw.dateline), body_start - 2) if raw.dateline else None   # see nlp_text
    ents = state_or_city_cues(named, find_entities(named, body_start=body_start, aliases=aliases,
                                                   dateline_at=dateline))
    quotes = direct_quotations(doc, ents, body_start=body_start)
    # a page's keywords (HTML meta) are the publisher's tags: weight for key phrases, not the user's tags
    page_tags = dict(raw.provenance).get("tags") == "html meta"
    topics = find_topics(head, ents, body_start=body_start, tags=() if page_tags else raw.tags,
                         keywords=raw.tags if page_tags else ())
    kept, held = judged_numbers(head, body_start=body_start, limit=numbers, held_max=None)
    return Extraction(
        entities=ents,
        quotes=quotes,
        numbers=kept,
        numbers_held_back=held[:HELD_BACK_MAX],
        numbers_held_back_more=max(0, len(held) - HELD_BACK_MAX),
        summary=find_summary(head, body_start=body_start, sentences=summary_sentences),
        topics=topics.topics,
        topic_evidence=topics.evidence,
        headline=headline,
    )


def reads_as_english_news(raw: RawArticle) -> bool:
    """Whether the extractors read ``raw``: English (or too short to tell) and news."""
    return raw.language in (None, "en") and raw.news


MISSING = ("no headline found", "no byline found", "no dateline found", "no publication date stated")


def missing_metadata(raw: RawArticle, found: Extraction | None = None) -> list[str]:
    """Warnings for the metadata the input does not state, in words a reader understands
    (a headline made from the first sentence counts as found)."""
    stated = (raw.headline or (found.headline if found else None), raw.authors, raw.dateline, raw.published)
    return [message for message, value in zip(MISSING, stated) if not value]


def to_record(raw: RawArticle, found: Extraction, *, article_id: str) -> dict:
    """The JSON record of one article (fields of article.schema.json, plus `format` and `provenance`).

    ``language`` and ``news`` say whether the extractors read the text; when they did not, the
    record holds metadata and a lead summary and no entities, quotes, numbers or topics.
    """
    # Reader warnings name the file for the console; in the record the file is already known.
    own = [w.removeprefix(f"{raw.source}: ") for w in (*raw.warnings, *found.warnings)]
    missing = [m for m in missing_metadata(raw, found) if not any(w.startswith(m) for w in own)]
    provenance = dict(raw.provenance)
    if not raw.headline and found.headline:
        provenance["headline"] = "first sentence"
    warnings = list(dict.fromkeys([*own, *missing]))
    speakers = {q.speaker for q in found.quotes if q.speaker}
    return {
        "id": article_id,
        "source": raw.source,
        "format": raw.format,
        "headline": raw.headline or found.headline,
        "description": raw.description,
        "outlet": raw.outlet,
        "url": raw.url,
        "authors": [{"name": a.name, "role": a.role} for a in raw.authors],
        "contributors": [{"name": c.name, "place": c.place} for c in raw.contributors],
        "dateline": raw.dateline,
        "published": raw.published,
        "summary": [without_wire_markup(s) for s in found.summary],   # words verbatim, no ticker markup
        "entities": [
            {"name": e.name, "kind": e.kind, "aliases": list(e.aliases), "titles": list(e.titles),
             "mentions": max(1, len(e.mentions)),
             "evidence": [*e.evidence, *(["quoted"] if e.name in speakers else [])]}
            for e in found.entities if not e.not_actor
        ],
        # works and awards the model read as actors (entities.works): kept, with why, but no actor
        "not_actors": [{"name": e.name, "reason": e.not_actor, "mentions": max(1, len(e.mentions))}
                       for e in found.entities if e.not_actor],
        "quotes": [{"text": q.text, "speaker": q.speaker, "cue": q.cue,
                    **({"speaker_as_written": q.speaker_as_written} if q.speaker_as_written else {})}
                   for q in found.quotes],
        "numbers": [{"text": n.text, "value": n.value, "context": n.context, "sentence": n.sentence}
                    for n in found.numbers],
        "numbers_held_back": [{"text": n.text, "value": n.value, "context": n.context, "sentence": n.sentence,
                               "reason": n.reason} for n in found.numbers_held_back],
        **({"numbers_held_back_more": found.numbers_held_back_more} if found.numbers_held_back_more else {}),
        "topics": list(found.topics),
        **({"topic_evidence": found.topic_evidence} if found.topic_evidence else {}),
        "provenance": dict(sorted(provenance.items())),
        "warnings": warnings,
        "language": raw.language,
        "news": raw.news,
    }

"""What an article is about, as a few topic names shared across articles.

Three kinds of topic, in this order:

1. The user's own tags from front matter, kept as written, except that a tag written like a
   taxonomy topic but for case and punctuation ("diplomacy", "middle-east") is that topic, under
   the taxonomy's name ("Diplomacy", "Middle East"), so the two never make two topic pages.
2. One to three topics of a small two-level taxonomy (``taxonomy.py``, ``data/topics.yml``).
3. Up to three key phrases that are subjects of the story ("Cease-fire", "Interest rate"):
   candidates found here (``phrases.py``), chosen across the corpus (``generator/topics_corpus.py``:
   a key phrase must be a subject of two or more articles, not a word the corpus uses of people or
   of everything, and spellings and plurals make one topic).

A page's own keywords (HTML meta) are the publisher's tags, not the user's: they only add weight
to a phrase the text itself has. Names are shown in sentence case ("Science and technology",
"Cease-fire"), the same everywhere.
"""
from __future__ import annotations

import re
from dataclasses import dataclass, field

from ..sentences import text_of
from .phrases import candidates
from .taxonomy import Taxon, Taxonomy, taxonomy, taxonomy_topics
from .words import article_words, key, spellings

__all__ = ["Taxon", "Taxonomy", "TopicFinding", "find_topics", "taxonomy", "topic_name", "topics",
           "MAX_PHRASES"]

MAX_PHRASES = 3


def topic_name(text: str) -> str:
    """The shared display name of a topic: sentence case, acronyms kept, one spelling for compounds.

    Taxonomy names keep their own spelling ("middle east" -> "Middle East").

    >>> topic_name("ceasefire")
    'Cease-fire'
    """
    words = text.replace("’", "'").split()
    norm = " ".join(w if (w.isupper() and len(w) > 1) else w.lower() for w in words)
    norm = re.sub(r"\s*-\s*", "-", norm).strip(" .,;:!?\"'")
    known = taxonomy().names.get(key(norm))
    if known:
        return known
    norm = spellings().get(key(norm), norm)
    return norm[:1].upper() + norm[1:]


def tag_name(tag: str) -> str:
    """A user's tag as written, with its white space tidied (".NET", "iPhone", "COVID-19" stay).

    A tag of a taxonomy topic's letters (compared by :func:`.words.key`: case and punctuation
    aside) takes the taxonomy's name: "diplomacy" -> "Diplomacy", "middle-east" -> "Middle East".
    """
    tidy = " ".join(str(tag).split())
    return taxonomy().names.get(key(tidy), tidy) if tidy else tidy


def choose_phrases(ranked, fixed: list[str], *, limit: int = MAX_PHRASES, name_of=None) -> list[str]:
    """Up to ``limit`` display names from ranked phrases: none already in ``fixed``, none sharing a
    word with one chosen before ("price" beside "oil price" adds little).

    Args:
        name_of: phrase -> display name; :func:`topic_name` when None.
    """
    keys = {key(f) for f in fixed}
    chosen: list[str] = []
    words_used: list[set] = []
    for phrase in ranked:
        name = (name_of or topic_name)(phrase)
        if key(name) in keys or any(set(phrase.lower().split()) & used for used in words_used):
            continue
        chosen.append(name)
        keys.add(key(name))
        words_used.append(set(phrase.lower().split()))
        if len(chosen) >= limit:
            break
    return chosen


@dataclass(frozen=True)
class TopicFinding:
    """One article's topics and what the corpus step needs to choose its key phrases.

    ``topics``: tags, taxonomy topics, then the article's own best key phrases (before the corpus
    step). ``evidence``: ``fixed`` (how many leading topics are tags and taxonomy topics, always
    kept), ``phrases`` ([phrase, weight] candidates, best first), ``mentioned`` (every phrase the
    article uses) and ``roles`` (nouns it uses of people), phrases in lowercase.
    """
    topics: tuple[str, ...]
    evidence: dict = field(default_factory=dict)


def find_topics(doc, entities, *, body_start: int = 0, tags=(), keywords=()) -> TopicFinding:
    """Topics and key-phrase evidence for a parsed article.

    Args:
        doc: spaCy Doc of ``headline + "\\n\\n" + body``.
        entities: the article's actors (their words are not key phrases).
        body_start: where the body starts; words before it are the headline.
        tags: the user's front-matter tags, kept first and as written (:func:`tag_name`).
        keywords: the page's own keywords (HTML meta), weight for phrases the text has, never topics.
    """
    skip: set[int] = set()
    people: set[int] = set()
    text = text_of(doc)
    for entity in entities:
        for span in entity.mentions:
            if 0 <= span.start < span.end <= len(text):
                found = doc.char_span(span.start, span.end, alignment_mode="expand")
                tokens = range(found.start, found.end) if found is not None else ()
                skip.update(tokens)
                if entity.kind == "person":
                    people.update(tokens)
    words = article_words(doc, skip, body_start, people)
    fixed = list(dict.fromkeys(t for t in (tag_name(tag) for tag in tags) if t))
    keys = {key(t) for t in fixed}
    found_taxonomy = taxonomy_topics(words)
    fixed += [t for t in found_taxonomy if key(t) not in keys]
    found = candidates(words, keywords=keywords)
    ranked = [phrase for phrase, _ in found.ranked]
    evidence = {"fixed": len(fixed), "phrases": [[p, w] for p, w in found.ranked],
                "mentioned": sorted(found.mentioned), "roles": sorted(found.roles)}
    return TopicFinding(tuple(fixed + choose_phrases(ranked, fixed)), evidence)


def topics(doc, entities, *, body_start: int = 0, tags=(), keywords=()) -> tuple[str, ...]:
    """Topic names for one parsed article read alone: its tags, then taxonomy topics, then key phrases.

    Returns:
        Display names (page slugs are made elsewhere), tags first, then the taxonomy's (broad
        before narrow), then key phrases, most used first; no name twice. A site chooses its key
        phrases across all its articles instead (``generator/topics_corpus.py``).
    """
    return find_topics(doc, entities, body_start=body_start, tags=tags, keywords=keywords).topics

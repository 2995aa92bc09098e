"""What an article is about, as a few topic names shared across articles.

Topics are nouns and noun compounds, lemmatised and lowercased ("hostages" -> "hostage"), with one
spelling for words news writes closed, hyphenated or open ("ceasefire", "cease fire" ->
"cease-fire", from ``data/topic_spellings.txt``). They are ranked by how often the article uses them,
with a bonus for the headline; words too general for a topic (``data/topic_stopwords.txt``) and the
article's actors are left out. Front-matter tags come first, normalised the same way.
"""
from __future__ import annotations

import functools
import re
from collections import Counter

from ..data import DATA_DIR, read_entries

MAX_TOPICS = 6
MIN_TOPICS = 3
HEADLINE_BONUS = 2


@functools.lru_cache(maxsize=1)
def _spellings() -> dict:
    """key (letters only) -> the one spelling used as topic name."""
    table = {}
    for entry in read_entries(DATA_DIR / "topic_spellings.txt"):
        for form in entry:
            table[_key(form)] = entry[0]
    return table


@functools.lru_cache(maxsize=1)
def _stopwords() -> frozenset:
    return frozenset(w for entry in read_entries(DATA_DIR / "topic_stopwords.txt")
                     for part in entry for w in part.split())


def _key(text: str) -> str:
    return re.sub(r"[^a-z0-9]", "", text.lower())


def topic_name(text: str) -> str:
    """The shared name of a topic: lowercase (acronyms kept), one spelling for compound variants.

    >>> topic_name("Ceasefire")
    'cease-fire'
    """
    words = text.replace("’", "'").split()
    norm = " ".join(w if (w.isupper() and len(w) > 1) else w.lower() for w in words)
    norm = re.sub(r"\s*-\s*", "-", norm).strip(" .,;:!?\"'")
    return _spellings().get(_key(norm), norm)


def _candidates(doc, skip: set[int]):
    """(token index, name) of every topic word: hyphen compounds, known open compounds, nouns."""
    i = 0
    spell = _spellings()
    while i < len(doc):
        token = doc[i]
        if i in skip or not token.is_alpha:
            i += 1
            continue
        # hyphenated compounds written without spaces: cease-fire, know-how
        j = i
        parts = [token.lower_]
        while j + 2 < len(doc) and doc[j + 1].text == "-" and not doc[j].whitespace_ \
                and not doc[j + 1].whitespace_ and doc[j + 2].is_alpha:
            parts.append(doc[j + 2].lower_)
            j += 2
        if j > i:
            if doc[j].pos_ in ("NOUN", "PROPN") or _key("".join(parts)) in spell:
                name = "-".join(parts[:-1] + [doc[j].lemma_.lower()])
                yield i, topic_name(name)
            i = j + 1
            continue
        # open compounds the spelling table knows: "cease fire"
        if i + 1 < len(doc) and doc[i + 1].is_alpha and _key(token.text + doc[i + 1].text) in spell:
            yield i, spell[_key(token.text + doc[i + 1].text)]
            i += 2
            continue
        if token.pos_ == "NOUN" and not token.is_stop and len(token.text) > 2:
            lemma = token.lemma_.lower()
            if lemma not in _stopwords() and token.lower_ not in _stopwords():
                yield i, topic_name(lemma)
        i += 1


def topics(doc, entities, *, body_start: int = 0, tags: tuple[str, ...] = ()) -> tuple[str, ...]:
    """Three to six topic names for a parsed article, front-matter tags first.

    Args:
        doc: spaCy Doc of ``headline + "\\n\\n" + body``.
        entities: the article's actors (their words are not topics).
        body_start: where the body starts; words before it are the headline.
        tags: front-matter tags, kept first and normalised like the rest.
    Returns:
        Topic names (display names; page slugs are made elsewhere), most important first.
    """
    skip = set()
    for entity in entities:
        for span in entity.mentions:
            skip.update(t.i for t in doc.char_span(span.start, span.end, alignment_mode="expand") or ())
    counts: Counter = Counter()
    first: dict = {}
    in_headline: set = set()
    for i, name in _candidates(doc, skip):
        counts[name] += 1
        first.setdefault(name, i)
        if doc[i].idx < body_start:
            in_headline.add(name)
    score = {n: c + (HEADLINE_BONUS if n in in_headline else 0) for n, c in counts.items()}
    ranked = sorted(score, key=lambda n: (-score[n], first[n]))
    chosen = list(dict.fromkeys(t for t in (topic_name(tag) for tag in tags) if t))
    for name in ranked:
        if len(chosen) >= MAX_TOPICS:
            break
        if name in chosen:
            continue
        # beyond the minimum, a topic must be used more than once
        if len(chosen) >= MIN_TOPICS and score[name] < 2:
            break
        chosen.append(name)
    return tuple(chosen)

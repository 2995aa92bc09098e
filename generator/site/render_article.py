"""An article's page, laid out as a news reader expects.

Headline, dek, one line of byline · outlet · dateline · date, the summary first, a link to the
original (http/https only), the story it belongs to, key numbers, quotes in story order with one
entry per speaker (each quotation its own paragraph; each quotation whose speaker is not named its
own entry, and a phrase in marks with no speaker none), who is in it (inline, by kind), topics,
related articles, and the source file relative to the seeds folder. The front matter carries the data the theme override turns into
JSON-LD ``NewsArticle`` and Open Graph tags (escaped there: article text is data, never markup).
"""
from __future__ import annotations

import re
from collections import Counter
from typing import Sequence

from .index import KINDS, Actor, Article, SiteIndex, published, sort_name, speaker_key
from .markup import (NOT_SEARCHED, article_line, actor_ref, byline, clean,
                     external_link, front_matter, lead, link, nice_date, plural, rel, safe_url, text, topic_ref)

KIND_PLURALS = {"person": "People", "organization": "Organisations", "place": "Places", "group": "Groups"}
RELATED_SHOWN = 5
# An actor named in more articles than this is too common to make two articles related on its own.
RELATED_COMMON = 200
# A quotation of this many words or fewer that is no sentence ("honestly and instinctively", "Anybody
# but Trump") is a term, a slogan or a title in marks; one that opens in lower case ("as swiftly as
# possible") is a fragment woven into the writer's sentence. With no speaker, neither is shown.
PHRASE_MAX_WORDS = 5
_SENTENCE = re.compile(r"^\W*[A-Z0-9].*[.!?…][\W]*$", re.S)


def is_phrase(words: str) -> bool:
    """Whether quoted ``words`` are a phrase in marks (a term, a slogan, a fragment of the writer's
    sentence) rather than a sentence someone spoke."""
    words = words.strip()
    first = re.search(r"[^\W_]", words)
    if first and first.group().islower():
        return True
    return len(re.findall(r"\w+", words)) <= PHRASE_MAX_WORDS and not _SENTENCE.match(words)


def repeated_in(description: str, sentences) -> bool:
    """Whether a dek says again what a summary sentence says (wire copy often opens with its dek)."""
    dek = _folded_words(description)
    return bool(dek) and any(dek in _folded_words(sentence) for sentence in sentences)


def _folded_words(value: str) -> str:
    return " ".join(re.findall(r"\w+", value.lower()))


def speaker_actor(index: SiteIndex, record: dict, speaker: str) -> Actor | None:
    """The published actor a quote's speaker names in this article (:func:`.index.speaker_key`)."""
    key = speaker_key(record, speaker, index.actors)
    return index.actors[key] if key else None


def quote_entries(index: SiteIndex, record: dict) -> list[tuple[str | None, Actor | None, list[str], list[str]]]:
    """(speaker, actor, quotes, as written) in story order: one entry per speaker, at their first quote.

    Two spellings of one speaker ("Clinton", "Hillary Clinton") make one entry; quotes whose speaker
    is not named come last, one entry each (nothing says they are one person's), but for phrases in
    marks (:func:`is_phrase`), which are left out. "As written" lists the descriptions the article
    gives the speaker by where the speaker was resolved from one ("the Florida senator"), each once.
    """
    entries: dict[object, tuple[str | None, Actor | None, list[str], list[str]]] = {}
    unnamed: list[str] = []
    for quote in record.get("quotes") or ():
        words = quote.get("text")
        if not words or not str(words).strip():
            continue
        speaker = (quote.get("speaker") or "").strip() or None
        if speaker is None:
            if not is_phrase(str(words)):
                unnamed.append(words)
            continue
        actor = speaker_actor(index, record, speaker)
        key = actor.key if actor else ("", speaker)
        name = actor.name if actor else speaker
        entry = entries.setdefault(key, (name, actor, [], []))
        entry[2].append(words)
        written = " ".join(str(quote.get("speaker_as_written") or "").split())
        if written.split(" ", 1)[0] in ("The", "A", "An", "This", "That"):
            written = written[0].lower() + written[1:]     # it opened its sentence: "The Florida senator"
        if written and _folded_words(written) not in {_folded_words(w) for w in (name, speaker, *entry[3])}:
            entry[3].append(written)
    return list(entries.values()) + [(None, None, [words], []) for words in unnamed]


def _titles(record: dict, actor: Actor) -> list[str]:
    titles = []
    for entity in record.get("entities") or ():
        if index_key(entity) == actor.key:
            titles += [t for t in entity.get("titles") or () if t]
    return list(dict.fromkeys(titles))


def index_key(entity: dict) -> tuple[str, str]:
    return (entity.get("kind"), (entity.get("name") or "").strip())


def who_is_in_it(index: SiteIndex, article: Article) -> list[str]:
    """One paragraph per kind: the actors, most mentioned first, with the titles used here."""
    record = article.record
    mentions: Counter = Counter()
    for entity in record.get("entities") or ():
        if published(entity) and index.actor_of(*index_key(entity)) is not None:   # not held back here
            mentions[index_key(entity)] += int(entity.get("mentions") or 1)
    out = []
    for kind in KINDS:
        keys = sorted((k for k in mentions if k[0] == kind), key=lambda k: (-mentions[k], sort_name(k[1])))
        if not keys:
            continue
        names = []
        for key in keys:
            actor = index.actors[key]
            titles = _titles(record, actor)
            names.append(actor_ref(actor, article.path) + (f" ({', '.join(text(t) for t in titles)})" if titles else ""))
        out += [f"**{KIND_PLURALS[kind]}:** " + " · ".join(names), ""]
    return out


def related_articles(index: SiteIndex, article: Article, limit: int = RELATED_SHOWN) -> list[Article]:
    """Other articles sharing the most actors and topics with this one (a topic counts double)."""
    score: Counter = Counter()
    record = article.record
    for entity in record.get("entities") or ():
        actor = index.actor_of(*index_key(entity)) if published(entity) else None
        if actor is None or len(actor.appearances) > RELATED_COMMON:
            continue
        for appearance in actor.appearances:
            score[appearance.article] += 1
    for name in dict.fromkeys(t.strip() for t in record.get("topics") or () if t and t.strip()):
        topic = index.topics.get(name)
        if topic is not None and len(topic.articles) <= RELATED_COMMON:
            for other in topic.articles:
                score[other] += 2
    score.pop(article.id, None)
    ranked = sorted((a for a, s in score.items() if s >= 2), key=lambda a: (-score[a], index.rank[a]))
    return [index.articles[a] for a in ranked[:limit]]


def article_meta(article: Article, url: str | None) -> dict:
    """The data for JSON-LD NewsArticle and Open Graph (raw strings; the template escapes them)."""
    record = article.record
    # a page that does not read as news is declared a plain Article, so that feeds and search engines
    # reading the page data do not take a shopping list or a README for a news report
    kind = "Article" if record.get("news") is False else "NewsArticle"
    jsonld = {"@context": "https://schema.org", "@type": kind, "headline": clean(article.title)}
    summary = " ".join(clean(s) for s in record.get("summary") or () if s and s.strip())
    if summary:
        jsonld["description"] = summary
    if article.date:
        jsonld["datePublished"] = article.date
    authors = [{"@type": "Person", "name": clean(a["name"])} for a in record.get("authors") or () if a.get("name")]
    if authors:
        jsonld["author"] = authors
    if record.get("outlet"):
        jsonld["publisher"] = {"@type": "Organization", "name": clean(record["outlet"])}
    if record.get("dateline"):
        jsonld["dateline"] = clean(record["dateline"])
    if url:
        jsonld["isBasedOn"] = url
    topics = [clean(t) for t in record.get("topics") or () if t and t.strip()]
    if topics:
        jsonld["keywords"] = topics
    og = {"type": "article", "title": clean(article.title), "description": clean(lead(record))}
    if article.date:
        og["published_time"] = article.date
    return {"jsonld": jsonld, "og": og}


def render_article(index: SiteIndex, article: Article) -> str:
    """An article's page; two search sections: its header with the summary, and who is in it (names,
    topics, the writers)."""
    record = article.record
    here = article.path
    url = safe_url(record.get("url"))
    out = [front_matter(article.title, meta=article_meta(article, url)) + f"# {text(article.title)}", ""]
    summary = [s for s in record.get("summary") or () if s and s.strip()]
    if record.get("description") and not repeated_in(record["description"], summary):
        # out of search, so that a result's snippet is the summary
        out += [text(record["description"]), "{: .news-dek data-search-exclude }", ""]
    # only what the article states: the Quality page lists what is missing, and a reader's line
    # of "not stated" furniture hides the facts that are there
    meta = [byline(record.get("authors") or ()),
            text(record["outlet"]) if record.get("outlet") else "",
            text(record["dateline"]) if record.get("dateline") else "",
            nice_date(article.date) if article.date else ""]
    meta = [part for part in meta if part]
    if meta:
        out += [" · ".join(meta), "{: .news-meta data-search-exclude }", ""]
    if record.get("news") is False:
        out += ["This text does not read as a news report: only its details and first sentences are shown.",
                "{: .news-note data-search-exclude }", ""]
    elif record.get("language") and record.get("language") != "en":
        out += [f"This article is not in English (language: {text(record['language'])}): only its details "
                "and first sentences are shown.", "{: .news-note data-search-exclude }", ""]
    if summary:
        out += [" ".join(text(s) for s in summary), "{: .news-summary }", ""]
    links = []
    if url:
        links.append(external_link("Read the original", url))
    story = index.stories.get(index.story_of.get(article.id, ""))
    if story is not None:
        links.append(f"Part of the story {link(story.title, here, story.path)} "
                     f"({plural(len(story.articles), 'article')}, {plural(len(story.outlets), 'outlet')})")
    if links:
        out += [" · ".join(links), "{: .news-links data-search-exclude }", ""]
    numbers = [n for n in record.get("numbers") or () if n.get("text")]
    if numbers:
        out += ["## Key numbers" + NOT_SEARCHED, ""]
        out += [f"- **{text(n['text'])}** — {text(n.get('context') or 'what it counts is not stated')}" for n in numbers]
        out.append("")
    entries = quote_entries(index, record)
    if entries:
        out += ["## Quotes" + NOT_SEARCHED, ""]     # the speakers are in "In this article"
        for name, actor, quotes, written in entries:
            for q in quotes:       # one paragraph per quotation: joined, they read as one passage
                out += [f"> “{text(q)}”", ">"]
            if name is None:
                out.append("> — *speaker not named*")
            else:
                titles = _titles(record, actor) if actor else []
                who = actor_ref(actor, here) if actor else text(name)
                # the words the article itself gives, beside the person they were read as
                as_written = (" (the article says " + ", ".join(f"“{text(w)}”" for w in written) + ")"
                              if written else "")
                out.append(f"> — **{who}**" + (f", {text(titles[0])}" if titles else "") + as_written)
            # a blank line alone would join the next speaker's quotes into this blockquote
            out += ["", "<!-- next speaker -->", ""]
    who = who_is_in_it(index, article)
    topics = [index.topics[t.strip()] for t in dict.fromkeys(record.get("topics") or ())
              if t and t.strip() in index.topics]
    if topics:
        who += ["**Topics:** " + " · ".join(topic_ref(t, here) for t in topics), ""]
    writers = list(dict.fromkeys(text(a["name"]) for a in [*(record.get("authors") or ()),
                                                           *(record.get("contributors") or ())] if a.get("name")))
    if writers:
        # the byline above stays out of search (the header's snippet is the summary); here a reader's
        # search for a reporter finds the articles they wrote or contributed to ("Reporting by ...")
        who += ["**Reported by:** " + " · ".join(writers), ""]
    if who:
        out += ["## In this article", ""] + who
    related = related_articles(index, article)
    if related:
        out += ["## Related articles" + NOT_SEARCHED, ""] + [article_line(a, here) for a in related] + [""]
    out += source_section(record, here)
    return "\n".join(out)


def source_section(record: dict, here: str) -> list[str]:
    """The last section, out of search: contributors, the source files, the data, the warnings."""
    out = ["## Source" + NOT_SEARCHED, ""]
    contributors = [c for c in record.get("contributors") or () if c.get("name")]
    if contributors:
        out.append("- Contributors: " + "; ".join(
            text(c["name"]) + (f" in {text(c['place'])}" if c.get("place") else "") for c in contributors))
    sources: Sequence[str] = [s for s in record.get("sources") or () if s] or [record.get("source") or ""]
    out.append(("- Files: " if len(sources) > 1 else "- File: ") + "; ".join(text(s) for s in sources))
    out.append("- Data: the whole record is in " + f"[articles.jsonl]({rel(here, 'data/articles.jsonl')})")
    out.append("")
    warnings = [w for w in record.get("warnings") or () if w]
    if warnings:
        out += ['!!! warning "What could not be read or found"', ""]
        out += [f"    - {text(w)}" for w in warnings] + [""]
    return out

"""Pages that follow something through time: an actor, a topic, a story.

An actor's page says who they are (the titles used, newest first), then a timeline of their articles
by month, their quotes by date and the actors they appear with, ranked by shared articles. A topic's
page gives its main actors and a timeline with each article's lead sentence. A story's page gives its
dated timeline and the outlets that covered it.
"""
from __future__ import annotations

from collections import Counter
from typing import Sequence

from .index import KIND_LABELS, Actor, SiteIndex, Topic, published, sort_name
from .markup import (NOT_SEARCHED, NOT_SEARCHED_PARAGRAPH, Page, actor_ref, by_month, chunks,
                     front_matter, lead, link, nice_date, page_path, pager, plural, text)
from .stories import Story

ACTOR_ARTICLES_PER_PAGE = 100
ACTOR_QUOTES_PER_PAGE = 50
TOPIC_ARTICLES_PER_PAGE = 200
MAIN_ACTORS = 12
# Search ranks these pages above the articles that name them: a search for a name finds its page first.
ACTOR_BOOST = 10
TOPIC_BOOST = 5


def _span(index: SiteIndex, ids: Sequence[str]) -> str:
    """When the articles ran: "2 March 1987 – 7 April 1987"; with ", 3 undated" when some do not say,
    so the range is not read as covering every article; "" when none does."""
    dates = sorted(index.articles[a].date for a in ids if index.articles[a].date)
    if not dates:
        return ""
    undated = len(set(ids)) - len(dates)
    span = nice_date(dates[0]) if dates[0] == dates[-1] else f"{nice_date(dates[0])} – {nice_date(dates[-1])}"
    return f"{span}, {undated} undated" if undated else span


def timeline(index: SiteIndex, ids: Sequence[str], here: str, *, leads: bool = False,
             notes: dict[str, str] | None = None) -> list[str]:
    """Articles under a heading per month, in the order given; the undated ones once, at the end,
    under one heading and without a date of their own (no "Undated" on every line)."""
    out: list[str] = []
    ids = [a for a in ids if index.articles[a].date] + [a for a in ids if not index.articles[a].date]
    for heading, article_id in by_month(ids, lambda a: index.articles[a].date):
        article = index.articles[article_id]
        if heading:
            out += ["", f"### {heading}" + NOT_SEARCHED, ""]
        when = f"**{nice_date(article.date)}** · " if article.date else ""
        line = f"- {when}{link(article.title, here, article.path)}"
        if article.record.get("outlet"):
            line += " — " + text(article.record["outlet"])
        if notes and notes.get(article_id):
            line += notes[article_id]
        out.append(line)
        if leads and lead(article.record):
            out.append(f"    <br>{text(lead(article.record))}")
    return out + [""]


def titles_newest_first(index: SiteIndex, actor: Actor) -> list[tuple[str, str | None]]:
    """(title, date last used) for each title, the most recently used first."""
    seen: dict[str, str | None] = {}
    for appearance in actor.appearances:            # newest first
        for title in appearance.titles:
            seen.setdefault(title, index.articles[appearance.article].date)
    return list(seen.items())


def render_actor_pages(index: SiteIndex, actor: Actor) -> list[Page]:
    """An actor's pages; search sees only the first page's name and other spellings."""
    base = actor.path[:-3]
    article_pages = chunks(actor.appearances, ACTOR_ARTICLES_PER_PAGE)
    quotes = sorted(actor.quotes, key=lambda q: index.rank[q.article])      # newest first
    quote_pages = chunks(quotes, ACTOR_QUOTES_PER_PAGE)
    total = max(len(article_pages), len(quote_pages))
    pages = []
    for number in range(1, total + 1):
        here = page_path(base, number)
        suffix = f" (page {number})" if number > 1 else ""
        out = [front_matter(actor.name + suffix, search=number == 1, boost=ACTOR_BOOST)
               + f"# {text(actor.name)}{suffix}", ""]
        summary = [KIND_LABELS[actor.kind], plural(len(actor.appearances), "article"),
                   plural(len(actor.quotes), "quote")]
        span = _span(index, [a.article for a in actor.appearances])
        if span:
            summary.append(span)
        out += [" · ".join(summary), "{: .news-meta data-search-exclude }", ""]
        if number == 1:
            # a title is a person's post: one the recogniser found beside a country or a firm's
            # name ("Titles used: Chief" on the United Kingdom's page) is no fact about it
            titles = titles_newest_first(index, actor) if actor.kind == "person" else []
            if titles:
                out += ["**Titles used, newest first:** " + "; ".join(
                    text(t) + (f" ({nice_date(d)})" if d else "") for t, d in titles) + NOT_SEARCHED_PARAGRAPH, ""]
            if actor.aliases:
                aliases = sorted(actor.aliases.items(), key=lambda kv: (-kv[1], kv[0]))
                out += ["**Also written as:** " + ", ".join(text(a) for a, _ in aliases), ""]
        out += [pager(base, number, total)] if total > 1 else []
        shown = article_pages[number - 1] if number <= len(article_pages) else ()
        if shown:
            out += ["## Timeline" + NOT_SEARCHED, ""]
            if len(actor.appearances) > len(shown):
                first = (number - 1) * ACTOR_ARTICLES_PER_PAGE + 1
                out += [f"Newest first: {first}–{first + len(shown) - 1} of {len(actor.appearances)}.", ""]
            notes = {a.article: " — as " + ", ".join(text(t) for t in a.titles) for a in shown if a.titles}
            out += timeline(index, [a.article for a in shown], here, notes=notes)
        part = quote_pages[number - 1] if number <= len(quote_pages) else ()
        if part:
            out += ["## Quotes" + NOT_SEARCHED, ""]
            for quote in part:
                article = index.articles[quote.article]
                out += [f"> “{text(quote.text)}”", ">",
                        f"> — {nice_date(article.date)}, {link(article.title, here, article.path)}", "",
                        "<!-- next quote -->", ""]
        if number == 1 and actor.related:
            out += ["## Appears most often with" + NOT_SEARCHED, ""]
            for key, count in actor.related:
                other = index.actors[key]
                out.append(f"- {actor_ref(other, here)} ({KIND_LABELS[other.kind].lower()}) — "
                           f"{plural(count, 'article')} together")
            out.append("")
        pages.append(Page(here, "\n".join(out)))
    return pages


def main_actors(index: SiteIndex, ids: Sequence[str], limit: int = MAIN_ACTORS) -> list[tuple[Actor, int]]:
    """The actors named in most of the articles ``ids``, with how many each."""
    counts: Counter = Counter()
    for article_id in ids:
        keys = {(e.get("kind"), (e.get("name") or "").strip()) for e in index.articles[article_id].record.get("entities") or ()
                if published(e)}
        counts.update(k for k in keys if k in index.actors)
    ranked = sorted(counts.items(), key=lambda kv: (-kv[1], sort_name(kv[0][1]), kv[0][0]))
    return [(index.actors[k], n) for k, n in ranked[:limit] if n > 1 or len(ids) == 1]


def render_topic_pages(index: SiteIndex, topic: Topic) -> list[Page]:
    """A topic's pages: main actors, then a timeline of its articles with their lead sentences."""
    base = topic.path[:-3]
    parts = chunks(topic.articles, TOPIC_ARTICLES_PER_PAGE)
    pages = []
    for number, shown in enumerate(parts, 1):
        here = page_path(base, number)
        suffix = f" (page {number})" if number > 1 else ""
        out = [front_matter(topic.name + suffix, search=number == 1, boost=TOPIC_BOOST)
               + f"# {text(topic.name)}{suffix}", "",
               " · ".join(x for x in ("Topic", plural(len(topic.articles), "article"),
                                      _span(index, topic.articles)) if x),
               "{: .news-meta data-search-exclude }", "",
               pager(base, number, len(parts))]
        if number == 1:
            actors = main_actors(index, topic.articles)
            if actors:
                out += ["## Main actors" + NOT_SEARCHED, "",
                        " · ".join(f"{actor_ref(a, here)} ({n})" for a, n in actors), ""]
        out += ["## Timeline" + NOT_SEARCHED, ""] + timeline(index, shown, here, leads=True)
        pages.append(Page(here, "\n".join(out)))
    return pages


def render_story(index: SiteIndex, story: Story) -> Page:
    """A story's page: when it ran, who covered it, its articles in date order with their leads."""
    here = story.path
    span = _span(index, story.articles)
    out = [front_matter(story.title, search=False) + f"# {text(story.title)}", "",
           " · ".join(x for x in ("Story", plural(len(story.articles), "article"),
                                  plural(len(story.outlets), "outlet"), span) if x),
           "{: .news-meta }", ""]
    if story.outlets:
        out += ["**Covered by:** " + " · ".join(text(o) for o in story.outlets), ""]
    actors = main_actors(index, story.articles, limit=8)
    if actors:
        out += ["**Who is in it:** " + " · ".join(actor_ref(a, here) for a, _ in actors), ""]
    out += ["## Timeline", "", "Oldest first.", ""] + timeline(index, story.articles, here, leads=True)
    return Page(here, "\n".join(out))

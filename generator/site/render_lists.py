"""The pages that list: the front page, all articles, all stories, and the actor and topic indexes.

Indexes list people by surname, everything else A–Z, with a letter bar and a filter box (the
site's own ``javascripts/filter.js``: it works from file://), plus a "most mentioned" order. Actors
without a page of their own (contracts 2) are listed as plain text, with a link to the article that
names them.
"""
from __future__ import annotations

import unicodedata
from collections import Counter
from typing import Sequence

from .index import KIND_FOLDERS, KIND_LABELS, KINDS, SiteIndex, published, surname_key
from .markup import (NO_SEARCH, Page, actor_ref, article_line, by_month, chunks, lead, link,
                     month_name, nice_date, page_path, pager, plural, rel, text, topic_ref)

HOME_LATEST = 12
HOME_MOST_MENTIONED = 8
LATELY = 10              # fewest articles the home page's "most mentioned" counts over
ARTICLE_LIST_PER_PAGE = 250
AZ_PER_PAGE = 1000
MOST_MENTIONED = 300
STORIES_PER_PAGE = 200
KIND_PLURALS = {"person": "People", "organization": "Organisations", "place": "Places", "group": "Groups"}
# A placeholder the filter script turns into a labelled search box; without JavaScript it shows nothing.
# The front page: out of search, and without the side navigation and table of contents (Material's `hide`).
HOME_FRONT_MATTER = "---\nsearch:\n  exclude: true\nhide:\n  - navigation\n  - toc\n---\n\n"
FILTER_BOX = '<div class="news-filter" data-filter></div>'


def letter(name: str) -> str:
    """The A–Z group of ``name``: its first letter with accents folded (Émile under E), else "Other"."""
    folded = unicodedata.normalize("NFKD", name.strip()).encode("ascii", "ignore").decode("ascii")[:1].upper()
    return folded if folded.isalpha() else "Other"


def _entry(name_html: str, note: str) -> str:
    return f"- {name_html}" + (f" — {note}" if note else "")


def render_az(base: str, title: str, intro: str, entries: Sequence[tuple[str, str, str, tuple]],
              empty: str, *, views: str = "") -> list[Page]:
    """An A–Z index (paginated) grouped by first letter, with a letter bar and a filter box.

    ``entries`` are (sort name, linked name as Markdown, note, sort key), in any order.
    """
    entries = sorted(entries, key=lambda e: e[3])
    parts = chunks(entries, AZ_PER_PAGE)
    first_page: dict[str, int] = {}
    for number, part in enumerate(parts, 1):
        for name, _, _, _ in part:
            first_page.setdefault(letter(name), number)
    pages = []
    for number, part in enumerate(parts, 1):
        here = page_path(base, number)
        out = [NO_SEARCH + f"# {title}" + (f" (page {number})" if number > 1 else ""), "", intro, ""]
        if views:
            out += [views, ""]
        if not entries:
            out += [empty, ""]
        if len(first_page) > 1:
            jumps = [f"[{x}]({rel(here, page_path(base, n))}#{x.lower()})" for x, n in first_page.items()]
            out += [" ".join(jumps), "{: .news-letters }", ""]
        if entries:
            out += [FILTER_BOX, ""]
        out.append(pager(base, number, len(parts)))
        current = None
        for name, shown, note, _ in part:
            if letter(name) != current:
                current = letter(name)
                out += ["", f"## {current}", ""]
            out.append(_entry(shown, note))
        out.append("")
        pages.append(Page(here, "\n".join(out)))
    return pages


def render_most_mentioned(path: str, title: str, entries: Sequence[tuple[str, str, int]], back: str) -> Page:
    """The entries (name, linked name, articles) with the most articles first."""
    ranked = sorted(entries, key=lambda e: (-e[2], e[0].casefold(), e[0]))[:MOST_MENTIONED]
    out = [NO_SEARCH + f"# {title}: most mentioned", "",
           f"The {plural(len(ranked), 'name')} named in the most articles. " + back, ""]
    if ranked:
        out += [FILTER_BOX, ""]
    out += [f"1. {shown} — {plural(n, 'article')}" for _, shown, n in ranked] or ["None yet."]
    return Page(path, "\n".join(out + [""]))


# How many of a page-less actor's articles its index entry links to.
ARTICLES_OF_PAGELESS = 2


def _mentioned_in(index: SiteIndex, actor, here: str) -> str:
    """An index entry's note: how many articles name ``actor``; for an actor without a page of its own
    (named in one article), that article too, so that no listed name is a dead end that reads as held
    back beside a linked one ("ABC News — 1 article: [its headline]" beside "[ABC] — 4 articles")."""
    ids = [a for a in dict.fromkeys(ap.article for ap in actor.appearances) if a in index.articles]
    return _listed_in(index, len(actor.appearances), ids, actor.has_page, here)


def _listed_in(index: SiteIndex, articles: int, ids: list[str], has_page: bool, here: str) -> str:
    """"N articles", and for an entry without a page of its own the articles ``ids`` themselves
    (linked, newest first, at most ARTICLES_OF_PAGELESS)."""
    count = plural(articles, "article")
    if has_page:
        return count
    ids = sorted((a for a in ids if a in index.articles), key=lambda a: index.rank[a])
    shown = [link(index.articles[a].title, here, index.articles[a].path) for a in ids[:ARTICLES_OF_PAGELESS]]
    return count + (": " + ", ".join(shown) if shown else "")


def render_actor_indexes(index: SiteIndex) -> list[Page]:
    pages = []
    for kind in KINDS:
        folder = KIND_FOLDERS[kind]
        actors = index.actors_of_kind(kind)
        base, top = f"{folder}/index", f"{folder}/most-mentioned.md"
        order = "by surname" if kind == "person" else "A–Z"
        entries = [(surname_key(a.name)[1] if kind == "person" else a.name,
                    actor_ref(a, f"{base}.md"), _mentioned_in(index, a, f"{base}.md"), (i,))
                   for i, a in enumerate(actors)]
        views = f"Listed {order}. Also: [most mentioned first]({rel(base + '.md', top)})."
        pages += render_az(base, KIND_PLURALS[kind],
                           f"{plural(len(actors), KIND_LABELS[kind].lower(), KIND_PLURALS[kind].lower())} "
                           "named in the articles, with how many articles mention each.",
                           entries, f"No {KIND_PLURALS[kind].lower()} yet.", views=views)
        pages.append(render_most_mentioned(top, KIND_PLURALS[kind],
                                           [(a.name, actor_ref(a, top), len(a.appearances)) for a in actors],
                                           f"[All {KIND_PLURALS[kind].lower()}, {order}]({rel(top, base + '.md')})."))
    topics = index.topics_sorted()
    pages += render_az("topics/index", "Topics", f"{plural(len(topics), 'topic')}, A–Z.",
                       [(t.name, topic_ref(t, "topics/index.md"),
                         _listed_in(index, len(t.articles), list(t.articles), t.has_page, "topics/index.md"), (i,))
                        for i, t in enumerate(topics)], "No topics yet.",
                       views=f"Also: [most mentioned first]({rel('topics/index.md', 'topics/most-mentioned.md')}).")
    pages.append(render_most_mentioned("topics/most-mentioned.md", "Topics",
                                       [(t.name, topic_ref(t, "topics/most-mentioned.md"), len(t.articles))
                                        for t in topics], "[All topics, A–Z](index.md)."))
    return pages


def render_article_list(index: SiteIndex) -> list[Page]:
    """All articles newest first, undated last, grouped by year and month, paginated."""
    base = "articles/index"
    parts = chunks(index.order, ARTICLE_LIST_PER_PAGE)
    pages = []
    for number, part in enumerate(parts, 1):
        here = page_path(base, number)
        out = [NO_SEARCH + "# Articles" + (f" (page {number})" if number > 1 else ""), "",
               f"{plural(len(index.order), 'article')}, newest first; articles without a date come last.", "",
               pager(base, number, len(parts))]
        if not index.order:
            out += ["No articles yet.", ""]
        for heading, article_id in by_month(part, lambda a: index.articles[a].date):
            article = index.articles[article_id]
            if heading:
                out += ["", f"## {heading}", ""]
            out.append(article_line(article, here, date=bool(article.date)))
        out.append("")
        pages.append(Page(here, "\n".join(out)))
    return pages


def _story_span(story) -> str:
    if not story.first:
        return "date not stated"
    return nice_date(story.first) if story.first == story.last else f"{nice_date(story.first)} – {nice_date(story.last)}"


def _outlet_count(story) -> str:
    """"2 outlets", or "outlet not stated" when no member names one (never "0 outlets")."""
    return plural(len(story.outlets), "outlet") if story.outlets else "outlet not stated"


def render_story_list(index: SiteIndex) -> list[Page]:
    """Every story, the latest first."""
    stories = sorted(index.stories.values(), key=lambda s: s.slug)
    stories.sort(key=lambda s: s.last or "", reverse=True)          # undated last
    base = "stories/index"
    parts = chunks(stories, STORIES_PER_PAGE)
    pages = []
    for number, part in enumerate(parts, 1):
        here = page_path(base, number)
        out = [NO_SEARCH + "# Stories" + (f" (page {number})" if number > 1 else ""), "",
               f"{plural(len(stories), 'story', 'stories')}: articles about the same event, grouped, the latest first.", "",
               pager(base, number, len(parts))]
        out += [f"- {_story_span(s)} · {link(s.title, here, s.path)} — {plural(len(s.articles), 'article')}, "
                f"{_outlet_count(s)}" for s in part] or ["No stories yet: no two articles are about the same event."]
        pages.append(Page(here, "\n".join(out + [""])))
    return pages


def latest_items(index: SiteIndex, limit: int = HOME_LATEST) -> list[tuple[object, list[str]]]:
    """The latest stories and lone articles: (story or None, article ids newest first)."""
    items, seen = [], set()
    for article_id in index.order:
        if index.articles[article_id].record.get("news") is False:
            continue                 # a code page or a shopping list is no story of the day
        slug = index.story_of.get(article_id)
        if slug in seen:
            continue
        if slug:
            seen.add(slug)
            story = index.stories[slug]
            members = sorted(story.articles, key=index.rank.__getitem__)
            items.append((story, members))
        else:
            items.append((None, [article_id]))
        if len(items) >= limit:
            break
    return items


def render_home(index: SiteIndex, site_name: str) -> str:
    here = "index.md"
    counts = [f"[{plural(len(index.articles), 'article')}]({rel(here, 'articles/index.md')})"]
    if index.stories:       # "0 stories" reads as a fault; the Stories page says why there are none
        counts.append(f"[{plural(len(index.stories), 'story', 'stories')}]({rel(here, 'stories/index.md')})")
    for kind in KINDS:
        n = sum(1 for a in index.actors.values() if a.kind == kind)
        counts.append(f"[{plural(n, KIND_LABELS[kind].lower(), KIND_PLURALS[kind].lower())}]"
                      f"({rel(here, KIND_FOLDERS[kind] + '/index.md')})")
    counts.append(f"[{plural(len(index.topics), 'topic')}]({rel(here, 'topics/index.md')})")
    out = [HOME_FRONT_MATTER + f"# {text(site_name)}", "",
           "Summaries of news articles: who is in them, what they said, and the numbers that matter. "
           "Every sentence and quote is taken word for word from its article.", "",
           " · ".join(counts), "{: .news-meta }", "", "## Latest stories", ""]
    items = latest_items(index)
    if not items:
        out += ["No articles yet.", ""]
    for story, members in items:
        newest = index.articles[members[0]]
        out += [f"### {link(story.title if story else newest.title, here, story.path if story else newest.path)}", ""]
        outlets = story.outlets if story else [o for o in [newest.record.get("outlet")] if o]
        meta = [nice_date(newest.date)] + [text(o) for o in outlets[:4]]
        if story:
            meta.append(plural(len(members), "article"))
        out += [" · ".join(meta), "{: .news-meta }", ""]
        if lead(newest.record):
            out += [text(lead(newest.record)), ""]
    out += _most_mentioned_lately(index, here)
    out += [f"[All articles]({rel(here, 'articles/index.md')}) · [All stories]({rel(here, 'stories/index.md')}) · "
            f"[What to trust: the quality report]({rel(here, 'quality/index.md')})", ""]
    return "\n".join(out)


def _most_mentioned_lately(index: SiteIndex, here: str) -> list[str]:
    """The actors and topics named in most articles of the latest month that has articles."""
    dated = [index.articles[a] for a in index.order if index.articles[a].date]
    if not dated:
        return []
    # the latest month; in a sparse corpus, as many months back as it takes to have LATELY articles
    month = dated[0].date[:7]
    ids = {a.id for a in dated if a.date[:7] >= month}
    while len(ids) < LATELY and len(ids) < len(dated):
        month = max(a.date[:7] for a in dated if a.date[:7] < month)
        ids = {a.id for a in dated if a.date[:7] >= month}
    since = month_name(month + "-01")
    span = f"in {since}" if month == dated[0].date[:7] else f"since {since}"
    actors: Counter = Counter()
    topics: Counter = Counter()
    for article_id in ids:
        record = index.articles[article_id].record
        actors.update({(e.get("kind"), (e.get("name") or "").strip()) for e in record.get("entities") or ()
                       if published(e) and (e.get("kind"), (e.get("name") or "").strip()) in index.actors})
        topics.update({t.strip() for t in record.get("topics") or () if t and t.strip() in index.topics})
    out = [f"## Most mentioned {span}", "",
           f"In the {plural(len(ids), 'article')} published {span}.", ""]
    for kind in KINDS:
        top = sorted((k for k in actors if k[0] == kind), key=lambda k: (-actors[k], k[1].casefold(), k[1]))
        if top:
            out += [f"**{KIND_PLURALS[kind]}:** " + " · ".join(
                f"{actor_ref(index.actors[k], here)} ({actors[k]})" for k in top[:HOME_MOST_MENTIONED]), ""]
    top_topics = sorted(topics, key=lambda t: (-topics[t], t.casefold(), t))
    if top_topics:
        out += ["**Topics:** " + " · ".join(f"{topic_ref(index.topics[t], here)} ({topics[t]})"
                                           for t in top_topics[:HOME_MOST_MENTIONED]), ""]
    return out

"""Every page of the site, in a fixed order, from the site index.

The pages themselves are in :mod:`.render_article` (articles), :mod:`.render_entities` (actors,
topics, stories), :mod:`.render_lists` (front page and indexes) and :mod:`.render_quality`; the
escaping every one of them relies on is in :mod:`.markup`.
"""
from __future__ import annotations

import re
from typing import Sequence

from .index import KINDS, SiteIndex
from .markup import DEFAULT_SITE_NAME, Page, text, titled
from .render_article import render_article, repeated_in
from .render_entities import render_actor_pages, render_story, render_topic_pages
from .render_lists import render_actor_indexes, render_article_list, render_home, render_story_list
from .render_quality import render_quality

__all__ = ["Page", "render_site", "repeated_in", "text", "titled"]


def render_site(index: SiteIndex, *, merges: Sequence[dict] = (), warnings: Sequence[str] = (),
                site_name: str | None = None, sources: Sequence[str] = ()) -> list[Page]:
    """Every Markdown page of the site, in a fixed order.

    Actors without a page of their own (``has_page`` false, contracts 2) get none; they are named
    as plain text wherever they are listed.
    """
    pages = [Page("index.md", render_home(index, site_name or DEFAULT_SITE_NAME))]
    pages += render_article_list(index)
    pages += [Page(index.articles[a].path, render_article(index, index.articles[a])) for a in index.order]
    pages += render_story_list(index)
    pages += [render_story(index, story) for story in index.stories.values()]
    pages += render_actor_indexes(index)
    for kind in KINDS:
        for actor in index.actors_of_kind(kind):
            if actor.has_page:
                pages += render_actor_pages(index, actor)
    for topic in index.topics_sorted():
        if topic.has_page:
            pages += render_topic_pages(index, topic)
    pages += render_quality(index, merges, warnings, sources)
    # record text never holds a newline, so squeezing blank lines only tidies our own layout
    return [Page(p.path, re.sub(r"\n{3,}", "\n\n", p.text).rstrip("\n") + "\n") for p in pages]

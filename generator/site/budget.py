"""The page budget: which published actors and topics earn a page of their own.

The trust work (generator/actors.py) decides what is real; this decides what is worth a page. A page
for an actor or topic of a single article says nothing that article's page does not: the one article,
its quotes and its names are all there already. Measured on the 300-article mixed corpus before this
rule (issue 10): about 11 pages and 206 KB per article, most of them actors seen once. Such actors are
still listed, as plain text, on their article's page and on the index pages (there beside a link to
that article).

Contract (cross-helper contract 2): ``earns_page(actor) -> bool`` is the one place this is decided;
the site calls it for every published actor.
"""
from __future__ import annotations

from typing import Sized

# An actor or topic needs this many different articles for a page of its own.
MIN_ARTICLES = 2


def _article_count(item) -> int:
    """How many different articles ``item`` appears in (``appearances`` or ``articles``, a sequence)."""
    for field in ("appearances", "articles"):
        seen = getattr(item, field, None)
        if isinstance(seen, Sized):
            return len(seen)
    raise TypeError(f"{type(item).__name__} has neither appearances nor articles")


def earns_page(actor) -> bool:
    """Whether ``actor`` (an index.Actor: ``appearances``, one per article) gets a page of its own.

    True when the actor appears in at least MIN_ARTICLES different articles: only then does its page
    gather something (articles, quotes, titles, the actors it appears with) that no single article
    page shows. Quotes alone do not earn a page: a one-article actor's quotes are on that article.
    """
    return _article_count(actor) >= MIN_ARTICLES


def earns_topic_page(topic) -> bool:
    """Whether ``topic`` (an index.Topic: ``articles``, ids) gets a page: in MIN_ARTICLES articles or more."""
    return _article_count(topic) >= MIN_ARTICLES

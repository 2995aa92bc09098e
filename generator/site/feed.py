"""The Atom feed of the latest articles, written by feedgen into data/feed.xml.

Why not mkdocs-rss-plugin: it refuses to build without `site_url` (an error under `--strict`),
which a site read from disk does not have, and stamps the build time into every feed, so the same
input would not give the same bytes. Atom allows relative links (RFC 4287 §3.3 IRI references, resolved
against the feed's own location), so this feed works from any folder or host. Entry times are the
articles' dates at 00:00 UTC: records give days, not times.
"""
from __future__ import annotations

from datetime import datetime, timezone

from feedgen.feed import FeedGenerator

from .markup import clean, lead, rel

FEED_FILE = "data/feed.xml"
FEED_ENTRIES = 50
_EPOCH = "1970-01-01"


def _when(date: str) -> datetime:
    return datetime.fromisoformat(date).replace(tzinfo=timezone.utc)


def atom_feed(index, site_name: str) -> bytes:
    """The latest ``FEED_ENTRIES`` dated articles, newest first, as Atom XML (UTF-8)."""
    dated = [index.articles[a] for a in index.order if index.articles[a].date][:FEED_ENTRIES]
    feed = FeedGenerator()
    feed.id(f"tag:news-summaries,{_EPOCH[:4]}:feed")
    feed.title(clean(site_name) or "News summaries")
    feed.subtitle("The latest article summaries.")
    feed.author({"name": clean(site_name) or "News summaries"})
    feed.link(href=rel(FEED_FILE, "index.html"), rel="alternate", type="text/html")
    feed.language("en")
    feed.updated(_when(dated[0].date if dated else _EPOCH))
    for article in reversed(dated):         # feedgen puts each new entry first
        record = article.record
        entry = feed.add_entry()
        entry.id(f"tag:news-summaries,{article.date[:4]}:articles/{article.slug}")
        entry.title(clean(article.title))
        entry.link(href=rel(FEED_FILE, article.path[:-3] + ".html"), rel="alternate", type="text/html")
        entry.published(_when(article.date))
        entry.updated(_when(article.date))
        summary = " ".join(clean(s) for s in record.get("summary") or () if s and s.strip()) or clean(lead(record))
        if summary:
            entry.summary(summary)
        for author in record.get("authors") or ():
            if author.get("name") and clean(author["name"]):
                entry.author({"name": clean(author["name"])})
    return feed.atom_str(pretty=True)

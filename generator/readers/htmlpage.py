"""Saved HTML pages: main text and metadata with trafilatura, publication date with htmldate."""
from __future__ import annotations

import re

from generator.readers.assemble import Found
from generator.readers.names import looks_like_name, person_case
from generator.readers.byline import split_role
from generator.readers.dates import date_in
from generator.readers.outlets import outlet_name
from generator.readers.htmlmeta import publisher_names, stated_authors
from generator.types import Author

_AUTHOR_SPLIT = re.compile(r"\s*(?:;|,|&|\|| and | with )\s*", re.I)
_AUTHOR_NOISE = re.compile(
    r"^\s*(?:written\s+|posted\s+|reported\s+)?by[:\s]+|\bemail the author\b|\bfollow\b.*$|\bupdated\b.*$|\bpublished\b.*$",
    re.I,
)
_TRAILING_DATE = re.compile(r"\s+(?:(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\.?|\d{1,2}[/.]\d{1,2}[/.]\d{2,4})\b.*$")
_NOT_A_PERSON = re.compile(r"\b(?:staff|news|desk|editors?|team|wire|services?|press|media|contributors?)\b", re.I)


def authors_of(text: str | None) -> list[Author]:
    """People named in an HTML page's author string: names only, no "By", dates or links."""
    if not text:
        return []
    names: list[Author] = []
    for part in _AUTHOR_SPLIT.split(text):
        part = _AUTHOR_NOISE.sub("", part).strip(" .:-–—|")
        part = re.sub(r"\S+@\S+|https?://\S+", "", part).strip()
        part = _TRAILING_DATE.sub("", split_role(part)[0]).strip(" ,-|")
        # A single word is a first name or a user name more often than a byline.
        if len(part.split()) < 2 or date_in(part) or outlet_name(part) or not looks_like_name(part):
            continue
        author = Author(person_case(part))
        if author not in names:
            names.append(author)
    return names


def read_html(html: str, *, source: str, found: Found, extensive_date: bool = True) -> list[str]:
    """Parse an HTML page into ``found`` and return the main text's paragraphs.

    Args:
        html: the page source.
        source: the name used in warnings.
        found: fields already found; they win.
        extensive_date: let htmldate search the whole page text for a date when markup has none.
    """
    import trafilatura
    from htmldate import find_date

    try:
        doc = trafilatura.bare_extraction(
            html, with_metadata=True, include_comments=False, include_tables=False,
            favor_precision=True, include_images=False, include_links=False,
        )
    except Exception as exc:  # trafilatura/lxml fail on some malformed markup; a warning, not a crash
        found.warnings.append(f"{source}: the HTML could not be parsed ({type(exc).__name__}); no text was read")
        doc = None
    paragraphs: list[str] = []
    if doc is not None:
        meta = doc.as_dict() if hasattr(doc, "as_dict") else dict(doc)
        paragraphs = [" ".join(p.split()) for p in (meta.get("text") or "").split("\n") if p.strip()]
        found.offer("headline", _clean(meta.get("title")), "html meta")
        found.offer("authors", _page_authors(html), "html meta")
        found.offer("authors", authors_of(meta.get("author")), "trafilatura")
        found.offer("description", _clean(meta.get("description")), "html meta")
        found.offer("outlet", _clean(meta.get("sitename")), "html meta")
        found.offer("url", _clean(meta.get("url")), "html meta")
        tags = meta.get("tags") or []
        found.offer("tags", [t.strip() for t in tags if isinstance(t, str) and t.strip()], "html meta")
    try:
        date = find_date(html, original_date=True, extensive_search=extensive_date,
                         url=found.values.get("url"))
    except Exception:  # htmldate raises on some malformed markup; the date is then unknown
        date = None
    found.offer("published", date, "htmldate")
    return paragraphs


def _page_authors(html: str) -> list[Author]:
    import lxml.html

    try:
        tree = lxml.html.fromstring(html)
    except Exception:  # lxml rejects some documents (empty, bad encoding declarations)
        return []
    publishers = publisher_names(tree)
    authors: list[Author] = []
    for text in stated_authors(tree, skip=publishers)[:20]:
        authors.extend(a for a in authors_of(text) if a not in authors)
    return authors


def _clean(value: object) -> str | None:
    return " ".join(value.split()) or None if isinstance(value, str) else None

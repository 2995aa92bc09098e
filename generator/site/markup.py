"""The Markdown building blocks every page uses: escaped text, links to our own pages, dates, counts.

Article text is data, never markup: every string from a record goes through :func:`text`, which
HTML-escapes it and backslash-escapes every character Python-Markdown would read as structure, so
`<script>`, `[x](javascript:...)`, `{: onclick=...}` or `# heading` in an article shows as written.
The only links are the ones built here, to our own pages from slugs, and :func:`external_link`'s,
which accepts nothing but an http(s) URL and HTML-escapes it.
"""
from __future__ import annotations

import json
import unicodedata
from dataclasses import dataclass
from typing import Callable, Iterable, Iterator, Sequence
from urllib.parse import urlsplit

DEFAULT_SITE_NAME = "News summaries"
MONTHS = ("January", "February", "March", "April", "May", "June", "July", "August", "September",
          "October", "November", "December")
# Listing pages repeat what article pages say; keeping them out of the search index keeps it small.
NO_SEARCH = "---\nsearch:\n  exclude: true\n---\n\n"
# Appended to our own headings (attr_list): the section under it stays out of the search index, which
# then holds what readers look for (headlines, summaries, quotes, names, topics), not every list.
# Record text can never produce this syntax: :func:`text` escapes every brace.
NOT_SEARCHED = " { data-search-exclude }"
# The same for one paragraph of our own (attr_list reads it from the paragraph's last line).
NOT_SEARCHED_PARAGRAPH = "\n{: data-search-exclude }"

# Every character Python-Markdown unescapes after a backslash (`|` is added by the tables extension,
# which MkDocs always loads); escaping all of them leaves no Markdown structure in the text.
_MD_PUNCTUATION = frozenset("\\`*_{}[]()#+-.!|")
_HTML = {"&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&#39;"}
# str.translate tables for the two escapes (the HTML entity wins where a character is in both): every
# page goes through text() for every string, so a per-character Python loop was half a rerun's time.
_HTML_TABLE = str.maketrans(_HTML)
_TEXT_TABLE = str.maketrans({**{ch: "\\" + ch for ch in _MD_PUNCTUATION}, **_HTML})


@dataclass(frozen=True)
class Page:
    path: str      # relative to docs/, with forward slashes
    text: str


def text(value) -> str:
    """``value`` as literal inline Markdown text: one line, HTML-escaped, Markdown punctuation escaped."""
    return clean(value).translate(_TEXT_TABLE)


def html(value) -> str:
    """``value`` on one line, HTML-escaped (for attributes and raw HTML blocks of our own)."""
    return clean(value).translate(_HTML_TABLE)


def clean(value) -> str:
    """``value`` on one line, without control, format or unassigned characters."""
    flat = " ".join(str(value if value is not None else "").split())
    # after the split, every space left is " ", so printable means none of the dropped categories
    if flat.isprintable():
        return flat
    return "".join(ch for ch in flat if unicodedata.category(ch) not in ("Cc", "Cf", "Cs", "Co", "Cn"))


def front_matter(title: str, *, search: bool = True, boost: float | None = None, meta: dict | None = None) -> str:
    """Front matter giving the page its title (raw text), HTML-escaped; optionally out of search.

    Why: without it the theme takes the title from the H1 and puts it in <title> through Jinja's
    `striptags`, which un-escapes entities: an escaped "&lt;/title&gt;&lt;script&gt;" would come back
    as live markup. A `title` in the front matter is printed as given, so we give it escaped.
    ``boost`` ranks the page higher in search (Material's `search.boost`); ``meta`` is data for the
    theme override (raw strings, JSON-encoded: the template escapes them where it prints them).
    """
    lines = ["---", "title: " + json.dumps(html(title) or "untitled", ensure_ascii=False)]
    if not search:
        lines += ["search:", "  exclude: true"]
    elif boost:
        lines += ["search:", f"  boost: {boost:g}"]
    if meta:
        # JSON is YAML; <, > and & as \u escapes keep even the page source free of markup
        data = json.dumps(meta, ensure_ascii=False, sort_keys=True)
        lines.append("news: " + data.replace("<", "\\u003c").replace(">", "\\u003e").replace("&", "\\u0026"))
    return "\n".join(lines + ["---", "", ""])


def titled(title: str, *, search: bool = True) -> str:
    """:func:`front_matter` with only a title (and the search switch)."""
    return front_matter(title, search=search)


def rel(from_path: str, to_path: str) -> str:
    """The relative link from page ``from_path`` to ``to_path`` (both relative to docs/)."""
    # posixpath.relpath would consult the working folder on every call; these are pure docs/ paths.
    here = from_path.split("/")[:-1]
    there = to_path.split("/")
    common = 0
    while common < min(len(here), len(there) - 1) and here[common] == there[common]:
        common += 1
    return "/".join([".."] * (len(here) - common) + there[common:])


def link(label: str, from_path: str, to_path: str) -> str:
    """A Markdown link with ``label`` (raw text, escaped here) to one of our own pages."""
    return f"[{text(label) or 'untitled'}]({rel(from_path, to_path)})"


def safe_url(url) -> str | None:
    """``url`` when it is a plain absolute http(s) URL with a host, else None (javascript:, data:, ...)."""
    if not isinstance(url, str):
        return None
    url = url.strip()
    if not url or any(ch.isspace() or unicodedata.category(ch) in ("Cc", "Cf") for ch in url):
        return None
    try:
        parts = urlsplit(url)
    except ValueError:
        return None
    if parts.scheme.lower() not in ("http", "https") or not parts.hostname:
        return None
    return url


def external_link(label: str, url: str) -> str:
    """Raw HTML for a link out of the site; ``url`` must have passed :func:`safe_url`."""
    return (f'<a class="news-original" href="{html(url)}" rel="nofollow noopener noreferrer">'
            f"{html(label)}</a>")


def nice_date(date: str | None) -> str:
    """"1 May 2024" for "2024-05-01"; "date not stated" for None."""
    if not date:
        return "date not stated"
    year, month, day = date.split("-")
    return f"{int(day)} {MONTHS[int(month) - 1]} {year}"


def month_name(date: str) -> str:
    """"May 2024" for "2024-05-01"."""
    return f"{MONTHS[int(date[5:7]) - 1]} {date[:4]}"


# The one heading over the articles of a list that state no date.
UNDATED_HEADING = "Date not stated"


def by_month(items: Iterable, date_of: Callable[[object], str | None]) -> Iterator[tuple[str | None, object]]:
    """``(heading, item)`` for each item in the order given; ``heading`` is the item's month ("May
    2024") or :data:`UNDATED_HEADING` when it changes from the item before, else None.

    Args:
        date_of: an item's ISO date ("2024-05-01"), or None when it states none.
    """
    current = None
    for item in items:
        date = date_of(item)
        heading = month_name(date) if date else UNDATED_HEADING
        yield (heading if heading != current else None), item
        current = heading


def plural(n: int, word: str, many: str | None = None) -> str:
    """"1 article", "2 articles"; ``many`` for irregular plurals ("people")."""
    return f"{n} {word if n == 1 else (many or word + 's')}"


def page_path(base: str, number: int) -> str:
    """Page ``number`` of a paginated page: base.md, base--2.md ... (slugs never hold "--")."""
    return f"{base}.md" if number == 1 else f"{base}--{number}.md"


def chunks(items: Sequence, size: int) -> list[Sequence]:
    """``items`` in pages of ``size``; always at least one (possibly empty) page."""
    return [items[i:i + size] for i in range(0, len(items), size)] or [items[:0]]


def pager(base: str, number: int, total: int) -> str:
    """"Page 2 of 5: 1 · 2 · 3 ..." linking the pages of a paginated page; empty for one page."""
    if total <= 1:
        return ""
    here = page_path(base, number)
    parts = [f"**{n}**" if n == number else f"[{n}]({rel(here, page_path(base, n))})" for n in range(1, total + 1)]
    return f"Page {number} of {total}: " + " · ".join(parts) + NOT_SEARCHED_PARAGRAPH + "\n\n"


def byline(authors: Sequence[dict]) -> str:
    """"By Matthew Lee, AP Diplomatic Writer, and Jane Doe" as escaped text; "" without authors."""
    names = [text(a.get("name")) + (f", {text(a['role'])}" if a.get("role") else "")
             for a in authors if a.get("name")]
    if not names:
        return ""
    if len(names) == 1:
        return "By " + names[0]
    joiner = "; " if any(a.get("role") for a in authors) else ", "
    return "By " + joiner.join(names[:-1]) + " and " + names[-1]


def article_line(article, from_path: str, *, date: bool = True, outlet: bool = True) -> str:
    """One list entry for an article: date · linked headline — outlet, and "(not news)" or "(not in
    English)" after a page that gets only its details and lead (the reader sees so before opening it)."""
    parts = []
    if date:
        parts.append(nice_date(article.date) + " · ")
    parts.append(link(article.title, from_path, article.path))
    if outlet and article.record.get("outlet"):
        parts.append(" — " + text(article.record["outlet"]))
    if article.record.get("news") is False:
        parts.append(" *(not news)*")
    elif article.record.get("language") not in (None, "en"):
        parts.append(" *(not in English)*")
    return "- " + "".join(parts)


def lead(record: dict) -> str:
    """The article's lead sentence (the summary's first), else its dek; "" without either."""
    for sentence in record.get("summary") or ():
        if sentence and sentence.strip():
            return sentence
    return record.get("description") or ""


def actor_ref(actor, from_path: str) -> str:
    """An actor's name, linked when it has a page of its own (contracts 2), else plain text."""
    return link(actor.name, from_path, actor.path) if actor.has_page else text(actor.name)


def topic_ref(topic, from_path: str) -> str:
    """A topic's name, linked when it has a page of its own, else plain text."""
    return link(topic.name, from_path, topic.path) if topic.has_page else text(topic.name)

"""The Markdown of every page, from the site index.

Article text is data, never markup: every string from a record goes through :func:`text`, which
HTML-escapes it and backslash-escapes every character Python-Markdown would read as structure, so
`<script>`, `[x](javascript:...)`, `{: onclick=...}` or `# heading` in an article shows as written.
The only links are the ones built here, to our own pages, from slugs.
"""
from __future__ import annotations

import json
import re
import unicodedata
from dataclasses import dataclass
from typing import Callable, Sequence

from .index import KIND_FOLDERS, KIND_LABELS, KINDS, Actor, Article, SiteIndex, Topic, sort_name

DEFAULT_SITE_NAME = "News summaries"
HOME_LATEST = 10
ACTOR_ARTICLES_PER_PAGE = 100
ACTOR_QUOTES_PER_PAGE = 50
TOPIC_ARTICLES_PER_PAGE = 200
ARTICLE_LIST_PER_PAGE = 250
AZ_PER_PAGE = 500
QUALITY_PREVIEW = 25
QUALITY_PER_PAGE = 500
MERGE_ARTICLES_SHOWN = 10
KIND_PLURALS = {"person": "People", "organization": "Organisations", "place": "Places", "group": "Groups"}
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


@dataclass(frozen=True)
class Page:
    path: str      # relative to docs/, with forward slashes
    text: str


def text(value) -> str:
    """``value`` as literal inline Markdown text: one line, HTML-escaped, Markdown punctuation escaped."""
    out = []
    for ch in _clean(value):
        if ch in _HTML:
            out.append(_HTML[ch])
        elif ch in _MD_PUNCTUATION:
            out.append("\\" + ch)
        else:
            out.append(ch)
    return "".join(out)


def _clean(value) -> str:
    """``value`` on one line, without control, format or unassigned characters."""
    flat = " ".join(str(value if value is not None else "").split())
    return "".join(ch for ch in flat if unicodedata.category(ch) not in ("Cc", "Cf", "Cs", "Co", "Cn"))


def titled(title: str, *, search: bool = True) -> str:
    """Front matter giving the page its title (raw text), HTML-escaped; optionally out of search.

    Why: without it the theme takes the title from the H1 and puts it in <title> through Jinja's
    `striptags`, which un-escapes entities: an escaped "&lt;/title&gt;&lt;script&gt;" would come back
    as live markup. A `title` in the front matter is printed as given, so we give it escaped.
    """
    escaped = "".join(_HTML.get(ch, ch) for ch in _clean(title)) or "untitled"
    lines = ["---", "title: " + json.dumps(escaped, ensure_ascii=False)]
    if not search:
        lines += ["search:", "  exclude: true"]
    return "\n".join(lines + ["---", "", ""])


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


def nice_date(date: str | None) -> str:
    """"1 May 2024" for "2024-05-01"; "date not stated" for None."""
    if not date:
        return "date not stated"
    year, month, day = date.split("-")
    return f"{int(day)} {MONTHS[int(month) - 1]} {year}"


def plural(n: int, word: str, many: str | None = None) -> str:
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


# --- articles --------------------------------------------------------------------------------

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


def article_line(article: Article, from_path: str, *, date: bool = True, outlet: bool = True) -> str:
    """One list entry for an article: date · linked headline — outlet."""
    parts = []
    if date:
        parts.append(nice_date(article.date) + " · ")
    parts.append(link(article.title, from_path, article.path))
    if outlet and article.record.get("outlet"):
        parts.append(" — " + text(article.record["outlet"]))
    return "- " + "".join(parts)


def _entity_section(index: SiteIndex, article: Article, kind: str) -> list[str]:
    here = article.path
    lines = []
    seen = set()
    for entity in sorted(article.record.get("entities") or (),
                         key=lambda e: (-(e.get("mentions") or 1), sort_name(e.get("name") or ""))):
        name = (entity.get("name") or "").strip()
        actor = index.actors.get((kind, name))
        if entity.get("kind") != kind or actor is None or name in seen:
            continue
        seen.add(name)
        line = "- " + link(name, here, actor.path)
        titles = [t for t in entity.get("titles") or () if t]
        if titles:
            line += " — " + ", ".join(text(t) for t in dict.fromkeys(titles))
        aliases = [a for a in entity.get("aliases") or () if a and a != name]
        if aliases:
            line += " (also " + ", ".join(text(a) for a in dict.fromkeys(aliases)) + ")"
        lines.append(line)
    return lines


def repeated_in(description: str, sentences) -> bool:
    """Whether a dek says again what a summary sentence says (wire copy often opens with its dek)."""
    dek = _folded_words(description)
    return bool(dek) and any(dek in _folded_words(sentence) for sentence in sentences)


def _folded_words(value: str) -> str:
    return " ".join(re.findall(r"\w+", value.lower()))


def render_article(index: SiteIndex, article: Article) -> str:
    """An article's page; one search section each for its header, summary, quotes and who is in it."""
    record = article.record
    here = article.path
    out = [titled(article.title) + f"# {text(article.title)}", ""]
    by = byline(record.get("authors") or ())
    if by:
        out += [by, ""]
    meta = [text(record["outlet"]) if record.get("outlet") else "outlet not stated",
            text(record["dateline"]) if record.get("dateline") else "dateline not stated",
            nice_date(article.date)]
    out += [" · ".join(meta), ""]
    summary = [s for s in record.get("summary") or () if s and s.strip()]
    if record.get("description") and not repeated_in(record["description"], summary):
        out += [f"*{text(record['description'])}*", ""]
    if summary:
        out += ["## Summary", ""] + [f"- {text(s)}" for s in summary] + [""]
    # a section of its own, out of search: the numbers are found by the summary and quotes they come from
    numbers = [n for n in record.get("numbers") or () if n.get("text")]
    if numbers:
        out += ["## Key numbers" + NOT_SEARCHED, ""]
        out += [f"- **{text(n['text'])}** — {text(n.get('context') or 'what it counts is not stated')}" for n in numbers]
        out.append("")
    quotes = [q for q in record.get("quotes") or () if q.get("text")]
    if quotes:
        # one heading for all quotes, speakers as bold labels: a heading each would be a search entry each
        out += ["## Quotes", ""]
        groups: dict[str | None, list[dict]] = {}
        for quote in quotes:
            groups.setdefault(quote.get("speaker") or None, []).append(quote)
        for speaker in sorted(groups, key=lambda s: (s is None, sort_name(s or ""))):
            if speaker is None:
                out.append("**Speaker not named**")
            else:
                kinds = {e.get("kind") for e in record.get("entities") or () if e.get("name") == speaker}
                actor = next((index.actors[(k, speaker)] for k in ("person", "group", "organization", "place")
                              if k in kinds and (k, speaker) in index.actors), None)
                out.append("**" + (link(speaker, here, actor.path) if actor else text(speaker)) + "**")
            out.append("")
            for quote in groups[speaker]:
                out += [f"> “{text(quote['text'])}”", ""]
    who = []
    for kind in KINDS:
        lines = _entity_section(index, article, kind)
        if lines:
            who += [f"**{KIND_PLURALS[kind]}**", ""] + lines + [""]
    topics = [index.topics[t.strip()] for t in dict.fromkeys(record.get("topics") or ())
              if t and t.strip() in index.topics]
    if topics:
        who += ["**Topics:** " + " · ".join(link(t.name, here, t.path) for t in topics), ""]
    if who:
        out += ["## In this article", ""] + who
    # the source section is last: everything under its heading, warnings too, stays out of search
    out += ["## Source" + NOT_SEARCHED, ""]
    contributors = [c for c in record.get("contributors") or () if c.get("name")]
    if contributors:
        out.append("- Contributors: " + "; ".join(
            text(c["name"]) + (f" in {text(c['place'])}" if c.get("place") else "") for c in contributors))
    sources = [s for s in record.get("sources") or () if s] or [record.get("source") or ""]
    out.append(("- Files: " if len(sources) > 1 else "- File: ") + "; ".join(text(s) for s in sources))
    out.append("- Data: the whole record is in " + f"[articles.jsonl]({rel(here, 'data/articles.jsonl')})")
    out.append("")
    warnings = [w for w in record.get("warnings") or () if w]
    if warnings:
        out += ['!!! warning "What could not be read or found"', ""]
        out += [f"    - {text(w)}" for w in warnings] + [""]
    return "\n".join(out)


# --- actors and topics -----------------------------------------------------------------------

def searched(actor: Actor) -> bool:
    """Whether the actor's page is in the search index: not when one article, which is searched, says all."""
    return len(actor.appearances) > 1 or bool(actor.quotes)


def render_actor_pages(index: SiteIndex, actor: Actor) -> list[Page]:
    """An actor's pages; search sees only the first page's name, titles and other spellings."""
    base = actor.path[:-3]
    article_pages = chunks(actor.appearances, ACTOR_ARTICLES_PER_PAGE)
    quote_pages = chunks(actor.quotes, ACTOR_QUOTES_PER_PAGE)
    total = max(len(article_pages), len(quote_pages))
    pages = []
    for number in range(1, total + 1):
        here = page_path(base, number)
        suffix = f" (page {number})" if number > 1 else ""
        out = [titled(actor.name + suffix, search=number == 1 and searched(actor)) + f"# {text(actor.name)}{suffix}", ""]
        summary = [KIND_LABELS[actor.kind], plural(len(actor.appearances), "article"),
                   plural(len(actor.quotes), "quote")]
        out += [" · ".join(summary) + NOT_SEARCHED_PARAGRAPH, ""]
        if number == 1:
            if actor.titles:
                titles = sorted(actor.titles.items(), key=lambda kv: (-kv[1], kv[0]))
                out += ["**Titles used:** " + ", ".join(f"{text(t)} ({n})" for t, n in titles), ""]
            if actor.aliases:
                aliases = sorted(actor.aliases.items(), key=lambda kv: (-kv[1], kv[0]))
                out += ["**Also written as:** " + ", ".join(text(a) for a, _ in aliases), ""]
        out += [pager(base, number, total)] if total > 1 else []
        shown = article_pages[number - 1] if number <= len(article_pages) else ()
        if shown:
            first = (number - 1) * ACTOR_ARTICLES_PER_PAGE + 1
            out += ["## Articles" + NOT_SEARCHED, ""]
            if len(actor.appearances) > len(shown):
                out += [f"Newest first: {first}–{first + len(shown) - 1} of {len(actor.appearances)}.", ""]
            for appearance in shown:
                article = index.articles[appearance.article]
                line = article_line(article, here)
                if appearance.titles:
                    line += " — as " + ", ".join(text(t) for t in appearance.titles)
                out.append(line)
            out.append("")
        quotes = quote_pages[number - 1] if number <= len(quote_pages) else ()
        if quotes:
            out += ["## Quotes" + NOT_SEARCHED, ""]
            for quote in quotes:
                article = index.articles[quote.article]
                out.append(f"- “{text(quote.text)}” — {link(article.title, here, article.path)}")
            out.append("")
        if number == 1 and actor.related:
            out += ["## Often appears with" + NOT_SEARCHED, ""]
            for key, count in actor.related:
                other = index.actors[key]
                out.append(f"- {link(other.name, here, other.path)} ({KIND_LABELS[other.kind].lower()}) — "
                           f"{plural(count, 'article')} together")
            out.append("")
        pages.append(Page(here, "\n".join(out)))
    return pages


def render_topic_pages(index: SiteIndex, topic: Topic) -> list[Page]:
    """A topic's pages; search sees only the first page's name, and only for a topic of several articles."""
    base = topic.path[:-3]
    parts = chunks(topic.articles, TOPIC_ARTICLES_PER_PAGE)
    pages = []
    for number, shown in enumerate(parts, 1):
        here = page_path(base, number)
        suffix = f" (page {number})" if number > 1 else ""
        # a topic of one article is found through that article, which lists it
        searched = number == 1 and len(topic.articles) > 1
        out = [titled(topic.name + suffix, search=searched) + f"# {text(topic.name)}{suffix}", "",
                "Topic · " + plural(len(topic.articles), "article") + ", newest first" + NOT_SEARCHED_PARAGRAPH, "",
                pager(base, number, len(parts))]
        out += ["## Articles" + NOT_SEARCHED, ""]
        out += [article_line(index.articles[a], here) for a in shown] + [""]
        pages.append(Page(here, "\n".join(out)))
    return pages


# --- lists -----------------------------------------------------------------------------------

def _letter(name: str) -> str:
    """The A–Z group of ``name``: its first letter with accents folded (Émile under E), else "Other"."""
    folded = unicodedata.normalize("NFKD", name.strip()).encode("ascii", "ignore").decode("ascii")[:1].upper()
    return folded if folded.isalpha() else "Other"


def render_az(base: str, title: str, intro: str, entries: Sequence[tuple[str, str, str]],
              empty: str) -> list[Page]:
    """An A–Z list page (paginated), grouped by first letter; entries are (name, path, note)."""
    entries = sorted(entries, key=lambda e: sort_name(e[0]))
    parts = chunks(entries, AZ_PER_PAGE)
    first_page: dict[str, int] = {}
    for number, part in enumerate(parts, 1):
        for name, _, _ in part:
            first_page.setdefault(_letter(name), number)
    pages = []
    for number, part in enumerate(parts, 1):
        here = page_path(base, number)
        out = [NO_SEARCH + f"# {title}" + (f" (page {number})" if number > 1 else ""), "", intro, ""]
        if not entries:
            out += [empty, ""]
        if len(first_page) > 1:
            jumps = [f"[{letter}]({rel(here, page_path(base, n))}#{letter.lower()})"
                     for letter, n in first_page.items()]
            out += [" · ".join(jumps), ""]
        out.append(pager(base, number, len(parts)))
        letter = None
        for name, path, note in part:
            if _letter(name) != letter:
                letter = _letter(name)
                out += ["", f"## {letter}", ""]
            out.append(f"- {link(name, here, path)}" + (f" — {note}" if note else ""))
        out.append("")
        pages.append(Page(here, "\n".join(out)))
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
        year = month = None
        for article_id in part:
            article = index.articles[article_id]
            y, m = (article.date[:4], MONTHS[int(article.date[5:7]) - 1]) if article.date else ("Date not stated", None)
            if y != year:
                year, month = y, None
                out += ["", f"## {y}", ""]
            if m and m != month:
                month = m
                out += ["", f"### {m} {y}", ""]
            out.append(article_line(article, here, date=bool(article.date)))
        out.append("")
        pages.append(Page(here, "\n".join(out)))
    return pages


def render_home(index: SiteIndex, site_name: str) -> str:
    here = "index.md"
    counts = [f"[{plural(len(index.articles), 'article')}]({rel(here, 'articles/index.md')})"]
    for kind in KINDS:
        n = sum(1 for a in index.actors.values() if a.kind == kind)
        counts.append(f"[{plural(n, KIND_LABELS[kind].lower(), KIND_PLURALS[kind].lower())}]"
                      f"({rel(here, KIND_FOLDERS[kind] + '/index.md')})")
    counts.append(f"[{plural(len(index.topics), 'topic')}]({rel(here, 'topics/index.md')})")
    out = [NO_SEARCH + f"# {text(site_name)}", "",
           "Summaries of news articles: who is in them, what they said, and the numbers that matter. "
           "Every sentence and quote is taken word for word from its article.", "",
           " · ".join(counts), "", "## Latest articles", ""]
    latest = index.order[:HOME_LATEST]
    out += [article_line(index.articles[a], here) for a in latest] or ["No articles yet."]
    out += ["", f"[All articles]({rel(here, 'articles/index.md')}) · "
                f"[What to trust: the quality report]({rel(here, 'quality/index.md')})", ""]
    return "\n".join(out)


# --- quality ---------------------------------------------------------------------------------

QUALITY_SECTIONS = (
    ("undated", "Articles without a date", "The article does not state when it was published."),
    ("no-byline", "Articles without a byline", "No author is named."),
    ("no-dateline", "Articles without a dateline", "The place the story was filed from is not stated."),
    ("unknown-speakers", "Quotes whose speaker is not named",
     "The quoted words are in the article, but it does not say (in a way the generator can read) who said them."),
    ("merges", "Names merged across articles",
     "Different forms of a name taken to be the same actor. Check these if a page seems to mix two people."),
    ("warnings", "Build warnings", "Files that could not be read, duplicates, and other problems found while building."),
)


def _quality_entries(index: SiteIndex, merges: Sequence[dict], warnings: Sequence[str]
                     ) -> dict[str, list[Callable[[str], str]]]:
    """Per section, its entries as functions of the page they are written on (links are relative)."""
    articles = [index.articles[a] for a in index.order]
    entries: dict[str, list[Callable[[str], str]]] = {key: [] for key, _, _ in QUALITY_SECTIONS}

    def article_entry(article):
        return lambda here: article_line(article, here, date=bool(article.date))

    for article in articles:
        record = article.record
        if not article.date:
            entries["undated"].append(article_entry(article))
        if not any(a.get("name") for a in record.get("authors") or ()):
            entries["no-byline"].append(article_entry(article))
        if not record.get("dateline"):
            entries["no-dateline"].append(article_entry(article))
        for quote in record.get("quotes") or ():
            if quote.get("text") and not quote.get("speaker"):
                entries["unknown-speakers"].append(
                    lambda here, q=quote, a=article: f"- “{text(q['text'])}” — {link(a.title, here, a.path)}")
    for merge in sorted(merges, key=lambda m: (str(m.get("kind")), sort_name(str(m.get("canonical") or "")))):
        entries["merges"].append(lambda here, m=merge: _merge_line(index, m, here))
    for warning in sorted(set(w for w in warnings if w)):
        entries["warnings"].append(lambda here, w=warning: f"- {text(w)}")
    return entries


def _merge_line(index: SiteIndex, merge: dict, here: str) -> str:
    name, kind = str(merge.get("canonical") or ""), merge.get("kind")
    actor = index.actors.get((kind, name))
    line = "- " + (link(name, here, actor.path) if actor else text(name))
    if kind in KIND_LABELS:
        line += f" ({KIND_LABELS[kind].lower()})"
    forms = [f for f in merge.get("forms") or () if f and f != name]
    if forms:
        line += " ← " + ", ".join(text(f) for f in forms)
    if merge.get("reason"):
        line += " — " + text(merge["reason"])
    ids = [a for a in merge.get("articles") or () if a in index.articles]
    ids = sorted(set(ids), key=index.rank.__getitem__)
    if ids:
        shown = [link(index.articles[a].title, here, index.articles[a].path) for a in ids[:MERGE_ARTICLES_SHOWN]]
        more = f" and {len(ids) - MERGE_ARTICLES_SHOWN} more" if len(ids) > MERGE_ARTICLES_SHOWN else ""
        line += "; in " + "; ".join(shown) + more
    return line


def render_quality(index: SiteIndex, merges: Sequence[dict], warnings: Sequence[str]) -> list[Page]:
    entries = _quality_entries(index, merges, warnings)
    here = "quality/index.md"
    out = [NO_SEARCH + "# Quality", "",
           "What to trust: what the generator could not find or had to guess. Everything else on the site "
           "is taken word for word from the articles.", ""]
    out += ["| What | Count |", "| --- | ---: |"]
    out += [f"| [{title}]({rel(here, f'quality/{key}.md')}) | {len(entries[key])} |" for key, title, _ in QUALITY_SECTIONS]
    out.append("")
    pages = []
    for key, title, about in QUALITY_SECTIONS:
        items = entries[key]
        out += [f"## {title}", "", about, ""]
        out += [item(here) for item in items[:QUALITY_PREVIEW]] or ["None."]
        if len(items) > QUALITY_PREVIEW:
            out += ["", f"[All {len(items)}]({rel(here, f'quality/{key}.md')})"]
        out.append("")
        parts = chunks(items, QUALITY_PER_PAGE)
        for number, part in enumerate(parts, 1):
            path = page_path(f"quality/{key}", number)
            body = [NO_SEARCH + f"# {title}" + (f" (page {number})" if number > 1 else ""), "", about, "",
                    f"{len(items)} in all. [Back to the quality report]({rel(path, here)})", "",
                    pager(f"quality/{key}", number, len(parts))]
            body += [item(path) for item in part] or ["None."]
            body.append("")
            pages.append(Page(path, "\n".join(body)))
    return [Page(here, "\n".join(out))] + pages


# --- everything ------------------------------------------------------------------------------

def render_site(index: SiteIndex, *, merges: Sequence[dict] = (), warnings: Sequence[str] = (),
                site_name: str | None = None) -> list[Page]:
    """Every Markdown page of the site, in a fixed order."""
    pages = [Page("index.md", render_home(index, site_name or DEFAULT_SITE_NAME))]
    pages += render_article_list(index)
    pages += [Page(index.articles[a].path, render_article(index, index.articles[a])) for a in index.order]
    for kind in KINDS:
        actors = index.actors_of_kind(kind)
        pages += render_az(f"{KIND_FOLDERS[kind]}/index", KIND_PLURALS[kind],
                           f"{plural(len(actors), KIND_LABELS[kind].lower(), KIND_PLURALS[kind].lower())} "
                           "named in the articles, A–Z, with how many articles mention each.",
                           [(a.name, a.path, plural(len(a.appearances), "article")) for a in actors],
                           f"No {KIND_PLURALS[kind].lower()} yet.")
        for actor in actors:
            pages += render_actor_pages(index, actor)
    topics = index.topics_sorted()
    pages += render_az("topics/index", "Topics", f"{plural(len(topics), 'topic')}, A–Z.",
                       [(t.name, t.path, plural(len(t.articles), "article")) for t in topics], "No topics yet.")
    for topic in topics:
        pages += render_topic_pages(index, topic)
    pages += render_quality(index, merges, warnings)
    # record text never holds a newline, so squeezing blank lines only tidies our own layout
    return [Page(p.path, re.sub(r"\n{3,}", "\n\n", p.text).rstrip("\n") + "\n") for p in pages]

"""The quality report: what the generator could not find, had to guess, merged or held back.

Build warnings are grouped by kind with counts (:mod:`generator.buildlog`), then listed in full.
"""
from __future__ import annotations

from typing import Callable, Sequence

from ..buildlog import group
from .index import KIND_LABELS, SiteIndex, sort_name
from .markup import NO_SEARCH, Page, article_line, chunks, link, page_path, pager, plural, rel, text

QUALITY_PREVIEW = 25
QUALITY_PER_PAGE = 500
MERGE_ARTICLES_SHOWN = 10

QUALITY_SECTIONS = (
    ("undated", "Articles without a date", "The article does not state when it was published."),
    ("no-byline", "Articles without a byline", "No author is named."),
    ("no-dateline", "Articles without a dateline", "The place the story was filed from is not stated."),
    ("unknown-speakers", "Quotes whose speaker is not named",
     "The quoted words are in the article, but it does not say (in a way the generator can read) who said them."),
    ("merges", "Names merged across articles",
     "Different forms of a name taken to be the same actor. Check these if a page seems to mix two people."),
    ("held-back", "Names held back",
     "Names found in an article but not published as actors: the evidence across all articles was too weak."),
    ("numbers-held-back", "Figures held back",
     "Figures an article gives that are not shown among its key numbers, each with why (the text does not "
     "say what it counts, it is an ordinal, an age or the old value of a change, or it is not among the "
     "most important)."),
    ("warnings", "Build warnings", "Files that could not be read, duplicates, and other problems found while building."),
)


def _quality_entries(index: SiteIndex, merges: Sequence[dict], warnings: Sequence[str], sources: Sequence[str] = ()
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
    for held in index.held_back:
        article = index.articles[held.article]
        entries["held-back"].append(
            lambda here, h=held, a=article: f"- {text(h.name)} ({KIND_LABELS[h.kind].lower()}) — {text(h.reason)}; "
                                            f"in {link(a.title, here, a.path)}")
    for article in articles:
        for held in article.record.get("numbers_held_back") or ():
            if held.get("text"):
                entries["numbers-held-back"].append(lambda here, n=held, a=article: _held_number_line(n, a, here))
    for kind, items in group(warnings, sources):
        for warning in items:
            entries["warnings"].append(lambda here, w=warning: f"- {text(w)}")
    return entries


# The record's short reasons (generator.extract.numbers.evidence.drop_reason) in a reader's words.
HELD_NUMBER_REASONS = {
    "label": "the sentence does not say clearly what it counts",
    "no label": "the sentence does not say what it counts",
    "repeats a key number": "a key number given again",
    "unit unsaid": "the sentence does not say its unit or what it measures",
    "name": "part of a name or a model, not a count",
    "ratio": "a ratio, not a count",
    "margin": "a margin or a difference, not a count",
    "vague": "a vague figure",
    "negated": "the sentence denies or caps it",
    "small count": "a small count",
    "not a figure": "not a figure of its own",
    "hyphenated adjective": "a word of a description, such as an age or a size, not a count",
    "ordinal or age": "an ordinal or an age",
    "not stated as fact": "a plan, forecast or possibility, not a fact",
}


def _held_number_line(number: dict, article, here: str) -> str:
    """"- 15 cts (Shr) — a results-table cell; in <article>": the figure, what it counts, why held back."""
    line = f"- {text(number['text'])}"
    if number.get("context"):
        line += f" ({text(number['context'])})"
    if number.get("reason"):
        line += f" — {text(HELD_NUMBER_REASONS.get(number['reason'], number['reason']))}"
    return line + f"; in {link(article.title, here, article.path)}"


def _merge_line(index: SiteIndex, merge: dict, here: str) -> str:
    name, kind = str(merge.get("canonical") or ""), merge.get("kind")
    actor = index.actors.get((kind, name))
    line = "- " + (link(name, here, actor.path) if actor and actor.has_page else text(name))
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


def _warning_kinds(warnings: Sequence[str], sources: Sequence[str] = ()) -> list[str]:
    groups = group(warnings, sources)
    if not groups:
        return []
    out = ["| Kind of warning | Count |", "| --- | ---: |"]
    out += [f"| {text(kind)} | {len(items)} |" for kind, items in groups]
    return out + [""]


def render_quality(index: SiteIndex, merges: Sequence[dict], warnings: Sequence[str],
                   sources: Sequence[str] = ()) -> list[Page]:
    """The quality report; ``sources``: the names of the files found, as the warnings name them."""
    entries = _quality_entries(index, merges, warnings, sources)
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
        if key == "warnings":
            out += _warning_kinds(warnings, sources)
        out += [item(here) for item in items[:QUALITY_PREVIEW]] or ["None."]
        if len(items) > QUALITY_PREVIEW:
            out += ["", f"[All {len(items)}]({rel(here, f'quality/{key}.md')})"]
        out.append("")
        parts = chunks(items, QUALITY_PER_PAGE)
        for number, part in enumerate(parts, 1):
            path = page_path(f"quality/{key}", number)
            body = [NO_SEARCH + f"# {title}" + (f" (page {number})" if number > 1 else ""), "", about, "",
                    f"{plural(len(items), 'entry', 'entries')}. [Back to the quality report]({rel(path, here)})", "",
                    pager(f"quality/{key}", number, len(parts))]
            if key == "warnings" and number == 1:
                body += _warning_kinds(warnings, sources)
            body += [item(path) for item in part] or ["None."]
            body.append("")
            pages.append(Page(path, "\n".join(body)))
    return [Page(here, "\n".join(out))] + pages

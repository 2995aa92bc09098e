"""Saved HTML pages: headline and authors from the page's markup, main text with trafilatura,
publication date from the markup, else htmldate (html_dates)."""
from __future__ import annotations

from copy import deepcopy

from generator.readers.assemble import Found
from generator.readers.html_body import page_body
from generator.readers.html_dates import page_published
from generator.readers.html_outlet import page_outlet
from generator.readers.html_title import page_headline, site_key, site_names
from generator.readers.genre import (
    SECTION_META, blog_markup, declares_news, is_code_host, markup_reason, readme_reason,
)
from generator.readers.html_tree import jsonld_items, meta_values, page_tree
from generator.readers.htmlmeta import names_in_byline, publisher_names, stated_authors
from generator.types import Author


def authors_of(text: str | None, *, sites: set[str] = frozenset()) -> list[Author]:
    """People named in an HTML page's author string: names only, no "By", dates or links."""
    return names_in_byline(text, sites=sites)


def read_html(html: str, *, source: str, found: Found, extensive_date: bool = True) -> list[str]:
    """Parse an HTML page into ``found`` and return the main text's paragraphs.

    Args:
        html: the page source.
        source: the name used in warnings.
        found: fields already found; they win.
        extensive_date: let htmldate search the whole page text for a date when markup has none.
    """
    import trafilatura

    problems: list[str] = []
    tree = page_tree(html, problems)
    found.warnings.extend(f"{source}: {problem}" for problem in problems)
    if tree is None:
        found.warnings.append(f"{source}: the HTML could not be parsed; no text was read")
        return []
    sites = site_names(tree, handles=False) | {site_key(n) for n in publisher_names(tree)}
    headline = page_headline(tree)
    found.offer("headline", headline, "html markup")
    found.offer("authors", stated_authors(tree, sites=sites, headline=headline), "html markup")
    try:
        # The libraries may prune the tree they are given; each gets its own copy.
        doc = trafilatura.bare_extraction(
            deepcopy(tree), with_metadata=True, include_comments=False, include_tables=False,
            favor_precision=True, include_images=False, include_links=False,
        )
    except Exception as exc:  # trafilatura/lxml fail on some malformed markup; a warning, not a crash
        found.warnings.append(f"{source}: the main-text extractor failed ({type(exc).__name__}); the text is read from the markup")
        doc = None
    meta = (doc.as_dict() if hasattr(doc, "as_dict") else dict(doc)) if doc is not None else {}
    # The page's own markup stands in for the main text when the extractor finds none.
    paragraphs = page_body(tree, meta.get("text") or "", headline=headline)
    if doc is not None:
        found.offer("headline", _clean(meta.get("title")), "html meta")
        found.offer("authors", authors_of(meta.get("author"), sites=sites), "trafilatura")
        found.offer("description", _clean(meta.get("description")), "html meta")
        found.offer("url", _clean(meta.get("url")), "html meta")
        tags = meta.get("tags") or []
        found.offer("tags", [t.strip() for t in tags if isinstance(t, str) and t.strip()], "html meta")
    outlet, where = page_outlet(tree, url=found.values.get("url"), guessed=_clean(meta.get("sitename")))
    found.offer("outlet", outlet, where)
    date, where = page_published(tree, url=found.values.get("url"), extensive=extensive_date)
    found.offer("published", date, where)
    rendered_readme = meta_values(tree, "og:type")[:1] == ["object"] or tree.xpath(
        '//*[contains(concat(" ", normalize-space(@class), " "), " markdown-body ")]')
    found.not_news = readme_reason(
        source=source, headings=[_element_text(h) for h in tree.iter("h1", "h2", "h3", "h4")],
        code_blocks=len(tree.xpath("//pre")), code_host=is_code_host(sites) and bool(rendered_readme))
    ld_types = [str(t) for item in jsonld_items(tree) for t in
                (item.get("@type") if isinstance(item.get("@type"), list) else [item.get("@type")]) if t]
    found.declared_news = declares_news(ld_types)
    og_types, sections = meta_values(tree, "og:type"), meta_values(tree, *SECTION_META)
    found.not_news = found.not_news or markup_reason(
        og_types=og_types, ld_types=ld_types,
        meta_names={(m.get("name") or m.get("property") or "").strip().casefold() for m in tree.iter("meta")},
        sections=sections, url=found.values.get("url"))
    found.blog = blog_markup(og_types=og_types, ld_types=ld_types, sections=sections, url=found.values.get("url"))
    return paragraphs


def _element_text(element) -> str:
    return " ".join(element.text_content().split())


def _clean(value: object) -> str | None:
    return " ".join(value.split()) or None if isinstance(value, str) else None

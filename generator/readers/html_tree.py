"""Parsing a saved HTML page into an lxml tree that the extraction libraries read the same way."""
from __future__ import annotations

import re


def page_tree(html: str, problems: list[str] | None = None):
    """``html`` parsed by ``lxml.html``, with meta values moved to ``content``; None if unparsable.

    Some saved pages (and page-saving tools) keep a meta tag's value in a ``value`` attribute;
    trafilatura and htmldate read only ``content``, so the value is copied there. What the parser
    had to leave out is added to ``problems``: libxml2 stops reading elements nested more than 255
    deep (its limit against stack exhaustion), and the text inside them is lost.
    """
    import lxml.html

    parser = lxml.html.HTMLParser(encoding="utf-8")
    try:
        # Bytes with a declared encoding: lxml refuses a str that carries an XML encoding declaration.
        tree = lxml.html.fromstring(html.encode("utf-8", "replace"), parser=parser)
    except Exception:  # lxml rejects some documents (empty, bad encoding declarations)
        return None
    if problems is not None and any("Excessive depth" in entry.message for entry in parser.error_log):
        problems.append("the HTML is nested more than 255 elements deep; the text inside them was not read")
    for meta in tree.iter("meta"):
        if meta.get("content") is None and meta.get("value") is not None:
            meta.set("content", meta.get("value"))
    _fold_line_breaks(tree)
    return tree


# Elements whose white space is the text's own (HTML's preformatted elements, and code).
_PREFORMATTED = frozenset(("pre", "textarea", "listing", "plaintext", "xmp", "script", "style"))
_BREAK = re.compile(r"[^\S\n]*\n\s*")


def _fold_line_breaks(tree) -> None:
    """A line break in a page's source text is a space (HTML's white-space processing, CSS
    ``white-space: normal``), outside preformatted elements: "Daniel Radcliffe and Emma⏎
    Watson" in one ``<p>`` is one sentence. The main-text extractor keeps such breaks, and a line of
    its output is a paragraph, so a sentence the page's source wrapped was cut in two."""
    kept = set()
    for element in tree.iter(*_PREFORMATTED):
        kept.update(element.iter())
    for element in tree.iter():
        parent = element.getparent()
        try:
            if element not in kept and element.text and "\n" in element.text:
                element.text = _BREAK.sub(" ", element.text)
            if element.tail and "\n" in element.tail and (parent is None or parent not in kept):
                element.tail = _BREAK.sub(" ", element.tail)
        except ValueError:
            continue    # lxml sets no text with a control character it read ("\x0c"): left as read


def meta_values(tree, *names: str) -> list[str]:
    """The non-empty values of the page's meta tags called ``names`` (by name or property, any case).

    Values come in the order of ``names``, then of the page; white space is folded.
    """
    wanted = [name.casefold() for name in names]
    found: dict[str, list[str]] = {name: [] for name in wanted}
    for element in tree.iter("meta"):
        label = (element.get("name") or element.get("property") or "").strip().casefold()
        value = " ".join((element.get("content") or element.get("value") or "").split())
        if label in found and value:
            found[label].append(value)
    return [value for name in wanted for value in found[name]]


def jsonld_items(tree) -> list[dict]:
    """Every object in the page's JSON-LD scripts, `@graph` and `mainEntity` included."""
    import json

    items: list[dict] = []

    def walk(data: object) -> None:
        if isinstance(data, list):
            for item in data:
                walk(item)
        elif isinstance(data, dict):
            items.append(data)
            walk(data.get("@graph"))
            walk(data.get("mainEntity"))

    for script in tree.xpath('//script[@type="application/ld+json"]'):
        try:
            walk(json.loads(script.text_content() or "null"))
        except (ValueError, RecursionError):
            continue
    return items

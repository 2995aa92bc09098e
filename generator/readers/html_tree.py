"""Parsing a saved HTML page into an lxml tree that the extraction libraries read the same way."""
from __future__ import annotations


def page_tree(html: str):
    """``html`` parsed by ``lxml.html``, with meta values moved to ``content``; None if unparsable.

    Some saved pages (and page-saving tools) keep a meta tag's value in a ``value`` attribute;
    trafilatura and htmldate read only ``content``, so the value is copied there.
    """
    import lxml.html

    try:
        # Bytes with a declared encoding: lxml refuses a str that carries an XML encoding declaration.
        tree = lxml.html.fromstring(html.encode("utf-8", "replace"), parser=lxml.html.HTMLParser(encoding="utf-8"))
    except Exception:  # lxml rejects some documents (empty, bad encoding declarations)
        return None
    for meta in tree.iter("meta"):
        if meta.get("content") is None and meta.get("value") is not None:
            meta.set("content", meta.get("value"))
    return tree

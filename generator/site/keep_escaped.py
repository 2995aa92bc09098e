"""MkDocs hook: after the minifier, ``< > " '`` in text, titles and attribute values are entities again.

mkdocs-minify-html-plugin (minify-html) writes the shortest valid HTML, so it turns ``&lt;img&gt;``
in a <title>, in an attribute value or before a space back into a bare ``<`` or ``>``. Browsers still
read that as text, but the project's rule is that article text never shows up in a page's bytes as
markup-like characters (tests and any reader's grep look for ``<script>``), and no minifier option
keeps those entities. This pass walks the minified page once (a regular expression over minify-html's
output grammar: tags with quoted or bare attribute values, raw-text script and style elements) and
escapes ``< > " '`` wherever they are not markup; the minifier's other savings (whitespace, optional
tags and quotes, inline CSS and JS) stay. It costs about a millisecond a page.
"""
from __future__ import annotations

import re

from mkdocs.plugins import event_priority

_VALUE = r"""[^>"']*(?:(?:"[^"]*"|'[^']*')[^>"']*)*"""   # attributes: quoted values may hold >
# One pass over minify-html's output grammar, in order of precedence: a raw-text element (script,
# style: kept as written), an RCDATA element (title, textarea: its text escaped), a comment or
# doctype (kept), any other tag (its quoted attribute values escaped), else a bare < > " or ' (escaped).
_TOKEN = re.compile(
    rf"(<(script|style)\b{_VALUE}>.*?</\2\s*>)"
    rf"|(<(?:title|textarea)\b{_VALUE}>)(.*?)(</(?:title|textarea)\s*>)"
    r"|(<!--.*?-->|<![^>]*>)"
    rf"|(</?[A-Za-z][A-Za-z0-9:-]*{_VALUE}>)"
    r"|([<>\"'])",
    re.DOTALL | re.IGNORECASE)
_QUOTED = re.compile(r""""[^"]*"|'[^']*'""")
_ENTITY = {"<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&#39;"}
_ESCAPE = str.maketrans(_ENTITY)


def _text(value: str) -> str:
    return value.translate(_ESCAPE)


def _token(m: re.Match) -> str:
    if m.group(1) is not None or m.group(6) is not None:
        return m.group(0)
    if m.group(3) is not None:
        return _tag(m.group(3)) + _text(m.group(4)) + m.group(5)
    if m.group(7) is not None:
        return _tag(m.group(7))
    return _ENTITY[m.group(8)]


def _tag(tag: str) -> str:
    inner = tag[1:-1]
    if "<" not in inner and ">" not in inner:
        return tag
    return "<" + _QUOTED.sub(lambda q: q.group(0)[0] + _text(q.group(0)[1:-1]) + q.group(0)[0], inner) + ">"


def escape_markup_characters(html: str) -> str:
    """``html`` with every ``<``, ``>``, ``"`` and ``'`` that is not markup written as an entity.

    Script and style elements, comments and the doctype are kept exactly as written.
    """
    return _TOKEN.sub(_token, html)


@event_priority(-50)
def on_post_page(output, page, config):
    """After the minifier (priority 0), before the incremental hook notes the page (-100)."""
    return escape_markup_characters(output) if output else output

"""Authors stated in an HTML page's markup: JSON-LD, meta tags, author-marked elements."""
from __future__ import annotations

import json
import re

_META_AUTHOR_NAMES = ("author", "article:author", "byl", "parsely-author", "sailthru.author",
                      "dc.creator", "dcterms.creator", "citation_author")
_NAME_CLASS = re.compile(r"(?:^|[\s_-])(?:author|byline|contributor)s?(?:[_-]{1,2})?(?:name|link)\b", re.I)


def _meta_value(element) -> str:
    # Some saved pages carry the value in "value" rather than "content".
    return (element.get("content") or element.get("value") or "").strip()


def _jsonld_authors(data: object) -> list[str]:
    names: list[str] = []
    if isinstance(data, list):
        for item in data:
            names.extend(_jsonld_authors(item))
    elif isinstance(data, dict):
        if "@graph" in data:
            names.extend(_jsonld_authors(data["@graph"]))
        author = data.get("author") or data.get("creator")
        for item in author if isinstance(author, list) else [author]:
            if isinstance(item, str):
                names.append(item)
            elif isinstance(item, dict) and isinstance(item.get("name"), str) and "Organization" not in str(item.get("@type")):
                names.append(item["name"])
    return names


def stated_authors(tree, *, skip: set[str] = frozenset()) -> list[str]:
    """Author strings a page states, from the most to the least reliable place; [] if none.

    Args:
        tree: the page parsed by ``lxml.html``.
        skip: lower-cased names that are not people (the publisher); a source naming only these
            is passed over.
    """
    names: list[str] = []
    for script in tree.xpath('//script[@type="application/ld+json"]'):
        try:
            names.extend(_jsonld_authors(json.loads(script.text_content() or "null")))
        except (ValueError, RecursionError):
            continue
    names = [n for n in names if n.strip().casefold() not in skip]
    if names:
        return names
    for name in _META_AUTHOR_NAMES:
        for element in tree.xpath(f'//meta[translate(@name, "ABCDEFGHIJKLMNOPQRSTUVWXYZ", "abcdefghijklmnopqrstuvwxyz")="{name}" or @property="{name}"]'):
            value = _meta_value(element)
            if value and not value.startswith(("http://", "https://", "/", "@")):
                names.append(value)
        if names:
            return names
    for element in tree.xpath('//*[@itemprop="author"]'):
        inner = element.xpath('.//*[@itemprop="name"]')
        text = _meta_value(inner[0]) or inner[0].text_content() if inner else element.text_content()
        if text.strip():
            names.append(text)
    if names:
        return names
    for element in tree.xpath('//a[@rel="author"] | //*[@class]'):
        if element.tag == "a" and element.get("rel") == "author" or _NAME_CLASS.search(element.get("class") or ""):
            if text := element.text_content().strip():
                # The first marked element is the story's byline; later ones are related stories.
                return [text]
    return names


def publisher_names(tree) -> set[str]:
    """Names the page gives its publisher or site (JSON-LD publisher, og:site_name), lower-cased."""
    names = {_meta_value(e).casefold() for e in tree.xpath('//meta[@property="og:site_name" or @name="og:site_name"]')}
    for script in tree.xpath('//script[@type="application/ld+json"]'):
        text = script.text_content() or ""
        names.update(m.casefold() for m in re.findall(r'"publisher"\s*:\s*\{[^{}]*?"name"\s*:\s*"([^"]+)"', text))
    return {n for n in names if n}

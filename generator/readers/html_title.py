"""The headline of a saved HTML page: the page's own heading, checked against its meta titles."""
from __future__ import annotations

import re
from urllib.parse import urlsplit
from generator.readers.html_tree import jsonld_items, meta_values

# Separators between a headline and a site or section name in <title> and og:title.
_AFFIX_SEPARATORS = (" | ", " - ", " — ", " – ", " : ", " :: ", " · ", " » ")
# A space before closing punctuation comes from markup split into elements, not from the writer.
_SPACE_BEFORE_PUNCT = re.compile(r"\s+(?=[:;,.!?’”)](?:\s|$))")
_NOT_HEADLINE = re.compile(r"\b(?:logo|menu|navigation|search|subscribe|sign in|log in|cookies?)\b", re.I)
_HEADLINE_TYPES = re.compile(r"Article|Posting|Report|WebPage|BlogPosting|NewsArticle", re.I)


def _text(value: object) -> str:
    return _SPACE_BEFORE_PUNCT.sub("", " ".join(value.split())) if isinstance(value, str) else ""


def site_key(text: str) -> str:
    """Letters and digits only, lower-cased, without a leading "the": how site names are compared."""
    key = re.sub(r"[\W_]+", "", text.casefold())
    return key[3:] if key.startswith("the") and len(key) > 6 else key


def _words(text: str) -> set[str]:
    return set(re.findall(r"\w+", text.casefold()))


def _agreement(a: str, b: str) -> float:
    """Share of words two titles have in common (Jaccard)."""
    wa, wb = _words(a), _words(b)
    return len(wa & wb) / len(wa | wb) if wa and wb else 0.0


def _meta(tree, *names: str) -> list[str]:
    return [_text(value) for value in meta_values(tree, *names)]


def site_names(tree, *, url: str | None = None, handles: bool = True) -> set[str]:
    """Comparison keys of the names a page gives its site: og:site_name, publisher, domain.

    Args:
        tree: the page parsed by ``lxml.html``.
        url: the page's address when known (else og:url or the canonical link is used).
        handles: count the site's social handle (twitter:site) too; on a personal site it is
            the writer's own handle, so author checks leave it out.
    """
    names = _meta(tree, "og:site_name", "application-name", "al:iphone:app_name")
    if handles:
        names += _meta(tree, "twitter:site")
    for item in jsonld_items(tree):
        publisher = item.get("publisher")
        if isinstance(publisher, dict) and isinstance(publisher.get("name"), str):
            names.append(publisher["name"])
    urls = [url] if url else []
    urls += _meta(tree, "og:url") + [e.get("href") or "" for e in tree.xpath('//link[@rel="canonical"]')]
    for address in urls:
        host = urlsplit(address).hostname or ""
        labels = [l for l in host.split(".") if l not in {"www", "com", "org", "net", "co", "uk", "go"}]
        names.extend(labels[:1])
    return {k for k in (site_key(n.lstrip("@")) for n in names) if len(k) >= 2}


def _is_site(text: str, sites: set[str]) -> bool:
    key = site_key(text)
    return bool(key) and any(key == s or (len(s) >= 4 and s in key and len(key) <= len(s) + 12) for s in sites)


def strip_site(title: str, *, sites: set[str], known: tuple[str, ...] = ()) -> str:
    """``title`` without a site or section name before or after a separator.

    An affix goes when it names the site, or when what is left is a title stated elsewhere
    (``known``); a colon without a space before it is part of a headline ("Insiders: Trump ...").
    """
    known_keys = {site_key(k) for k in known if k}
    changed = True
    while changed:
        changed = False
        for sep in _AFFIX_SEPARATORS:
            head, found, tail = title.rpartition(sep)
            if found and head.strip() and (_is_site(tail, sites) or site_key(head) in known_keys):
                title, changed = head.strip(), True
                break
            tail_first, found, rest = title.partition(sep)
            if found and rest.strip() and (_is_site(tail_first, sites) or site_key(rest) in known_keys):
                title, changed = rest.strip(), True
                break
    return title


def _headings(tree, sites: set[str]) -> list[str]:
    headings = []
    for element in tree.xpath("//h1"):
        text = _text(element.text_content())
        # One word is a section, a logo or a menu label, not a news headline.
        if len(text.split()) < 2 or len(text) > 300 or _NOT_HEADLINE.search(text) or _is_site(text, sites):
            continue
        headings.append(text)
    return headings


def page_headline(tree, *, url: str | None = None) -> str | None:
    """The headline a page shows its readers, or None when it states none.

    The page's ``<h1>`` is the headline readers see; when there are several, the one that agrees with
    the meta titles (og:title, JSON-LD headline, itemprop headline, ``<title>``) wins. Meta titles
    stand in when no heading reads as a headline, with site names cut off.

    Args:
        tree: the page parsed by ``lxml.html`` (meta values in ``content``).
        url: the page's address when known.
    """
    sites = site_names(tree, url=url)
    headline_marks = [
        _text(e.get("content") or e.text_content()) for e in tree.xpath('//*[@itemprop="headline"]')
    ]
    jsonld = [
        _text(item.get("headline")) for item in jsonld_items(tree)
        if _HEADLINE_TYPES.search(str(item.get("@type"))) and isinstance(item.get("headline"), str)
    ]
    metas = _meta(tree, "og:title") + [h for h in jsonld if h] + _meta(tree, "twitter:title")
    titles = [_text(e.text_content()) for e in tree.xpath("//head/title | //title")[:1]]
    headings = _headings(tree, sites)
    known = tuple(headings + [h for h in headline_marks if h])
    metas = [strip_site(m, sites=sites, known=known) for m in metas]
    titles = [strip_site(t, sites=sites, known=known + tuple(metas)) for t in titles if t]
    references = [r for r in metas + headline_marks + titles if r]

    # A headline marked as such that the social title repeats is the article's own.
    for mark in headline_marks:
        if mark and len(mark.split()) >= 2 and any(site_key(mark) == site_key(m) for m in metas) \
                and not any(site_key(mark) == site_key(h) for h in headings):
            if not headings or max(_agreement(h, mark) for h in headings) < 0.5:
                return mark
    if headings:
        best = max(headings, key=lambda h: max((_agreement(h, r) for r in references), default=0.0))
        score = max((_agreement(best, r) for r in references), default=0.0)
        heading = best if score >= 0.5 else headings[0]
        # A heading that a meta title extends after a colon is a kicker cut short ("Artist" vs "Artist: Album").
        for meta in metas:
            if meta.casefold().startswith(heading.casefold() + ":"):
                return meta
        return heading
    return next((r for r in metas + titles if r), None)

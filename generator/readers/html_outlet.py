"""Who published a saved web page: its own markup first, then a table of well-known news sites.

Pages name their publisher in JSON-LD (`publisher.name`), `og:site_name` or `application-name`;
trafilatura's guess is used after those. Values that are addresses ("https://facebook.com/Outlet/"),
copyright lines or bare domain words ("Latimes") are not outlet names: then the page's domain is looked
up in `generator/data/news_sites.txt`, and failing that the domain itself is shown ("example.com").
"""
from __future__ import annotations

import functools
import re
from urllib.parse import urlsplit

from generator.data import DATA_DIR, read_entries
from generator.readers.html_tree import jsonld_items, meta_values

_NOT_A_NAME = re.compile(r"://|^www\.|\.(com|org|net|co\.uk)\b|©|\(c\)|copyright|all rights reserved|\b(19|20)\d\d\b",
                         re.IGNORECASE)


@functools.lru_cache(maxsize=1)
def news_sites() -> dict[str, str]:
    """Domain -> outlet name, from the shipped table."""
    return {entry[0].lower(): entry[1] for entry in read_entries(DATA_DIR / "news_sites.txt") if len(entry) == 2}


def page_outlet(tree, *, url: str | None = None, guessed: str | None = None) -> tuple[str | None, str]:
    """The outlet's name and where it came from ("json-ld", "html meta", "trafilatura", "domain").

    Args:
        tree: the page parsed by lxml.
        url: the page's address when known (else og:url or the canonical link is used).
        guessed: trafilatura's site name, used after the page's own markup.
    """
    host = _host(tree, url)
    candidates = [(name, "json-ld") for name in _jsonld_publishers(tree)]
    known = _known_site(host) if host else None
    if known:
        candidates.append((known, "domain"))   # before og:site_name, which some sites fill with a section
    candidates += [(name, "html meta") for name in meta_values(tree, "og:site_name", "application-name")]
    if guessed:
        candidates.append((guessed, "trafilatura"))
    for name, where in candidates:
        # "Raw Story - Celebrating 18 Years of ...", "Yahoo News | Latest News": the name comes first
        name = re.split(r"\s+[-|—–:]\s+", " ".join(name.split()))[0]
        if not name or len(name.split()) > 5 or _NOT_A_NAME.search(name) or _is_place(name):
            continue
        if host and _squash(name) == _domain_label(host) and not name.isupper():
            # "Latimes": the domain's letters title-cased; the table knows how the outlet writes it
            return _known_site(host) or name, "domain" if _known_site(host) else where
        return name, where
    if host:
        known = _known_site(host)
        return (known or host), "domain"
    return None, "none"


def _is_place(name: str) -> bool:
    """A section name such as "U.S." or "World" in og:site_name is no publisher."""
    from generator.data import gazetteer

    known = gazetteer().lookup(name)
    return bool(known and known[1] in {"place", "group"}) or name.lower() in {"world", "news", "home", "magazine"}


def _squash(name: str) -> str:
    return re.sub(r"[\W_]+", "", name.lower())


def _known_site(host: str) -> str | None:
    sites = news_sites()
    parts = host.lower().split(".")
    for i in range(len(parts) - 1):
        name = sites.get(".".join(parts[i:]))
        if name:
            return name
    return None


def _domain_label(host: str) -> str:
    labels = [l for l in host.lower().split(".") if l not in {"www", "com", "org", "net", "co", "uk", "go", "edition"}]
    return labels[0] if labels else ""


def _host(tree, url: str | None) -> str | None:
    addresses = [url] if url else []
    addresses += meta_values(tree, "og:url") + [e.get("href") or "" for e in tree.xpath('//link[@rel="canonical"]')]
    for address in addresses:
        host = urlsplit(address.strip()).hostname if address else None
        if host:
            return host.lower().removeprefix("www.")
    return None


def _jsonld_publishers(tree) -> list[str]:
    names = []
    for item in jsonld_items(tree):
        publisher = item.get("publisher")
        if isinstance(publisher, list):
            publisher = publisher[0] if publisher else None
        if isinstance(publisher, dict) and isinstance(publisher.get("name"), str):
            names.append(publisher["name"])
    return names

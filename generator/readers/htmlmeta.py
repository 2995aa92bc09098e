"""Authors stated in an HTML page's markup: JSON-LD, meta tags, author-marked elements, bylines."""
from __future__ import annotations

import re
from urllib.parse import urlsplit

from generator.readers.byline import is_role, one_role, split_role
from generator.readers.html_title import site_key
from generator.readers.html_tree import jsonld_items, meta_values
from generator.readers.names import looks_like_name, person_case
from generator.readers.outlets import outlet_name
from generator.types import Author

_META_AUTHOR_NAMES = ("author", "byl", "byline", "article_author", "parsely-author", "sailthru.author",
                      "dc.creator", "dcterms.creator", "citation_author")
_AUTHOR_MARK = re.compile(r"by-?line|author", re.I)
# Blocks whose author marks belong to other texts: comments, related stories, teasers, profiles.
_OTHER_TEXT = re.compile(
    r"(?:^|\s)(?:comments?|related|recirc|summary-item|teaser|promo|sidebar|footer|site-footer|newsletter|"
    r"trending|popular|most-popular|more-from|recommend|author-?bio|about-?(?:the-?)?author|authorprofile|flyout|"
    r"card-list)",
    re.I,
)
_PROFILE_LINK = re.compile(r"/(?:authors?|profiles?|people|staff|contributors?|writers?|editors?|by)/[\w.%-]+/?$", re.I)
# Where a byline stops naming people: dates, times, labels and page furniture.
_MONTH = r"(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]*\.?"
_BYLINE_END = re.compile(
    r"\b(?:posted|published|updated|last updated|view author|get author|email|e-mail|follow|link copied|"
    r"share|contact|about the author|more from|more by|read more|illustrations? by|photo(?:graph)?s? by|"
    r"photographed by|modeled by|\d+\s+(?:minutes?|hours?|days?)\s+ago)\b"
    r"|\b" + _MONTH + r"\s+\d{1,2}\b|\b\d{1,2}\s+" + _MONTH + r"\s+\d{4}|\b\d{1,4}[/.-]\d{1,2}[/.-]\d{1,4}\b"
    r"|\b\d{1,2}:\d{2}\b|[|·•]",
    re.I,
)
_LEADING_BY = re.compile(r"^\W*(?:(?:written|posted|reported|story|text|words)\s+)?(?:by(?:[\s:]+|(?=by\b)|(?=(?-i:[A-Z]))))+", re.I)
# A capitalised word glued to the next ("DavidsonWashington Post"): text of two elements run together.
_GLUED = re.compile(r"\b([A-Z]?[a-z]{2,})(?=[A-Z])")
# Name beginnings that a capital follows inside one name: McDonald, MacLeod, DeShawn, LeBron, DiCaprio.
_NAME_PREFIXES = frozenset({"Mc", "Mac", "De", "Di", "Da", "Du", "La", "Le", "Van", "Von", "Fitz", "St"})
_SPLIT = re.compile(r"\s*(?:;|,|&|\u2016|\band\b|\bwith\b)\s*", re.I)
# Words that name an organisation, a desk or a role, not a person.
_NOT_A_PERSON = re.compile(
    r"\b(?:staff|news|desk|editors?|team|wire|services?|press|media|contributors?|post|times|daily|journal|"
    r"tribune|herald|magazine|gazette|inc|llc|ltd|network|radio|tv|online|associated|group|agency|"
    r"university|institute|committee|department|reporters?|writers?|admin|administrator|"
    # roles and titles after a name
    r"correspondent|columnist|producer|photographer|analyst|critic|journalist|commentator|director|"
    r"chief|senior|executive|deputy|managing|assistant|president|officer|"
    # page furniture that sits next to bylines
    r"watch|live|more|stories|view|all|read|share|subscribe|sign|menu|home|search|exclusive|video|"
    r"photos?|update|advertisement|comments?|reply|link|copied|profile|bio)\b",
    re.I,
)
# A credit a page gives a desk rather than a person ("AOL Staff", "Metro News Desk").
_DESK = re.compile(r"^(?:[A-Z][\w&'’.-]*\s+){0,3}(?:staff|desk|team)$", re.I)
_NODE_BREAK = "\u2016"  # stands between the texts of two elements; names never cross it


def _element_text(element, *, breaks: bool = False) -> str:
    """The text in ``element`` without scripts, styles or comments; element texts joined by spaces."""
    parts: list[str] = []
    for node in element.iter():
        if isinstance(node.tag, str) and node.tag not in ("script", "style", "noscript"):
            if node.text:
                parts.append(node.text)
        if node is not element and node.tail:
            parts.append(node.tail)
    joiner = f" {_NODE_BREAK} " if breaks else " "
    return " ".join(joiner.join(p.strip() for p in parts if p.strip()).split())


def _in_other_text(element) -> bool:
    for node in element.iterancestors():
        if node.tag in ("body", "html"):
            break
        marks = f"{node.get('class') or ''} {node.get('id') or ''}"
        if node.tag in ("aside", "nav") or (marks.strip() and _OTHER_TEXT.search(marks)):
            return True
    return False


def names_in_byline(text: str | None, *, sites: set[str] = frozenset(), field: bool = False) -> list[Author]:
    """People named in a byline string: names only, no "By", roles, outlets, dates or links.

    Args:
        text: the byline as the page writes it ("By Jane Doe and John Roe | Updated May 2").
        sites: comparison keys of the site's own names (a site is not an author).
        field: the text is a field that holds nothing but author names (JSON-LD, meta, itemprop):
            a one-word name or a desk credit ("AOL Staff") is then taken too.
    Returns:
        The authors in order, without repeats, each with the role the byline gives after the names
        ("By Jane Doe, Political Editor"; a plural role after several names is each one's:
        "Political Correspondents" -> "Political Correspondent"); [] when the text names no person.
    """
    if not text:
        return []
    # "Doe, Jane" in a name field is one person written surname first.
    if field and (last_first := re.fullmatch(r"\s*([A-Z][\w'’-]+),\s*([A-Z][\w'’-]+(?:\s+[A-Z]\.?)?)\s*", text)):
        text = f"{last_first.group(2)} {last_first.group(1)}"
    text = re.sub(r"\S+@\S+|https?://\S+|(?<!\w)@\w+", f" {_NODE_BREAK} ", " ".join(text.split()))
    text = _GLUED.sub(lambda m: m.group(1) if m.group(1) in _NAME_PREFIXES else f"{m.group(1)} {_NODE_BREAK} ", text)
    text = _LEADING_BY.sub("", text.strip(f" {_NODE_BREAK}:-–—")).strip()
    end = _BYLINE_END.search(text)
    # "May 2, 2024 at 6:08 PM by Jane Doe": the names follow a date.
    if end and not re.search(r"[^\W\d_]", text[: end.start()]):
        if by := re.search(r"\bby\s+(?=(?-i:[A-Z]))", text, re.I):
            text = text[by.end():]
            end = _BYLINE_END.search(text)
    if end:
        text = text[: end.start()]
    names: list[Author] = []
    for part in _SPLIT.split(text):
        part = _LEADING_BY.sub("", part.strip(f" .:-–—{_NODE_BREAK}")).strip(" .:-–—")
        if not part:
            continue
        if names and is_role(part):
            role = one_role(" ".join(part.split()), len(names))
            return [Author(a.name, a.role or role) for a in names]
        name = _person_name(part, sites=sites, field=field)
        if name is None:
            if names:
                break  # what follows the names is an outlet or the page around the byline
            continue
        role = split_role(part)[1]
        if all(a.name != name for a in names):
            names.append(Author(name, role))
    return names


def _person_name(part: str, *, sites: set[str], field: bool) -> str | None:
    if field and _DESK.match(part) and site_key(part) not in sites:
        return " ".join(part.split()) if not part.isupper() else person_case(part)
    part = split_role(part)[0].strip(" ,-")
    words = part.split()
    if not words or len(words) > 5 or (len(words) < 2 and not field):
        return None
    if words[0].casefold() == "the" or _NOT_A_PERSON.search(part) or outlet_name(part):
        return None
    if not looks_like_name(part) or not any(ch.isalpha() for ch in part) or site_key(part) in sites:
        return None
    # A single word must be a capitalised name, not a menu label or a handle.
    if len(words) == 1 and not re.fullmatch(r"[A-Z][\w'’.-]+", part):
        return None
    return person_case(part)


def _jsonld_authors(tree) -> list[tuple[str, bool]]:
    """(name, one-word names allowed) for JSON-LD authors that are people, not organisations."""
    found: list[tuple[str, bool]] = []
    for item in jsonld_items(tree):
        if re.search(r"Organization|Person|WebSite|ImageObject|Comment|Review", str(item.get("@type"))):
            continue  # the author of a comment, review or image is not the article's
        author = item.get("author") or item.get("creator")
        for entry in author if isinstance(author, list) else [author]:
            if isinstance(entry, str):
                found.append((entry, False))
            elif isinstance(entry, dict) and isinstance(entry.get("name"), str):
                kind = str(entry.get("@type") or "Person")
                if "Person" in kind:
                    found.append((entry["name"], True))
    return found


def _first_group(elements: list, *, depth: int = 2) -> list:
    """The first element and those near it (same block): the story's byline, not later lists."""
    elements = [e for e in elements if not _in_other_text(e)]
    if not elements:
        return []
    block = elements[0]
    for _ in range(depth):
        block = block.getparent() if block.getparent() is not None else block
    return [e for e in elements if e is elements[0] or block in e.iterancestors()]


def _from_elements(texts: list[tuple[str, bool]], sites: set[str]) -> list[Author]:
    names: list[Author] = []
    for text, single in texts:
        names.extend(a for a in names_in_byline(text, sites=sites, field=single) if all(a.name != b.name for b in names))
    return names


def _profile_slug_name(address: str) -> str | None:
    """ "Jane Doe" from an author profile address ending in "/jane-doe"; None for other addresses."""
    path = urlsplit(address.strip()).path.rstrip("/")
    slug = path.rsplit("/", 1)[-1]
    parts = slug.split("-")
    if not _PROFILE_LINK.search(path) or not 2 <= len(parts) <= 4 or not all(p.isalpha() for p in parts):
        return None
    return " ".join(p.capitalize() for p in parts)


def stated_authors(tree, *, sites: set[str] = frozenset(), headline: str | None = None) -> list[Author]:
    """The authors a page states, from the first place that names a person; [] if none.

    Places, most reliable first: JSON-LD authors that are people; ``article:author`` names;
    ``meta name=author`` and its kin; ``itemprop=author``; ``rel=author`` links; the first byline
    after the headline (an element marked byline/author, a "By ..." line or an author-profile link);
    an author profile address. When a name field lists several people and the byline shown names
    some of them, or the byline shown names all the field's people and more, the byline wins.
    Comments, related stories, asides and footers are never read.

    Args:
        tree: the page parsed by ``lxml.html`` (meta values in ``content``).
        sites: comparison keys of the site's own names (letters and digits, lower-case).
        headline: the page's headline; a byline is looked for first after the ``<h1>`` that shows it.
    """
    sources = [
        lambda: _jsonld_authors(tree),
        lambda: [(v, False) for v in meta_values(tree, "article:author")
                 if not v.startswith(("http://", "https://", "/", "@"))],
        lambda: [(v, True) for v in meta_values(tree, *_META_AUTHOR_NAMES)
                 if not v.startswith(("http://", "https://", "/", "@"))],
        lambda: [(_itemprop_author(e), True) for e in _first_group(tree.xpath('//*[@itemprop="author"]'))],
        lambda: [(_element_text(e), False) for e in _first_group(tree.xpath('//a[@rel="author"]'))],
        lambda: _visible_bylines(tree, headline=headline),
        lambda: [(n, False) for v in meta_values(tree, "article:author", "author")
                 for n in [_profile_slug_name(u) for u in v.split(",")] if n],
    ]
    for source in sources:
        if names := _from_elements(source(), sites):
            if source is not sources[-2]:
                # Name fields often list every contributor (photographers, models), or only the
                # first writer; the byline the page shows names the writers. When it names some of
                # the listed people, or all of them and more, it wins.
                shown = _from_elements(_visible_bylines(tree, headline=headline), sites)
                people, shown_people = {a.name for a in names}, {a.name for a in shown}
                if shown and (shown_people < people or people < shown_people):
                    return shown
                # the role a name field never gives is the one the byline shown gives that person
                roles = {a.name: a.role for a in shown if a.role}
                names = [Author(a.name, a.role or roles.get(a.name)) for a in names]
            return names
    return []


def _itemprop_author(element) -> str:
    inner = element.xpath('.//*[@itemprop="name"]')
    if inner:
        return (inner[0].get("content") or _element_text(inner[0])).strip()
    return (element.get("content") or _element_text(element, breaks=True)).strip()


def _byline_text(element) -> str | None:
    """The byline ``element`` holds when it is marked as one, opens with "By" or links to an author's
    profile; else None."""
    if not isinstance(element.tag, str) or element.tag in ("script", "style", "meta", "link", "noscript"):
        return None
    marks = f"{element.get('class') or ''} {element.get('id') or ''}"
    own = (element.text or "").strip()
    if (_AUTHOR_MARK.search(marks) and not _OTHER_TEXT.search(marks)) or re.match(r"by\b", own, re.I):
        text = _element_text(element, breaks=True)
        # A "By" of its own is a prefix; the names are in the elements beside it.
        if text.casefold().strip(" :") == "by" and element.getparent() is not None:
            text = _element_text(element.getparent(), breaks=True)
    elif element.tag == "a" and _PROFILE_LINK.search(urlsplit(element.get("href") or "").path or ""):
        text = _element_text(element)
    else:
        return None
    return text if text and len(text) <= 300 else None


def _visible_bylines(tree, *, headline: str | None) -> list[tuple[str, bool]]:
    """The first byline on the page that names a person, looking first after the headline's ``<h1>``."""
    elements = [e for e in tree.iter() if isinstance(e.tag, str)]
    start = 0
    if headline:
        key = site_key(headline)
        start = next((i for i, e in enumerate(elements) if e.tag == "h1" and site_key(_element_text(e)) == key), 0)
    for element in elements[start:] + elements[:start]:
        text = _byline_text(element)
        if text and names_in_byline(text) and not _in_other_text(element):
            return [(text, False)]
    return []


def publisher_names(tree) -> set[str]:
    """Names the page gives its publisher or site (JSON-LD publisher, og:site_name), lower-cased."""
    names = {v.casefold() for v in meta_values(tree, "og:site_name")}
    for item in jsonld_items(tree):
        publisher = item.get("publisher")
        if isinstance(publisher, dict) and isinstance(publisher.get("name"), str):
            names.add(publisher["name"].casefold())
    return {n for n in names if n}

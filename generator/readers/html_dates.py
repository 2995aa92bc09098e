"""The publication date a saved HTML page states: its markup first, then htmldate on what is left.

htmldate (the maintained library for this) reads meta tags before JSON-LD and takes a
``article:modified_time`` when a page has no published one in its meta tags, even when its JSON-LD
states ``datePublished``; it also reads dates in footers ("Last updated 04/05/2022"). A modified or
updated date is not when a story was published, so the page's own statements of publication come
first (schema.org ``datePublished``, Open Graph ``article:published_time`` and their kin), and
htmldate only reads a copy of the page without footers, update stamps and modification dates,
and without the addresses of the body's links and images: with its extensive search htmldate reads a
date in any URL on the page, and a menu link's or a photo file's date ("/2020/01/09/...",
"IMG_20000301.jpg") is not the story's (mercury-html gold: 88 of 89 dates right without them, 87
with them). The page's own address (canonical link, ``og:url``) stays in the head.
"""
from __future__ import annotations

import json
import re
from copy import deepcopy

from generator.readers.dates import date_in
from generator.readers.html_tree import jsonld_items, meta_values

# Meta tags that state when a page was first published, most specific first (Open Graph article,
# Dublin Core, Google Scholar, Parse.ly and Sailthru, and the common plain names).
_PUBLISHED_META = (
    "article:published_time", "og:article:published_time", "og:published_time", "published_time",
    "article.published", "article:published", "datepublished", "date_published", "publish-date",
    "publish_date", "publishdate", "pubdate", "publication_date", "parsely-pub-date", "sailthru.date",
    "dc.date.issued", "dcterms.issued", "dcterms.created", "dc.date.created", "citation_publication_date",
    "citation_date", "dc.date", "dcterms.date", "date",
)
# Meta tags, item properties and JSON-LD keys that state a change, never the publication.
_MODIFIED_NAMES = frozenset((
    "article:modified_time", "og:updated_time", "og:modified_time", "modified_time", "last-modified",
    "lastmod", "dcterms.modified", "dc.date.modified", "datemodified", "date_modified", "updated",
    "article:modified", "revised",
))
_ARTICLE_TYPE = re.compile(r"Article|Posting|Report|NewsArticle|WebPage|CreativeWork|Blog", re.I)
_OTHER_TYPE = re.compile(r"Comment|Review|ImageObject|VideoObject|Person|Organization|Event", re.I)
_ISO_DAY = re.compile(r"^\s*(\d{4})-(\d{2})-(\d{2})")
# Class and id words of page regions whose dates are not the story's: footers, update stamps, comments.
_NOT_PUBLICATION = re.compile(r"(?:^|[\s_-])(?:footer|site-?footer|updated|modified|last-?updated|comments?)(?:$|[\s_-])",
                              re.I)
# A mark that also says "published" keeps its element ('<time class="entry-date published updated">').
_PUBLICATION_MARK = re.compile(r"publish|pubdate|entry-date|posted|dateline", re.I)
# Attributes holding another resource's address (a link, an image): their dates are not the page's.
_ADDRESSES = ("href", "src", "srcset", "data-src")
_UPDATE_TEXT = re.compile(r"^\s*(?:last\s+)?(?:updated|modified|revised|edited)\b", re.I)


def _day(value: object) -> str | None:
    """YYYY-MM-DD from a markup value ("2023-11-02T07:15:00Z", "Nov 2, 2023"), else None."""
    if not isinstance(value, str) or not value.strip():
        return None
    if match := _ISO_DAY.match(value):
        return date_in(match.group(0).strip())
    return date_in(value)


def stated_published(tree) -> tuple[str | None, str]:
    """(YYYY-MM-DD, where) for the publication date the page's markup states; (None, "") if none.

    Places, in order: JSON-LD ``datePublished`` of the article (not of a comment, image or review);
    ``meta`` publication tags; an element with ``itemprop="datePublished"``.
    """
    items = [i for i in jsonld_items(tree) if i.get("datePublished")]
    items.sort(key=lambda i: 0 if _ARTICLE_TYPE.search(str(i.get("@type"))) else
               (2 if _OTHER_TYPE.search(str(i.get("@type"))) else 1))
    for item in items:
        if _OTHER_TYPE.search(str(item.get("@type"))) and not _ARTICLE_TYPE.search(str(item.get("@type"))):
            continue
        if day := _day(item.get("datePublished")):
            return day, "json-ld"
    for value in meta_values(tree, *_PUBLISHED_META):
        if day := _day(value):
            return day, "html meta"
    for element in tree.xpath('//*[@itemprop="datePublished"]'):
        if day := _day(element.get("content") or element.get("datetime") or element.text_content()):
            return day, "html markup"
    return None, ""


def without_update_dates(tree):
    """A copy of ``tree`` without the dates that say when a page changed, not when it was published:
    modification meta tags and item properties, JSON-LD ``dateModified``, footers, update stamps;
    and without the addresses of the body's links and images (another resource's date)."""
    tree = deepcopy(tree)
    doomed = []
    for element in tree.iter():
        if not isinstance(element.tag, str):
            continue
        label = (element.get("name") or element.get("property") or element.get("itemprop") or "").casefold()
        marks = f"{element.get('class') or ''} {element.get('id') or ''}"
        if label in _MODIFIED_NAMES or element.get("itemprop") == "dateModified":
            doomed.append(element)
        elif element.tag == "footer" or (element.tag not in ("html", "body", "article", "main")
                                         and _NOT_PUBLICATION.search(marks)
                                         and not _PUBLICATION_MARK.search(marks)):
            doomed.append(element)
        elif element.tag not in ("html", "body") and len(element) == 0 and _UPDATE_TEXT.match(element.text or ""):
            doomed.append(element)
    for element in doomed:
        if element.getparent() is not None:
            element.getparent().remove(element)
    for element in tree.xpath("//body//*[@href or @src or @srcset or @data-src]"):
        for name in _ADDRESSES:
            element.attrib.pop(name, None)
    for script in tree.xpath('//script[@type="application/ld+json"]'):
        try:
            data = json.loads(script.text_content() or "null")
        except (ValueError, RecursionError):
            continue
        script.text = json.dumps(_drop_modified(data))
    return tree


def _drop_modified(data: object) -> object:
    if isinstance(data, dict):
        return {k: _drop_modified(v) for k, v in data.items() if k != "dateModified"}
    if isinstance(data, list):
        return [_drop_modified(v) for v in data]
    return data


def page_published(tree, *, url: str | None = None, extensive: bool = True) -> tuple[str | None, str]:
    """(YYYY-MM-DD, where) for the page's publication date; (None, "") when it states none.

    The markup's own statement wins (:func:`stated_published`); else htmldate reads the page without
    its update dates (:func:`without_update_dates`).

    Args:
        tree: the page parsed by ``lxml.html`` (read only).
        url: the page's address, whose path may hold the date.
        extensive: let htmldate look at dates in the page's text when its markup has none.
    """
    day, where = stated_published(tree)
    if day:
        return day, where
    from htmldate import find_date

    try:
        day = find_date(without_update_dates(tree), original_date=True, extensive_search=extensive, url=url)
    except Exception:  # htmldate raises on some malformed markup; the date is then unknown
        day = None
    return (day, "htmldate") if day else (None, "")

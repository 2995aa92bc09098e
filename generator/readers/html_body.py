"""The article body among the text a page extractor returns: no captions, credits or link lists."""
from __future__ import annotations

import html
import re

# Photo and image credits, as captions write them: "(Photo: Jane Doe, Agency)", "Getty Images".
_CREDIT = re.compile(
    r"^\(?\s*(?:photo|image|picture|video|illustration|graphic|credit|source|file photo)s?\s*(?:credit)?\s*[:/]"
    r"|\b(?:getty images|shutterstock|istock(?:photo)?|ap photo|afp photo|reuters/|photo by|photograph by"
    r"|image by|illustration by|courtesy of)\b",
    re.I,
)
# Labels that open promotion and navigation lines rather than sentences.
_PROMO = re.compile(
    r"^(?:related|read more|read also|more|see also|watch|listen|advertisement|sponsored|sign up|subscribe|"
    r"click here|follow us|share this|recommended|trending|most popular|also read|don't miss|top stories)\b\s*[:|»›-]?",
    re.I,
)
# Sign-up, copyright and publishing notes around a story.
_NOTICE = re.compile(
    r"\bnewsletters?\b|\bpromotional content\b|\bsign up\b|\bsubscribe\b|\ball rights reserved\b|"
    r"\bcopyright\s*(?:©|\(c\)|\d{4})|\bclick here\b|\bthis (?:article|story) was originally published\b|"
    r"\bterms of (?:use|service)\b|\bprivacy policy\b|\baffiliate links?\b|\bmay (?:receive|earn) (?:a )?commission\b|"
    r"\b(?:enable|allow|turn on) (?:push )?notifications\b|\bnever miss (?:out|a story|an update)\b|"
    r"^(?:keep me|stay) (?:up to date|updated|informed)\b|\bwe use cookies\b|\buses? cookies\b|\baccept (?:all )?cookies\b",
    re.I,
)
# Publishing stamps: "Updated: May 2, 2024", "Published 3 hours ago", "This article is more than 2 years old".
_STAMP = re.compile(
    r"^(?:published|updated|last updated|posted|first published|last modified|modified)\b"
    r"|\b(?:published|updated|posted)\s*:?\s*(?:on\s+)?(?:\d|(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?\s+\d)"
    r"|\bthis (?:article|story) is (?:more|over) than\b",
    re.I,
)
# Stops of Latin script, and the full stops of CJK ("。！？", closing 」』), Devanagari (danda "।")
# and Arabic ("؟", "۔"): a Japanese paragraph is one "word" long and still a sentence.
_SENTENCE_END = re.compile(r"[.!?…:\"'”’)\]。！？」』।؟۔]\s*$")


def is_caption_or_credit(paragraph: str) -> bool:
    """Whether ``paragraph`` reads as a photo caption's credit rather than article text."""
    words = paragraph.split()
    return bool(_CREDIT.search(paragraph)) and len(words) <= 30


# A menu label or a link list line is short in characters too: a run of 300,000 "&" in one word is
# text to read, not a label.
LINK_LINE_CHARS = 200


def is_link_list(paragraph: str) -> bool:
    """Whether ``paragraph`` reads as navigation or a promotion ("Read more: ...", a bare label)."""
    words = paragraph.split()
    if len(paragraph) > LINK_LINE_CHARS * 10:
        return False
    if _PROMO.match(paragraph) and len(words) <= 25:
        return True
    if len(paragraph) > LINK_LINE_CHARS:
        return False
    if len(words) <= 3 and paragraph.endswith(":"):
        return True  # a label ("UPDATES:") over a list
    # A short line without an ending stop is a menu label, a tag list or a subheading.
    return len(words) <= 6 and not _SENTENCE_END.search(paragraph)


def is_notice(paragraph: str) -> bool:
    """Whether ``paragraph`` is a sign-up, copyright or publishing note rather than story text."""
    return len(paragraph.split()) <= 40 and bool(_NOTICE.search(paragraph))


def is_stamp(paragraph: str) -> bool:
    """Whether ``paragraph`` is a publishing stamp or an editing credit rather than story text."""
    return len(paragraph.split()) <= 30 and bool(_STAMP.search(paragraph))


def body_paragraphs(text: str, *, headline: str | None = None) -> list[str]:
    """The body paragraphs of extracted page text: one per line, spaces normalised, without the
    headline repeated, captions, credits, notices, promotions and menu lines.

    Args:
        text: the extractor's text, one paragraph a line.
        headline: the page's headline; a paragraph that only repeats it is dropped.
    """
    paragraphs = [" ".join(line.split()) for line in text.split("\n") if line.strip()]
    repeated = " ".join(headline.split()).casefold() if headline else None
    return [
        p for p in paragraphs
        if p.casefold() != repeated and not is_caption_or_credit(p) and not is_notice(p) and not is_link_list(p)
        and not is_stamp(p)
    ]


# ---------------------------------------------------------------- the page's markup

# Class and id words that mark page furniture around a story: captions and credits, the dek and
# the byline over it, related and promoted links, sign-up, cookie and notification prompts, sharing.
_FURNITURE_WORDS = frozenset((
    "caption", "captions", "cptn", "credit", "credits", "figcaption", "dek", "deck", "abstract", "standfirst",
    "subtitle", "subhead", "subheadline", "strapline", "descp", "description", "kicker", "byline", "bylines",
    "dateline", "timestamp", "breadcrumb", "breadcrumbs", "related", "recommended", "recommendations",
    "newsletter", "newsletters", "signup", "subscribe", "subscription", "cookie", "cookies", "consent", "gdpr",
    "share", "sharing", "social", "promo", "advert", "advertisement", "ad", "ads", "sponsored", "outbrain",
    "taboola", "notification", "notifications", "popup", "modal", "toolbar", "comments", "disclaimer", "desc",
    "highlights", "keypoints",
))
# Elements that never hold story text.
_FURNITURE_TAGS = frozenset(("figure", "figcaption", "aside", "nav", "footer", "form", "button", "noscript",
                             "script", "style", "template", "iframe", "svg", "select", "label"))
_SKIP_TAGS = frozenset(("script", "style", "noscript", "template", "svg", "iframe", "select", "button"))
_BLOCK_TAGS = frozenset(("p", "div", "section", "article", "main", "li", "ul", "ol", "dl", "dt", "dd",
                         "blockquote", "pre", "table", "tr", "td", "th", "h1", "h2", "h3", "h4", "h5", "h6",
                         "header", "hr", "center"))
_HEADINGS = frozenset(("h1", "h2", "h3", "h4", "h5", "h6"))
# Furniture is short; a marked element holding this many words is a page region (the whole story
# under a "share-enabled" class), not furniture.
_FURNITURE_MAX_WORDS = 120
# Characters enough to find a paragraph again in the markup's text.
_MATCH_CHARS = 80
# A paragraph of running text has at least this many words.
RUNNING_TEXT_WORDS = 12
# A line without a stop shorter than this is a heading, a dek or a caption when it opens the text.
HEADING_WORDS = 25
# Lines over the story are dropped only when they hold at most this share of the words.
LEAD_SHARE = 0.3
# The extractor missed the story when it kept less than this share of the container's words.
MISSED_SHARE = 0.4
# A body container holds at least this many words of text.
_CONTAINER_MIN_WORDS = 60


def _squash(text: str) -> str:
    """``text`` casefolded without any white space: markup joins blocks with or without spaces."""
    return "".join(text.split()).casefold()


def _marker_words(element) -> set[str]:
    """The words of an element's class, id and role ("wp-caption-text" gives wp, caption, text)."""
    value = " ".join(element.get(name) or "" for name in ("class", "id", "role", "itemprop"))
    value = re.sub(r"([a-z])([A-Z])", r"\1 \2", value)  # camelCase: "articleByline"
    return set(re.split(r"[^a-z0-9]+", value.casefold())) - {""}


def is_furniture_element(element) -> bool:
    """Whether ``element`` is page furniture by its tag or its class/id words (caption, dek, related ...)."""
    tag = element.tag if isinstance(element.tag, str) else ""
    if tag in _FURNITURE_TAGS:
        return True
    if element.get("aria-hidden") == "true" or element.get("hidden") is not None:
        return True
    return bool(_marker_words(element) & _FURNITURE_WORDS)


def furniture_texts(tree, *, keep=None) -> frozenset[str]:
    """The squashed texts of the page's furniture and of each block inside it.

    Args:
        tree: the parsed page.
        keep: an element (the story's container) that is never furniture, nor any element around it.
    """
    around = set(keep.iterancestors()) | {keep} if keep is not None else set()
    texts: set[str] = set()
    for element in tree.iter():
        if not isinstance(element.tag, str) or element in around or element.tag in _SKIP_TAGS:
            continue
        # A header within the page holds the headline, dek and byline, or the site's masthead.
        if not is_furniture_element(element) and element.tag != "header":
            continue
        if element.tag not in _FURNITURE_TAGS and len(element.text_content().split()) > _FURNITURE_MAX_WORDS:
            continue
        for inner in element.iter():
            if isinstance(inner.tag, str) and inner.tag not in _SKIP_TAGS:
                text = _squash(inner.text_content())
                if text:
                    texts.add(text)
    return frozenset(texts)


def body_container(tree):
    """The element that holds the story: ``[itemprop=articleBody]``, else the ``<article>`` with
    the most text, else the element whose own paragraphs hold the most text; None when none holds
    enough words to be a story."""
    def size(element) -> int:
        return len(element.text_content().split())

    for path in ('//*[@itemprop="articleBody"]', "//article"):
        found = [e for e in tree.xpath(path) if size(e) >= _CONTAINER_MIN_WORDS]
        if found:
            return max(found, key=size)
    # Readability's idea: the story is where paragraphs of running text sit together.
    scores: dict = {}
    for p in tree.iter("p"):
        parent = p.getparent()
        if parent is not None and not any(is_furniture_element(a) for a in p.iterancestors()):
            scores[parent] = scores.get(parent, 0) + size(p)
    if not scores:
        return None
    best = max(scores, key=scores.get)
    return best if scores[best] >= _CONTAINER_MIN_WORDS else None


def container_text(container) -> str:
    """The text of ``container`` one paragraph a line, without furniture, headings or scripts."""
    lines: list[str] = [""]

    def add(text: str | None) -> None:
        if text:
            lines[-1] += text

    def walk(element) -> None:
        tag = element.tag if isinstance(element.tag, str) else ""
        skip = tag in _SKIP_TAGS or tag in _HEADINGS or tag == "header"
        if not tag or (element is not container and (skip or is_furniture_element(element))):
            add(element.tail)
            return
        block = tag in _BLOCK_TAGS
        if block or tag == "br":
            lines.append("")
        if tag == "li":
            add("- ")  # as the extractor writes list items
        add(element.text)
        for child in element:
            walk(child)
        if block:
            lines.append("")
        add(element.tail)

    walk(container)
    # A lenient parse leaves some character references as text ("&#151;").
    return "\n".join(html.unescape(" ".join(line.split())) for line in lines if line.strip())


def _words(paragraphs: list[str]) -> int:
    return sum(len(p.split()) for p in paragraphs)


def _is_running_text(paragraph: str) -> bool:
    """Whether ``paragraph`` reads as story text: a sentence or more, ending with a stop."""
    return len(paragraph.split()) >= RUNNING_TEXT_WORDS and bool(_SENTENCE_END.search(paragraph))


def _index_in(paragraph: str, paragraphs: list[str]) -> int | None:
    """Where ``paragraph`` (or its opening) is among ``paragraphs``, or None."""
    key = _squash(paragraph)[:_MATCH_CHARS]
    return next((i for i, p in enumerate(paragraphs) if key and key in _squash(p)), None)


def page_body(tree, text: str, *, headline: str | None = None) -> list[str]:
    """The story's paragraphs: the extractor's ``text`` checked against the page's markup.

    The extractor's paragraphs that repeat page furniture (a caption, the dek, a related link, a
    sign-up prompt) go; so do those before the story's container (``<article>``,
    ``[itemprop=articleBody]``) starts. When the extractor missed the story's opening paragraphs, or
    most of the story, the container's own text stands in.

    Args:
        tree: the parsed page (read only).
        text: the extractor's main text, one paragraph a line.
        headline: the page's headline; a paragraph that only repeats it is dropped.
    """
    container = body_container(tree)
    furniture = furniture_texts(tree, keep=container)
    # Text that the story's container holds outside its furniture is story text, even when a
    # summary box elsewhere repeats it.
    inside = body_paragraphs(container_text(container), headline=headline) if container is not None else []
    furniture -= {_squash(p) for p in inside}

    def clean(raw: str) -> list[str]:
        return [p for p in body_paragraphs(raw, headline=headline) if _squash(p) not in furniture]

    main = clean(text)
    if container is None:
        return story_start(main)
    inside = clean("\n".join(inside))
    if not main:
        return story_start(inside)
    marked = container.tag == "article" or container.get("itemprop") == "articleBody"
    whole = _squash(container.text_content())
    held = [_squash(p)[:_MATCH_CHARS] in whole for p in main]
    if marked and any(held):
        # Text before the story's own container is its header: kicker, dek, byline, a lead photo's caption.
        main = main[held.index(True):]
    start = _index_in(main[0], inside)
    if start:
        lead = start
        while lead > 0 and _is_running_text(inside[lead - 1]):
            lead -= 1
        main = inside[lead:start] + main
    if _words(main) < MISSED_SHARE * _words(inside):
        main = inside
    return story_start(main)


def story_start(paragraphs: list[str]) -> list[str]:
    """``paragraphs`` from the first of running text: the key points ("- ...") and the short lines
    without a stop (a dek, a kicker, a caption) that some pages put over the story go.
    Nothing goes when no paragraph of running text follows."""
    lead = 0
    while lead < len(paragraphs) and (paragraphs[lead].startswith("- ") or _is_heading_line(paragraphs[lead])):
        lead += 1
    if lead == len(paragraphs) or not _is_running_text(paragraphs[lead]):
        return paragraphs
    # Key points are a short preface; a long list first is the page's content (a study's outcomes).
    return paragraphs[lead:] if _words(paragraphs[:lead]) <= LEAD_SHARE * _words(paragraphs) else paragraphs


def _is_heading_line(paragraph: str) -> bool:
    return len(paragraph.split()) < HEADING_WORDS and not _SENTENCE_END.search(paragraph)

"""The article body among the text a page extractor returns: no captions, credits or link lists."""
from __future__ import annotations

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
    r"\bterms of (?:use|service)\b|\bprivacy policy\b",
    re.I,
)
_SENTENCE_END = re.compile(r"[.!?…:\"'”’)\]]\s*$")


def is_caption_or_credit(paragraph: str) -> bool:
    """Whether ``paragraph`` reads as a photo caption's credit rather than article text."""
    words = paragraph.split()
    return bool(_CREDIT.search(paragraph)) and len(words) <= 30


def is_link_list(paragraph: str) -> bool:
    """Whether ``paragraph`` reads as navigation or a promotion ("Read more: ...", a bare label)."""
    words = paragraph.split()
    if _PROMO.match(paragraph) and len(words) <= 25:
        return True
    if len(words) <= 3 and paragraph.endswith(":"):
        return True  # a label ("UPDATES:") over a list
    # A short line without an ending stop is a menu label, a tag list or a subheading.
    return len(words) <= 6 and not _SENTENCE_END.search(paragraph)


def is_notice(paragraph: str) -> bool:
    """Whether ``paragraph`` is a sign-up, copyright or publishing note rather than story text."""
    return len(paragraph.split()) <= 40 and bool(_NOTICE.search(paragraph))


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
    ]

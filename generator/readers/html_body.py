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
    # A short line without an ending stop is a menu label, a tag list or a subheading.
    return len(words) <= 6 and not _SENTENCE_END.search(paragraph)


def body_paragraphs(text: str) -> list[str]:
    """The body paragraphs of extracted page text: one per line, spaces normalised, without
    captions, credits, promotions and menu lines."""
    paragraphs = [" ".join(line.split()) for line in text.split("\n") if line.strip()]
    return [p for p in paragraphs if not is_caption_or_credit(p) and not is_link_list(p)]

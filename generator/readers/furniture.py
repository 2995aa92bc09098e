"""Share boxes and reading furniture that saved pages and pasted stories carry into the text.

News sites put a sharing box over or under a story ("Send any friend a story", "As a subscriber,
you have 10 gift articles to give each month. Anyone can read what you share.", "Share full
article", "Listen to this article · 5 min", "Skip advertisement"). No page extractor removes all of
it, and its words ("10 gift articles") must not become a number, a summary sentence or an actor.
The phrases are the standard labels of such boxes; a paragraph is furniture only when it is short.
"""
from __future__ import annotations

import re

_SHARE_BOX = re.compile(
    r"\bgift(?:ed)?\s+(?:this\s+|an?\s+|the\s+)?(?:articles?|stor(?:y|ies)|subscriptions?)\b"
    r"|\bsend any friend a story\b|\banyone can read what you share\b"
    r"|\bshare (?:the )?full (?:article|story)\b|\bshare this (?:article|story|page)\b"
    r"|\bshare (?:on|via|to) (?:facebook|twitter|x|whatsapp|linkedin|email|reddit|pinterest)\b"
    r"|\b(?:copy|copied) (?:the )?(?:link|url)\b|\blink copied\b"
    r"|\blisten to this (?:article|story|episode)\b|\b\d+\s*-?\s*min(?:ute)?s?\s+(?:read|listen)\b"
    r"|\bskip (?:the )?advertisement\b|\bread (?:it )?in (?:the |our )?app\b|\bopen in app\b"
    r"|\bsave (?:this )?(?:article|story) for later\b|\bsave to (?:my )?(?:list|reading list)\b"
    r"|\byou have \d+ (?:of \d+ )?(?:free |gift )?(?:articles?|stories|shares|gifts)\b|\bsubscribers? can (?:share|gift|send)\b"
    r"|\b\d+ (?:of \d+ )?(?:free |gift )?(?:articles?|stories|shares|gifts) (?:left|remaining) (?:this|each|per) month\b"
    r"|\bunlock (?:this|more|unlimited) (?:articles?|stor(?:y|ies))\b|\bgive this article\b",
    re.I,
)
# A line that is only a button or label of such a box.
_LABEL = re.compile(
    r"^\s*(?:advertisement|supported by|share|share this|save|print|email|comments?|gift|listen|follow)\s*[:.]?\s*$",
    re.I,
)
MAX_WORDS = 40


def is_share_furniture(paragraph: str) -> bool:
    """Whether ``paragraph`` is a sharing box's text or a button label rather than story text."""
    return len(paragraph.split()) <= MAX_WORDS and bool(_SHARE_BOX.search(paragraph) or _LABEL.match(paragraph))


# Furniture glued to the start of a story's first line by a page scraper: a share bar's labels run
# together ("Share this withEmailFacebookTwitterWhatsAppLinkedinCopy this link"), a video player's
# notice ("Media playback is not supported on this device"), and the dashes a page puts before a
# lede in place of a dateline ("— -- Hillary Clinton has ...").
_SHARE_LABELS = r"(?:Email|Facebook|Messenger|Twitter|Pinterest|WhatsApp|Whatsapp|LinkedIn|Linkedin|Reddit|Copy this link|Copy link)"
_GLUED_PREFIX = re.compile(
    rf"^\s*(?:Share this with\s*(?:{_SHARE_LABELS}\s*)+"
    r"|Media playback is (?:not supported|unsupported) on (?:this|your) device\s*"
    r"|(?:[—–]\s*)?-{2,}\s+|[—–]\s+-+\s+)+")


def without_glued_furniture(text: str) -> str:
    """``text`` without a share bar, a player notice or dashes glued to its start (else unchanged).

    >>> without_glued_furniture("Media playback is not supported on this deviceThe hosts won.")
    'The hosts won.'
    >>> without_glued_furniture("— -- Ann Keel has an explanation.")
    'Ann Keel has an explanation.'
    """
    match = _GLUED_PREFIX.match(text)
    if not match or not text[match.end():].strip():
        return text
    return text[match.end():]

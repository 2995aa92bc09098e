"""Whether a text reads as a report, from the text alone: the genres a web page saver meets beside
news (song lyrics, a clinical-trial registry record, a paper's abstract, a newsletter issue, an
email newsletter, a press release, a web-novel chapter, a blog post with its category list, a page
that is mostly menu labels, a product review, a post written to its reader) each have signs a news
story does not carry.

News reports what others did and said: it attributes ("said", "told", "according to") and speaks
of people in the third person. A blog post, a how-to, a review or an essay speaks as "I" or "we"
to "you" and attributes almost nothing. That contrast is :func:`voice_reason`; its two thresholds
were set on half of the mercury-html pages (the files whose name's SHA-1 is even) and checked on
the other half and on every news set of the research corpus (bbc, reuters21578, polnear-wire,
xsum: no story there is caught); the figures are in the README. Words inside quotation marks are
left out, so a report quoting someone's "I" and "you" stays a report.

No maintained library classifies genre offline (the genre classifiers on PyPI need a hub model
or a web service), hence these rules.
"""
from __future__ import annotations

import re

# Quoted words are someone else's voice, not the writer's.
_QUOTED = re.compile(r'"[^"\n]{0,600}"|“[^”\n]{0,600}”')
_WORD = re.compile(r"\w+")
# Reporting verbs and attributions of English news (said, told, according to ...).
_ATTRIBUTION = re.compile(
    r"\b(?:said|says|told|according to|announced|reported|reports|stated|added|confirmed|"
    r"spokes(?:man|woman|person)|testified|declared|insisted|argued|warned|explained|wrote)\b", re.I)
_FIRST_SINGULAR = re.compile(r"\b(?:I|me|my|mine|myself)\b|\bI[’'](?:m|ve|d|ll)\b")
_FIRST_PLURAL = re.compile(r"\b(?:we|our|us|ours|ourselves)\b", re.I)
_SECOND = re.compile(r"\b(?:you|your|yours|yourself|yourselves)\b", re.I)

# Per 1,000 words (outside quotation marks): a post in its own voice says "we" or "you" (an "I"
# counting half) at least this often, and attributes less often than this. Tuned on the even half
# of mercury-html; the most personal news story in the news sets scores 26 (a BBC game review).
VOICE_MIN_PERSONAL = 30.0
VOICE_MAX_ATTRIBUTION = 3.0
VOICE_MIN_WORDS = 40

# Section labels of song lyrics as lyrics sites print them: "[Verse 1]", "[Chorus]".
_LYRICS_LABEL = re.compile(r"\[(?:verse|chorus|pre-chorus|post-chorus|hook|bridge|intro|outro|refrain)\b[^\]]{0,40}\]", re.I)
LYRICS_MIN_LABELS = 2

# Fields of a clinical-trial registry record (ClinicalTrials.gov, the WHO ICTRP, EU CTR).
_REGISTRY_FIELDS = (
    r"\bTime Frame:", r"\bInclusion Criteria\b", r"\bExclusion Criteria\b", r"\bPrimary Outcome",
    r"\bSecondary Outcome", r"\bStudy Type\b", r"\bEstimated Enrollment\b", r"\bStudy Design\b",
    r"\bEligibility Criteria\b", r"\bNCT\d{8}\b", r"\bAges Eligible\b", r"\bSexes Eligible\b",
    r"\bEstimated (?:Study )?(?:Primary )?Completion Date\b",
)
REGISTRY_MIN_FIELDS = 2

# How a paper's abstract speaks: its authors as "we", reporting their own study.
_ABSTRACT_MOVES = re.compile(
    r"\bHere,? we\b|\bIn this (?:study|paper|work|article),? we\b|\bWe (?:show|report|find|found|observe|"
    r"propose|present|demonstrate|describe|perform(?:ed)?|identif(?:y|ied)|investigate(?:d)?)\b|"
    r"\bOur (?:results|findings|data|analysis|study) (?:show|demonstrate|suggest|indicate|reveal)", re.I)
ABSTRACT_MIN_MOVES = 2

# A numbered newsletter issue in the headline: "cron.weekly issue #130", "Issue No. 52".
_ISSUE = re.compile(r"\b(?:issue|edition|newsletter)\s*(?:#|no\.\s*|number\s+)\d+", re.I)

# A reviewer's own words about the review ("Our review was conducted on ...", "we tested").
_REVIEW_SIGNS = re.compile(
    r"\bour (?:review|test(?:ing)?|verdict|rating)\b|\bwe (?:tested|reviewed)\b|\bin our testing\b|"
    r"\b(?:Pros|Cons|Verdict|Bottom Line|Specs?|MSRP)\s*:", re.I)
REVIEW_MIN_SIGNS = 2

# What an email newsletter carries and a story never does: the mailing list's own furniture.
_EMAIL_SIGNS = re.compile(
    r"\bunsubscribe\b|\bview (?:this email|it|this newsletter|this message) (?:in|on) (?:your|a|the) (?:web )?browser\b|"
    r"\byou(?:'re| are|’re) receiving this (?:e-?mail|newsletter|message)\b|\bupdate (?:your )?(?:e-?mail )?preferences\b|"
    r"\bmanage (?:your )?(?:subscription|e-?mail preferences)\b|\bforward (?:this (?:e-?mail|newsletter) )?to a friend\b|"
    r"\bwas this (?:e-?mail|newsletter) forwarded to you\b|\badd us to your address book\b", re.I)
EMAIL_MIN_SIGNS = 2

# The parts of a press release (a company's own announcement, not a report of it): the wire's
# dateline tag, the boilerplate "About <Company>" section, the contacts, the end mark "###".
_PRESS_SIGNS = re.compile(
    r"/\s*PRNewswire\s*/|/\s*(?:Business Wire|GLOBE NEWSWIRE|PRNewswire-FirstCall|Marketwired)\s*/|"
    r"^\s*(?:Media|Press|Investor|PR) (?:Contacts?|Inquiries|Relations)\s*:?\s*$|^\s*(?:Media|Press) (?:Contacts?)\s*:|"
    r"^\s*#{3}\s*$|^\s*-?\s*30\s*-\s*$|^\s*Forward[- ]Looking Statements?\s*$|^\s*SOURCE:? [A-Z][\w&.,' -]{1,60}$|"
    r"^\s*About [A-Z][\w&.,' -]{1,60}\s*$", re.M)
PRESS_MIN_SIGNS = 2

# A chapter of fiction as web-novel and fan-fiction sites print it: a chapter heading, the
# chapter links, the translator's notes. "Chapter 11" followed by bankruptcy words is news.
_CHAPTER_HEADING = re.compile(
    r"^\s*(?:chapter|ch\.)\s*(?:\d{1,4}|[ivxlc]{1,7}|one|two|three|four|five|six|seven|eight|nine|ten|"
    r"eleven|twelve)\b(?![^\n]{0,40}\b(?:bankruptcy|protection|filing|reorgani[sz]ation|petition|code|law))",
    re.I | re.M)
_CHAPTER_SIGNS = re.compile(
    r"\b(?:previous|next|prev) chapter\b|\btable of contents\b|^\s*(?:translator|editor|proofreader|TL|ED)\s*:|"
    r"\b(?:TL|T/N|A/N|Author's) ?notes?\s*:|^\s*(?:end of|to be continued)\b", re.I | re.M)
# Dialogue paragraphs (opening with a quotation mark) in a chapter of fiction.
_DIALOGUE = re.compile(r'^\s*["“‘]')
CHAPTER_DIALOGUE_SHARE = 0.25

# A blog's category or archive widget: "- Digital Transformation (37)", "- November 2016 (12)".
_CATEGORY_LINE = re.compile(r"^\s*[-•*]?\s*[A-Z][\w&',./ -]{1,50}\s\(\d{1,5}\)\s*$")
CATEGORY_MIN_LINES = 5

# A page that is mostly menu labels: short lines of words without figures or a sentence's end.
_MENU_LINE = re.compile(r"^\s*[-•*|]?\s*[^\d.!?:;]{1,40}$")
MENU_MIN_LINES = 12
MENU_MIN_SHARE = 0.5


def voice_counts(paragraphs: list[str]) -> tuple[float, float, int]:
    """(personal pronouns, attributions) per 1,000 words, and the words outside quotation marks.

    Personal pronouns ("we", "you"; "I" counting half) are counted outside quotation marks, attributions
    in the whole text."""
    text = "\n".join(paragraphs)
    outside = _QUOTED.sub(" ", text)
    words = len(_WORD.findall(outside))
    if not words:
        return 0.0, 0.0, 0
    # "I" weighs half: a reporter's first-person column still reports; "we" and "you" address a reader.
    personal = (0.5 * len(_FIRST_SINGULAR.findall(outside)) + len(_FIRST_PLURAL.findall(outside))
                + len(_SECOND.findall(outside)))
    return 1000 * personal / words, 1000 * len(_ATTRIBUTION.findall(text)) / max(1, len(_WORD.findall(text))), words


def voice_reason(paragraphs: list[str], counts: tuple[float, float, int] | None = None) -> str | None:
    """Why ``paragraphs`` read as a post in the writer's own voice (a blog, an essay, a how-to), or None.
    ``counts``: their :func:`voice_counts`, when the caller has them."""
    personal, attribution, words = counts or voice_counts(paragraphs)
    if words >= VOICE_MIN_WORDS and personal >= VOICE_MIN_PERSONAL and attribution < VOICE_MAX_ATTRIBUTION:
        return (f"written as I, we or you ({personal:.0f} per 1,000 words) with almost no attribution "
                f"({attribution:.1f} per 1,000)")
    return None


def chapter_reason(headline: str | None, paragraphs: list[str]) -> str | None:
    """Why a text is a chapter of fiction (a web novel, fan fiction), or None: a chapter heading (the
    headline or a line of its own) with chapter links or translator's notes, or with dialogue in at
    least a quarter of its paragraphs."""
    lines = ([headline] if headline else []) + paragraphs[:3]
    if not any(_CHAPTER_HEADING.match(line) for line in lines):
        return None
    text = "\n".join(paragraphs)
    dialogue = sum(1 for p in paragraphs if _DIALOGUE.match(p)) / max(1, len(paragraphs))
    if _CHAPTER_SIGNS.search(text) or (len(paragraphs) >= 8 and dialogue >= CHAPTER_DIALOGUE_SHARE):
        return "a chapter of fiction (a chapter heading" + (" and chapter links)" if _CHAPTER_SIGNS.search(text)
                                                            else f", {dialogue:.0%} of its paragraphs dialogue)")
    return None


def furniture_reason(paragraphs: list[str]) -> str | None:
    """Why a text is an email newsletter, a press release, a blog post (its category list came
    with it) or mostly menu labels, or None."""
    text = "\n".join(paragraphs)
    email = len(_EMAIL_SIGNS.findall(text))
    if email >= EMAIL_MIN_SIGNS:
        return f"an email newsletter ({email} signs of a mailing list: unsubscribe, view in browser ...)"
    press = len(_PRESS_SIGNS.findall(text))
    if press >= PRESS_MIN_SIGNS:
        return f"a press release ({press} of its parts: a newswire tag, 'About ...', contacts, '###')"
    categories = sum(1 for p in paragraphs if _CATEGORY_LINE.match(p))
    if categories >= CATEGORY_MIN_LINES:
        return f"a blog post (its category list of {categories} entries came with it)"
    menu = [p for p in paragraphs if _MENU_LINE.match(p)]
    words = len(_WORD.findall(text))
    if len(menu) >= MENU_MIN_LINES and words and len(_WORD.findall("\n".join(menu))) / words >= MENU_MIN_SHARE:
        return f"mostly navigation ({len(menu)} of {len(paragraphs)} paragraphs are menu labels)"
    return None


def text_genre_reason(headline: str | None, paragraphs: list[str]) -> str | None:
    """Why a text is song lyrics, a trial registry record, an abstract, a newsletter issue, an email
    newsletter, a press release, a chapter of fiction, a blog post, mostly navigation or a review
    rather than news, or None. Each sign is one a news story does not carry."""
    text = "\n".join(paragraphs)
    found = chapter_reason(headline, paragraphs) or furniture_reason(paragraphs)
    if found:
        return found
    if len(_LYRICS_LABEL.findall(text)) >= LYRICS_MIN_LABELS:
        return "song lyrics (verse and chorus labels)"
    fields = sum(1 for field in _REGISTRY_FIELDS if re.search(field, text))
    if fields >= REGISTRY_MIN_FIELDS:
        return f"a clinical-trial registry record ({fields} registry fields)"
    counts = voice_counts(paragraphs)
    attribution = counts[1]
    moves = len(_ABSTRACT_MOVES.findall(text))
    if moves >= ABSTRACT_MIN_MOVES and attribution < VOICE_MAX_ATTRIBUTION:
        return "a research paper's abstract (its authors report their own study)"
    if headline and _ISSUE.search(headline):
        return "a numbered newsletter issue"
    if len(_REVIEW_SIGNS.findall(text)) >= REVIEW_MIN_SIGNS and attribution < VOICE_MAX_ATTRIBUTION:
        return "a product review in the reviewer's own words"
    return voice_reason(paragraphs, counts)

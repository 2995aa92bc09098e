"""Whether a text reads as a report, from the text alone: the genres a web page saver meets beside
news (song lyrics, a clinical-trial registry record, a paper's abstract, a newsletter issue, a
product review, a post written to its reader) each have signs a news story does not carry.

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


def text_genre_reason(headline: str | None, paragraphs: list[str]) -> str | None:
    """Why a text is song lyrics, a trial registry record, an abstract, a newsletter issue or a
    review rather than news, or None. Each sign is one a news story does not carry."""
    text = "\n".join(paragraphs)
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

"""A cheap check that a text is English: the share of English function words."""
from __future__ import annotations

import re

# Function words; in running English prose they make up roughly 35-50% of the words.
_STOPWORDS = frozenset(
    "a about after all also an and any are as at be been but by can could did do for from had has "
    "have he her his i if in into is it its more most my no not of on one or our out over said she "
    "so some than that the their them then there these they this to up was we were what when which "
    "who will with would you".split()
)
_WORD = re.compile(r"[^\W\d_]+(?:'[^\W\d_]+)?")
MIN_WORDS = 30
MIN_SHARE = 0.15


def english_share(text: str) -> float | None:
    """The share of words in ``text`` that are English function words, or None if too few words."""
    words = [w.lower() for w in _WORD.findall(text)]
    if len(words) < MIN_WORDS:
        return None
    return sum(1 for w in words if w in _STOPWORDS) / len(words)


def looks_english(text: str) -> bool:
    """Whether ``text`` reads as English (True when it is too short to tell)."""
    share = english_share(text)
    return share is None or share >= MIN_SHARE

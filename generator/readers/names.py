"""People's names as people write them, and splitting a byline into names."""
from __future__ import annotations

import re

# Lower-case name particles, kept lower-case inside a name ("Ludwig van Beethoven").
_PARTICLES = frozenset({"van", "von", "der", "den", "de", "del", "della", "di", "da", "du", "la", "le", "bin", "al"})
_SPLIT = re.compile(r"\s*(?:;|,|&|\band\b|\bund\b)\s*", re.I)
_BY = re.compile(r"^\s*(?:written\s+)?by[:\s]+", re.I)


def _case_word(word: str, *, first: bool) -> str:
    if not first and word.lower() in _PARTICLES:
        return word.lower()
    if "-" in word:
        return "-".join(_case_word(part, first=True) for part in word.split("-"))
    for apostrophe in ("'", "’"):
        head, sep, tail = word.partition(apostrophe)
        # O'Brien, D'Angelo; but not a possessive or a contraction tail ("'s").
        if sep and len(head) == 1 and len(tail) > 1:
            return head.upper() + sep + _case_word(tail, first=True)
    lower = word.lower()
    if lower.startswith("mc") and len(lower) > 3:
        return "Mc" + lower[2].upper() + lower[3:]
    # MacDonald, MacLeod; but Macias, Machado, Mack, Macron stay ordinary.
    if lower.startswith("mac") and len(lower) >= 7 and lower[3] not in "aeiouhky":
        return "Mac" + lower[3].upper() + lower[4:]
    return lower[:1].upper() + lower[1:]


def person_case(name: str) -> str:
    """``name`` cased as a person writes it: "MATTHEW LEE" -> "Matthew Lee".

    Names already in mixed case are returned as written (only spaces normalised).
    """
    words = name.split()
    letters = [ch for ch in name if ch.isalpha()]
    if letters and any(ch.isupper() for ch in letters) and any(ch.islower() for ch in letters):
        return " ".join(words)
    return " ".join(_case_word(w, first=(i == 0)) for i, w in enumerate(words))


def strip_by(text: str) -> str:
    """``text`` without a leading "By"/"Written by"."""
    return _BY.sub("", text, count=1).strip()


def looks_like_name(text: str) -> bool:
    """Whether ``text`` reads like one person's name: 1-5 capitalised words, no digits."""
    words = text.split()
    if not 1 <= len(words) <= 5 or any(ch.isdigit() for ch in text) or "@" in text:
        return False
    return all(
        w[:1].isupper() or w.lower() in _PARTICLES or w.lower() in {"jr.", "sr."}
        for w in words
    )


def split_names(text: str) -> list[str]:
    """The separate names in a byline string: "A, B and C" -> ["A", "B", "C"].

    A "Jr."/"Sr."/"III" after a comma stays with the name before it.
    """
    parts = [p.strip(" .:") for p in _SPLIT.split(strip_by(text)) if p and p.strip(" .:")]
    names: list[str] = []
    for part in parts:
        if names and re.fullmatch(r"(?:jr|sr|[ivx]{2,4})\.?", part, re.I):
            names[-1] = f"{names[-1]}, {part}"
        else:
            names.append(part)
    return names

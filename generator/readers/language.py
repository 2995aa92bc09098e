"""The language a text is written in, with py3langid (a maintained fork of langid.py, Lui & Baldwin
2012; its model ships inside the package, so nothing is downloaded).

Two rules sit around the classifier, both measured on 13,800 English news texts of the research
corpus (no false "not English"; Reuters price tables score low for every language):
- a text mostly in a non-Latin script (Cyrillic, Arabic, CJK ...) is not English whatever the
  classifier says;
- in Latin script the classifier must be decisive: its best language other than English must have
  a normalised probability of at least ``MIN_PROBABILITY``; else the text is taken as English. And
  the text's words that are not capitalised (no names) must read as that language too: an English
  story full of French or Vietnamese names is English.
  Nigerian Pidgin ("pcm", which terse English wire copy resembles) and "zxx" (no language: tables,
  figures) count as English here.
"""
from __future__ import annotations

import re
import unicodedata
from functools import lru_cache

MIN_LETTERS = 20
# A text in another script says so in a few letters: a Japanese headline of 10 characters is no
# English, whatever the classifier makes of so little.
MIN_SCRIPT_LETTERS = 6
MIN_WORDS = 6
MIN_PROBABILITY = 0.5
LATIN_SHARE = 0.5
# Enough text to decide; the classifier's cost grows with the length.
SAMPLE_CHARS = 4000
_AS_ENGLISH = frozenset({"en", "pcm", "zxx"})
_WORD = re.compile(r"[^\W\d_][\w’'-]*")


@lru_cache(maxsize=1)
def _identifier():
    from py3langid.langid import MODEL_FILE, LanguageIdentifier

    return LanguageIdentifier.from_model_file(MODEL_FILE, norm_probs=True)


def _latin_share(letters: list[str]) -> float:
    latin = sum(1 for ch in letters if ch.isascii() or unicodedata.name(ch, "").startswith("LATIN"))
    return latin / len(letters)


def language_of(text: str) -> str | None:
    """The ISO 639 code of the language ``text`` is written in ("en", "ru", "es"), or None when it
    is too short to tell (fewer than 20 letters, or 6 words in Latin script; fewer than 6 letters
    in another script)."""
    sample = text[:SAMPLE_CHARS]
    letters = [ch for ch in sample if ch.isalpha()]
    if len(letters) < MIN_LETTERS and not (len(letters) >= MIN_SCRIPT_LETTERS and _latin_share(letters) < LATIN_SHARE):
        return None
    code, probability = _identifier().classify(sample)
    if _latin_share(letters) < LATIN_SHARE:
        if code in _AS_ENGLISH:
            ranked = [c for c, _ in _identifier().rank(sample) if c not in _AS_ENGLISH]
            code = ranked[0] if ranked else "und"
        return code
    if len(sample.split()) < MIN_WORDS:
        return None
    if code in _AS_ENGLISH or probability < MIN_PROBABILITY:
        return "en"
    # Names are no language: an English story about Trois-Rivières or Đà Nẵng reads as French or
    # Vietnamese by its names alone. Its words that are not capitalised say what it is written in.
    common = [w for w in _WORD.findall(sample) if w[0].islower()]
    if len(common) >= MIN_WORDS and _identifier().classify(" ".join(common))[0] in _AS_ENGLISH:
        return "en"
    return code


def language_name(code: str) -> str:
    """The English name of language ``code`` ("ru" -> "Russian"); the code itself when unknown."""
    try:
        from babel import Locale

        return Locale.parse(code).get_display_name("en") or code
    except Exception:  # babel does not know every code langid gives ("und", "zxx")
        return code


def looks_english(text: str) -> bool:
    """Whether ``text`` reads as English (True when it is too short to tell)."""
    return language_of(text) in (None, "en")

"""File-name-safe slugs: ASCII, lowercase, hyphens, never empty, never a path.

Transliteration is python-slugify's (text-unidecode underneath): Łódź -> lodz, Київ -> kiyiv,
北京 -> bei-jing, so names in any script get a readable slug instead of a hash.

Japanese is the exception. Its kanji have Japanese readings (東京 is Tōkyō), which text-unidecode,
anyascii and python-slugify do not know: they read every Han character as Chinese, so 東京で大雨
became "dong-jing-teda-yu", a slug in no language. Reading kanji the Japanese way needs a
dictionary (pykakasi, cutlet with MeCab) that no pinned dependency ships, so a Japanese text (one
that holds kana: Chinese is never written with kana) keeps only its Latin letters and digits,
and a short hash of the whole text keeps two such slugs apart.
"""
from __future__ import annotations

import hashlib
import re

from slugify import slugify as _slugify

MAX_SLUG = 80
# Hiragana, katakana (and its phonetic extensions, half-width forms): only Japanese writes them.
_KANA = re.compile(r"[\u3040-\u30ff\u31f0-\u31ff\uff66-\uff9f]")
# Japanese script and punctuation, left out of a Japanese text's slug: kana, kanji (CJK ideographs
# and their extensions), the iteration mark and CJK punctuation.
_JAPANESE = re.compile(r"[\u3000-\u30ff\u31f0-\u31ff\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff\uff61-\uff9f"
                       r"\U00020000-\U0003134f]+")
_HASH = 8


def _hash(text: str) -> str:
    return hashlib.sha1((text or "").encode("utf-8", "surrogatepass")).hexdigest()[:_HASH]


def slugify(text: str, *, max_length: int = MAX_SLUG) -> str:
    """A slug for ``text``: transliterated to ASCII, anything but letters and digits turned into hyphens.

    Never empty, never "." or "..", never holds "/" or "\\"; at most ``max_length`` characters, cut at
    a hyphen. Text with no usable letters gets a short hash so that two such texts still differ;
    Japanese text keeps its Latin letters and digits before one ("ソニー、新型iPhone" -> "iphone-" and a hash).
    """
    if text and _KANA.search(text):
        kept = _slugify(_JAPANESE.sub(" ", text), max_length=max(1, max_length - _HASH - 1),
                        word_boundary=True, save_order=True)
        return f"{kept or 'x'}-{_hash(text)}"
    slug = _slugify(text or "", max_length=max_length, word_boundary=True, save_order=True)
    if not slug:
        slug = "x-" + _hash(text)
    return slug

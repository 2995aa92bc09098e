"""File-name-safe slugs: ASCII, lowercase, hyphens, never empty, never a path.

Transliteration is python-slugify's (text-unidecode underneath): Łódź -> lodz, Київ -> kiyiv,
東京 -> dong-jing, so names in any script get a readable slug instead of a hash.
"""
from __future__ import annotations

import hashlib

from slugify import slugify as _slugify

MAX_SLUG = 80


def slugify(text: str, *, max_length: int = MAX_SLUG) -> str:
    """A slug for ``text``: transliterated to ASCII, anything but letters and digits turned into hyphens.

    Never empty, never "." or "..", never holds "/" or "\\"; at most ``max_length`` characters, cut at
    a hyphen. Text with no usable letters gets a short hash so that two such texts still differ.
    """
    slug = _slugify(text or "", max_length=max_length, word_boundary=True, save_order=True)
    if not slug:
        slug = "x-" + hashlib.sha1((text or "").encode("utf-8", "surrogatepass")).hexdigest()[:8]
    return slug

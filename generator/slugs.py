"""File-name-safe slugs: ASCII, lowercase, hyphens, never empty, never a path."""
from __future__ import annotations

import hashlib
import re
import unicodedata

MAX_SLUG = 80


def slugify(text: str, *, max_length: int = MAX_SLUG) -> str:
    """A slug for ``text``: accents folded, anything but letters and digits turned into hyphens.

    Never empty, never "." or "..", never holds "/" or "\\"; text with no usable letters gets a
    short hash so that two such texts still differ.
    """
    folded = unicodedata.normalize("NFKD", text or "").encode("ascii", "ignore").decode("ascii")
    slug = re.sub(r"[^a-z0-9]+", "-", folded.lower()).strip("-")
    if len(slug) > max_length:
        slug = slug[:max_length].rsplit("-", 1)[0] or slug[:max_length]
    if not slug:
        slug = "x-" + hashlib.sha1((text or "").encode("utf-8", "surrogatepass")).hexdigest()[:8]
    return slug

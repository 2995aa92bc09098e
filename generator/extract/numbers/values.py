"""The numeric value of a figure as written: "about 1,200" -> 1200, "£4.5bn" -> 4.5e9, "ninth" -> 9."""
from __future__ import annotations

import re

from .words import _FRACTIONS, _NUMERAL, _ORDINALS, _SCALES, _UNITS


def number_value(text: str) -> float | None:
    """The numeric value of a figure as written: "about 1,200" -> 1200, "ninth" -> 9, "£4.5bn" -> 4.5e9."""
    m = _NUMERAL.search(text)
    if m:
        digits = m.group(1).replace(",", "")
        try:
            value = float(digits)
        except ValueError:
            return None
        scale = m.group(2)
        # "m" and "k" mean million and thousand only in sums of money; "1,000m" is a height.
        if scale and (len(scale) > 1 and scale.lower() not in {"mn"} or any(c in text for c in "£$€¥₹")):
            value *= _SCALES[scale.lower()]
        return value
    words = [w for w in re.split(r"[\s\-]+", text.lower()) if w]
    for i in range(len(words) - 1):
        if words[i] in _UNITS and words[i + 1] in _FRACTIONS:  # "two-thirds", "a quarter"
            return _UNITS[words[i]] / _FRACTIONS[words[i + 1]]
    if words[:1] == ["half"]:
        return 0.5
    for i, word in enumerate(words):
        if word in _ORDINALS:
            return float(_ORDINALS[word])
        if word in _UNITS and (word not in {"a", "an"} or i + 1 < len(words) and words[i + 1] in _SCALES):
            return _spelled_value(words[i:])
        if word in _SCALES and word not in {"m", "k", "b"}:
            return _spelled_value(words[i:])
    return None


def _spelled_value(words: list[str]) -> float | None:
    """Value of a spelled-out number at the start of ``words``: "two hundred thousand" -> 200000."""
    total, current, used = 0.0, 0.0, False
    for word in words:
        if word in _UNITS:
            current += _UNITS[word]
        elif word in _SCALES and word not in {"m", "k", "b"}:
            scale = _SCALES[word]
            current = (current or 1) * scale
            if scale >= 1000:
                total, current = total + current, 0.0
        elif word == "and" and used:
            continue
        else:
            break
        used = True
    return total + current if used else None

"""The numeric value of a figure as written: "about 1,200" -> 1200, "£4.5bn" -> 4.5e9, "ninth" -> 9."""
from __future__ import annotations

import re

from .words import _FOREIGN_SCALES, _FRACTIONS, _MIXED_FRACTION, _NUMERAL, _ORDINALS, _SCALES, _UNITS


def digits_value(digits: str) -> float | None:
    """The value of a numeral written with separators, or None when the writing is ambiguous.

    "1,234.5" -> 1234.5; "12,50,000" (Indian grouping) -> 1250000; "1.234.567" and "1.234,5" (dots
    grouping thousands, a decimal comma) -> 1234567 and 1234.5. "20.000" may be twenty thousand (as
    most of Europe writes it) or twenty, and "3,5" three and a half or a list: None, not a guess.
    """
    if "," in digits and "." in digits and digits.rfind(",") > digits.rfind("."):
        whole, _, fraction = digits.rpartition(",")
        return float(whole.replace(".", "") + "." + fraction) if _grouped(whole, ".") else None
    if digits.count(".") > 1:
        return float(digits.replace(".", "")) if _grouped(digits, ".") else None
    whole, dot, fraction = digits.partition(".")
    if "," in whole and not _grouped(whole, ","):
        return None
    if dot and len(fraction) == 3 and set(fraction) == {"0"} and whole.strip("0"):
        return None
    try:
        return float(digits.replace(",", ""))
    except ValueError:
        return None


def _grouped(digits: str, separator: str) -> bool:
    """Whether ``separator`` groups ``digits`` in thousands ("1,234,567") or the Indian way ("12,50,000")."""
    groups = digits.split(separator)
    return (1 <= len(groups[0]) <= 3 and len(groups[-1]) == 3 and all(g.isdigit() for g in groups)
            and all(len(g) in (2, 3) for g in groups[1:-1]))


def number_value(text: str) -> float | None:
    """The numeric value of a figure as written: "about 1,200" -> 1200, "ninth" -> 9, "£4.5bn" -> 4.5e9,
    "Rs 1.2 lakh crore" -> 1.2e12, "7-7/8 pct" -> 7.875; None when the writing leaves the value open
    ("20.000", "12 Milliarden", a two-way price "7-7/8 eight pct")."""
    fraction = _MIXED_FRACTION.search(text)
    if fraction:
        rest = text[:fraction.start()] + " " + text[fraction.end():]
        if _NUMERAL.search(rest) or any(w in _UNITS for w in re.findall(r"[a-z]+", rest.lower())):
            return None  # two figures: a bid and an offer ("7-3/4 7/8 pct"), or a range
        whole = int(fraction.group(1) or 0)
        return whole + int(fraction.group(2)) / int(fraction.group(3))
    m = _NUMERAL.search(text)
    if m:
        value = digits_value(m.group(1))
        after = re.match(r"\s*([^\W\d_]+\.?)", text[m.end():])
        if value is None or (after and not m.group(2) and after.group(1).lower() in _FOREIGN_SCALES):
            return None
        for scale in m.group(2).split():
            # "m" and "k" mean million and thousand only in sums of money; "1,000m" is a height.
            if len(scale) > 1 and scale.lower() not in {"mn"} or any(c in text for c in "£$€¥₹"):
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

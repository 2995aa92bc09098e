"""Candidate figures in a parsed article: spaCy's number entities made whole (currency, unit, range,
hyphenated adjective), and the figures that are noise (years, times, scores, codes, page numbers)."""
from __future__ import annotations

import re

from ..sentences import text_of
from .values import number_value
from .words import (
    _CURRENCY, _FRACTION_TOKEN, _HYPHEN_ADJ, _LABELS, _LEVEL_VERBS, _MEASURE_UNITS, _MONEY_UNITS, _MONTHS,
    _NUMERIC_RANGE, _ORDINAL_IDIOMS, _PAGE_WORDS, _PHONE, _PLAIN_ORDINAL_NOUNS, _RANGE_WORDS, _RATE_WORDS,
    _SCALE_WORDS, _SCALES, _TIME, _UNIT_WORDS, _YEAR,
)


# Words that make a figure an increment, not a total: "a further 856 people", "500 mln dlrs more".
_INCREMENT_BEFORE = {"further", "additional", "extra", "another"}


def _figure_text(doc, span) -> str:
    """The figure as written, with the "between" that frames a range ("between 10 and 20") and the
    words that make it an increment ("a further 856", "another £520m", "500 mln dlrs more"): without
    them the label reads as the total ("856 — people rescued")."""
    before = doc[span.start - 1] if span.start > 0 else None
    if before is not None and before.lower_ == "between" and any(t.lower_ == "and" for t in span):
        return before.text_with_ws + span.text
    text = span.text
    after = doc[span.end] if span.end < len(doc) else None
    if after is not None and after.lower_ == "more" and span[-1].whitespace_ and not (
            after.i + 1 < len(doc) and doc[after.i + 1].lower_ == "than"):
        text = f"{text} {after.text}"  # "500 mln dlrs more", "25 million more people"; not "more than"
    if before is not None and before.lower_ in _INCREMENT_BEFORE and before.whitespace_:
        start = before.i - 1 if before.i > 0 and doc[before.i - 1].lower_ in {"a", "an"} \
            and before.lower_ != "another" else before.i
        text = doc[start:span.start].text_with_ws + text
    return text


def _candidates(doc, body_start: int):
    """(span, label) for every figure in the body, with its unit, ranges and hyphenated adjectives whole."""
    found = []
    for ent in doc.ents:
        if ent.start_char < body_start:
            continue
        if ent.label_ in _LABELS:
            found.append((_with_hyphen_suffix(doc, _with_currency(doc, ent)), ent.label_))
        elif ent.label_ == "DATE" and any(t.like_num for t in ent) and (
                _HYPHEN_ADJ.match(ent.text) and not ent.text[:1].isalpha() or _HYPHEN_ADJ.match(ent.text)):
            found.append((ent, "DATE"))
        elif ent.label_ == "DATE" and _NUMERIC_RANGE.match(ent.text) and not any(_YEAR.match(t.text) for t in ent):
            # "between 10 and 20 people", mislabelled as a date; "between" is added back to the text
            found.append((ent[1:] if ent[0].lower_ == "between" else ent, "CARDINAL"))
    # Figures the entity recogniser missed ("£4.5bn"): numerals outside every entity.
    for tok in doc:
        if tok.idx < body_start or tok.ent_type_ or tok.pos_ != "NUM" or not re.search(r"\d", tok.text):
            continue
        span = _with_currency(doc, doc[tok.i:tok.i + 1])
        money = span.start < tok.i or re.match(r"^[£$€¥₹]", tok.text)
        found.append((span, "MONEY" if money else "CARDINAL"))
    found.sort(key=lambda c: c[0].start)
    merged: list = []
    for span, label in found:
        if merged and _joins_range(doc, merged[-1][0], span):
            first, first_label = merged[-1]
            merged[-1] = (doc[first.start:max(first.end, span.end)],
                          label if first_label == "CARDINAL" else first_label)
        elif not merged or span.start >= merged[-1][0].end:
            merged.append((span, label))
    for span, label in merged:
        span, label = _with_unit(doc, span, label)
        if re.search(r"(?:%|\bper cent|\bpercent|\bpct)$", span.text, re.IGNORECASE):
            label = "PERCENT"  # "6.6 per cent", which the recogniser may call money
        yield span, label


def _joins_range(doc, first, second) -> bool:
    """Whether two figures are one range or alternative: "46- or 95-mile", "10 to 20", "two or three"."""
    gap = doc[first.end:second.start]
    if not len(gap) and _FRACTION_TOKEN.match(first[-1].text):
        return True  # a two-way price, the second after a fraction: "7-7/8 eight pct", "8-1/8 1/4"
    if not len(gap) and first[-1].lower_ in _RANGE_WORDS and len(first) > 1:
        gap, first = first[-1:], first[:-1]  # the recogniser kept the "and" of "between 437 and 450"
    if not 1 <= len(gap) <= 2 or gap[-1].lower_ not in _RANGE_WORDS:
        return False
    if len(gap) == 2 and gap[0].text not in {"-", "–"}:
        return False
    framed = first[0].lower_ if first.start == 0 else doc[first.start - 1].lower_
    if first[0].lower_ in {"between", "from"}:
        framed = first[0].lower_
    if gap[-1].lower_ == "and":  # "5 and 6" are two figures unless framed as "between 5 and 6"
        return framed == "between"
    if gap[-1].lower_ == "to":  # "rose 12% to £4.5bn", "from 5 to 10" are changes, not ranges
        return framed != "from" and not re.search(r"[%£$€¥₹]", first.text) and not any(
            t.lower_ in _UNIT_WORDS - _SCALE_WORDS for t in first) and not change_and_level(first, second)
    return True


def change_and_level(first, second) -> bool:
    """Whether "by <first> to <second>" is a change and the level it reached, not a range: "fell by
    600,000 to 5.9 million", "lead by 39% to 34%", and so right after a verb of change ("the stock
    jumped 2-1/2 to 98-3/4"). A range there rises, and by less than five times ("cut by 10 to 20
    percent"); these do not. ("from 16 to 12" is a change whatever its values.)"""
    doc = first.doc
    if first.start == 0:
        return False
    before = doc[first.start - 1]
    if before.lower_ != "by" and not (before.pos_ == "VERB" and before.lemma_ in _LEVEL_VERBS):
        return False
    low, high = number_value(first.text), number_value(second.text)
    return low is None or high is None or not low < high < 5 * low


def _with_unit(doc, span, label: str):
    """"5.5" in "5.5 pct" becomes "5.5 pct", "100" in "100 mln U.S. dlrs" the whole sum, labelled by unit."""
    end, last_unit = span.end, None
    while end < len(doc) and end < span.end + 4:
        tok = doc[end]
        if tok.lower_ == "per":
            if end + 1 < len(doc) and doc[end + 1].lower_ == "cent":
                end += 1
                last_unit = end
                end += 1
                continue
            break  # "barrels per day": the rate's unit, not part of the figure
        if tok.lower_ in _UNIT_WORDS and not (tok.lower_ in {"m", "point", "cent", "pound", "pounds"}
                                              and last_unit is None and not span[-1].like_num):
            last_unit = end
        elif not (tok.dep_ == "compound" and tok.head.i > end and tok.head.lower_ in _UNIT_WORDS):
            break
        end += 1
    if last_unit is None and label not in {"MONEY", "QUANTITY", "PERCENT"}:
        return span, label
    rate = _rate_end(doc, last_unit + 1 if last_unit is not None else span.end)
    if last_unit is None:
        return (doc[span.start:rate], label) if rate else (span, label)
    unit = doc[span.end:last_unit + 1]
    words = {t.lower_ for t in unit}
    if words & {"pct", "percent", "cent", "percentage"}:
        label = "PERCENT"
    elif words & _MONEY_UNITS:
        label = "MONEY"
    elif words & _MEASURE_UNITS:
        label = "QUANTITY"
    return doc[span.start:rate or last_unit + 1], label


def _rate_end(doc, i: int) -> int | None:
    """The end of "per hour" / "an hour" / "a share" right at token ``i`` (after a figure and its
    unit), or None: a rate belongs to its figure, or "70 kilometres" reads as a distance."""
    if i + 1 < len(doc) and doc[i].lower_ in {"per", "a", "an"} and doc[i + 1].lower_ in _RATE_WORDS:
        return i + 2
    return None


def _with_currency(doc, span):
    """"48.6" in "£48.6m" becomes "£48.6m": the symbol and the scale belong to the figure."""
    start, end = span.start, span.end
    if start > 0 and doc[start - 1].text in _CURRENCY and (
            not doc[start - 1].whitespace_ or doc[start - 1].text[-1].isalpha()):
        start -= 1
    if end < len(doc) and doc[end].lower_ in _SCALES and not doc[end - 1].whitespace_:
        end += 1
    return doc[start:end] if (start, end) != (span.start, span.end) else span


def _with_hyphen_suffix(doc, span):
    """"three" in "three-phase process" becomes "three-phase"."""
    end = span.end
    while (end + 1 < len(doc) and doc[end].text == "-" and not doc[end - 1].whitespace_
           and not doc[end].whitespace_ and doc[end + 1].is_alpha):
        end += 2
    return doc[span.start:end] if end != span.end else span


def _sentence(doc, span, body_start: int) -> str:
    """The figure's sentence verbatim, kept within the body and within its own line."""
    text = text_of(doc)
    start = max(span.sent.start_char, body_start, text.rfind("\n", 0, span.start_char) + 1)
    line_end = text.find("\n", span.end_char)
    end = min(span.sent.end_char, line_end if line_end != -1 else len(text))
    return text[start:end].strip()


def _is_noise(doc, span, label: str) -> bool:
    """Years, scores, codes, phone numbers, page references, list markers and names such as "Type 22"."""
    text = span.text.strip()
    if label == "CARDINAL" and (_YEAR.match(text) or re.fullmatch(r"(?:1[89]|20)\d\d[.\"'”’]+\w*", text)):
        return True  # a year, also when glued to the next sentence ("1958.His", "2023.\"Our")
    if _TIME.fullmatch(text):
        return True
    if re.fullmatch(r"\d+-[A-Z]{1,2}", text):
        return True  # a form or model code: "13-D"
    before = doc[span.start - 1] if span.start > 0 else None
    after = doc[span.end] if span.end < len(doc) else None
    # Scores and ratios ("2-1", "255-7", "(2-23)"): one side alone means nothing.
    if re.match(r"\d+-\d+(?:\.|$)", text) or (
            after is not None and after.text in {"-", "–"} and not span[-1].whitespace_
            and after.i + 1 < len(doc) and doc[after.i + 1].text[:1].isdigit() and not after.whitespace_) or (
            before is not None and before.text in {"-", "–"} and not before.whitespace_
            and before.i > 0 and doc[before.i - 1].text[-1:].isdigit() and not doc[before.i - 1].whitespace_):
        return True
    offset = span.sent.start_char
    for phone in _PHONE.finditer(span.sent.text):
        if phone.start() + offset < span.end_char and span.start_char < phone.end() + offset:
            return True
    if re.fullmatch(r"\d+\s*(?:/|of)\s*\d+", text):
        return True
    if before is not None and (before.lower_ in _PAGE_WORDS or before.lower_.rstrip(".") in _MONTHS
                               and label == "CARDINAL" and text.isdigit()):
        return True  # "page 12", "Feb 27"
    month = re.match(r"[A-Za-z]+", after.text) if after is not None else None
    if label == "CARDINAL" and text.isdigit() and 1 <= int(text) <= 31 and month \
            and month.group().lower() in _MONTHS and not after.text[len(month.group()):].isalpha():
        return True  # "12 June", also run into the next line's figure ("12 June10 June"): a day of a date
    root = span.root
    # A number after a proper noun that it modifies is part of a name: "Type 22", "Apollo 11".
    if (before is not None and before.pos_ == "PROPN" and root.head == before
            and label == "CARDINAL"):
        return True
    if label == "CARDINAL" and len(span) == 1 and root.like_num and root.i == span.sent.start:
        if after is not None and after.text in {".", ")"}:
            return True  # list marker "1." / "2)"
    if label == "CARDINAL" and span.root.lower_ == "one" and after is not None and after.lower_ == "of":
        return True  # "one of the best": membership, not a count
    if label == "ORDINAL" and not _ordinal_is_key(doc, span):
        return True
    return False


def _ordinal_is_key(doc, span) -> bool:
    """Whether an ordinal ranks something in the story ("ninth trip", "third term"), not "first time"."""
    words = span.text.lower().split("-")
    if len(words) > 1 and words[-1] in _ORDINAL_IDIOMS:
        return False
    root = span.root
    head = root.head
    if root.dep_ not in {"amod", "nummod", "compound", "nmod"} or head.pos_ not in {"NOUN", "PROPN"}:
        return False  # "they are fifth", "the first ever": no thing ranked
    if head.lemma_.lower() in _PLAIN_ORDINAL_NOUNS or head.lower_ in _PLAIN_ORDINAL_NOUNS:
        return False
    nxt = doc[span.end] if span.end < len(doc) else None
    return not (nxt is not None and nxt.like_num)  # "the first three overs": the count matters


"""Whether a key number has the evidence to reach a page (issue 8: precision first).

A figure is published only when it is a quantity (a sum of money, a percentage, a measurement, or a
count of a thing the parse names) and its label says what it counts: the label's words are the
sentence's own, and a change keeps its direction ("sales were down by", "profits rose to"). A figure
the sentence only attempts, denies or supposes ("attempting to kill three others") never gets a
label that states it happened. Ordinals ("first minister", "second major lockdown"), ages and other
hyphenated adjectives ("seven-month-old", "two-person"), vague plurals ("thousands"), words the
recogniser took for figures ("synth", "x86", "90Her") and small counts without a casualty noun
("One user wrote") are dropped: a missing figure is better than a wrong one.

Written by hand: these rules read spaCy's dependency parse (the figure's head noun, the governing
verb, its negation, modality and particles); no library decides what a figure in a news sentence
counts.
"""
from __future__ import annotations

import re

from .candidates import _rate_end, change_and_level
from .owner import owner_reason
from .words import (
    _CURRENCY, _FOREIGN_SCALES, _FRACTION_TOKEN, _FRACTIONS, _GENERIC_NOUNS, _HARM_VERBS, _ORDINALS,
    _PEOPLE, _SCALE_WORDS, _UNIT_WORDS, _UNITS, past_participle,
)

# Words that may frame a figure: "more than 300", "at least $600 million", "between 10 and 20".
_FRAMING = {"about", "around", "approximately", "roughly", "nearly", "almost", "some", "over", "under",
            "more", "less", "fewer", "than", "at", "least", "most", "up", "to", "just", "only", "past",
            "between", "and", "or", "-", "–", "a", "an", "per", "cent", "%", "of", "as", "many", "much",
            "estimated", "the", "close", "below", "above", "exactly", "barely"}
# Words that belong to a figure's own writing: "a dozen", "two-thirds", "340 sq km", "5 per cent".
_FIGURE_WORDS = {"dozen", "dozens", "half", "thirds", "quarters", "square", "sq", "per", "cent"}
# Units that may be glued to digits: "60m", "6.3km", "7.64s".
_GLUED_UNITS = {"s", "m", "bn", "k", "km", "kg", "cm", "mm", "ft", "lb"}
# A numeral token: digits with separators, optionally glued to a currency sign, "%" or a scale/unit.
_NUMERAL_TOKEN = re.compile(r"^(?:US\$|A\$|C\$|HK\$|[£$€¥₹])?\d[\d,.]*(?:%|[a-z]{1,3})?$")
_ORDINAL_DIGITS = re.compile(r"^\d+(?:st|nd|rd|th)$", re.IGNORECASE)
# Text run together from page furniture: "imagesBBC", "withEmailFacebook".
_GLUED = re.compile(r"[a-z]{3,}[A-Z]{2,}|[a-z]{4,}[A-Z][a-z]")
# Verbs under which a figure did not happen: "attempting to kill three", "plans to cut 500 jobs".
_IRREALIS_GOVERNORS = {"attempt", "try", "plan", "threaten", "seek", "aim", "want", "hope", "intend",
                       "propose", "fail", "refuse", "deny", "consider", "offer", "wish", "promise",
                       "pledge", "vow", "demand", "urge", "suggest", "predict", "forecast", "expect",
                       "help", "hope", "negotiate"}
# Governors whose figure is a forecast or a promise whatever its label says.
_FORECAST_GOVERNORS = {"expect", "predict", "forecast", "promise", "pledge", "propose", "plan", "project"}
_MODALS = {"could", "would", "might", "may", "should", "can", "must", "will", "'ll", "shall"}
# Words of direction that a label of a change must keep.
DIRECTION_WORDS = {"up", "down", "higher", "lower", "off", "back"}
_GLUED_SCALES = {w + "." for w in _SCALE_WORDS}
_RANGE_ENDS = {"to", "and", "or", "-", "–", "than", "between", "from"}
# A race's distance names the event ("the 60m hurdles", "400m freestyle", "10,000 metres final").
_DISTANCE = re.compile(r"^[\d,.]+\s?(?:m|km|k|metres?|meters?|yards?|yd|miles?)$", re.I)
_EVENTS = {"hurdles", "freestyle", "backstroke", "breaststroke", "butterfly", "medley", "relay", "sprint",
           "steeplechase", "dash", "race", "final", "finals", "heat", "heats", "individual", "title", "event"}


def drop_reason(doc, span, label: str, value: float | None, context: str, counted) -> str:
    """Why a figure may not reach a page ("" when it may).

    Args:
        doc: the article's spaCy Doc; span: the figure; label: its spaCy/unit label;
        value: its numeric value or None; context: the label shown beside it; counted: the noun it
        counts (a Token) or None.
    Returns:
        a short reason ("not a figure", "ordinal", ...) or "".
    """
    text = span.text
    if label in {"ORDINAL", "DATE"} or any(t.lower_ in _ORDINALS or _ORDINAL_DIGITS.match(t.text)
                                           for t in span):
        return "ordinal or age"
    if not _is_figure(span):
        return "not a figure"
    fraction = text.lower().rsplit("-", 1)[-1] in _FRACTIONS
    # "seventy-four" is one number word; "seven-month-old" and "two-person" describe a noun
    words = re.sub(r"\b(?:twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)-(?:one|two|three|four|five|"
                   r"six|seven|eight|nine)\b", "n", text, flags=re.IGNORECASE)
    if not fraction and re.search(r"[A-Za-z]-[A-Za-z]|\d-[A-Za-z]", words) or (
            span.end < len(doc) and doc[span.end].text == "-" and not span[-1].whitespace_):
        return "hyphenated adjective"  # "seven-month-old", "two-person", "43-run": what it describes is unsaid
    if span[-1].lower_ in _RANGE_ENDS or span[0].lower_ in {"to", "and", "or"}:
        return "not a figure"  # "64 percent to": half of a comparison
    to = next((t.i for t in span[1:-1] if t.lower_ == "to"), None)
    if to is not None and any(t.like_num for t in doc[span.start:to]) and (
            change_and_level(doc[span.start:to], doc[to + 1:span.end])
            or span.start and doc[span.start - 1].lower_ == "from"):
        return "a change and its new level, read as one range"  # "by 600,000 to 5.9 million", "from 16 to 12"
    before = doc[span.start - 1] if span.start else None
    if before is not None and before.lower_ in {"and", "or"} and span.start > 1 and (
            doc[span.start - 2].like_num or doc[span.start - 2].lower_ in _SCALE_WORDS) and any(
            t.lower_ == "between" for t in doc[max(0, span.start - 6):span.start - 2]):
        return "the end of a range"  # "between one mln and 1.5 mln pounds": the range is both
    if before is not None and before.lower_ == "within":
        return "a radius: the label names the point it is measured from"  # "within 500m of the device"
    if before is not None and before.lower_ in {"not", "never", "no", "n't"}:
        return "negated"  # "to not more than 35 pct": a ceiling, not a holding
    if before is not None and before.text[:1].isupper() and label == "CARDINAL" \
            and before.whitespace_ and re.fullmatch(r"[\d.,-]+", text) and (
            before.pos_ == "PROPN" or before.i > before.sent.start and span.root.head.i == before.i):
        # "Max 737", "Windows 10": a model or a name, not a count; "Band Aid 20", whose last word the
        # tagger calls a common noun, but which the figure modifies mid-sentence, capitalised
        return "name"
    after = doc[span.end] if span.end < len(doc) else None
    if after is not None and (after.lower_ in _EVENTS and _DISTANCE.match(text)
                              or span[-1].is_alpha and span[-1].text.istitle() and len(span) > 1
                              and span[-1].lower_ in _UNIT_WORDS | {"cent", "cents"} and span.start > span.sent.start):
        return "name"  # "the 60m hurdles": an event; "50 Cent" mid-sentence: a performer's name
    if label == "CARDINAL" and after is not None and after.lower_ in {"under", "over"} and (
            span.end + 1 >= len(doc) or doc[span.end + 1].pos_ not in {"NOUN", "PROPN", "NUM"}):
        return "unit unsaid"  # "a course-record 25 under": a score against par
    if counted is not None and counted.i > 1 and doc[counted.i - 1].text == "-" \
            and not doc[counted.i - 2].whitespace_:
        return "label"  # "20 first-graders": the label would be cut at the hyphen
    if before is not None and before.lower_ in {"in", "of"} and span.start > 1 and doc[span.start - 2].like_num:
        return "ratio"  # "4 in 10 voters", "3 of 5"
    if span.end < len(doc) and doc[span.end].text in {"'", "’", "′", "″", '"'} and not span[-1].whitespace_:
        return "unit unsaid"  # 18' ceilings: feet, and what is measured, are left to the reader
    if label == "CARDINAL" and span.root.dep_ == "pobj" and span.root.head.lower_ == "at":
        return "unit unsaid"  # "the mayor at 70": an age, a score or a rate, the sentence does not say
    if span[-1].lower_ in {"point", "points"} and not any(t.lower_ in {"percentage", "basis"} for t in span):
        return "unit unsaid"  # "63 points of significance", "won by 16 points": points of what
    between = [t for t in doc[span.end:counted.i] if not t.is_punct and not _in_brackets(t)] \
        if counted is not None else []  # "$676m (£352m) loss": a conversion in brackets is no other figure
    joins = {"of", "in"} if label in {"MONEY", "QUANTITY"} else {"of"}  # "$10bn in taxes"
    if counted is not None and counted.i >= span.end and (len(between) > 4 or any(
            t.pos_ == "NUM" or t.pos_ == "ADP" and t.lower_ not in joins for t in between)):
        return "label"  # "reached fifty off 75 balls": the noun is not the one counted
    verb = counted.head if counted is not None else None
    if verb is not None and verb.pos_ == "VERB" and verb.i < span.start < counted.i + 1 and any(
            t.like_num for t in doc[verb.i + 1:span.start]):
        return "label"  # another figure stands between the verb and this one: whose verb it is is unsure
    if value is None and not re.search(r"\d", text):
        return "vague"  # "thousands", "millions", "hundreds"
    if _margin(span, counted) and not {"by", "margin"} & set(context.lower().split()):
        return "margin"  # "beat her rival by 312 votes": the difference, not the votes counted
    if counted is not None and label in {"MONEY", "PERCENT", "QUANTITY"} and counted.lemma_.lower() in _PERIODS:
        return "label"  # "$18 million a day of costs" -> "day", "170,000 dlrs in quarter": a period is no sum
    if label == "CARDINAL" and _ADDRESS.search(context):
        return "an address"  # "80 New York Avenue", "28 Liberty Street": a house number, not a count
    if not _label_says_what(context, span):
        return "label"
    if _CUT_END.search(context) or _owner_cut_off(context, span):
        return "label cut short"  # "stake in Australia's", "share of the": what it owns or names is lost
    if label == "PERCENT" and counted is not None and context.lower() == counted.lower_ \
            and counted.tag_ == "NN" and counted.lemma_.lower() in _PEOPLE:
        return "label"  # "acquisition by any person of 20 pct": one person is no whole a share is of
    if owned := owner_reason(span, context, counted):
        return owned
    spelled = not re.search(r"\d", text)
    unit = any(t.lower_ in _UNIT_WORDS - _SCALE_WORDS or t.text in _CURRENCY or "%" in t.text for t in span)
    if label == "CARDINAL" and not unit and not fraction and value is not None and value < 10 and (
            spelled or not re.search(r"\d{2}", text)):
        if not _casualty(span, counted):
            return "small count"  # "One user wrote", "only three of its kind", "two parties"
    if counted is not None and counted.lower_ in {"others", "ones", "kind", "kinds", "things", "ways"}:
        return "label"
    argument = counted is None or counted.dep_ in {"dobj", "nsubjpass", "pobj", "attr", "oprd"} \
        or span.root.dep_ not in {"nummod", "amod", "compound", "quantmod", "nmod"}
    label_words = set(context.lower().split())
    verbal = any(t.pos_ in {"VERB", "AUX"} and (t.lower_ in label_words or past_participle(t.lemma_.lower())
                                               in label_words) for t in span.sent) \
        or counted is None  # the label states an event ("others killed", "emails found"), not only a thing
    if argument and (verbal or _forecast(span)) and _irrealis(span) and not context.startswith("cost "):
        return "not stated as fact"  # an estimated cost is a cost whatever the mood
    return ""


# Periods of time: a sum, a share or a measure never counts one ("costs of $18 million a day").
_PERIODS = {"second", "minute", "hour", "day", "night", "week", "month", "quarter", "year", "season",
            "decade", "century"}


def _margin(span, counted) -> bool:
    """Whether the figure is a margin or a difference: the object of "by" ("won by 312 votes", "leads
    by 39% to 34%", "cut by 20 posts"), not of a passive's agent ("killed by three gunmen") or of a
    noun ("a strike by 40,000 seamen")."""
    tok = counted if counted is not None and counted.i >= span.end else span.root
    return tok.dep_ == "pobj" and tok.head.lower_ == "by" and tok.head.dep_ == "prep" \
        and tok.head.head.pos_ in {"VERB", "AUX", "ADJ", "ADV"}  # not "a strike by 40,000 seamen"


def _in_brackets(tok) -> bool:
    """Whether a token sits inside round brackets on its line."""
    doc = tok.doc
    opened = 0
    for t in doc[max(tok.sent.start, tok.i - 8):tok.i]:
        opened += {"(": 1, ")": -1}.get(t.text, 0)
    return opened > 0 or tok.text in {"(", ")"}


def _is_figure(span) -> bool:
    """Whether every token of the figure is a numeral, a number word, a unit, or a framing word."""
    if len(span) > 2 and _rate_end(span.doc, span.end - 2) == span.end:
        span = span[:-2]    # a rate's "per hour", "a share"
    digits = False
    for tok in span:
        low = tok.lower_
        if _NUMERAL_TOKEN.match(tok.text):
            glued = re.sub(r"^[^\d]*[\d,.]+%?", "", tok.text).lower()
            if glued and glued not in _UNIT_WORDS and glued not in _GLUED_UNITS:
                return False  # "90Her", "x86"-like glue
            digits = True
        elif tok.like_num and tok.is_alpha or _FRACTION_TOKEN.match(tok.text):
            digits = True  # "eight"; "7/8" of "7-7/8 pct"
        elif low in _UNITS or low in _UNIT_WORDS or low in _FRAMING or tok.text in _CURRENCY \
                or low in _GLUED_SCALES or low in _FOREIGN_SCALES or low in _FIGURE_WORDS \
                or tok.text in {",", "."}:
            continue
        elif low.replace("-", "").isalpha() and tok.like_num:
            digits = True
        else:
            return False
    return digits


def _label_says_what(context: str, span) -> bool:
    """Whether the label names a thing: a common noun or a verb of the sentence, not a bare name or unit."""
    if not context or _GLUED.search(context):
        return False
    words = re.findall(r"[A-Za-z][A-Za-z'’-]*", context)
    if any(w.lower() in {"vs", "v"} for w in words) or words and words[0].lower() in _TABLE_UNITS | _CUT_UNITS:
        return False  # "cts vs profit", "ct shr included", "pct price": a table's comparison, a unit cut off
    if re.search(r"\w- ", context):
        return False  # "like- sales": a hyphenated word cut in two
    if not any(len(w) >= 3 and w.lower() not in _UNIT_WORDS and w.lower() not in _TABLE_UNITS for w in words):
        return False  # "m.", "pct", "ct shr", "mark"
    if all(w.lower() in _GENERIC_NOUNS for w in words):
        return False  # "the 7.75 pct level set March 10": "level" says only that the figure is one
    sentence = span.sent.text.lower()
    forms = {past_participle(t.lemma_.lower()) for t in span.sent if t.pos_ in {"VERB", "AUX"}}
    forms |= {f.replace("ied", "yed") for f in forms}
    if not all(w.lower() in sentence or w.lower() in forms or w.lower()[:-1] in forms
               for w in words if w.lower() not in _SYNTHESISED):
        return False  # the label's words must be the sentence's own
    doc = span.doc
    tokens = [t for t in doc[span.sent.start:span.sent.end] if t.text in words]
    if tokens and all(t.pos_ == "PROPN" for t in tokens) and not any(w.lower() in _SYNTHESISED for w in words):
        return False  # "Apple", "England", "Trayvon Martin": a name, not what the figure counts
    return True


# A street address as a label: the figure is its house number.
_ADDRESS = re.compile(r"^(?:[A-Z][\w.'-]*\s+){1,4}(?:Street|St|Avenue|Ave|Road|Rd|Boulevard|Blvd|Lane|Drive|Place|"
                      r"Square|Terrace|Way|Court|Parkway|Highway)\b", re.M)


# A label that ends in a determiner lost the noun it belongs to ("share of the").
_CUT_END = re.compile(r"\b(?:a|an|the|its|his|their|our|my|your|whose|every|each)$", re.IGNORECASE)


def _owner_cut_off(context: str, span) -> bool:
    """Whether the label ends in an owner whose noun follows it in the sentence and was left out:
    "stake in Australia's" for "stake in Australia's <Nullarbor Holdings Ltd>". An owner followed by
    no noun ("a bid from Sainsbury's for Argos": a shop's name) is whole. The parser may read the owner
    as a preposition's object either way, so the word after the possessive decides."""
    for mark in (t for t in span.sent if t.dep_ == "case" and t.lower_ in {"'s", "’s", "'", "’"}):
        if context.endswith(mark.head.text + mark.text):
            after = next((t for t in span.doc[mark.i + 1:span.sent.end] if t.text not in {"<", '"', "“", "‘"}), None)
            if after is not None and after.pos_ in {"NOUN", "PROPN", "ADJ", "NUM"}:
                return True
    return False


# Units that open a label only when the parse cut them from a figure ("pct price" for "issue price of
# 99.75 pct", "mln dlrs refunds").
_CUT_UNITS = {"pct", "percent", "cent", "mln", "bln", "billion", "million", "dlrs", "dollars"}
# Units and abbreviations of a results table's rows ("Shr 15 cts vs 15 cts", "17 ct shr", "300 mln mark").
_TABLE_UNITS = {"ct", "cts", "shr", "shrs", "mark", "dlr", "avg", "qtr", "qtrs", "mths", "oper", "revs"}


# Words the label may add that are not verbatim: participles ("killed" for "killing") and measure names.
_SYNTHESISED = {"share", "area", "length", "width", "height", "depth", "distance", "weight", "volume", "size",
                "cost", "by", "of", "the"}


def _casualty(span, counted) -> bool:
    """Strong evidence for a small count: it counts people harmed, by a verb stated as fact."""
    if counted is None or not (counted.lemma_.lower() in _PEOPLE or counted.lower_ in _PEOPLE):
        return False
    verb = counted.head
    return verb.pos_ == "VERB" and verb.lemma_.lower() in _HARM_VERBS


def _forecast(span) -> bool:
    """Whether a verb above the figure forecasts or promises it ("expected Brazil to achieve a $8bn surplus")."""
    return any(t.lemma_.lower() in _FORECAST_GOVERNORS for t in span.root.ancestors if t.pos_ == "VERB")


def _irrealis(span) -> bool:
    """Whether the clause of the figure is attempted, negated, supposed or hedged by a modal."""
    tok = span.root
    for _ in range(10):
        if tok.pos_ in {"VERB", "AUX"}:
            if tok.lemma_.lower() in _IRREALIS_GOVERNORS and tok is not span.root:
                return True
            if any(c.dep_ == "neg" or (c.dep_ == "aux" and c.lower_ in _MODALS) for c in tok.children):
                return True
            if any(c.dep_ == "mark" and c.lower_ in {"if", "unless"} for c in tok.children):
                return True
            if tok.dep_ not in {"xcomp", "pcomp", "conj", "ccomp"} and tok.dep_ != "acl":
                if tok.dep_ in {"advcl", "relcl", "ROOT"}:
                    break
        if tok.head is tok:
            break
        tok = tok.head
    return False

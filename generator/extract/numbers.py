"""Key numbers: the figures a reader should take away (tolls, sums, shares, counts, ordinals).

Candidates are spaCy's CARDINAL, ORDINAL, MONEY, PERCENT and QUANTITY entities, plus hyphenated
age/duration adjectives ("10-month-old") that spaCy labels DATE. Dates, times, years, phone
numbers, page references and model names ("Type 22") are not key numbers. What each number
counts is read off the dependency parse; ranking favours money, percentages, counts of people
and large quantities.
"""
from __future__ import annotations

import re

from ..types import Number
from .sentences import text_of

_LABELS = {"CARDINAL", "ORDINAL", "MONEY", "PERCENT", "QUANTITY"}
_BASE_WEIGHT = {"MONEY": 3.0, "PERCENT": 3.0, "QUANTITY": 2.0, "CARDINAL": 1.0, "ORDINAL": 1.0,
                "DATE": 1.0}
# "10-month-old", "two-year", "46-mile": a number fused to a unit, used as an adjective.
_HYPHEN_ADJ = re.compile(r"^[\w.,]+-(?:[a-z]+-)*[a-z]+$", re.IGNORECASE)
_YEAR = re.compile(r"^(?:1[89]|20)\d\d$")
_PHONE = re.compile(r"\(?\d{3}\)?[-. ]\d{3}[-. ]\d{4}|\+\d[\d -]{7,}")
_PAGE_WORDS = {"page", "pages", "p.", "pp.", "chapter", "no.", "number", "#", "section", "article",
               "item", "figure", "fig.", "photo", "part", "vol.", "volume", "episode", "issue",
               "line", "rule", "paragraph", "clause"}
_PEOPLE = {"people", "person", "civilian", "child", "children", "soldier", "troop", "worker",
           "employee", "resident", "patient", "victim", "death", "casualty", "hostage", "prisoner",
           "student", "refugee", "migrant", "voter", "member", "fan", "passenger", "job", "case",
           "home", "household", "family", "adult", "man", "men", "woman", "women", "officer",
           "user", "customer", "protester", "fighter", "militant", "staff", "toll", "injury",
           "infection", "pupil", "teacher", "citizen", "inmate", "survivor", "body", "life", "lives"}
_HARM_VERBS = {"kill", "die", "injure", "wound", "arrest", "evacuate", "displace", "detain",
               "rescue", "hurt", "infect", "abduct", "hold", "employ", "hire", "lay", "cut", "lose"}
# Verbs that report where a figure stands: the figure then describes their subject.
_LEVEL_VERBS = {"be", "rise", "fall", "climb", "grow", "increase", "drop", "reach", "total", "exceed",
                "top", "hit", "surpass", "stand", "jump", "soar", "decline", "double", "pass",
                "surge", "slip", "plunge", "dip", "edge", "near", "amount", "number", "swell",
                "shrink", "tumble", "gain", "mount", "remain", "become", "approach"}
_IRREGULAR_PARTICIPLES = {
    "be": "been", "bear": "borne", "become": "become", "begin": "begun", "bring": "brought",
    "build": "built", "buy": "bought", "catch": "caught", "choose": "chosen", "come": "come",
    "cut": "cut", "do": "done", "draw": "drawn", "drive": "driven", "eat": "eaten", "fall": "fallen",
    "feed": "fed", "fight": "fought", "find": "found", "fly": "flown", "get": "got", "give": "given",
    "go": "gone", "grow": "grown", "hang": "hung", "have": "had", "hide": "hidden", "hit": "hit",
    "hold": "held", "hurt": "hurt", "keep": "kept", "know": "known", "lay": "laid", "lead": "led",
    "leave": "left", "lend": "lent", "lose": "lost", "make": "made", "meet": "met", "pay": "paid",
    "put": "put", "raise": "raised", "rise": "risen", "run": "run", "say": "said", "see": "seen",
    "seek": "sought", "sell": "sold", "send": "sent", "set": "set", "shoot": "shot", "show": "shown",
    "shut": "shut", "sink": "sunk", "spend": "spent", "steal": "stolen", "strike": "struck",
    "take": "taken", "teach": "taught", "tear": "torn", "tell": "told", "think": "thought",
    "throw": "thrown", "win": "won", "write": "written",
}
_UNITS = {"one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8,
          "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13, "fourteen": 14,
          "fifteen": 15, "sixteen": 16, "seventeen": 17, "eighteen": 18, "nineteen": 19,
          "twenty": 20, "thirty": 30, "forty": 40, "fifty": 50, "sixty": 60, "seventy": 70,
          "eighty": 80, "ninety": 90, "a": 1, "an": 1, "zero": 0}
_ORDINALS = {"first": 1, "second": 2, "third": 3, "fourth": 4, "fifth": 5, "sixth": 6,
             "seventh": 7, "eighth": 8, "ninth": 9, "tenth": 10, "eleventh": 11, "twelfth": 12,
             "thirteenth": 13, "fourteenth": 14, "fifteenth": 15, "sixteenth": 16,
             "seventeenth": 17, "eighteenth": 18, "nineteenth": 19, "twentieth": 20,
             "thirtieth": 30, "fortieth": 40, "fiftieth": 50, "hundredth": 100}
_SCALES = {"hundred": 1e2, "thousand": 1e3, "k": 1e3, "million": 1e6, "m": 1e6, "mn": 1e6,
           "mln": 1e6, "billion": 1e9, "bn": 1e9, "bln": 1e9, "b": 1e9, "trillion": 1e12, "tn": 1e12,
           "dozen": 12}
_NUMERAL = re.compile(r"(\d[\d,]*(?:\.\d+)?|\.\d+)(?:\s*(hundred|thousand|million|billion|trillion|"
                      r"dozen|mln|bln|bn|mn|tn|m|k|b)(?![A-Za-z]))?", re.IGNORECASE)
_TIME = re.compile(r"\d{1,2}[:.]\d\d\s*(?:[ap]\.?m\.?|GMT|BST|ET|EST)?", re.IGNORECASE)
_PLACE_PREPS = {"to", "in", "of", "for", "from", "into", "across", "at", "on"}
_CURRENCY = {"£", "$", "€", "¥", "US$", "A$", "C$", "HK$", "₹", "Rs", "Rs."}
_FRACTIONS = {"half": 2, "halves": 2, "third": 3, "thirds": 3, "quarter": 4, "quarters": 4,
              "fifth": 5, "fifths": 5, "tenth": 10, "tenths": 10}
_QUOTES = "\"“”"
# Words after a figure that say what unit it is in, not what it counts: "5.5 pct", "100 mln U.S. dlrs".
_PERCENT_UNITS = {"pct", "percent", "per", "cent", "percentage", "point", "points"}
_MONEY_UNITS = {"dlr", "dlrs", "dollar", "dollars", "stg", "sterling", "pound", "pounds", "franc",
                "francs", "lire", "lira", "yen", "euro", "euros", "yuan", "rupee", "rupees", "cent",
                "cents", "pence", "marks", "crowns", "pesos", "rand", "roubles", "rubles"}
_SCALE_WORDS = {"hundred", "thousand", "million", "billion", "trillion", "mln", "bln", "bn", "mn",
                "tn", "m", "k"}
_AREA = {"sq", "square", "acre", "acres", "hectare", "hectares", "ha"}
_LENGTH = {"km", "kilometre", "kilometres", "kilometer", "kilometers", "mile", "miles", "metre",
           "metres", "meter", "meters", "m", "feet", "foot", "ft", "inch", "inches", "cm", "mm", "yards"}
_WEIGHT = {"tonne", "tonnes", "ton", "tons", "kg", "kilo", "kilos", "kilogram", "kilograms", "lb",
           "lbs", "pound", "pounds", "ounce", "ounces", "grams", "g"}
_VOLUME = {"litre", "litres", "liter", "liters", "gallon", "gallons", "barrel", "barrels", "bpd",
           "cubic"}
_MEASURE_UNITS = _AREA | _LENGTH | _WEIGHT | _VOLUME | {"mph", "kph", "degree", "degrees", "bushel",
                                                        "bushels", "bu"}
_UNIT_WORDS = _PERCENT_UNITS | _MONEY_UNITS | _SCALE_WORDS | _MEASURE_UNITS
# Verbs whose object figure is the size of their subject: "the park covers 340 sq km".
_MEASURE_VERBS = {"cover", "span", "measure", "stretch", "weigh", "extend"}
# Verbs that say nothing about a sum of money on their own ("made £5m", "took $100m").
_LIGHT_VERBS = {"be", "have", "make", "take", "get", "do", "go", "give", "see", "put", "say"}
# A sum "it would take/cost $X to do Y" is the cost of doing Y.
_COST_VERBS = {"take", "cost", "need", "require"}
# Verbs that change a level: with an object the figure is that object's new level ("cut the rate to 5%").
_CHANGE_VERBS = {"cut", "raise", "lower", "reduce", "increase", "lift", "boost", "trim", "slash",
                 "hike", "set", "fix", "put", "bring", "push", "drive", "revise", "peg", "keep"}
# Nouns that only restate that a figure is a figure ("a value close to 340 sq km").
_GENERIC_NOUNS = {"value", "level", "total", "figure", "sum", "amount", "number", "peak", "high",
                  "low", "record", "estimate", "average", "tally", "mark", "range", "region", "maximum",
                  "minimum"}
# Ordinals that rank a routine unit of time or play rather than the story ("first time", "first half").
_PLAIN_ORDINAL_NOUNS = {"time", "times", "half", "quarter", "period", "minute", "day", "week",
                        "month", "year", "season", "step", "thing", "sight", "glance", "look",
                        "instance", "attempt", "try", "impression", "person", "hand", "place",
                        "innings", "over", "overs", "set", "leg", "page", "paragraph", "line",
                        "chapter", "part", "floor", "phase", "stage", "leg", "ever", "one",
                        "respect", "option", "point", "priority", "item", "choice"}
# Hyphenated ordinals that are idioms, not rankings: "second-rate", "first-hand".
_ORDINAL_IDIOMS = {"rate", "hand", "class", "guess", "tier", "string", "degree", "floor", "half",
                   "person", "time", "ever"}
_MONTHS = {"jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "sept", "oct", "nov",
           "dec", "january", "february", "march", "april", "june", "july", "august", "september",
           "october", "november", "december"}
_RANGE_WORDS = {"or", "to", "-", "–", "and"}
_NUMERIC_RANGE = re.compile(r"^(?:between\s+)?[\d.,]+\s*(?:and|to|or|-|–)\s*[\d.,]+$", re.IGNORECASE)
_NP_DEPS = {"amod", "compound", "nmod", "npadvmod"}
_PRUNED_DEPS = {"prep", "relcl", "acl", "appos", "conj", "cc", "punct", "advcl"}


def numbers(doc, *, body_start: int = 0, limit: int = 8) -> tuple[Number, ...]:
    """The body's key numbers, at most ``limit``, in text order.

    Args:
        doc: spaCy Doc of ``headline + "\\n\\n" + body``.
        body_start: character offset where the body starts in ``doc.text``.
        limit: how many numbers at most.

    Returns:
        One :class:`Number` per distinct figure, with what it counts and its sentence verbatim.
    """
    ranked: list[tuple[float, int, Number]] = []
    seen: set[tuple] = set()
    for span, label in _candidates(doc, body_start):
        if _is_noise(doc, span, label):
            continue
        value = number_value(span.text)
        context, counted = _context(span, label)
        if not context:
            continue  # a figure whose meaning the text does not say in a phrase is no key number
        quoted = _inside_quotes(doc, span)
        score = _importance(span, label, value, context, counted)
        if quoted and score < 3:
            continue  # a figure of speech inside a quote ("one of the best"), not a finding
        if score <= 0:
            continue
        key = (span.text.lower(), context.lower())
        value_key = (value, context.lower()) if value is not None and context else None
        if key in seen or (value_key and value_key in seen):
            continue
        seen.add(key)
        if value_key:
            seen.add(value_key)
        sentence = _sentence(doc, span, body_start)
        ranked.append((score, span.start_char, Number(_figure_text(doc, span), value, context, sentence)))
    best = sorted(ranked, key=lambda r: (-r[0], r[1]))[:max(0, limit)]
    return tuple(n for _, _, n in sorted(best, key=lambda r: r[1]))


def _figure_text(doc, span) -> str:
    """The figure as written, with the "between" that frames a range: "between 10 and 20"."""
    before = doc[span.start - 1] if span.start > 0 else None
    if before is not None and before.lower_ == "between" and any(t.lower_ == "and" for t in span):
        return before.text_with_ws + span.text
    return span.text


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
        elif ent.label_ == "DATE" and _NUMERIC_RANGE.match(ent.text) and not _YEAR.search(ent.text):
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
        yield _with_unit(doc, span, label)


def _joins_range(doc, first, second) -> bool:
    """Whether two figures are one range or alternative: "46- or 95-mile", "10 to 20", "two or three"."""
    gap = doc[first.end:second.start]
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
            t.lower_ in _UNIT_WORDS - _SCALE_WORDS for t in first)
    return True


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
    if last_unit is None:
        return span, label
    unit = doc[span.end:last_unit + 1]
    words = {t.lower_ for t in unit}
    if words & {"pct", "percent", "cent", "percentage"}:
        label = "PERCENT"
    elif words & _MONEY_UNITS:
        label = "MONEY"
    elif words & _MEASURE_UNITS:
        label = "QUANTITY"
    return doc[span.start:last_unit + 1], label


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


def _inside_quotes(doc, span) -> bool:
    """Whether the figure sits between quotation marks in its paragraph."""
    text = text_of(doc)
    para_start = text.rfind("\n", 0, span.start_char) + 1
    marks = sum(text.count(q, para_start, span.start_char) for q in _QUOTES)
    return marks % 2 == 1


def _importance(span, label: str, value: float | None, context: str, counted) -> float:
    """How much a reader needs this figure: kind, size, and whether it counts people."""
    score = _BASE_WEIGHT.get(label, 1.0)
    if value is not None and label in {"CARDINAL", "QUANTITY", "MONEY"}:
        if value >= 1000:
            score += 2
        elif value >= 100:
            score += 1
        elif value < 2 and label == "CARDINAL":
            score -= 2
    words = {w.lower() for w in re.findall(r"[A-Za-z]+", context)}
    if counted is not None and (counted.lemma_.lower() in _PEOPLE or counted.lower_ in _PEOPLE):
        score += 2
    elif words & _PEOPLE or any(t.lemma_ in _HARM_VERBS for t in span.root.ancestors if t.pos_ == "VERB"
                                and t.i - span.root.i < 4):
        score += 1
    if not context:
        score -= 2
    elif label in {"ORDINAL", "DATE"} or "-" in span.text:
        score += 1  # "ninth trip", "three-phase process": describes the story itself
    return score


def _context(span, label: str) -> tuple[str, object]:
    """What the figure counts or measures, as a noun phrase, and the noun it counts; ("", None) if unsure."""
    root = span.root
    inside = set(range(span.start, span.end))
    last = span[-1]
    if last.head.i not in inside and last.dep_ in {"nummod", "amod", "compound"} \
            and last.head.pos_ in {"NOUN", "PROPN"} and root.head.pos_ not in {"NOUN", "PROPN"}:
        root = last  # "46- or 95-mile routes": the range's last part carries the counted noun
    head = root.head
    unit = root.lower_ in _UNIT_WORDS
    if label == "QUANTITY" and root.dep_ == "dobj" and head.lemma_ in _MEASURE_VERBS:
        return _context_of_object(head, inside, label)  # "covers 340 sq km of hills": the park's area
    if root.dep_ in {"nummod", "amod", "compound", "quantmod", "nmod", "npadvmod", "advmod"} \
            and head.pos_ in {"NOUN", "PROPN"} and head.i not in inside and head.lower_ not in _UNIT_WORDS:
        if head.lower_ in {"time", "times"}:
            return "", None  # "visited nine times": occasions, not a thing counted
        verb = _verb_done_to(head) if root.dep_ == "nummod" and label in {"CARDINAL", "QUANTITY"} else ""
        return _noun_phrase(head, inside, verb=verb), head
    # "two-thirds of voters", "260,000 barrels of crude", "20 billion dlrs in new funding".
    preps = {"of", "in"} if unit else {"of"}
    of = next((c for c in root.rights if c.dep_ == "prep" and c.lower_ in preps), None)
    if of is not None:
        counted = next((c for c in of.children if c.dep_ == "pobj" and c.pos_ in {"NOUN", "PROPN"}), None)
        if counted is not None and counted.lower_ not in _UNIT_WORDS:
            return _noun_phrase(counted, inside), counted
    nxt = span.doc[span.end] if span.end < len(span.doc) else None
    if unit and nxt is not None and nxt.dep_ == "prep" and nxt.lower_ in preps and nxt.head.pos_ == "VERB" \
            and nxt.head.lemma_ not in _LEVEL_VERBS and not _holds_figure(nxt, inside) \
            and not any(t.ent_type_ in {"DATE", "TIME"} for t in nxt.subtree):
        counted = next((c for c in nxt.children if c.dep_ == "pobj" and c.pos_ == "NOUN"), None)
        if counted is not None and counted.lower_ not in _UNIT_WORDS:
            return _noun_phrase(counted, inside), counted
    if label == "MONEY":  # "5.4 billion dlrs owed to banks": the sum is what the participle says
        acl = next((c for c in root.rights if c.dep_ == "acl" and c.tag_ == "VBN"), None)
        if acl is not None:
            phrase = _verb_phrase(acl, inside)
            if phrase != acl.lower_:
                return phrase, None
    if root.dep_ == "npadvmod" and label == "QUANTITY" and head.lower_ in {"away", "off", "long", "wide",
                                                                        "high", "deep", "tall"}:
        return _measured(head.lower_, head.head, inside), None  # "1.2 miles away from the site"
    if root.dep_ in {"npadvmod", "advmod"} and label == "QUANTITY":
        away = next((c for c in head.children if c.lower_ in {"away", "off", "long", "wide", "high",
                                                               "deep", "tall"}), None)
        if away is not None:  # "took place 1.2 miles away from the site"
            return _measured(away.lower_, head, inside), None
    if root.dep_ == "prep" or (root.dep_ == "pobj" and head.dep_ == "prep"):
        return _context_of_prep(root if root.dep_ == "prep" else head, inside, label)
    if root.dep_ in {"nsubj", "nsubjpass"} and head.pos_ in {"VERB", "AUX"}:
        # "Of the parents questioned, 628 had children": the figure counts the "of" phrase.
        of = next((c for c in head.children if c.dep_ == "prep" and c.lower_ == "of" and c.i < root.i), None)
        counted = next((c for c in of.children if c.dep_ == "pobj"), None) if of is not None else None
        if counted is not None and counted.pos_ in {"NOUN", "PROPN"}:
            return _noun_phrase(counted, inside), counted
        return "", None
    if root.dep_ in {"dobj", "attr", "npadvmod", "acomp", "oprd"} and head.pos_ in {"VERB", "AUX"}:
        return _context_of_object(head, inside, label)
    return "", None


def _context_of_prep(prep, inside: set[int], label: str) -> tuple[str, object]:
    """Context of a figure inside a prepositional phrase: "rose past 40,000", "cut the rate to 5%"."""
    for _ in range(4):  # climb through "a value close to", "up to"
        governor = prep.head
        if governor.pos_ in {"NOUN", "PROPN"} and governor.lower_ not in _GENERIC_NOUNS \
                and governor.lower_ not in _UNIT_WORDS:
            return _noun_phrase(governor, inside), governor
        if governor.pos_ in {"VERB", "AUX"}:
            obj = next((c for c in governor.children if c.dep_ == "dobj" and c.pos_ in {"NOUN", "PROPN"}
                        and c.i not in inside and c.lower_ not in _UNIT_WORDS), None)
            if obj is not None and (governor.lemma_ in _CHANGE_VERBS or label == "PERCENT"
                                    and prep.lower_ in {"to", "from", "by"}):
                return _noun_phrase(obj, inside), obj
            subject = _subject(governor)
            level = governor.lemma_ in _LEVEL_VERBS or governor.lemma_ in _CHANGE_VERBS
            if subject is not None and subject.lower_ not in _GENERIC_NOUNS and (
                    level or label in {"PERCENT", "QUANTITY"}):
                return _noun_phrase(subject, inside), subject
            return "", None
        up = governor if governor.dep_ == "prep" else governor.head
        if up.dep_ != "prep" or governor.pos_ not in {"ADJ", "ADV", "NOUN", "ADP"}:
            return "", None
        prep = up
    return "", None


def _context_of_object(verb, inside: set[int], label: str) -> tuple[str, object]:
    """Context of a figure that is a verb's object: the level of its subject, or what a sum paid for."""
    subject = _subject(verb)
    lemma = verb.lemma_.lower()
    if subject is not None and (lemma in _LEVEL_VERBS or label == "PERCENT"):
        return _noun_phrase(subject, inside), subject
    units = [verb.doc[i].lower_ for i in sorted(inside) if verb.doc[i].lower_ in _MEASURE_UNITS]
    unit = next((u for u in units if u in _AREA), units[-1] if units else None)  # "sq km" is an area
    if label == "QUANTITY" and subject is not None and lemma in _MEASURE_VERBS and unit:
        return _measured(_dimension(unit), verb, inside), subject
    if label != "MONEY":
        return "", None
    if lemma in _COST_VERBS:  # "it would take $100m to repair the pipeline"
        purpose = next((c for c in verb.children if c.dep_ in {"xcomp", "advcl"}
                        and any(a.lower_ == "to" for a in c.lefts)), None)
        if purpose is not None:
            phrase = _phrase_text(purpose.subtree, inside, limit=7)
            if phrase:
                return f"cost {phrase}", None
    if lemma in _LIGHT_VERBS:
        return "", None
    phrase = _verb_phrase(verb, inside)
    if phrase != _participle(verb):
        return phrase, None
    if subject is not None:  # "the club paid $2m": paid by the club
        return f"{phrase} by {_noun_phrase(subject, inside)}", None
    return "", None


def _verb_phrase(verb, inside: set[int]) -> str:
    """A verb as a participle with its first prepositional phrase after the figure: "paid for the striker"."""
    words = [_participle(verb)]
    prep = next((c for c in verb.rights if c.dep_ in {"prep", "dative"} and not _holds_figure(c, inside)
                 and not any(t.ent_type_ in {"DATE", "TIME"} for t in c.subtree)), None)
    if prep is not None:
        words.append(_phrase_text(prep.subtree, inside, limit=6))
    return " ".join(w for w in words if w)


def _dimension(unit: str) -> str:
    """What a unit measures: "sq" -> "area", "miles" -> "length"."""
    if unit in _AREA:
        return "area"
    if unit in _LENGTH:
        return "length"
    if unit in _WEIGHT:
        return "weight"
    if unit in _VOLUME:
        return "volume"
    return "size"


def _measured(dimension: str, verb, inside: set[int]) -> str:
    """"area of the park", "distance of the tremor from the site": a measure named by what it measures."""
    word = {"away": "distance", "off": "distance", "long": "length", "wide": "width", "high": "height",
            "deep": "depth", "tall": "height"}.get(dimension, dimension)
    subject = _subject(verb)
    phrase = word
    if subject is not None:
        phrase = f"{word} of {_phrase_text([subject], inside)}"
        det = next((c for c in subject.lefts if c.dep_ == "det" and c.lower_ == "the"), None)
        noun = _noun_phrase(subject, inside)
        phrase = f"{word} of {'the ' if det is not None else ''}{noun}"
    away = next((c for c in verb.children if c.lower_ in {"away", "off"} and c.i > subject.i), None) \
        if subject is not None else None
    source = next((c for c in away.children if c.dep_ == "prep"), None) if away is not None else None
    if source is not None:
        tail = _phrase_text(source.subtree, inside, limit=6)
        if tail:
            phrase = f"{phrase} {tail}"
    return phrase if subject is not None else ""


def _subject(verb):
    """The verb's subject noun, looking through auxiliaries and conjunctions."""
    for tok in (verb, verb.head if verb.dep_ in {"conj", "xcomp"} else None):
        if tok is None:
            continue
        for child in tok.children:
            if child.dep_ in {"nsubj", "nsubjpass"} and child.pos_ in {"NOUN", "PROPN", "PRON"} \
                    and not any(t.is_space for t in child.doc[child.i:tok.i]):  # not across a paragraph
                if child.lower_ in {"which", "that", "who"} and tok.dep_ == "relcl":
                    return tok.head  # "the earthquake, which measured 6.3"
                return child if child.pos_ != "PRON" else None
    return None


def _noun_phrase(noun, inside: set[int], *, verb: str = "") -> str:
    """The noun with its adjectives and compounds, ``verb``, and one short prepositional phrase."""
    keep = {noun.i}
    for child in noun.lefts:
        if child.dep_ in _NP_DEPS and child.i not in inside and not child.like_num:
            keep.update(t.i for t in child.subtree if t.i not in inside)
    if keep:  # left modifiers must be contiguous with the noun
        lo = min(keep)
        keep = {i for i in keep if all(j in keep or noun.doc[j].text == "-" for j in range(i, noun.i))}
        keep.update(j for j in range(lo, noun.i) if noun.doc[j].text == "-" and j + 1 in keep)
    breaks = [i for i in keep if noun.doc[i].is_space or "\n" in noun.doc[i].whitespace_]
    if breaks:
        keep = {i for i in keep if i > max(breaks)}
    words = _phrase_text((noun.doc[i] for i in sorted(keep)), inside)
    if verb:
        words = f"{words} {verb}"
    prep = next((c for c in noun.rights if c.dep_ == "prep" and not _holds_figure(c, inside)), None)
    if prep is None:
        prep = _adjacent_verb_prep(noun)
    if prep is not None:
        tail = _phrase_text(prep.subtree, inside, limit=6)
        if tail:
            words = f"{words} {tail}"
    return words


def _holds_figure(prep, inside: set[int]) -> bool:
    """Whether a phrase holds this figure or another one ("to 5.5 pct", "including 68,000 lines")."""
    return any(t.i in inside or t.ent_type_ in _LABELS or t.like_num and t.ent_type_ not in {"DATE", "TIME"}
               for t in prep.subtree)


def _adjacent_verb_prep(noun):
    """A phrase right after an object that the parser hung on the verb ("use his mission to the Middle East").

    Attachment of such a phrase is ambiguous; taken only when it is not about time.
    """
    nxt_i = noun.right_edge.i + 1
    if noun.dep_ != "dobj" or nxt_i >= len(noun.doc):
        return None
    nxt = noun.doc[nxt_i]
    if nxt.dep_ != "prep" or nxt.head != noun.head or nxt.lower_ not in _PLACE_PREPS:
        return None
    if _holds_figure(nxt, set()):
        return None
    if any(t.ent_type_ in {"DATE", "TIME"} for t in nxt.subtree):
        return None
    return nxt


def _phrase_text(tokens, inside: set[int], *, limit: int | None = None) -> str:
    """Text of ``tokens`` without nested clauses; empty when longer than ``limit`` tokens."""
    tokens = list(tokens)
    if not tokens:
        return ""
    top = tokens[0]
    while top.head in tokens and top.head != top:
        top = top.head
    pruned: set[int] = set()
    for tok in tokens:
        clause = tok.dep_ in _PRUNED_DEPS and not (tok.dep_ == "prep" and tok.head == top)
        if tok != top and clause and tok.text != "-":
            pruned.update(t.i for t in tok.subtree)
    kept = [t for t in tokens if t.i not in pruned and t.i not in inside
            and (not t.is_punct or t.text == "-")]
    if limit is not None and len(kept) > limit:
        return ""
    while kept and kept[0].dep_ in {"det", "poss"} and kept[0].head == top and top.dep_ != "pobj":
        kept = kept[1:]
    text = "".join(t.text_with_ws for t in kept).strip()
    return re.sub(r"\s+", " ", text).strip(" -")


def _verb_done_to(noun) -> str:
    """The verb that happened to a counted noun ("killed" for "killing 1,200 people"), or ""."""
    verb = noun.head
    if verb.pos_ != "VERB" or verb.lemma_ in {"be", "have"} or verb.i == noun.i:
        return ""
    if noun.dep_ == "dobj":
        return _participle(verb)
    if noun.dep_ == "nsubjpass" or (noun.dep_ == "nsubj" and verb.tag_ in {"VBD", "VBZ", "VBP"}):
        return verb.text.lower()
    return ""


def _participle(verb) -> str:
    """Past participle of a verb: kill -> killed, pay -> paid."""
    lemma = verb.lemma_.lower()
    if verb.tag_ == "VBN":
        return verb.text.lower()
    if lemma in _IRREGULAR_PARTICIPLES:
        return _IRREGULAR_PARTICIPLES[lemma]
    if lemma.endswith("e"):
        return lemma + "d"
    if lemma.endswith("y") and len(lemma) > 2 and lemma[-2] not in "aeiou":
        return lemma[:-1] + "ied"
    if (len(lemma) >= 3 and lemma[-1] not in "aeiouwxy" and lemma[-2] in "aeiou"
            and lemma[-3] not in "aeiou" and len(lemma) <= 4):
        return lemma + lemma[-1] + "ed"  # stop -> stopped, ban -> banned
    return lemma + "ed"

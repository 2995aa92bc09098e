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
           "billion": 1e9, "bn": 1e9, "b": 1e9, "trillion": 1e12, "tn": 1e12, "dozen": 12}
_NUMERAL = re.compile(r"(\d[\d,]*(?:\.\d+)?|\.\d+)(?:\s*(hundred|thousand|million|billion|trillion|"
                      r"dozen|bn|mn|tn|m|k|b)(?![A-Za-z]))?", re.IGNORECASE)
_TIME = re.compile(r"\d{1,2}[:.]\d\d\s*(?:[ap]\.?m\.?|GMT|BST|ET|EST)?", re.IGNORECASE)
_PLACE_PREPS = {"to", "in", "of", "for", "from", "into", "across", "at", "on"}
_CURRENCY = {"£", "$", "€", "¥", "US$", "A$", "C$", "HK$", "₹", "Rs", "Rs."}
_FRACTIONS = {"half": 2, "halves": 2, "third": 3, "thirds": 3, "quarter": 4, "quarters": 4,
              "fifth": 5, "fifths": 5, "tenth": 10, "tenths": 10}
_QUOTES = "\"“”"
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
        ranked.append((score, span.start_char, Number(span.text, value, context, sentence)))
    best = sorted(ranked, key=lambda r: (-r[0], r[1]))[:max(0, limit)]
    return tuple(n for _, _, n in sorted(best, key=lambda r: r[1]))


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
    """(span, label) for every figure in the body, hyphenated adjectives made whole."""
    for ent in doc.ents:
        if ent.start_char < body_start:
            continue
        if ent.label_ in _LABELS:
            yield _with_hyphen_suffix(doc, _with_currency(doc, ent)), ent.label_
        elif ent.label_ == "DATE" and _HYPHEN_ADJ.match(ent.text) and any(t.like_num for t in ent):
            yield ent, "DATE"
    # Figures the entity recogniser missed ("£4.5bn"): numerals outside every entity.
    for tok in doc:
        if tok.idx < body_start or tok.ent_type_ or tok.pos_ != "NUM" or not re.search(r"\d", tok.text):
            continue
        span = _with_currency(doc, doc[tok.i:tok.i + 1])
        money = span.start < tok.i or re.match(r"^[£$€¥₹]", tok.text)
        yield span, "MONEY" if money else "CARDINAL"


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
    """Years, phone numbers, page references, list markers and names such as "Type 22"."""
    text = span.text.strip()
    if label == "CARDINAL" and (_YEAR.match(text) or re.fullmatch(r"(?:1[89]|20)\d\d\.\w+", text)):
        return True  # a year, also when glued to the next sentence ("1958.His")
    if _TIME.fullmatch(text):
        return True
    offset = span.sent.start_char
    for phone in _PHONE.finditer(span.sent.text):
        if phone.start() + offset < span.end_char and span.start_char < phone.end() + offset:
            return True
    if re.fullmatch(r"\d+\s*(?:/|of)\s*\d+", text):
        return True
    before = doc[span.start - 1] if span.start > 0 else None
    if before is not None and before.lower_ in _PAGE_WORDS:
        return True
    root = span.root
    # A number after a proper noun that it modifies is part of a name: "Type 22", "Apollo 11".
    if (before is not None and before.pos_ == "PROPN" and root.head == before
            and label == "CARDINAL"):
        return True
    if label == "CARDINAL" and len(span) == 1 and root.like_num and root.i == span.sent.start:
        nxt = doc[root.i + 1] if root.i + 1 < len(doc) else None
        if nxt is not None and nxt.text in {".", ")"}:
            return True  # list marker "1." / "2)"
    return False


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
    """What the figure counts or describes, in a few words, and the noun token it counts."""
    root = span.root
    inside = set(range(span.start, span.end))
    head = root.head
    if root.dep_ in {"nummod", "amod", "compound", "quantmod", "nmod", "npadvmod", "advmod"} \
            and head.pos_ in {"NOUN", "PROPN"} and head.i not in inside:
        verb = _verb_done_to(head) if root.dep_ == "nummod" and label in {"CARDINAL", "QUANTITY"} else ""
        return _noun_phrase(head, inside, verb=verb), head
    # "two-thirds of voters", "1,000 of them": the figure counts what follows "of".
    of = next((c for c in root.rights if c.dep_ == "prep" and c.lower_ == "of"), None)
    if of is not None:
        counted = next((c for c in of.children if c.dep_ == "pobj" and c.pos_ in {"NOUN", "PROPN"}), None)
        if counted is not None:
            return _noun_phrase(counted, inside), counted
    # "past 40,000", "by 5%": the figure hangs off a preposition of a verb or a noun.
    if root.dep_ == "prep" or (root.dep_ == "pobj" and head.dep_ == "prep"):
        governor = head if root.dep_ == "prep" else head.head
        if governor.pos_ in {"NOUN", "PROPN"}:
            return _noun_phrase(governor, inside), governor
        if governor.pos_ in {"VERB", "AUX"}:
            subject = _subject(governor)
            if subject is not None:
                return _noun_phrase(subject, inside), subject
    if root.dep_ in {"dobj", "attr", "npadvmod", "nsubj", "nsubjpass", "acomp"} \
            and head.pos_ in {"VERB", "AUX"}:
        subject = _subject(head) if root.dep_ not in {"nsubj", "nsubjpass"} else None
        if subject is not None and (head.lemma_ in _LEVEL_VERBS or label == "PERCENT"):
            return _noun_phrase(subject, inside), subject
        if root.dep_ in {"nsubj", "nsubjpass"}:
            return head.text, None
        prep = next((c for c in head.children if c.dep_ == "prep" and c.i > root.i), None)
        words = [_participle(head)]
        if prep is not None:
            words.append(_phrase_text(prep.subtree, inside, limit=6))
        return " ".join(w for w in words if w), None
    return "", None


def _subject(verb):
    """The verb's subject noun, looking through auxiliaries and conjunctions."""
    for tok in (verb, verb.head if verb.dep_ in {"conj", "xcomp"} else None):
        if tok is None:
            continue
        for child in tok.children:
            if child.dep_ in {"nsubj", "nsubjpass"} and child.pos_ in {"NOUN", "PROPN", "PRON"}:
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
    words = _phrase_text((noun.doc[i] for i in sorted(keep)), inside)
    if verb:
        words = f"{words} {verb}"
    prep = next((c for c in noun.rights if c.dep_ == "prep"), None)
    if prep is None:
        prep = _adjacent_verb_prep(noun)
    if prep is not None:
        tail = _phrase_text(prep.subtree, inside, limit=6)
        if tail:
            words = f"{words} {tail}"
    return words


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

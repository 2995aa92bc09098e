"""What a figure counts or measures, read off the dependency parse: "killing 1,200 people" ->
"people killed", "the park covers 340 sq km" -> "area of the park"."""
from __future__ import annotations

import re

from ..quotes.vocabulary import REPORTING
from .words import (
    _AREA, _CHANGE_VERBS, _COST_VERBS, _FRACTIONS, _GENERIC_NOUNS, _LABELS, _LENGTH,
    _LEVEL_VERBS, _LIGHT_VERBS, _MEASURE_UNITS, _MEASURE_VERBS, _NP_DEPS, _PLACE_PREPS, _PRICE_VERBS,
    _PRUNED_DEPS, _UNIT_WORDS, _VOLUME, _WEIGHT, past_participle,
)
from .clauses import distance_before_direction, verb_read_as_noun
from .evidence import DIRECTION_WORDS

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
    if distance_before_direction(span):
        return "", None
    if label == "QUANTITY" and root.dep_ == "dobj" and head.lemma_ in _MEASURE_VERBS:
        return _context_of_object(head, inside, label)  # "covers 340 sq km of hills": the park's area
    if root.dep_ in {"nummod", "amod", "compound", "quantmod", "nmod", "npadvmod", "advmod"} \
            and head.pos_ in {"NOUN", "PROPN"} and head.i not in inside and head.lower_ not in _UNIT_WORDS:
        if head.lower_ in {"time", "times"}:
            return "", None  # "visited nine times": occasions, not a thing counted
        while head.dep_ == "compound" and head.head.pos_ in {"NOUN", "PROPN"} and head.head.i > head.i \
                and head.head.lower_ not in _UNIT_WORDS and not verb_read_as_noun(head.head):
            head = head.head  # "15 percent polling threshold": the threshold, not "polling"
        verb = _verb_done_to(head) if root.dep_ == "nummod" and label in {"CARDINAL", "QUANTITY"} else ""
        return _noun_phrase(head, inside, verb=verb), head
    # "two-thirds of voters", "260,000 barrels of crude", "20 billion dlrs in new funding"; not "in"
    # a place or a time ("1.4 metres in the river town of Kelby")
    preps = {"of", "in"} if unit else {"of"}
    of = next((c for c in root.rights if c.dep_ == "prep" and c.lower_ in preps), None)
    if of is not None:
        counted = next((c for c in of.children if c.dep_ == "pobj" and c.pos_ in {"NOUN", "PROPN"}), None)
        if of.lower_ == "in" and any(c.dep_ == "pobj" and c.ent_type_ in {"DATE", "TIME"} for c in of.children):
            return "", None  # "170,000 dlrs in quarter", "31.5 sq km in the late 1960s": when, not what
        where = of.lower_ == "in" and _names(of, {"GPE", "LOC", "FAC"})
        if counted is not None and counted.lower_ not in _UNIT_WORDS and not where:
            if of.lower_ == "of" and (label == "PERCENT" or span.text.lower().rsplit("-", 1)[-1] in _FRACTIONS) \
                    and counted.tag_ == "NN":
                return _share_of(counted, inside), counted  # "50.08% of the vote": a share of a whole
            return _noun_phrase(counted, inside), counted
    nxt = span.doc[span.end] if span.end < len(span.doc) else None
    if unit and nxt is not None and nxt.dep_ == "prep" and nxt.lower_ in preps and nxt.head.pos_ == "VERB" \
            and nxt.head.lemma_ not in _LEVEL_VERBS and not _holds_figure(nxt, inside) \
            and not any(t.ent_type_ in {"DATE", "TIME"} for t in nxt.subtree) \
            and not _names(nxt, {"GPE", "LOC", "FAC"}):
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
    if root.dep_ == "npadvmod" and head.lower_ in DIRECTION_WORDS and head.head.pos_ in {"VERB", "AUX"} \
            and label in {"PERCENT", "MONEY", "QUANTITY"}:  # "sales were down 12 per cent"
        subject = _subject(head.head)
        if subject is not None and subject.lower_ not in _GENERIC_NOUNS:
            after = f" {head.text}" if head.i > root.i else ""  # "closed 12 cents lower": the label keeps it
            return _with_change(_noun_phrase(subject, inside), head.head, None, inside) + after, subject
        return "", None
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


def _names(prep, kinds: set[str]) -> bool:
    """Whether a phrase names a place or a time (``kinds``: "in the river town of Kelby", "in the
    late 1960s"): it says where or when the figure holds, not what it counts. Its noun with what
    stands before it and its "of" phrase are read, not what the phrase goes on to say ("in new
    funding in Germany")."""
    words = []
    for obj in (c for c in prep.children if c.dep_ == "pobj"):
        words += [obj] + [t for c in obj.lefts for t in c.subtree]
        for of in (c for c in obj.rights if c.dep_ == "prep" and c.lower_ == "of"):
            words += [t for c in of.children if c.dep_ == "pobj" for t in c.subtree]
    return any(t.ent_type_ in kinds for t in words)


def _share_of(whole, inside: set[int]) -> str:
    """"share of the vote", "share of Yukos' output": a percentage of one whole is a share of it; the
    whole alone ("vote") would read as the thing counted."""
    phrase = _phrase_text(whole.subtree, inside, limit=6) or _noun_phrase(whole, inside)
    return f"share of {phrase}"


def _context_of_prep(prep, inside: set[int], label: str) -> tuple[str, object]:
    """Context of a figure inside a prepositional phrase: "rose past 40,000", "cut the rate to 5%"."""
    for _ in range(4):  # climb through "a value close to", "up to"
        governor = prep.head
        verb = governor.head
        if governor.lower_ in DIRECTION_WORDS and governor.dep_ in {"advmod", "prt", "acomp"} \
                and verb.pos_ in {"VERB", "AUX"} and verb.lemma_ in _LEVEL_VERBS | _CHANGE_VERBS and not any(
                t.pos_ in {"NOUN", "PROPN", "PRON"} for t in verb.doc[verb.i + 1:governor.i]):
            # "unemployment is down to 3.9 percent": the verb's, with its direction; not "the situation
            # improved, with inflation down to 41 pct" (the direction has a subject of its own)
            governor = verb
        if governor.pos_ in {"NOUN", "PROPN"} and governor.lower_ not in _GENERIC_NOUNS \
                and governor.lower_ not in _UNIT_WORDS:  # "a profit rise to 35 billion": the level reached
            to = f" {prep.lower_}" if prep.lower_ in {"to", "from"} else ""
            return _noun_phrase(governor, inside) + to, governor
        if governor.pos_ in {"VERB", "AUX"}:
            obj = next((c for c in governor.children if c.dep_ == "dobj" and c.pos_ in {"NOUN", "PROPN"}
                        and c.i not in inside and c.lower_ not in _UNIT_WORDS), None)
            if obj is not None and (governor.lemma_ in _CHANGE_VERBS or governor.lemma_ in _LEVEL_VERBS
                                    or label == "PERCENT" and prep.lower_ in {"to", "from", "by"}):
                return _with_change(_noun_phrase(obj, inside), governor, prep, inside, obj=True), obj
            subject = _subject(governor)
            level = governor.lemma_ in _LEVEL_VERBS or governor.lemma_ in _CHANGE_VERBS
            price = label == "MONEY" and governor.lemma_ in _PRICE_VERBS and prep.lower_ in {"for", "at"}
            if subject is not None and subject.lower_ not in _GENERIC_NOUNS and (
                    level or price or label in {"PERCENT", "QUANTITY"}):
                return _with_change(_noun_phrase(subject, inside), governor, prep, inside), subject
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
    if lemma in REPORTING:
        return "", None  # "bankers who insisted Mexico's 13/16 pct was ...": a verb of saying measures nothing
    if subject is not None and (lemma in _LEVEL_VERBS or label == "PERCENT"):
        return _with_change(_noun_phrase(subject, inside), verb, None, inside), subject
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
        if subject is not None and lemma == "cost":  # "the full setup costs $160"
            return f"{_noun_phrase(subject, inside)} {verb.text}", subject
    if lemma in _LIGHT_VERBS:
        return "", None
    phrase = _verb_phrase(verb, inside)
    if phrase != _participle(verb):
        return phrase, None
    if subject is not None and subject.i < verb.i:  # "the club paid $2m": the sentence's own words
        return f"{_noun_phrase(subject, inside)} {verb.text}", None
    return "", None


def _with_change(phrase: str, verb, prep, inside: set[int], *, obj: bool = False) -> str:
    """A level's label with the sentence's own words for the change: "sales for September were down by",
    "profits rose to", "cut lending rate to". A plain "is" or "stood at" adds nothing and is left out.

    The verb, its auxiliaries, negation, particles and direction words ("up", "down") and the
    preposition that holds the figure are kept verbatim, in text order.
    """
    first = min(inside) if inside else len(verb.doc)
    # only a direction said before the figure is its own: "Growth was 1.1%, up from 0.3%" is not "up 1.1%"
    direction = [c for c in verb.children if c.lower_ in DIRECTION_WORDS and c.i < first
                 and c.dep_ in {"advmod", "prt", "acomp", "prep", "compound:prt"}]
    if verb.lemma_ in {"be", "stand"} and not direction and not any(c.dep_ == "neg" for c in verb.children):
        return phrase             # "stood at" says no more than "was"
    words = [verb] + direction + [c for c in verb.children if c.dep_ in {"aux", "auxpass", "neg"}
                                  and c.i not in inside]
    if prep is not None and prep.i not in inside:
        words.append(prep)
    ordered = sorted(set(words), key=lambda t: t.i)
    if obj:  # "cut lending rate to", "have boosted investments in government bonds to"
        before = " ".join(t.text for t in ordered if t is not prep)
        return f"{before} {phrase} {prep.text}" if prep is not None and prep in ordered else f"{before} {phrase}"
    return f"{phrase} {' '.join(t.text for t in ordered)}"


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
    if verb.dep_ == "acl" and verb.tag_ == "VBG" and verb.head.pos_ == "NOUN":
        return verb.head  # "the average price of a home going for $640,479"
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
    # a phrase after the earlier value ("a rise to 35 billion from 32.3 billion in 1985") is that value's
    figures = [c.i for c in noun.rights if c.dep_ == "prep" and c.lower_ in {"from", "against", "versus"}
               and _holds_figure(c, inside)]
    prep = next((c for c in noun.rights if c.dep_ == "prep" and not _holds_figure(c, inside)
                 and not any(i < c.i for i in figures)), None)
    if prep is None and not verb and (said := _participle_phrase(noun, inside)):
        return f"{words} {said}"     # "area planted with maize", not "area" alone
    if prep is None:
        prep = _adjacent_verb_prep(noun)
    if prep is not None:
        tail = _phrase_text(prep.subtree, inside, limit=6)
        if tail:
            words = f"{words} {tail}"
    return words


def _participle_phrase(noun, inside: set[int]) -> str:
    """A past participle after the noun with its first phrase, which says which of its kind the noun
    is ("area [planted with maize]", "shares [held by the public]"); "" when there is none, it holds
    a figure, a date or a clause, or it runs over six words."""
    acl = next((c for c in noun.rights if c.dep_ == "acl" and c.tag_ == "VBN" and c.i == noun.i + 1), None)
    if acl is None or any(c.dep_ in {"dobj", "ccomp", "xcomp", "advcl"} for c in acl.children):
        return ""
    prep = next((c for c in acl.rights if c.dep_ in {"prep", "agent"}), None)
    if prep is None or _holds_figure(prep, inside) or any(t.ent_type_ in {"DATE", "TIME"} for t in prep.subtree):
        return ""
    tail = _phrase_text(prep.subtree, inside, limit=5)
    return f"{acl.text} {tail}" if tail else ""


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
        clause = tok.dep_ in _PRUNED_DEPS and not (tok.dep_ == "prep" and (tok.head == top or tok.lower_ == "of"))
        if tok != top and clause and tok.text != "-":
            pruned.update(t.i for t in tok.subtree)
    kept = [t for t in tokens if t.i not in pruned and t.i not in inside
            and (not t.is_punct or t.text == "-")]
    if limit is not None and len(kept) > limit:
        return ""
    while kept and kept[0].dep_ in {"det", "poss"} and kept[0].head == top and top.dep_ != "pobj":
        kept = kept[1:]
    return _joined(kept)


def _joined(kept) -> str:
    """The kept tokens' text: a gap that is all of a date ("the March 11-20 period") is filled in, any
    other gap is a space, so dropped tokens never glue two words ("March 11period")."""
    parts = []
    for n, tok in enumerate(kept):
        parts.append(tok.text_with_ws)
        nxt = kept[n + 1] if n + 1 < len(kept) else None
        if nxt is None or nxt.i == tok.i + 1:
            continue
        gap = tok.doc[tok.i + 1:nxt.i]
        if all(t.ent_type_ in {"DATE", "TIME"} or t.text in "-–" for t in gap) and tok.ent_type_ in {"DATE", "TIME"}:
            parts.append(gap.text_with_ws)
        elif not tok.whitespace_:
            parts.append(" ")
    return re.sub(r"\s+", " ", "".join(parts).strip()).strip(" -")


def _verb_done_to(noun) -> str:
    """The verb that happened to a counted noun ("killed" for "killing 1,200 people"), or ""."""
    verb = noun.head
    if verb.pos_ != "VERB" or verb.lemma_ in {"be", "have"} or verb.i == noun.i:
        return ""
    if noun.dep_ == "dobj":
        return _participle(verb)
    if noun.dep_ == "nsubjpass" or (noun.dep_ == "nsubj" and verb.tag_ in {"VBD", "VBZ", "VBP"}
                                    and not any(c.dep_ in {"dobj", "ccomp", "xcomp"} for c in verb.children)):
        return verb.text.lower()  # "1,200 people died"; not "36 governors enjoy" (wide powers)
    return ""


def _participle(verb) -> str:
    """Past participle of a verb with its particle: kill -> killed, pay -> paid, call back -> called back."""
    particle = next((c.lower_ for c in verb.children if c.dep_ == "prt"), "")
    return f"{_bare_participle(verb)} {particle}".strip()


def _bare_participle(verb) -> str:
    """Past participle of a verb: kill -> killed, pay -> paid (the text's own form when it is one)."""
    if verb.tag_ == "VBN":
        return verb.text.lower()
    return past_participle(verb.lemma_.lower())

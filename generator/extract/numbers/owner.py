"""Labels that say whose a figure is, or what was done with it, but not what it counts.

A poll story's "Donald Trump won with 22 percent", "Ben Carson at 13 percent", "he trailed Clinton by
1 percent" or "Espinosa's depressing 29 percent" give the parse a subject, an object or a governing
noun that is a name: the label built from it ("Donald Trump won with", "pediatric neurosurgeon Ben
Carson", "trailed Clinton by", "Espinosa depressing") names the holder of a share, and the thing
counted (votes, support, strikeouts) is left to the reader. Such a figure is held back. A name that
is the subject of a verb of level, change or price keeps its label ("the Nikkei fell to 17,000",
"Baikal sold for $9bn"), unless it is a person's (a person's "rise to 30 percent" is their support).

A label with no noun at all ("trailed by", "won with") is a verb fragment and is held back too, as
is a figure that only accompanies an event or a thing ("won with 22 percent", "a lead for Marsh
with 46 percent"): "with" says neither what is counted nor that the figure is a level; so do "on",
"for" (but for a price), "after" and the like when the label ends with them ("Labour lead on").

Written by hand: the rules read spaCy's dependency parse and entity types; no package decides what
a news figure counts.
"""
from __future__ import annotations

from .words import _CHANGE_VERBS, _LEVEL_VERBS, _PRICE_VERBS
# Prepositions that put a figure beside a verb without making it a level, a change or a price:
# "the Greens lead on 19%", "Thailand concluded sales for 22,086 tonnes" ("sold for $9bn" is a price).
_NO_LEVEL_PREPS = {"on", "for", "into", "after", "before", "behind", "among", "across", "through",
                   "during", "like", "than"}
# Label words that name no thing of the sentence: the measures and shares a label may add.
_ADDED_NOUNS = {"share", "area", "length", "width", "height", "depth", "distance", "weight", "volume",
                "size", "cost"}


def owner_reason(span, context: str, counted) -> str:
    """Why the label names only whose the figure is, or no thing at all ("" when it names a thing).

    Args:
        span: the figure (a spaCy Span); context: its label; counted: the noun the label was built
        on (a Token) or None.
    Returns:
        a short reason, or "".
    """
    root = span.root
    counts = counted is not None and _counts(span, counted)
    if not counts and (root.dep_ == "pobj" and root.head.lower_ == "with" or context.lower().endswith(" with")):
        return "label: a figure 'with' an event or thing, what it counts unsaid"
    prep = root.head if root.dep_ == "pobj" else None
    if prep is not None and prep.lower_ in _NO_LEVEL_PREPS and context.lower().endswith(f" {prep.lower_}") \
            and prep.head.pos_ in {"VERB", "AUX"} and not (prep.lower_ == "for" and prep.head.lemma_ in _PRICE_VERBS):
        return "label: its preposition says no level, change or price"  # "Labour lead on 19%"
    if counted is not None and _is_name(counted) and not counts and not _may_own(counted):
        return "label names whose figure it is, not what it counts"
    if counted is not None and counted.dep_ in {"nsubj", "nsubjpass"} and \
            any(c.dep_ == "case" for c in counted.children):
        return "label: a possessor read as a subject"  # "the bank's depressing 29 percent"
    if not _names_a_thing(span, context):
        return "label: a verb fragment, no noun"  # "trailed by", "won with"
    return ""


def _is_name(tok) -> bool:
    """Whether a token is a proper name (spaCy's PROPN, capitalised)."""
    return tok.pos_ == "PROPN" and tok.text[:1].isupper()


def _counts(span, noun) -> bool:
    """Whether the figure counts ``noun`` itself: "12 Democrats", "30 percent of Americans", "$5m in
    cash"."""
    if any(t.head.i == noun.i for t in span):
        return True
    return noun.dep_ == "pobj" and noun.head.lower_ in {"of", "in"} and span.start <= noun.head.head.i < span.end


def _may_own(name) -> bool:
    """Whether a name is the subject of a verb of level, change or price and no person's: "the
    Nikkei fell to", "Baikal sold for"."""
    if name.ent_type_ == "PERSON" or name.dep_ not in {"nsubj", "nsubjpass"}:
        return False
    verbs = [name.head] + [c for c in name.head.children if c.dep_ == "conj" and c.pos_ == "VERB"]
    return any(v.lemma_.lower() in _LEVEL_VERBS | _CHANGE_VERBS | _PRICE_VERBS for v in verbs)


def _names_a_thing(span, context: str) -> bool:
    """Whether a label word is a noun of the figure's sentence or a measure the label adds."""
    words = {w.lower() for w in context.split()}
    if words & _ADDED_NOUNS:
        return True
    return any(t.pos_ in {"NOUN", "PROPN"} and t.lower_ in words and not t.like_num
               for t in span.sent if t.i not in range(span.start, span.end))

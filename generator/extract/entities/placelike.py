"""A name the gazetteer or GeoNames knows as a place that one article uses for something else (issue 8,
item 2: "wrong kinds and places"), read once each actor has a kind (``kind_cues.kinds_in_article``):

- :func:`firm_like`: a shop, a bank or a brand named like a town or a country: "sales at Argos",
  "Argos' sales", "branches of Williamsburg", "the retailer Iceland", "Iceland, the supermarket chain",
  "his Taft stake", "Taft stock";
  an organisation, unless a mention stands where only a place does ("in X", "near X", a dateline);
  a country, a US state or a region needs two such mentions;
- :func:`club_like`: outside a sports report, a town written with a verb in the plural, as British
  copy writes a club, a firm or a band ("Blackburn are trying to buy me", "Birmingham have
  confirmed"); a place is singular ("Birmingham has"). Countries stay places (a national team is its
  country), and so do names in the plural ("the Netherlands are");
- :func:`head_of_longer_name`: a place whose every mention opens a longer name, "X of the
  <Capitalised>" ("Queens of the Stone Age"), or a compass adjective before a lower-case noun at
  every mention ("the Eastern bloc", "Western governments"): a fragment, never published as a place.

Hand-written: no package reads these cues; the word lists are the few English business news uses.
"""
from __future__ import annotations

from dataclasses import replace

from ...data import Gazetteer, name_key
from ...types import Entity
from .context import regions
from .names import PLACE_PREPOSITIONS, POSSESSIVE_TOKENS, mention_tokens

# Nouns that make "X's <noun>" a firm's, never a town's: "Argos' sales", "Hexby's shareholders".
FIRM_NOUNS = frozenset("shares shareholders profit profits revenue revenues sales earnings turnover dividend "
                       "stores shops customers".split())
# Nouns whose "<noun> at X" makes X a firm: "sales at Argos", "profits at X", "shares at X".
AT_NOUNS = frozenset("sales profit profits revenue revenues earnings turnover".split())
# Nouns whose "<noun> of|in X" makes X a firm: "shares of X", "a stake in X", "branches of X".
OF_NOUNS = frozenset("shares shareholders stake branches subsidiary".split())
# Nouns in the singular that a firm's name modifies, as what one holds of it: "his Taft stake", "Taft stock";
# not a market's plural ("London shares", "Tokyo stocks").
HOLDING_NOUNS = frozenset("stake stock".split())
# Lower-case nouns right before a firm's name or heading its apposition: "the retailer X", "X, the chain".
FIRM_DESCRIPTORS = frozenset("retailer retailers chain supermarket supermarkets grocer grocers firm company "
                             "lender bank insurer carmaker brand".split())
# Nouns whose "in X" takes a firm, not a place: "an interest in Argos", "a stake in X".
IN_NOUNS = frozenset("interest interests stake stakes investment investments holding holdings".split())
# Compass adjectives GeoNames also lists as regions ("Eastern", a province): "the Eastern bloc".
COMPASS_ADJECTIVES = frozenset("eastern western northern southern central".split())
# Verbs in the plural right after a subject: "Blackburn are", "Birmingham have".
PLURAL_VERBS = frozenset("are were have".split())


def _apposition_head(doc, end: int) -> str | None:
    """The last lower-case word of "X, the|a|an ... <word>" right after a name, else None."""
    if end + 2 >= len(doc) or doc[end].text != "," or doc[end + 1].lower_ not in ("the", "a", "an"):
        return None
    head = None
    for k in range(end + 2, min(len(doc), end + 7)):
        token = doc[k]
        if token.is_punct or "\n" in token.whitespace_ or token.pos_ == "ADP" and head:
            break
        if token.is_lower and token.is_alpha:
            head = token.lower_
    return head


def firm_mention(doc, start: int, end: int) -> bool:
    """Whether one mention stands where only a firm's name does (see the module docstring)."""
    after = doc[end:end + 3]
    if len(after) >= 2 and after[0].text in POSSESSIVE_TOKENS and after[1].is_lower:
        noun = after[1]
        compound = len(after) > 2 and after[2].is_lower and after[2].pos_ == "NOUN"
        if noun.lower_ in FIRM_NOUNS and not compound:
            return True                     # "Argos' sales", not "London's sales tax"
        if noun.lower_ == "chief" and len(after) > 2 and after[2].lower_ == "executive":
            return True                     # "Argos's chief executive"
    if start >= 2 and doc[start - 2].is_lower and (
            doc[start - 1].lower_ == "at" and doc[start - 2].lower_ in AT_NOUNS
            or doc[start - 1].lower_ in ("of", "in") and doc[start - 2].lower_ in OF_NOUNS):
        return True                         # "sales at Argos", "shares of X", "branches of Williamsburg"
    if len(after) >= 1 and after[0].lower_ in HOLDING_NOUNS and after[0].is_lower and after[0].tag_ == "NN" \
            and not (len(after) > 1 and after[1].pos_ in ("NOUN", "PROPN")):
        return True                         # "his Taft stake", "Taft stock on the open market"; not "London stock market"
    if start >= 1 and doc[start - 1].is_lower and doc[start - 1].lower_ in FIRM_DESCRIPTORS \
            and doc[start - 1].pos_ == "NOUN":
        return True                         # "the retailer Argos"
    return _apposition_head(doc, end) in FIRM_DESCRIPTORS   # "Argos, the catalogue retailer"


def _placed(doc, start: int, body_start: int) -> bool:
    """Whether a mention stands where only a place does: "in X", "near X", "outside X", a dateline
    (not "in X's sales", "an interest in X")."""
    from .sports import dateline

    if start >= 1 and doc[start - 1].lower_ in PLACE_PREPOSITIONS:
        return not (start >= 2 and doc[start - 2].lower_ in IN_NOUNS)
    # a dateline's place opens its line ("LONDON, Aug 30 -"), not a short headline's third word
    opens_line = start == 0 or "\n" in doc[start - 1].whitespace_ or "\n" in doc[start - 1].text
    return opens_line and dateline(doc, start, body_start)


def _big_place(name: str, gaz: Gazetteer) -> bool:
    """A country, a US state or a region: a firm named like one needs more evidence."""
    from .kind_cues import _us_states

    known = gaz.lookup(name)
    key = name_key(name)
    return known is not None and known[0] in gaz.countries or key in _us_states() or key in regions()


def firm_like(doc, e: Entity, *, body_start: int, gaz: Gazetteer) -> bool:
    """Whether a place is a firm named like one (see the module docstring)."""
    if e.kind != "place":
        return False
    spans = mention_tokens(doc, e)
    firm = [s for s, end in spans if firm_mention(doc, s, end)]
    if not firm or any(_placed(doc, s, body_start) for s, _ in spans if s not in firm):
        return False
    return len(firm) >= (2 if _big_place(e.name, gaz) else 1)


def _plural_subject(doc, start: int, end: int) -> bool:
    """Whether the name is the subject of "are", "were" or "have" right after it on its line."""
    head = doc[end - 1]
    if end >= len(doc) or doc[end].lower_ not in PLURAL_VERBS or not head.text[:1].isupper() \
            or head.dep_ not in ("nsubj", "nsubjpass") or head.text.lower().endswith("s"):
        return False
    return (start == 0 or doc[start - 1].lower_ != "the") and "\n" not in doc[end - 1].whitespace_


def club_like(doc, e: Entity, *, sports: bool, body_start: int, gaz: Gazetteer) -> bool:
    """Whether a town outside a sports report is a club, a firm or a band (see the module docstring)."""
    if e.kind != "place" or sports or _big_place(e.name, gaz):
        return False
    spans = mention_tokens(doc, e)
    return any(_plural_subject(doc, s, end) for s, end in spans) \
        and not any(_placed(doc, s, body_start) for s, _ in spans)


def head_of_longer_name(doc, e: Entity) -> bool:
    """Whether every mention of a place opens "X of the <Capitalised word>" ("Queens of the Stone
    Age"), or is a compass adjective before a lower-case noun ("the Eastern bloc")."""
    spans = mention_tokens(doc, e)
    adjective = name_key(e.name) in COMPASS_ADJECTIVES

    def opens(end: int) -> bool:
        if adjective and end < len(doc) and doc[end].is_lower and doc[end].pos_ in ("NOUN", "ADJ", "PROPN"):
            return True
        if end + 2 >= len(doc) or doc[end].lower_ != "of" or doc[end + 1].lower_ != "the":
            return False
        word = doc[end + 2]
        return word.is_alpha and word.text[:1].isupper() and not word.is_stop \
            and word.ent_type_ not in ("GPE", "LOC")
    return e.kind == "place" and bool(spans) and all(opens(end) for _, end in spans)


def not_places(doc, built: list[Entity], *, context: dict, sports: bool, body_start: int,
               gaz: Gazetteer) -> list[Entity]:
    """The article's entities with firms and clubs named like places read as organisations; a place
    that only opens longer names gets ``cut-after`` in ``context`` (name -> roles)."""
    out = []
    for e in built:
        if firm_like(doc, e, body_start=body_start, gaz=gaz):
            e = replace(e, kind="organization")
            context[e.name] = context.get(e.name, frozenset()) | {"business"}
        elif club_like(doc, e, sports=sports, body_start=body_start, gaz=gaz):
            e = replace(e, kind="organization")
        elif head_of_longer_name(doc, e):
            context[e.name] = context.get(e.name, frozenset()) | {"cut-after"}
        out.append(e)
    return out

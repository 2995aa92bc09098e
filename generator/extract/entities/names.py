"""Names as the article writes them: the model's spans cleaned of titles, determiners and possessives.

Also the two records the entity modules pass around: a mention (token range and the kind it
suggests) and a group of mentions of one actor.
"""
from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass, field

from ...data import gazetteer
from .sports import is_number
from .titles import HONORIFICS, TITLE_HEADS, TITLE_MODIFIERS

# spaCy label -> actor kind; other labels (DATE, CARDINAL, MONEY, EVENT...) are not actors.
LABEL_KINDS = {"PERSON": "person", "ORG": "organization", "GPE": "place", "LOC": "place",
               "FAC": "place", "NORP": "group"}
MONTHS = frozenset("january february march april may june july august september october november "
                   "december jan feb mar apr jun jul aug sep sept oct nov dec".split())
WEEKDAYS = frozenset("monday tuesday wednesday thursday friday saturday sunday".split())
NOT_NAMES = MONTHS | WEEKDAYS | frozenset(
    "i me my he him his she her they them their we us our it its you your this that these those "
    "there here who what which today yesterday tomorrow".split())
# Department words that are part of a title ("Secretary of State"), not an organisation.
TITLE_DEPARTMENTS = frozenset("state defense defence justice finance interior health education labor "
                              "labour commerce energy agriculture transportation war treasury".split())
POSSESSIVE_TOKENS = {"'s", "’s", "'", "’"}
# Words a number follows in a name: a union's local, a broadcaster's channel or station, a road ("Route 9").
NUMBERED_HEADS = frozenset({"local", "channel", "radio", "route", "highway", "interstate"})
# Words after which only a place stands ("in Leeds", "near York"); "at" and "to" also take people and clubs.
PLACE_PREPOSITIONS = ("in", "near", "outside")


def mention_tokens(doc, entity) -> list[tuple[int, int]]:
    """Token ranges ``(start, end)`` of the entity's mentions in ``doc`` (a mention that falls
    inside a token is widened to it; one that matches no token is left out)."""
    out = []
    for m in entity.mentions:
        span = doc.char_span(m.start, m.end, alignment_mode="expand")
        if span is not None and len(span):
            out.append((span.start, span.end))
    return out


def numbered(doc, i: int) -> bool:
    """Whether token ``i`` is the number of a body ("UAW Local 594", "Channel 4", "BBC Radio 4")."""
    return i > 0 and doc[i].text.isdigit() and len(doc[i].text) <= 4 and doc[i - 1].lower_ in NUMBERED_HEADS \
        and doc[i - 1].text[:1].isupper() and bool(doc[i - 1].whitespace_)


def possessive_after(doc, end: int) -> bool:
    """Whether a possessive follows the name that ends before token ``end``: "Obama['s] cabinet"."""
    return end < len(doc) and doc[end].text in POSSESSIVE_TOKENS
# tokens a name never runs across: "Haitai 2 Samsung", "Scott Draper (Australia", "Trump’s Islamaphobia"
_BREAKS = {"(", ")", "[", "]", "{", "}", '"', "“", "”", ";", ":", "|", "<", ">"}
_PERSON_WORDS = TITLE_HEADS | HONORIFICS
INITIAL = re.compile(r"^[A-Z]\.$")
INITIALS_ONLY = re.compile(r"^(?:[A-Z]\.\s?){1,3}$")


@dataclass
class Mention:
    """One mention of a name: a token range and the kind it suggests."""
    start: int                 # token indices, end exclusive
    end: int
    label: str                 # actor kind the mention suggests
    shouting: bool = False     # found in an ALL-CAPS stretch
    titled: bool = False       # a person's title stands right before it
    competitor: bool = False   # followed by a country in brackets: "Tim Henman (Britain)"
    team: bool = False         # read as a sports team where it stands
    company: bool = False      # a corporate suffix follows, or a role "at" it precedes (companies.py)


@dataclass
class Group:
    """The mentions of one actor, with the spellings used and what the gazetteer says."""
    key: str
    mentions: list = field(default_factory=list)
    forms: Counter = field(default_factory=Counter)
    canonical: str | None = None       # from the gazetteer
    kind_fixed: str | None = None      # from the gazetteer or a merge rule
    team: bool = False                 # named in a sports result
    bracketed: set = field(default_factory=set)   # acronyms in brackets after the name: "(DRI)"


def trimmed(doc, start: int, end: int, *, person: bool) -> tuple[int, int, bool]:
    """Token range of a name without determiners, titles, honorifics, nationality words, possessives.

    Title words are taken off people's names only: "Federal Reserve" and "Foreign Ministry" keep them.
    """
    titled = False
    while start < end:
        token = doc[start]
        low = token.lower_
        if low in ("the", "a", "an") or token.is_punct or token.is_space:
            start += 1
        elif end - start > 1 and (person and (low in _PERSON_WORDS or low in TITLE_MODIFIERS
                                              or low == "of" and titled)
                                  or not person and low in _PERSON_WORDS and token.text[:1].isupper()
                                  and doc[start + 1].text[:1].isupper() and end - start >= 3
                                  and not any(t.lower_ in gazetteer().org_words for t in doc[start + 1:end])):
            titled = titled or low in TITLE_HEADS
            start += 1
        elif end - start > 2 and doc[end - 1].ent_type_ == "PERSON" and _is_demonym(token):
            start += 1                         # "Israeli Prime Minister Benjamin Netanyahu", "American Dennis Mitchell"
        else:
            break
    while start < end and is_number(doc[start]):
        start += 1
    while end > start and (is_number(doc[end - 1]) and not numbered(doc, end - 1) or doc[end - 1].text in POSSESSIVE_TOKENS or doc[end - 1].is_punct
                           and doc[end - 1].text not in (".",) or doc[end - 1].is_space):
        end -= 1
    if end > start and doc[end - 1].text == "." and end - start == 1 and len(doc[start].text) == 1:
        end -= 1
    # "Hamas’" may come as one token
    return start, end, titled


def _is_demonym(token) -> bool:
    known = gazetteer().lookup(token.text)
    return token.ent_type_ == "NORP" or (known is not None and known[1] == "group") or token.text in ("U.S.", "UK", "U.K.")


def split_at_numbers(doc, start: int, end: int) -> list[tuple[int, int]]:
    """Parts of a span split at numbers, brackets and possessives: "Haitai 2 Samsung" -> Haitai, Samsung."""
    return split_where(start, end, lambda i: is_number(doc[i]) or doc[i].text in _BREAKS
                       or "\n" in doc[i].text or (doc[i].text in POSSESSIVE_TOKENS and i + 1 < end)
                       or _spaced_dash(doc, i))


def split_where(start: int, end: int, is_break) -> list[tuple[int, int]]:
    """Token ranges between the tokens ``i`` in ``start..end`` for which ``is_break(i)`` holds."""
    parts, begin = [], start
    for i in range(start, end):
        if is_break(i):
            if i > begin:
                parts.append((begin, i))
            begin = i + 1
    if end > begin:
        parts.append((begin, end))
    return parts


def _spaced_dash(doc, i: int) -> bool:
    # "GERMANY - Bunds", "PRESALE - Bay Co": a dash with spaces both sides separates, "Ata-ur-Rehman" joins
    return doc[i].text in ("-", "–", "—", "--") and i > 0 and bool(doc[i - 1].whitespace_) \
        and bool(doc[i].whitespace_)


def without_description(doc, start: int, end: int) -> int:
    """End of a name without a lower-case description the model ran on: "Interfax news agency" -> Interfax.

    A name that opens with a nationality keeps its words: "Palestinian health ministry".
    """
    if start >= end or _is_demonym(doc[start]) or not doc[start].text[:1].isupper():
        return end                              # nothing left of it ("&&&" trimmed at the doc's end)
    while end - start >= 2 and doc[end - 1].is_alpha and doc[end - 1].is_lower:
        end -= 1
    return end


def surface(doc, start: int, end: int) -> str:
    # quotation marks glued to a name ('United States".') are not part of it
    text = doc[start:end].text.strip('"“”').rstrip("<>*#|~^")
    text = re.sub(r'(?<=\w)["“”]+(?=[.,;:!?]*$)', "", text)
    text = re.sub(r"['’‘ʼ]s?$", "", text) if len(text) > 3 and not text.endswith("s'") else text
    text = re.sub(r"(?<=s)['’‘ʼ]$", "", text)
    # a sentence's full stop stuck to a name ("Parliament."), not an abbreviation ("Mass.", "Inc.")
    text = re.sub(r"(?<=[a-z]{4})\.$", "", text)
    return " ".join(text.split())


def _known_capitals(text: str) -> bool:
    """Whether a word that is also a pronoun is written in capitals as a name the gazetteer knows:
    "US officials" (the country), never the pronoun "us"."""
    return len(text) > 1 and text.isupper() and gazetteer().lookup(text) is not None


def is_name(doc, start: int, end: int) -> bool:
    """False for things that are never actors: pronouns, months, weekdays, numbers, common words."""
    if start >= end:
        return False
    text = surface(doc, start, end)
    if not any(c.isalpha() for c in text):
        return False
    if INITIALS_ONLY.match(text) and gazetteer().lookup(text) is None:
        return False                            # "R.", "F.P.": a player's initials cut from his name
    if text.lower() in NOT_NAMES and not _known_capitals(text) or not text[0].isupper() and not text[0].isdigit() and \
            not re.match(r"^(al|el|de|van|von|bin|ibn|di|da|le|la|e)[-\s]", text):
        return False
    if end - start == 1:
        token = doc[start]
        sentence_initial = token.is_sent_start or start == 0 or doc[start - 1].is_space \
            or doc[start - 1].text in ('"', "“", "‘", "-", "—", "(")
        if sentence_initial and token.tag_ not in ("NNP", "NNPS") and token.pos_ != "PROPN" \
                and token.is_alpha and not token.is_upper:
            return False
        if token.is_stop and not token.text.isupper():
            return False
    return True


def title_department(doc, start: int, end: int) -> bool:
    """Whether the span is the department of a title: "State" in "Secretary of State"."""
    return (end - start == 1 and doc[start].lower_ in TITLE_DEPARTMENTS and start >= 2
            and doc[start - 1].lower_ == "of" and doc[start - 2].lower_ in TITLE_HEADS)


def _portfolio_after_title(doc, ent) -> bool:
    """Whether an organisation the model found is a minister's portfolio: it follows a title and
    "for" or "of" ("Minister for [Trade and Investment]", "Minister of [State for Trade]")."""
    start = ent.start
    return start >= 2 and doc[start - 1].lower_ in ("for", "of") and doc[start - 2].lower_ in TITLE_HEADS


def joined_names(doc, ents=None) -> list:
    """The model's entities (or ``ents``, spans of ``doc`` in order), with a name it cut in two put
    back together: "Natalia" + "Karimova".

    Two entities that touch (no punctuation between) on one line are one name when either is a
    person or the first is a known given name; a place or nationality right before an organisation
    is part of its name ("Cardiff Blues", "US Anti-Doping Agency").
    """
    from spacy.tokens import Span as DocSpan

    ents = list(doc.ents if ents is None else ents)
    out = []
    k = 0
    while k < len(ents):
        ent = ents[k]
        nxt = ents[k + 1] if k + 1 < len(ents) else None
        if nxt is not None and nxt.start == ent.end and nxt.label_ == "PERSON" and ent.label_ == "ORG" \
                and _portfolio_after_title(doc, ent):
            out.append(nxt)                     # "Minister of [State for Trade and Investment] [Priya Okonjo]":
            k += 2                              # the portfolio is no organisation, the person is the name
            continue
        if nxt is not None and nxt.start == ent.end and "\n" not in ent[-1].whitespace_ \
                and ent.label_ in LABEL_KINDS and nxt.label_ in LABEL_KINDS \
                and ent[-1].is_alpha and nxt[0].is_alpha and nxt[0].text[:1].isupper() \
                and ("PERSON" in (ent.label_, nxt.label_) or ent[0].lower_ in gazetteer().given_names) \
                and "NORP" not in (ent.label_, nxt.label_) \
                and not (ent.label_ == "ORG" and any(t.lower_ in ("and", "&", "for") for t in ent)) \
                and not gazetteer().lookup(nxt.text) and not gazetteer().lookup(ent.text) \
                and not (len(ent) >= 2 and len(nxt) >= 2 and any(e.text == nxt.text for e in ents if e.start != nxt.start)):
            # (two names of two words each, the second read alone elsewhere, are two: "Cornelius
            # Lysaght" + "Shutter Speed", glued copy)
            # (a body's name joined by "and" or "for" is no cut person's name: "Minister of State for
            # [Trade and Investment] [Priya Okonjo]")
            out.append(DocSpan(doc, ent.start, nxt.end, label="PERSON"))
            k += 2
            continue
        if nxt is not None and nxt.start == ent.end and "\n" not in ent[-1].whitespace_ \
                and ent.label_ in ("GPE", "NORP") and nxt.label_ == "ORG" and len(ent) <= 2 \
                and ent[-1].text[:1].isupper() and nxt[0].text[:1].isupper() and nxt[0].is_alpha:
            out.append(DocSpan(doc, ent.start, nxt.end, label="ORG"))
            k += 2                              # "Cardiff Blues", "US Anti-Doping Agency", "Iraqi Foreign Ministry"
            continue
        out.append(ent)
        k += 1
    return out


def extend_first_names(doc, start: int) -> int:
    """Take in initials and a known given name the model left out: "P. Simmons", "Sandrine Testud"."""
    given = gazetteer().given_names
    while start > 0 and not doc[start - 1].ent_type_ and (
            INITIAL.match(doc[start - 1].text)
            or doc[start - 1].lower_ in given and doc[start - 1].text[:1].isupper()):
        start -= 1
    # one more capitalised proper noun the model left out: "Pim Vaart"
    before = doc[start - 1] if start > 0 else None
    if before is not None and not before.ent_type_ and before.tag_ == "NNP" and before.is_alpha \
            and before.text[:1].isupper() and not before.text.isupper() \
            and before.lower_ not in _PERSON_WORDS and before.lower_ not in TITLE_MODIFIERS \
            and before.lower_ not in NOT_NAMES and not before.is_stop and not _in_portfolio(doc, start - 1):
        start -= 1
    return start


def _in_portfolio(doc, i: int) -> bool:
    """Whether token ``i`` ends the portfolio of a long office: "Minister of State for Trade [Policy]"."""
    k = i
    while k >= 1 and (doc[k - 1].text[:1].isupper() or doc[k - 1].lower_ in _PORTFOLIO_JOINS) \
            and "\n" not in doc[k - 1].whitespace_:
        if doc[k - 1].lower_ in ("of", "for") and k >= 2 and doc[k - 2].lower_ in TITLE_HEADS:
            return True
        k -= 1
    return False


_PORTFOLIO_JOINS = frozenset(("of", "for", "and", "the", ",", "-", "&"))


def _capitalised_after_joins(doc, k: int) -> bool:
    """Whether a capitalised word follows the joining words from token ``k`` on ("and the Marches")."""
    while k < len(doc) and doc[k].lower_ in _PORTFOLIO_JOINS and "\n" not in doc[k].whitespace_:
        k += 1
    return k < len(doc) and doc[k].is_alpha and doc[k].text[:1].isupper()


def portfolio_people(doc, taken: set[int]) -> list[Mention]:
    """People the model missed after a long office: "Secretary of State for Northern Ireland [Declan
    Ó Murchú] said". A title, "of" or "for", then capitalised words on one line (the portfolio, which
    may hold "and", "of", commas); the person is the run's last words from a known given name on:
    one or two more capitalised words (a hyphen joins two: "Pryce-Jones"), and the run ends there."""
    given = gazetteer().given_names
    found = []
    for tok in doc:
        i = tok.i
        if tok.lower_ not in ("of", "for") or i < 1 or doc[i - 1].lower_ not in TITLE_HEADS \
                or not doc[i - 1].text[:1].isupper():
            continue
        end = i + 1
        while end < len(doc) and "\n" not in doc[end - 1].whitespace_ and (
                doc[end].is_alpha and doc[end].text[:1].isupper()
                or doc[end].lower_ in _PORTFOLIO_JOINS and _capitalised_after_joins(doc, end)):
            end += 1
        while end > i + 1 and doc[end - 1].lower_ in _PERSON_WORDS:
            end -= 1                            # "Peter Ainsworth MP": no part of the name
        for j in range(end - 2, i + 1, -1):
            words = [t for t in doc[j + 1:end] if t.text != "-"]
            if doc[j].lower_ in given and doc[j].text[:1].isupper() and 1 <= len(words) <= 2 \
                    and all(t.is_alpha and t.text[:1].isupper() and t.lower_ not in given for t in words) \
                    and doc[j - 1].lower_ not in _PORTFOLIO_JOINS - {","} and doc[j - 1].text != "," \
                    and not any(k in taken for k in range(j, end)):
                found.append(Mention(j, end, "person", titled=True))
                break
    return found


def after_title(doc, start: int) -> bool:
    return start > 0 and doc[start - 1].lower_ in _PERSON_WORDS


def portfolio_holder(doc, start: int, end: int) -> int | None:
    """Where a person's name starts inside a portfolio span: "minister for [Women and Equalities
    Nicola Marsh]" -> the token of "Nicola". The span follows a title and "for"/"of", and ends with a
    known given name and one or two capitalised words; else None."""
    if start < 2 or doc[start - 1].lower_ not in ("for", "of") or doc[start - 2].lower_ not in TITLE_HEADS:
        return None
    given = gazetteer().given_names
    for j in range(start + 1, end - 1):
        rest = doc[j + 1:end]
        if doc[j].lower_ in given and doc[j].text[:1].isupper() and 1 <= len(rest) <= 2 \
                and all(t.is_alpha and t.text[:1].isupper() for t in rest):
            return j
    return None

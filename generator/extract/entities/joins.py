"""Evidence that the parts of a name joined by "and" are one name or two: the token tests of
:mod:`.spans` (legal forms, capitalised words, connectors) and what the article says about each part.

A firm's whole name joined by "and" is one name when its parts are never names of their own
(":func:`on_own`"). Two further kinds of evidence let a longer part stand before the "and":

- the part after it is one word and the legal form ("Louisiana Power and Light Co", "Central Hudson
  Gas and Electric Corp", "Gulf and Western Inc"), and the article never writes that word as a name
  on its own: "Light Co" or "Electric Corp" names no firm, so the words before the "and" belong to
  the name (:func:`lone_tail`); the part before it is then no person, people or country, and a
  place only when Reuters' ticker follows the whole name ("<GW>": a listed company's full name);
- the article repeats the name whole, its first word capitalised where no sentence starts ("which
  Pay N' Pak declined"): the first word is the name's, not a word that opens the sentence
  (:func:`repeated_whole`).

A name joined by "and" that its acronym in brackets spells whole is one name ("HM Revenue and
Customs (HMRC)": :func:`acronym_names`).

Two names joined by "and" without a legal form stay two when both parts open
with the same word ("Real Madrid and Real Sociedad") or each is written on its own elsewhere
("Homebase and Sainsbury" with "Homebase" and "Sainsbury" alone): :func:`.bounds.two_names`.

Hand-written: the rules are the legal-name conventions of English-language business news.
"""
from __future__ import annotations

import re

from ...data import CORPORATE_SUFFIXES, gazetteer, name_key
from .names import POSSESSIVE_TOKENS

# Connectors inside one firm's name in another language ("Fichtel und Sachs", "Banco de Bilbao",
# "Moet et Chandon"): English copy never joins two names with them.
FOREIGN_CONNECTORS = frozenset("und et de del della di du des y e van von der den".split())
AND = frozenset({"and", "&"})
# Characters that never stand in a name: direction marks and zero-width spaces glued to tweets.
INVISIBLE = re.compile("[\u200b-\u200f\u202a-\u202e\u2060\ufeff]")


def suffix(token) -> bool:
    """A corporate suffix as written after a name: "Inc", "Ltd.", "plc", "N.V."."""
    text = token.text
    return name_key(text) in CORPORATE_SUFFIXES and (text[:1].isupper() or text == "plc") and len(text) >= 2


def capword(token) -> bool:
    """A capitalised word of a name: "Poor", "Commonwealth", "Blake-Smith", "U.S.", "N.V."."""
    text = token.text
    return text[:1].isupper() and any(c.isalpha() for c in text) and not INVISIBLE.search(text) \
        and (token.is_alpha or re.fullmatch(r"[A-Z][\w.'’-]*", text) is not None)


def n_joint(doc, k: int) -> bool:
    """Whether token ``k`` is the apostrophe of "N'" between two words of a name ("Pay N' Pak")."""
    return 1 <= k < len(doc) and doc[k].text in ("'", "’") and doc[k - 1].text in ("N", "n") \
        and not doc[k - 1].whitespace_ and bool(doc[k].whitespace_)


def on_own(doc, word: str, joint: int, skip: range) -> bool:
    """Whether ``word`` stands elsewhere in the article as a name of its own: capitalised, outside
    ``skip``, and not next to the joint it has here (another "Standard and Poor's" is the same name)."""
    for t in doc:
        if t.text != word or t.i in skip:
            continue
        nxt = doc[t.i + 1] if t.i + 1 < len(doc) else None
        prev = doc[t.i - 1] if t.i > 0 else None
        if nxt is not None and (nxt.lower_ == doc[joint].lower_ or nxt.text in POSSESSIVE_TOKENS):
            continue
        if prev is not None and (prev.lower_ in AND | FOREIGN_CONNECTORS or n_joint(doc, t.i - 1)):
            continue
        return True
    return False


def _alone(doc, i: int) -> bool:
    """Whether the word of token ``i`` stands elsewhere as a name by itself: no capitalised word or
    connector before or after it ("Gas" in "Rochester Gas owns" is part of another name)."""
    for t in doc:
        if t.text != doc[i].text or t.i == i:
            continue
        prev = doc[t.i - 1] if t.i > 0 else None
        nxt = doc[t.i + 1] if t.i + 1 < len(doc) else None
        if prev is not None and not prev.is_sent_end and (capword(prev) or prev.lower_ in AND or n_joint(doc, prev.i)):
            continue
        if nxt is not None and (capword(nxt) or nxt.lower_ in AND):
            continue
        return True
    return False


def not_a_firm(doc, start: int, end: int) -> bool:
    """Whether tokens ``start..end`` name a place, nationality or person: the gazetteer says so, or
    the model reads a place or person ending at ``end`` ("Britain's", "Mr Smith's")."""
    known = gazetteer().lookup(doc[start:end].text)
    if known is not None and known[1] in ("place", "group", "person"):
        return True
    return any(ent.end == end and ent.start >= start - 1 and ent.label_ in ("GPE", "LOC", "NORP", "PERSON", "FAC")
               for ent in doc.ents)


def two_firms(doc, left_start: int, left_end: int, right_start: int) -> bool:
    """Whether the model reads the words before "and" and the words after it as two organisations:
    "Google" and "Apple Inc" ("Marks" + "Spencer Plc", read as a person, stays one name; so does a
    pair before a possessive, "Standard and Poor's Corp", checked by the caller)."""
    return any(ent.label_ == "ORG" and ent.end == left_end and left_start - 1 <= ent.start < left_end for ent in doc.ents) \
        and any(ent.start == right_start and ent.label_ == "ORG" for ent in doc.ents)


def lone_tail(doc, right_start: int, last: int) -> bool:
    """Whether the words ``right_start..last`` after an "and" are one word and legal forms that name
    no firm by themselves: the word is no place or person and never written alone in the article
    ("Light Co", "Electric Corp", "Western Inc")."""
    word = doc[right_start]
    if last - right_start < 2 or not capword(word) or word.is_upper or suffix(word) \
            or not all(suffix(t) for t in doc[right_start + 1:last]):
        return False
    known = gazetteer().lookup(word.text)
    return not (known is not None and known[1] in ("place", "person", "group")) and not _alone(doc, right_start)


def left_holds(doc, left_start: int, left_end: int, right_start: int, *, listed: bool) -> bool:
    """Whether the words ``left_start..left_end`` before "and" open a name whose part after the
    "and" is a :func:`lone_tail`: one to four capitalised words, no legal form, no person, people
    or country, a place only before a ticker ("Gulf and Western Inc <GW>"), and not read by the
    model as an organisation of its own beside another."""
    words = doc[left_start:left_end]
    if not 1 <= len(words) <= 4 or not all(capword(t) for t in words) or any(suffix(t) for t in words):
        return False
    known = gazetteer().lookup(words.text)
    if known is not None and (known[1] in ("person", "group") or known[1] == "place"
                              and (not listed or known[0] in gazetteer().countries)):
        return False
    return not two_firms(doc, left_start, left_end, right_start)


def repeated_whole(doc, start: int, end: int) -> bool:
    """Whether the words ``start..end`` stand elsewhere in the article, their first word
    capitalised where no sentence starts: the first word is part of the name ("which Pay N' Pak")."""
    words = [t.text for t in doc[start:end]]
    n = len(words)
    return n >= 2 and any([t.text for t in doc[i:i + n]] == words and not doc[i].is_sent_start
                          and i > 0 and not capword(doc[i - 1])
                          for i in range(len(doc) - n + 1) if not start - n < i < end)


_ACRONYM_SKIPS = frozenset({"and", "&", "of", "for", "the"})


def _initials(tokens) -> str:
    """Letters an acronym takes from a name: the first of each word, every letter of a short word
    in capitals ("HM Revenue and Customs" -> HMRC); "and", "of", "for", "the" give none."""
    return "".join(t.text if t.is_upper and t.is_alpha and len(t.text) <= 3 else t.text[0]
                   for t in tokens if t.lower_ not in _ACRONYM_SKIPS).upper()


def acronym_names(doc, blocked: set[int] = frozenset()) -> list[tuple[int, int]]:
    """Token ranges of names joined by "and" that their acronym in brackets spells whole: "HM Revenue
    and Customs (HMRC)", "Organization for Economic Cooperation and Development (OECD)"; the
    recogniser cuts them at the "and". The acronym has three letters or more; the name's words are
    capitalised but for "and", "of", "for", "the" inside it, on one line."""
    found = []
    for p in range(2, len(doc) - 2):
        acronym = doc[p + 1].text
        if doc[p].text != "(" or doc[p + 2].text != ")" or not (acronym.isupper() and acronym.isalpha()) \
                or len(acronym) < 3:
            continue
        k = p
        while k >= 1 and k - 1 not in blocked and "\n" not in doc[k - 1].whitespace_ \
                and (capword(doc[k - 1]) or doc[k - 1].lower_ in _ACRONYM_SKIPS and k - 1 < p - 1):
            k -= 1
        for start in range(k, p - 2):
            tokens = doc[start:p]
            if capword(doc[start]) and any(t.lower_ in AND for t in tokens) and _initials(tokens) == acronym:
                # a longer name the model read over its start is the name ("United Nations [Food and
                # Agriculture Organisation] (FAO)")
                if not any(ent.start < start < ent.end for ent in doc.ents):
                    found.append((start, p))
                break
    return found

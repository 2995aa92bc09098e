"""The words right around a name: a place run into a person's name, a capitalised word the model left
out beside it, a work's title, a town's name put to another use.

Hand-written: these read spaCy's tokens around one mention, which no package does; the word lists
are the few that English news uses in these places.
"""
from __future__ import annotations

import functools

from ...data import CORPORATE_SUFFIXES, DATA_DIR, actor_key, gazetteer, name_key, read_entries
from ...data.packages import dictionary_words, place_keys
from .names import NOT_NAMES, Mention
from .titles import TITLE_HEADS, TITLE_MODIFIERS


HYPHENS = frozenset("-‐‑–")


def place_off(doc, start: int, end: int) -> int:
    """End of a person's name without a place the model ran into it: "Ted Cruz South Carolina" (a place
    of two or more words, or a country, after at least two words of name). A place's name joined to
    the word before by a hyphen is the end of a double-barrelled surname ("Che Labastide-Wellington"),
    and one after an initial is the surname itself ("Michael B. Jordan"): a name never ends in an
    initial or a hyphen."""
    gaz = gazetteer()
    for k in range(start + 2, end):
        before = doc[k - 1]
        if not before.whitespace_ or doc[k].text in HYPHENS or len(before.text.rstrip(".")) == 1 and before.text[:1].isupper():
            continue
        known = gaz.lookup(doc[k:end].text)
        if known is not None and known[1] == "place" and (end - k >= 2 or known[0] in gaz.countries):
            return k
    return end


def _loose_word(token, *, sentence_start: bool = False) -> bool:
    """A capitalised word the model left out of every entity, and no title or stop word (nor a
    sentence's first word, unless ``sentence_start``)."""
    return token.is_alpha and token.text[:1].isupper() and not token.text.isupper() and not token.ent_type_ \
        and not token.is_stop and (sentence_start or not token.is_sent_start) and token.lower_ not in NOT_NAMES \
        and token.lower_ not in TITLE_HEADS and token.lower_ not in TITLE_MODIFIERS \
        and token.lower_ + "." not in TITLE_HEADS                  # "South Carolina Gov."


def runs_on(doc, m: Mention) -> bool:
    """Whether a capitalised word the model left out follows the name on its line: "Blanket Exchange
    [Permit Scheme]" names a scheme, "Reebok Cardiff [Cross Challenge]" a race. (A word before the
    name is no such sign: table labels stand there, "Lead Underwriter Bear Stearns & Co".)"""
    return m.end < len(doc) and "\n" not in doc[m.end - 1].whitespace_ and bool(doc[m.end - 1].whitespace_) \
        and _loose_word(doc[m.end])


def runs_on_from_before(doc, m: Mention) -> bool:
    """Whether a body's name of at most three words ending in an organisation word (``org_words``:
    "Court", "Council") has a capitalised word the model left out right before it on its line, a
    town the model cut off: "Dumfries [Sheriff Court]", "Limavady [Magistrates Court]". The name
    left is every such town's court, no actor. The word may open the sentence when the tagger reads
    it as a proper noun ("Limavady [Magistrates Court] was told"); not a word another entity holds
    ("US [Supreme Court]": the model read both)."""
    words = doc[m.start:m.end]
    if m.start < 1 or not 2 <= len(words) <= 3 or words[-1].lower_ not in gazetteer().org_words:
        return False
    before = doc[m.start - 1]
    if "\n" in before.whitespace_ or before.whitespace_ != " ":
        return False
    if before.is_sent_start:
        return before.pos_ == "PROPN" and _loose_word(before, sentence_start=True)
    return _loose_word(before)


def runs_on_of(doc, m: Mention) -> bool:
    """Whether the name runs on into "of" (or "of the") and a capitalised word the model left out of every
    entity, on its line: "[House] of Flying Daggers", a film's title cut at "of", "[Municipal Electric
    Authority] of Georgia" (a name the model read whole, "House of Commons", or "Bank of England" with
    England a place, is not this; nor a company's whole name, which "of" follows with where it is:
    "Colonial Bancorp Inc of New Holland")."""
    k = m.end + 1 if m.end < len(doc) and doc[m.end].lower_ == "of" else len(doc)
    k += 1 if k < len(doc) and doc[k].lower_ == "the" else 0
    return k < len(doc) and "\n" not in doc[m.end - 1].whitespace_ + doc[m.end].whitespace_ \
        and not doc[m.end].ent_type_ and _loose_word(doc[k]) \
        and name_key(doc[m.end - 1].text) not in CORPORATE_SUFFIXES


def runs_on_common(doc, m: Mention) -> bool:
    """Whether a one-word name that is a common English word (WordNet, ``dictionary_words``) runs on
    into "for" or "of" and a capitalised word the model left out or a sum, on its line: the name's
    first word of a longer name, "[Fight] for $15" (a campaign the model cut at "for"). Not a word
    another entity holds after it ("Bank of England"), nor a name the gazetteer or GeoNames knows, which
    WordNet may list too ("from Seville for £17m": the club). Callers ask it of every mention: one mention
    standing alone keeps the name."""
    word = doc[m.start]
    if m.end - m.start != 1 or m.end + 1 >= len(doc) or not word.is_alpha or word.text.isupper() \
            or word.lower_ not in dictionary_words() or name_key(word.text) in place_keys() \
            or gazetteer().lookup(word.text) is not None \
            or doc[m.end].lower_ not in ("for", "of") \
            or "\n" in word.whitespace_ + doc[m.end].whitespace_:
        return False
    k = m.end + 1
    k += 1 if k < len(doc) and doc[k].lower_ == "the" else 0
    return k < len(doc) and not doc[k].ent_type_ in ("ORG", "GPE", "PERSON", "NORP") \
        and (_loose_word(doc[k]) or doc[k].is_currency or doc[k].like_num)


# Words of a time whose possessive dates an event: "January's [Norwich Union International]",
# "last year's ...". Hand list: no package lists them; weekdays are left out ("Monday's Daily Post").
TIME_WORDS = frozenset("january february march april may june july august september october november december "
                       "year season summer winter spring autumn weekend".split())


def dated_event(doc, m: Mention) -> bool:
    """Whether the name follows a time's possessive with no noun of its own after it, as an event's
    name does: "since January's [Norwich Union International] in Glasgow" (a meeting named after its
    sponsor). "last October's [OECD] report" names the report's author, and is not this."""
    if m.start < 3 or doc[m.start - 1].lower_ not in ("'s", "’s") or doc[m.start - 2].lower_ not in TIME_WORDS:
        return False
    return m.end >= len(doc) or doc[m.end].pos_ in ("ADP", "PUNCT", "CCONJ", "SPACE")


def runs_on_before(doc, m: Mention) -> bool:
    """Whether a company's name (one ending in a corporate suffix) is the end of a longer name the
    model cut: "Osborne and [Chappel Goldfields Ltd]", "Mitsui Trust and [Banking Co Ltd]" (a
    capitalised word and "and" right before it, no comma, and no company's name the model read whole
    there: in a list each has its own name, "Baker Inc and McDermott Inc", "KeyCorp and Banc One Corp."), "Europe, Middle East, [Africa Corp]" (a place and a comma
    right before it)."""
    words = doc[m.start:m.end]
    if m.start < 2 or not len(words) or name_key(words[-1].text) not in CORPORATE_SUFFIXES:
        return False
    joint, before = doc[m.start - 1], doc[m.start - 2]
    if joint.lower_ in ("and", "&"):
        # a name the model read whole before "and" is a list ("KeyCorp and Banc One Corp."), unless
        # the name after it opens with an organisation word ("Mitsui Trust and [Banking Co Ltd]")
        return before.is_alpha and before.text[:1].isupper() and not before.is_sent_start \
            and name_key(before.text) not in CORPORATE_SUFFIXES and "\n" not in before.whitespace_ \
            and (before.ent_type_ != "ORG" or words[0].lower_ in gazetteer().org_words
                 or len(actor_key(words.text, "organization").split()) == 1)
    return joint.text == "," and before.ent_type_ in ("GPE", "LOC") and m.end - m.start <= 3


def runs_on_places(doc, m: Mention) -> bool:
    """Whether an organisation's name ending in a place's name is the start of a longer name the model
    cut at a list of places: "[IBM World Trade Europe], Middle East, Africa Corp" (a comma and a
    place's name the model read as one follow)."""
    gaz = gazetteer()
    last = doc[m.end - 1].text
    k = m.end + 1
    while k < len(doc) and doc[k].is_space:
        k += 1
    known = gaz.lookup(last)
    return m.end - m.start >= 2 and known is not None and known[1] == "place" and m.end < len(doc) \
        and doc[m.end].text == "," and k < len(doc) and doc[k].ent_type_ in ("GPE", "LOC") \
        and doc[k].ent_iob_ == "B"


def runs_on_after(doc, m: Mention) -> bool:
    """Whether an organisation's name with no corporate suffix is the start of a company's name the
    model cut at "and": "[Mitsui Trust] and Banking Co Ltd" (capitalised words and a suffix follow),
    or a one-word name the start of a body's: "[Maritime] and Coastguard Agency" (capitalised words
    ending in an organisation word follow)."""
    if m.end + 2 >= len(doc) or doc[m.end].lower_ not in ("and", "&") \
            or name_key(doc[m.end - 1].text) in CORPORATE_SUFFIXES:
        return False
    one_word = m.end - m.start == 1 and not doc[m.start].text.isupper()
    for k in range(m.end + 1, min(len(doc), m.end + 6)):
        token = doc[k]
        if not (token.is_alpha and token.text[:1].isupper()) or "\n" in doc[k - 1].whitespace_:
            return False
        if name_key(token.text) in CORPORATE_SUFFIXES:
            return k > m.end + 1
        if one_word and token.lower_ in gazetteer().org_words and not (k + 1 < len(doc) and doc[k + 1].is_alpha
                                                                      and doc[k + 1].text[:1].isupper()):
            return True                         # "[Maritime] and Coastguard Agency"
    return False


# Words before a work's title: "the film The Aviator", "the cast of Hamilton".
WORK_NOUNS = frozenset("film movie musical album song show series sitcom novel book play documentary opera "
                       "biopic drama comedy thriller single".split())


# Words beside a place's name that make it a grade of crude oil: "benchmark crude Dubai", "Oman blend".
GRADE_WORDS = frozenset("crude blend grade".split())


def work_context(doc, m: Mention) -> bool:
    """Whether the words before a name make it a work's title ("the film X", "the cast of X") or the
    words around it a commodity's grade ("crude Dubai", "Dubai crude"): named, but not an actor."""
    if m.start >= 1 and doc[m.start - 1].lower_ in GRADE_WORDS \
            or m.end < len(doc) and doc[m.end].lower_ in GRADE_WORDS and doc[m.end].pos_ in ("NOUN", "ADJ"):
        return True
    if m.start >= 1 and doc[m.start - 1].lower_ in WORK_NOUNS and doc[m.start - 1].pos_ == "NOUN":
        return True                         # "the musical Hamilton", not "to play Liechtenstein"
    return m.start >= 2 and doc[m.start - 1].lower_ == "of" and doc[m.start - 2].lower_ in ("cast", "star", "stars")


# Nouns after a body's name that make it a financial instrument or market named after the body:
# "Treasury bonds", "Treasury yields", "Bund futures" (the security, not the issuer).
INSTRUMENT_WORDS = frozenset("bond bonds bill bills note notes yield yields securities futures gilts".split())


def instrument_only(doc, g) -> bool:
    """Whether every mention of an organisation stands before an instrument's noun (:data:`INSTRUMENT_WORDS`)
    in lower case: "30-year Treasury bonds", "Treasury yields rose" name a security or its market,
    not the body that issues it; one mention as the body ("Treasury Secretary X", "the Treasury
    said") keeps it."""
    return bool(g.mentions) and all(m.end < len(doc) and doc[m.end].lower_ in INSTRUMENT_WORDS
                                    and doc[m.end].text.islower() for m in g.mentions)


@functools.lru_cache(maxsize=1)
def regions() -> frozenset:
    """Keys of the hand-listed regions, seas and named areas (``data/regions.txt``)."""
    return frozenset(name_key(form) for entry in read_entries(DATA_DIR / "regions.txt") for form in entry)


def the_city(doc, g, gaz) -> bool:
    """Whether a one-word place every mention writes after a lowercase "the" ("Feel the Bern") is a
    town's name put to another use: towns take no article (countries and regions may: "the Gambia")."""
    if len(g.key.split()) != 1 or g.key not in place_keys() or g.canonical in gaz.countries \
            or g.key in regions():
        return False                        # "the Atlantic", "the Caribbean" take one
    return all(m.start > 0 and doc[m.start - 1].text == "the"
               and (m.end >= len(doc) or doc[m.end].is_punct and doc[m.end].text not in ("-", "–")
                    or doc[m.end].pos_ in ("VERB", "AUX", "CCONJ", "ADP"))
               for m in g.mentions)         # "the Beijing government" is the city's

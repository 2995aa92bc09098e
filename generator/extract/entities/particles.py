"""Lower-case particles inside a person's name: "Abdel Fattah el-Sissi", "Dirk ter Horst", "Marcos
dos Santos", "Hamad bin Khalifa".

A particle is written in lower case, alone ("van", "de", "bin", "dos") or joined to the next word
by a hyphen ("el-", "al-", "ad-", "as-"); it belongs to the name when a capitalised name word
follows it on the same line. The model often stops a person's span before the particle ("[Abdel
Fattah] el-Sissi") or reads the words on either side as two names ("[Dirk] ter [Horst]");
:func:`name_after` says where the name goes on to.

The particles are nameparser's (``CONSTANTS.prefixes``, pinned): its lower-case alphabetic
prefixes stand alone, except an English stop word (spaCy's list: "do"); its prefixes that end in a
hyphen ("el-", "as-", "an-") and its alphabetic ones ("al", "bin") join the next word by a hyphen.
Nameparser lacks Dutch "ten" ("Erik ten Hag"); as an English number word (and stop word) it would
be no particle here anyway, and names are cut at number words (:func:`.names.split_at_numbers`).
"""
from __future__ import annotations

import functools

from .names import MONTHS, NOT_NAMES, WEEKDAYS

_HYPHENS = ("-", "‐", "‑")


@functools.lru_cache(maxsize=1)
def _particles() -> tuple[frozenset, frozenset, frozenset]:
    """(particles that stand alone, particles joined to the next word by a hyphen, the Arabic
    articles among these: nameparser's prefixes that end in a hyphen), lower case."""
    from nameparser.config import CONSTANTS
    from spacy.lang.en.stop_words import STOP_WORDS

    prefixes = {p.lower() for p in CONSTANTS.prefixes}
    alone = frozenset(p for p in prefixes if p.isalpha() and p not in STOP_WORDS)
    articles = frozenset(p[:-1] for p in prefixes if p.endswith("-") and p[:-1].isalpha())
    return alone, articles | {p for p in prefixes if p.isalpha()}, articles


def particle_end(doc, i: int) -> int:
    """Index after the particle that starts at token ``i`` ("el" "-" -> i + 2, "ter" -> i + 1), or
    ``i`` when none does. A particle is written in lower case and stays on its line."""
    if i >= len(doc) - 1 or not doc[i].is_lower or "\n" in doc[i].whitespace_:
        return i
    alone, joined, _ = _particles()
    word = doc[i].lower_
    if not doc[i].whitespace_ and doc[i + 1].text in _HYPHENS and not doc[i + 1].whitespace_ and word in joined:
        return i + 2                            # "el-Sissi", "ad-Darwish"
    if doc[i].whitespace_ == " " and word in alone:
        return i + 1                            # "ter Horst", "dos Santos"
    return i


def name_word(token) -> bool:
    """Whether ``token`` is a capitalised word that can go on a name: "Sissi", not a month or a
    sentence's first word."""
    return token.is_alpha and token.text[:1].isupper() and not token.is_sent_start \
        and token.lower_ not in MONTHS | WEEKDAYS | NOT_NAMES


def name_after(doc, end: int) -> int | None:
    """Where a person's name that ends before token ``end`` goes on to when particles and a
    capitalised name word follow it ("Abdel Fattah [el-Sissi]", "Jan [van der Berg]"), with that
    word's own hyphened parts ("[al-Hassan-Rahim]"); None when no particle follows, or no name word
    after it. The name must not end its line before the particle."""
    if end <= 0 or end >= len(doc) or "\n" in doc[end - 1].whitespace_ or not doc[end - 1].whitespace_ == " ":
        return None
    i = end
    while (k := particle_end(doc, i)) > i:
        i = k
    if i == end or i >= len(doc) or not name_word(doc[i]):
        return None
    i += 1
    while i + 1 < len(doc) and doc[i].text in _HYPHENS and not doc[i - 1].whitespace_ \
            and not doc[i].whitespace_ and doc[i + 1].is_alpha and doc[i + 1].text[:1].isupper():
        i += 2
    return i


def hyphened(doc, i: int) -> bool:
    """Whether token ``i`` is an Arabic article joined to the next word by a hyphen ("as-Sabah",
    "ad-Darwish", "el-Sissi"): nameparser's prefixes that end in a hyphen."""
    return i < len(doc) - 2 and doc[i].is_lower and not doc[i].whitespace_ and doc[i + 1].text in _HYPHENS \
        and not doc[i + 1].whitespace_ and doc[i].lower_ in _particles()[2]


def with_particles(doc, ents) -> list:
    """The model's entities with a person's name put back across its particles.

    A person's span that stops before particles and a name word takes them in ("[Abdel Fattah]
    el-Sissi" -> "Abdel Fattah el-Sissi"); two spans on either side of particles are one person's
    name when either is a person or the first opens with a known given name ("[Dirk] ter [Horst]",
    "[Marcos] dos [Santos]"), unless one is a nationality, the second is a longer name of another
    kind, or the gazetteer knows the whole as a place or body. Returns spaCy spans, in order.
    """
    from spacy.tokens import Span as DocSpan

    from ...data import gazetteer

    ents = list(ents)
    out, k = [], 0
    while k < len(ents):
        ent = ents[k]
        nxt = ents[k + 1] if k + 1 < len(ents) else None
        end = name_after(doc, ent.end) if ent.label_ != "NORP" else None
        if end is not None and nxt is not None and nxt.start < end:
            person = "PERSON" in (ent.label_, nxt.label_) or ent[0].lower_ in gazetteer().given_names
            whole = end if nxt.label_ != "PERSON" else max(end, nxt.end)
            known = gazetteer().lookup(doc[ent.start:whole].text)
            if person and nxt.label_ != "NORP" and nxt.end <= whole and (known is None or known[1] == "person"):
                out.append(DocSpan(doc, ent.start, whole, label="PERSON"))
                k += 2
                continue
        elif end is not None and ent.label_ == "PERSON":
            known = gazetteer().lookup(doc[ent.start:end].text)
            if known is None or known[1] == "person":
                out.append(DocSpan(doc, ent.start, end, label="PERSON"))
                k += 1
                continue
        out.append(ent)
        k += 1
    return out

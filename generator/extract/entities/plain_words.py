"""A "person" whose name is only everyday words: no name at all (issue 8, "Trust").

The model reads capitalised common words as people: a product or a virus ("Windows", "Mosquito"),
a word of a book's title ("Someone Else's [Skin]"), a programme's ("Episode", "Housewives"),
a band's ("Rocket Baby Dolls"), a campaign's ("Leave"). Such a name is kept out of the record's
entities and listed under ``not_actors`` with why, as works are (:mod:`.works`), when:

- every word of every form of the name is an English word in lemminflect's lexicon (pinned; it
  holds common nouns, verbs and adjectives, never proper names: "episode", "rocket", "digital", but
  not "Mozart", "Gaga" or "Ondaatje");
- no word is a given name (the hand list or the US census list of the ``names`` package: "Will",
  "Grace", "Hunter") nor a surname of that census ("Stone", "Snow", "Baker");
- nothing in the article marks a person: no title or honorific before a mention, no layout
  that lists people, no mention as the subject of a verb of saying ("Flea said") or after
  "says"/"said" at a clause's end, no noun of a person's role right before a mention ("band member
  Flea", "singer Skin").

Hand-written: these conditions are what the text and the two packages can show; no list of names.
"""
from __future__ import annotations

import functools
import re

from ...data.packages import ALL_SURNAMES, census_surnames, given_names
from ..quotes.vocabulary import PERSON_NOUNS
from .kinds import MEMBER_NOUNS
from .names import Group
from .roles import SPEECH_LEMMAS, speaker_verb_before
from .titles import TITLE_HEADS

# Lower-case nouns right before a name that name a person by role: "band member Flea".
ROLE_NOUNS = PERSON_NOUNS | MEMBER_NOUNS | TITLE_HEADS


@functools.lru_cache(maxsize=4096)
def everyday_word(word: str) -> bool:
    """Whether ``word`` is a common English word and no given name or surname: "episode", "Windows"."""
    from lemminflect import getAllLemmas

    low = word.lower()
    if len(low) < 2 or not low.isalpha():
        return False
    if low in given_names() or low in census_surnames(ALL_SURNAMES):
        return False
    return bool(getAllLemmas(low))


def plain_name(name: str) -> bool:
    """Whether every word of ``name`` (split at spaces and hyphens) is an everyday word."""
    words = re.split(r"[\s\-–]+", name.strip())
    return bool(words) and all(everyday_word(w) for w in words)


def word_before_name(doc, start: int, end: int) -> bool:
    """Whether the first token of the span ``start..end`` is an everyday word (:func:`everyday_word`)
    that describes the person named after it: "Celebrities Julianne Moore, Kerry Washington ...",
    "Teenager LaShawn Merritt", "Premiers Li Peng". A census given name or surname stays in the
    name ("Hunter S Thompson", "Archer Daniels Midland"), and so does a word before words that are
    all in the lexicon too, a term rather than a person ("Asymmetric Digital Subscriber Line")."""
    from lemminflect import getAllLemmas

    return end - start >= 2 and everyday_word(doc[start].text) and doc[start + 1].text[:1].isupper() \
        and not all(getAllLemmas(t.lower_) for t in doc[start + 1:end])


def _said(doc, m) -> bool:
    """Whether the mention is the subject of a verb of saying ("Flea said", "Flea told"), stands
    after "says"/"said" at a clause's end, or follows a noun that names a person by role ("band
    member Flea", "singer Skin")."""
    before = doc[m.start - 1] if m.start >= 1 else None
    if before is not None and before.is_lower and before.lower_ in ROLE_NOUNS:
        return True
    head = doc[m.end - 1]
    if head.dep_ == "nsubj" and head.head.pos_ == "VERB" and head.head.lemma_ in SPEECH_LEMMAS:
        return True
    return speaker_verb_before(doc, m)


def no_name(doc, group: Group, names: tuple[str, ...]) -> str | None:
    """Why a group read as a person names no one ("no name: ..."), or None (see the module docstring).

    ``names``: the group's canonical name and its forms."""
    if group.canonical or group.kind_fixed or not group.mentions \
            or any(m.titled or m.competitor or m.company for m in group.mentions):
        return None
    if not all(plain_name(n) for n in names) or any(_said(doc, m) for m in group.mentions):
        return None
    m = group.mentions[0]
    lo, hi = max(0, m.start - 3), min(len(doc), m.end + 3)
    words = " ".join(doc[lo:hi].text.split())
    return f"no name: everyday words, no given name or surname: \"{words}\""

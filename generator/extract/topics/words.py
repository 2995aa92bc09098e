"""The article's words as the topic finders read them, and the word lists they check.

One pass over the spaCy Doc gives :class:`Word` records: hyphen compounds joined ("cease", "-",
"fire" -> "cease-fire"), punctuation and numbers as one break no phrase crosses, and for each noun
whether the article uses it of a person (a role: "the agent said", "anchor Tom Brokaw", "the
striker who scored"). The lists in ``data/topic_*.txt`` hold only what spaCy cannot tell: which
nouns are too general, vague or role words to name a subject.
"""
from __future__ import annotations

import functools
import re
from dataclasses import dataclass

from ...data import DATA_DIR, read_entries


def key(text: str) -> str:
    """The form two topic names are compared in: lowercase letters and digits only."""
    return re.sub(r"[^a-z0-9]", "", text.lower())


def cue_form(text: str) -> str:
    """A cue or phrase as matched: lowercase words, hyphen compounds kept as one word."""
    return " ".join(re.sub(r"\s*-\s*", "-", text.lower()).split())


@functools.lru_cache(maxsize=1)
def spellings() -> dict:
    """key (letters only) -> the one spelling used as topic name (``data/topic_spellings.txt``)."""
    table = {}
    for entry in read_entries(DATA_DIR / "topic_spellings.txt"):
        for form in entry:
            table[key(form)] = entry[0]
    return table


@functools.lru_cache(maxsize=None)
def word_list(file: str) -> frozenset:
    """The words of one of the data files that lists words several a line."""
    return frozenset(w for entry in read_entries(DATA_DIR / file) for part in entry for w in part.split())


@functools.lru_cache(maxsize=1)
def _inflect():
    """inflect's engine, imported without typeguard's run-time checks: its ``@typechecked`` parses
    and recompiles inflect's methods at every import (3.3 s of CPU of the 3.7 s the import takes,
    in every build that extracts an article), and only raises on arguments of the wrong type. It is
    a no-op under ``python -O``, as typeguard documents; this import gets what -O would give it."""
    import typeguard

    checked = typeguard.typechecked
    typeguard.typechecked = lambda target=None, **options: target if target is not None else (lambda t: t)
    try:
        import inflect
    finally:
        typeguard.typechecked = checked
    return inflect.engine()


@functools.lru_cache(maxsize=4096)
def singular(word: str) -> str | None:
    """The singular of plural noun ``word`` ("taxes" -> "tax", "crises" -> "crisis"), by inflect;
    None when inflect finds none. spaCy's lemma reads some plurals wrong ("taxes" -> "taxis")."""
    found = _inflect().singular_noun(word)
    return found if isinstance(found, str) and found else None


def stopwords() -> frozenset:
    return word_list("topic_stopwords.txt")


@functools.lru_cache(maxsize=1)
def roles() -> frozenset:
    """Words never heading a key phrase: roles and occupations, standings in a race, names of
    statements ("campaign slogan", "election pledge")."""
    return word_list("topic_roles.txt") | word_list("topic_standings.txt") | word_list("topic_statements.txt")


def vague() -> frozenset:
    return word_list("topic_vague.txt")


@functools.lru_cache(maxsize=1)
def plurals() -> frozenset:
    """Nouns whose topic name keeps the plural ("talks", "earnings")."""
    return frozenset(e[0].lower() for e in read_entries(DATA_DIR / "topic_plurals.txt"))


@dataclass(frozen=True)
class Word:
    lower: str          # "cease-fire", "rates"
    lemma: str          # "cease-fire", "rate"
    pos: str            # spaCy's coarse tag; "PUNCT" for a break
    headline: bool
    actor: bool         # part of an actor's mention
    written_lower: bool  # written in lowercase here, so not a name
    other: bool = False  # inside a date, time, amount or other named thing spaCy finds
    person: bool = False  # used of a person here: a role, not a subject
    named_person: bool = False  # part of a person's name ("Bill" Clinton is no bill)
    lede: bool = False  # in the headline or the body's first sentence, where news names its subject
    counted: bool = False  # a noun counted by a number ("40 euros", "14 million euros", "three shops")


# spaCy entity labels whose words are no subject: dates and times ("last week", "the summer"),
# amounts, and names the actor finder does not keep (works, products, events, laws, languages).
NOT_SUBJECT_LABELS = frozenset({"DATE", "TIME", "MONEY", "PERCENT", "QUANTITY", "CARDINAL", "ORDINAL",
                                "PERSON", "NORP", "ORG", "GPE", "LOC", "FAC", "WORK_OF_ART", "PRODUCT",
                                "EVENT", "LAW", "LANGUAGE"})
# Verbs whose subject is someone speaking: "the agent said" makes "agent" a role.
SPEECH_VERBS = frozenset({"say", "tell", "add", "explain", "insist", "argue", "claim", "write", "testify",
                          "warn", "note", "recall", "admit", "acknowledge", "complain", "reply", "ask",
                          "confirm", "deny", "stress", "comment"})


def used_of_person(token) -> bool:
    """Whether the article uses this noun of a person: the subject of a speech verb, beside a
    person's name ("anchor Tom Brokaw", "Tom Brokaw, the anchor"), or before "who"."""
    head = token.head
    if token.dep_ in ("nsubj", "nsubjpass") and head.pos_ == "VERB" and head.lemma_ in SPEECH_VERBS:
        return True
    if token.dep_ in ("compound", "appos") and head.ent_type_ == "PERSON":
        return True
    for child in token.children:
        if child.dep_ == "appos" and child.ent_type_ == "PERSON":
            return True
        if child.dep_ == "relcl" and any(g.lower_ == "who" and g.dep_ in ("nsubj", "nsubjpass")
                                         for g in child.children):
            return True
    return False


# Markup written into the text (a saved page's title "<h1 class=\"title\">Storm floods towns</h1>",
# a template's "{{ page.title }}"): an HTML tag as the HTML standard writes it (a lowercase element
# name, or any name with attributes; a wire's ticker "<BANG>" is no tag) or a Jinja/Liquid
# placeholder. Its words are no subject and no cue: a headline of markup gave "Coastal towns</h1".
MARKUP = re.compile(r"</?[a-z][a-z0-9-]*(?:\s[^<>]*)?/?>|</?[A-Za-z][A-Za-z0-9-]*\s+[A-Za-z:-]+\s*=[^<>]*>"
                    r"|\{\{.*?\}\}|\{%.*?%\}", re.S)


def counted(doc, i: int) -> bool:
    """Whether noun ``doc[i]`` is counted by a number: one modifies it ("40 euros", "14 million
    euros", "two dollars") or stands right before it."""
    token = doc[i]
    if any(child.dep_ == "nummod" for child in token.children):
        return True
    return i > 0 and (doc[i - 1].like_num or doc[i - 1].ent_type_ in ("MONEY", "CARDINAL"))


def markup_tokens(doc) -> set[int]:
    """Indexes of the tokens of ``doc`` that overlap markup (:data:`MARKUP`) in its text."""
    out: set[int] = set()
    for match in MARKUP.finditer(doc.text):
        found = doc.char_span(match.start(), match.end(), alignment_mode="expand")
        if found is not None:
            out.update(range(found.start, found.end))
    return out


def article_words(doc, skip: set[int], body_start: int, people: set[int] = frozenset()) -> list[Word]:
    """The article's words in one pass, hyphen compounds joined ("cease", "-", "fire" -> "cease-fire").

    Args:
        skip: token indexes of actors' mentions.
        people: token indexes of people's mentions (a subset of ``skip``).
        body_start: character offset where the body starts; words before it are the headline.
    Returns:
        One :class:`Word` per word; punctuation, numbers and markup (:data:`MARKUP`) between words
        leave one "PUNCT" word.
    """
    out = []
    i, n = 0, len(doc)
    lede_end = next((sent.end for sent in doc.sents if sent.end_char > body_start and sent.text.strip()), n)
    markup = markup_tokens(doc)
    while i < n:
        token = doc[i]
        if i in markup or not (token.is_alpha or (token.text[:1].isalnum() and any(c.isalpha() for c in token.text))):
            # a break, so that no phrase or cue runs across punctuation
            if not token.is_space and (not out or out[-1].pos != "PUNCT"):
                out.append(Word(token.text, token.text, "PUNCT", token.idx < body_start, False, False))
            i += 1
            continue
        j = i
        while j + 2 < n and doc[j + 1].text == "-" and not doc[j].whitespace_ \
                and not doc[j + 1].whitespace_ and doc[j + 2].text[:1].isalnum() and j + 2 not in markup:
            j += 2
        last = doc[j]
        if j > i:
            parts = [doc[k].lower_ for k in range(i, j + 1, 2)]
            lower = "-".join(parts)
            tail = (singular(parts[-1]) if last.tag_ == "NNS" and parts[-1].isalpha() else None)
            lemma = "-".join(parts[:-1] + [tail or last.lemma_.lower()])
            text = "-".join(doc[k].text for k in range(i, j + 1, 2))
            pos = "NOUN" if last.pos_ in ("NOUN", "PROPN") or key(lower) in spellings() else last.pos_
        else:
            lower, lemma, text, pos = token.lower_, token.lemma_.lower(), token.text, token.pos_
            if token.tag_ == "NNS" and lower.isalpha():
                lemma = singular(lower) or lemma
        out.append(Word(lower, lemma, pos, token.idx < body_start,
                        any(k in skip for k in range(i, j + 1)), text == lower,
                        other=any(doc[k].ent_type_ in NOT_SUBJECT_LABELS for k in range(i, j + 1)),
                        person=pos == "NOUN" and used_of_person(last),
                        named_person=any(k in people for k in range(i, j + 1)),
                        lede=j < lede_end, counted=pos in ("NOUN", "PROPN") and counted(doc, j)))
        i = j + 1
    return out

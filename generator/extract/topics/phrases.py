"""Key-phrase candidates of one article: noun compounds and nouns that may name its subject.

A candidate is a noun ("volcano") or a two-word noun compound ("interest rate"), lemmatised by
spaCy (a head keeps its plural where the singular means something else: ``data/topic_plurals.txt``),
with one spelling for words news writes closed, hyphenated or open (``data/topic_spellings.txt``).
Left out: actors' words, words spaCy finds inside dates, amounts or other names, words never written
in lower case (a name), units and general words (``data/topic_stopwords.txt``), roles, standings and
names of statements alone or ending a compound ("Prime minister", "President-elect", "Delegate lead",
"Campaign slogan": ``data/topic_roles.txt``, ``data/topic_standings.txt``,
``data/topic_statements.txt``), compounds of taxonomy words ("Export earnings"), and vague or
verb-like nouns ("Push", "Speculation", "Rule": ``data/topic_vague.txt``), which may only end a
compound after a noun ("Tax cut", "Asylum rule"; not "Golden rule"). A candidate must occur
twice or, a compound, in the headline.

Whether a candidate becomes a topic is decided across the corpus (``generator/topics_corpus.py``),
so each article also reports every phrase it mentions and the nouns it uses of people.
"""
from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass

from .taxonomy import STRONG, taxonomy
from .words import Word, cue_form, key, plurals, roles, spellings, stopwords, vague

MIN_PHRASE_COUNT = 2
# A phrase in the headline, or among the page's own keywords, counts this much more.
HEADLINE_BONUS = 2
KEYWORD_BONUS = 1
# Candidates kept per article for the corpus-level choice.
MAX_CANDIDATES = 8


@dataclass(frozen=True)
class Candidates:
    ranked: tuple[tuple[str, int], ...]   # (phrase, weight), best first: "interest rate", "volcano"
    mentioned: frozenset                  # every phrase the article uses, candidate or not
    roles: frozenset                      # nouns the article uses of a person ("agent", "anchor")


def _phrase_word(word: Word, *, head: bool) -> str:
    if not head or word.lower in plurals():
        return word.lower
    return word.lemma


def _is_word(text: str) -> bool:
    """A phrase word starts with a letter and has three or more: "16bn", "2004", "tv" are no subject."""
    return len(text) > 2 and text[:1].isalpha()


def _role(word: Word, name: str) -> bool:
    """A role or occupation ("Banker", "Prime minister", "co-chairman", "President-elect")."""
    # any part of a hyphen compound may name the role: "co-chairman", "president-elect"
    return bool({name.split()[-1], *name.split()[-1].split("-"), word.lemma, word.lower} & roles())


def _vague(word: Word, name: str) -> bool:
    """A vague or verb-like noun ("push", "cut", "week"): a subject only after a noun."""
    words = vague()
    return name.split()[-1] in words or word.lemma in words or word.lower in words


def fits_taxonomy(phrase: str) -> bool:
    """Whether a phrase's last word is no strong taxonomy cue: "presidential primary" or
    "parliamentary election" is a second name of Elections on an article that has that topic, and
    no subject of one that only mentions an election."""
    tax = taxonomy()
    return not any(weight >= STRONG for _, weight in tax.cues.get(cue_form(phrase.split()[-1]), ()))


def taxonomy_words(phrase: str) -> bool:
    """Whether a compound says no more than the taxonomy: its head is a broad cue (a weak one, or a
    strong one of a top-level domain: "earnings", "price", "campaign") and its modifier a strong cue
    of the same domain ("export earnings": Trade and Business; "election campaign": Politics).
    "Parliamentary election" stays: "election" names one kind of politics, not politics at large."""
    tax = taxonomy()
    words = phrase.split()
    if len(words) != 2:
        return False

    def branches(word: str, strong: bool) -> set:
        form = cue_form(word)
        hits = tax.cues.get(form) or (tax.cues.get(form[:-1]) if form.endswith("s") else None) or ()
        return {tax.topics[index].parent or tax.topics[index].name for index, weight in hits
                if weight >= STRONG or not strong}

    head = cue_form(words[1])
    broad = head in tax.broad or (head.endswith("s") and head[:-1] in tax.broad)
    return broad and bool(branches(words[0], True) & branches(words[1], False))


def keyword_forms(keywords) -> set[str]:
    """A page's own keywords as phrase forms: each comma- or semicolon-separated item, lowercase.

    A keywords field is a list of tags run together ("Amazon, alexa, echo"), never one topic.
    """
    out = set()
    for item in keywords:
        for part in re.split(r"[,;|]", str(item)):
            form = cue_form(part)
            if form:
                out.add(cue_form(spellings().get(key(form), form)))
    return out


def candidates(words: list[Word], *, keywords=()) -> Candidates:
    """The article's key-phrase candidates ranked by use, with what the corpus step needs.

    Args:
        words: the article's words (``words.article_words``).
        keywords: the page's own keywords (HTML meta); they only add weight to a phrase the text has.
    """
    stop = stopwords()
    cues = taxonomy().cues
    spell = spellings()
    counts: Counter = Counter()
    in_headline: set = set()
    first: dict = {}
    lowercase: set = set()      # names written in lowercase somewhere: not a name
    person: set = set()

    def add(name: str, position: int, word: Word, written_lower: bool) -> None:
        counts[name] += 1
        first.setdefault(name, position)
        if word.headline:
            in_headline.add(name)
        if written_lower:
            lowercase.add(name)

    run: list[Word] = []
    for position, word in enumerate(words + [None]):
        if word is not None and word.pos in ("NOUN", "ADJ") and not word.actor and len(word.lower) > 1:
            run.append(word)
            continue
        # a run of adjectives and nouns ends here; its last noun is the head
        while run and run[-1].pos != "NOUN":
            run.pop()
        if run:
            head = run[-1]
            name = _phrase_word(head, head=True)
            name = spell.get(key(name), name)
            if head.person:
                person.add(name)
            subject = not head.other and _is_word(name) and not _role(head, name)
            if subject and "-" in name and name not in stop and not _vague(head, name):
                # a hyphen compound is a compound ("cease-fire"); a single noun alone is too general
                add(name, position, head, head.written_lower)
            if subject and len(run) >= 2:
                modifier = run[-2]
                if modifier.headline and modifier.lower != modifier.lemma and modifier.lower.endswith("s"):
                    # an inflected modifier in a headline is a verb read as a noun ("seals takeover")
                    run = []
                    continue
                compound = _phrase_word(modifier, head=False) + " " + name
                compound = spell.get(key(compound), compound)
                general = (modifier.lower in stop or modifier.lemma in stop or not _is_word(modifier.lower)
                           or modifier.other)
                if _vague(head, name):
                    # "tax cut", "price rise"; not "big push", "first quarter"
                    keep = modifier.pos == "NOUN" and not general
                else:
                    keep = cue_form(compound) in cues or not general
                if keep:
                    add(compound, position, head, modifier.written_lower and head.written_lower)
        run = []
    tax = taxonomy()
    page_words = keyword_forms(keywords)
    scored = {name: count + (HEADLINE_BONUS if name in in_headline else 0)
              + (KEYWORD_BONUS if cue_form(name) in page_words else 0)
              for name, count in counts.items()
              if name in lowercase
              and tax.name_of(name) is None
              # a taxonomy cue, or a compound of one topic's strong cues, is that topic's subject
              # already ("oil price" is Energy, "export earnings" Business)
              and cue_form(name) not in tax.cues and not taxonomy_words(name)
              and fits_taxonomy(name)
              # a single noun must recur; a compound may stand once in the headline
              and (count >= MIN_PHRASE_COUNT or (" " in name and name in in_headline))}
    # compounds first on ties: "oil price" says more than "price"
    ranked = sorted(scored, key=lambda n: (-scored[n], -n.count(" "), first[n]))
    return Candidates(tuple((n, scored[n]) for n in ranked[:MAX_CANDIDATES]),
                      frozenset(n for n in counts if n in lowercase), frozenset(person))

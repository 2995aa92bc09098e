"""What an article is about, as a few topic names shared across articles.

Three kinds of topic, in this order:

1. Front-matter tags, normalised like the rest.
2. One to three topics of a small two-level taxonomy (``data/topics.yml``: "Business" > "Energy"),
   each assigned when its cue words and phrases weigh enough in the article, both in total and per
   word of text; a child topic comes with its parent.
3. Up to three key phrases that are subjects of the story ("Cease-fire", "Interest rate"): noun
   compounds or nouns, lemmatised, with one spelling for words news writes closed, hyphenated or
   open (``data/topic_spellings.txt``). Actors' words, units, currencies and words too general for
   a subject (``data/topic_stopwords.txt``) are left out; so are roles and occupations, alone or
   ending a compound ("Economist", "Prime minister": ``data/topic_roles.txt``), and vague or
   verb-like nouns ("Push", "Speculation": ``data/topic_vague.txt``), which may only end a compound
   after a noun ("Tax cut"). A phrase must occur twice or, a compound, in the headline.

Names are shown in sentence case ("Science and technology", "Cease-fire"), the same everywhere.
"""
from __future__ import annotations

import functools
import re
from collections import Counter
from dataclasses import dataclass

from ..data import DATA_DIR, read_entries
from .sentences import text_of

MAX_TAXONOMY = 3
MAX_PHRASES = 3
MAX_NGRAM = 4
# An occurrence in the headline weighs this many times one in the body.
HEADLINE_WEIGHT = 3
STRONG, WEAK = 2.0, 1.0
# A taxonomy topic needs this much cue weight, and this much per 100 words of text; texts shorter
# than DENSITY_FLOOR words are measured as if they had that many, so a brief note needs real evidence.
MIN_WEIGHT = 6.0
MIN_DENSITY = 2.0
DENSITY_FLOOR = 150
# A second or third top-level topic must weigh at least this share of the first.
OTHER_TOP_SHARE = 0.5
# A child topic needs this much cue weight and this share of its parent's evidence; a parent
# names at most MAX_CHILDREN of them.
MIN_CHILD_WEIGHT = 4.0
CHILD_SHARE = 0.15
MAX_CHILDREN = 2
MIN_PHRASE_COUNT = 2


@dataclass(frozen=True)
class Taxon:
    name: str
    parent: str | None


@dataclass(frozen=True)
class Taxonomy:
    topics: tuple[Taxon, ...]
    cues: dict          # cue (words joined by spaces) -> ((topic index, weight), ...)
    names: dict         # key of a topic name -> the name
    broad: frozenset    # cues too broad for a key phrase: weak ones, and those of a broad domain


def _key(text: str) -> str:
    return re.sub(r"[^a-z0-9]", "", text.lower())


def _cue_form(text: str) -> str:
    """A cue or phrase as matched: lowercase words, hyphen compounds kept as one word."""
    return " ".join(re.sub(r"\s*-\s*", "-", text.lower()).split())


@functools.lru_cache(maxsize=1)
def _spellings() -> dict:
    """key (letters only) -> the one spelling used as topic name."""
    table = {}
    for entry in read_entries(DATA_DIR / "topic_spellings.txt"):
        for form in entry:
            table[_key(form)] = entry[0]
    return table


@functools.lru_cache(maxsize=1)
def _stopwords() -> frozenset:
    return frozenset(w for entry in read_entries(DATA_DIR / "topic_stopwords.txt")
                     for part in entry for w in part.split())


@functools.lru_cache(maxsize=None)
def _word_list(file: str) -> frozenset:
    """The words of one of the data files that lists words several a line."""
    return frozenset(w for entry in read_entries(DATA_DIR / file) for part in entry for w in part.split())


@functools.lru_cache(maxsize=1)
def _plurals() -> frozenset:
    return frozenset(e[0].lower() for e in read_entries(DATA_DIR / "topic_plurals.txt"))


@functools.lru_cache(maxsize=1)
def taxonomy() -> Taxonomy:
    """The shipped taxonomy, read once per process."""
    import yaml

    with open(DATA_DIR / "topics.yml", encoding="utf-8") as fh:
        tree = yaml.safe_load(fh)
    topics: list[Taxon] = []
    cues: dict = {}
    broad: set = set()

    def add(name: str, node: dict, parent: str | None) -> None:
        index = len(topics)
        topics.append(Taxon(name, parent))
        for field, weight in (("strong", STRONG), ("cues", WEAK)):
            for cue in node.get(field) or ():
                form = _cue_form(str(cue))
                spelled = _spellings().get(_key(form))
                for f in {form, _cue_form(spelled) if spelled else form}:
                    own = dict(cues.get(f, ()))
                    own[index] = max(own.get(index, 0.0), weight)
                    cues[f] = tuple(own.items())
                    if weight < STRONG or (parent is None and node.get("children")):
                        broad.add(f)
        for child, sub in (node.get("children") or {}).items():
            add(child, sub or {}, name)

    for name, node in tree.items():
        add(name, node or {}, None)
    names = {_key(t.name): t.name for t in topics}
    return Taxonomy(tuple(topics), cues, names, frozenset(broad))


def topic_name(text: str) -> str:
    """The shared display name of a topic: sentence case, acronyms kept, one spelling for compounds.

    Taxonomy names keep their own spelling ("middle east" -> "Middle East").

    >>> topic_name("ceasefire")
    'Cease-fire'
    """
    words = text.replace("’", "'").split()
    norm = " ".join(w if (w.isupper() and len(w) > 1) else w.lower() for w in words)
    norm = re.sub(r"\s*-\s*", "-", norm).strip(" .,;:!?\"'")
    known = taxonomy().names.get(_key(norm))
    if known:
        return known
    norm = _spellings().get(_key(norm), norm)
    return norm[:1].upper() + norm[1:]


@dataclass(frozen=True)
class _Word:
    lower: str          # "cease-fire", "rates"
    lemma: str          # "cease-fire", "rate"
    pos: str
    headline: bool
    actor: bool         # part of an actor's mention
    written_lower: bool  # written in lowercase here, so not a name


def _words(doc, skip: set[int], body_start: int) -> list[_Word]:
    """The article's words in one pass, hyphen compounds joined ("cease", "-", "fire" -> "cease-fire").

    Punctuation and numbers between words leave one PUNCT word, a break no phrase crosses.
    """
    out = []
    i, n = 0, len(doc)
    while i < n:
        token = doc[i]
        if not (token.is_alpha or (token.text[:1].isalnum() and any(c.isalpha() for c in token.text))):
            # a break, so that no phrase or cue runs across punctuation
            if not token.is_space and (not out or out[-1].pos != "PUNCT"):
                out.append(_Word(token.text, token.text, "PUNCT", token.idx < body_start, False, False))
            i += 1
            continue
        j = i
        while j + 2 < n and doc[j + 1].text == "-" and not doc[j].whitespace_ \
                and not doc[j + 1].whitespace_ and doc[j + 2].text[:1].isalnum():
            j += 2
        if j > i:
            parts = [doc[k].lower_ for k in range(i, j + 1, 2)]
            lower = "-".join(parts)
            lemma = "-".join(parts[:-1] + [doc[j].lemma_.lower()])
            text = "-".join(doc[k].text for k in range(i, j + 1, 2))
            pos = "NOUN" if doc[j].pos_ in ("NOUN", "PROPN") or _key(lower) in _spellings() else doc[j].pos_
        else:
            lower, lemma, text, pos = token.lower_, token.lemma_.lower(), token.text, token.pos_
        out.append(_Word(lower, lemma, pos, token.idx < body_start,
                         any(k in skip for k in range(i, j + 1)), text == lower))
        i = j + 1
    return out


# A single body word is a cue only as one of these: "mine" the pronoun is no "mine".
CUE_POS = frozenset({"NOUN", "PROPN", "ADJ", "VERB", "NUM", "X"})


def _evidence(words: list[_Word]) -> Counter:
    """Cue weight per taxonomy topic index; the longest cue at a word wins and uses up its words.

    Headline words count whatever their tag: the tagger often reads headline nouns as verbs.
    """
    cues = taxonomy().cues
    spell = _spellings()
    found: Counter = Counter()
    i, n = 0, len(words)
    while i < n:
        for size in range(min(MAX_NGRAM, n - i), 0, -1):
            span = words[i:i + size]
            hit = None
            if size == 1 and span[0].pos not in CUE_POS and not span[0].headline:
                continue
            for form in (" ".join(w.lemma for w in span), " ".join(w.lower for w in span)):
                hit = cues.get(form) or cues.get(_cue_form(spell.get(_key(form), form)))
                if hit:
                    break
            if hit:
                factor = HEADLINE_WEIGHT if span[0].headline else 1
                for index, weight in hit:
                    found[index] += weight * factor
                i += size
                break
        else:
            i += 1
    return found


def _taxonomy_topics(words: list[_Word]) -> list[str]:
    """1-3 taxonomy topics whose evidence passes the thresholds, each child after its parent."""
    tax = taxonomy()
    own = _evidence(words)
    # a topic's evidence is its own cues plus its children's, each cue occurrence counted once
    # per topic: a parent gets the larger of its own and its child's weight for a shared cue
    total: Counter = Counter(own)
    for index, taxon in enumerate(tax.topics):
        if taxon.parent and own[index]:
            total[_index(taxon.parent)] += own[index]
    length = max(sum(1 for w in words if w.pos != "PUNCT"), DENSITY_FLOOR)

    def passes(index: int, floor: float = MIN_WEIGHT) -> bool:
        return total[index] >= floor and 100 * total[index] / length >= MIN_DENSITY

    tops = sorted((i for i, t in enumerate(tax.topics) if t.parent is None and passes(i)),
                  key=lambda i: -total[i])
    chosen: list[str] = []
    for top in tops:
        if total[top] < OTHER_TOP_SHARE * total[tops[0]]:
            break
        chosen.append(tax.topics[top].name)
        children = sorted((i for i, t in enumerate(tax.topics) if t.parent == tax.topics[top].name),
                          key=lambda i: -own[i])
        chosen += [tax.topics[i].name for i in children[:MAX_CHILDREN]
                   if passes(i, MIN_CHILD_WEIGHT) and own[i] >= CHILD_SHARE * total[top]]
    return chosen[:MAX_TAXONOMY]


@functools.lru_cache(maxsize=None)
def _index(name: str) -> int:
    return next(i for i, t in enumerate(taxonomy().topics) if t.name == name)


def _phrase_word(word: _Word, *, head: bool) -> str:
    if not head or word.lower in _plurals():
        return word.lower
    return word.lemma


def _is_word(text: str) -> bool:
    """A phrase word starts with a letter: "16bn" or "2004" is no subject."""
    return len(text) > 2 and text[:1].isalpha()


def _subject_head(word: _Word, name: str) -> bool:
    """Whether a phrase may end in this word at all: not a role ("Banker", "Prime minister")."""
    roles = _word_list("topic_roles.txt")
    # "co-chairman", "vice-president": the last part of a hyphen compound names the role
    return not {name.split()[-1], name.split("-")[-1], word.lemma, word.lower} & roles


def _vague(word: _Word, name: str) -> bool:
    """A vague or verb-like noun ("push", "cut", "week"): a subject only after a noun."""
    vague = _word_list("topic_vague.txt")
    return name.split()[-1] in vague or word.lemma in vague or word.lower in vague


def _phrases(words: list[_Word]) -> list[str]:
    """Key phrases ranked by use: noun compounds and nouns that are subjects, not actors, roles,
    units, general or vague words."""
    stop = _stopwords()
    cues = taxonomy().cues
    spell = _spellings()
    counts: Counter = Counter()
    in_headline: set = set()
    first: dict = {}
    lowercase: set = set()      # names written in lowercase somewhere: not a person's name

    def add(name: str, position: int, word: _Word, written_lower: bool) -> None:
        counts[name] += 1
        first.setdefault(name, position)
        if word.headline:
            in_headline.add(name)
        if written_lower:
            lowercase.add(name)

    run: list[_Word] = []
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
            name = spell.get(_key(name), name)
            subject = head.pos == "NOUN" and _is_word(name) and _subject_head(head, name)
            if subject and name not in stop and not _vague(head, name):
                add(name, position, head, head.written_lower)
            if subject and len(run) >= 2:
                modifier = run[-2]
                if modifier.headline and modifier.lower != modifier.lemma and modifier.lower.endswith("s"):
                    # an inflected modifier in a headline is a verb read as a noun ("seals takeover")
                    run = []
                    continue
                compound = _phrase_word(modifier, head=False) + " " + name
                compound = spell.get(_key(compound), compound)
                general = modifier.lower in stop or modifier.lemma in stop or not _is_word(modifier.lower)
                if _vague(head, name):
                    # "tax cut", "price rise"; not "big push", "first quarter"
                    keep = modifier.pos == "NOUN" and not general
                else:
                    keep = _cue_form(compound) in cues or not general
                if keep:
                    add(compound, position, head, modifier.written_lower and head.written_lower)
        run = []
    taxonomy_names = taxonomy().names
    scored = {name: count + (MIN_PHRASE_COUNT if name in in_headline else 0)
              for name, count in counts.items()
              if name in lowercase
              and not {_key(name), _key(name) + "s", _key(name).rstrip("s")} & taxonomy_names.keys()
              and (" " in name or _cue_form(name) not in taxonomy().broad)
              # a single noun must recur; a compound may stand once in the headline
              and (count >= MIN_PHRASE_COUNT or (" " in name and name in in_headline))}
    # compounds first on ties: "oil price" says more than "price"
    return sorted(scored, key=lambda n: (-scored[n], -n.count(" "), first[n]))


def topics(doc, entities, *, body_start: int = 0, tags: tuple[str, ...] = ()) -> tuple[str, ...]:
    """Topic names for a parsed article: its tags, then taxonomy topics, then key phrases.

    Args:
        doc: spaCy Doc of ``headline + "\\n\\n" + body``.
        entities: the article's actors (their words are not key phrases).
        body_start: where the body starts; words before it are the headline.
        tags: front-matter tags, kept first and normalised like the rest.
    Returns:
        Display names (page slugs are made elsewhere), tags first, then the taxonomy's (broad
        before narrow), then key phrases, most used first; no name twice.
    """
    skip: set[int] = set()
    text = text_of(doc)
    for entity in entities:
        for span in entity.mentions:
            if 0 <= span.start < span.end <= len(text):
                found = doc.char_span(span.start, span.end, alignment_mode="expand")
                skip.update(range(found.start, found.end) if found is not None else ())
    words = _words(doc, skip, body_start)
    chosen = [topic_name(tag) for tag in tags if tag and tag.strip()]
    chosen += _taxonomy_topics(words)
    keys = {_key(c) for c in chosen}
    phrases = []
    for phrase in _phrases(words):
        name = topic_name(phrase)
        # a phrase sharing a word with a chosen one ("price" beside "oil price") adds little
        if _key(name) in keys or any(set(phrase.split()) & set(p.split()) for p in phrases):
            continue
        phrases.append(phrase)
        keys.add(_key(name))
        chosen.append(name)
        if len(phrases) >= MAX_PHRASES:
            break
    return tuple(dict.fromkeys(c for c in chosen if c))

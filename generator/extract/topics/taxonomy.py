"""Taxonomy topics: a small two-level taxonomy (``data/topics.yml``: "Business" > "Energy").

Each topic is assigned when its cue words and phrases weigh enough in the article, both in total
and per word of text; a child topic comes with its parent. A topic is what the article is about,
not a word it uses: the lede (headline and first sentence) must name a second or third topic,
one it does not name needs more evidence and gives way to one the lede names of about its weight,
and a parent counts only the children with strong cues. The taxonomy and its cues are written
from general knowledge; no library ships a news taxonomy with English cue words.
"""
from __future__ import annotations

import functools
from collections import Counter
from dataclasses import dataclass

from ...data import DATA_DIR
from .words import Word, cue_form, key, spellings

MAX_TAXONOMY = 3
MAX_NGRAM = 4
# An occurrence in the headline weighs this many times one in the body.
HEADLINE_WEIGHT = 3
STRONG, WEAK = 2.0, 1.0
# A taxonomy topic needs this much cue weight, and this much per 100 words of text; texts shorter
# than DENSITY_FLOOR words are measured as if they had that many, so a brief note needs real evidence.
MIN_WEIGHT = 6.0
MIN_DENSITY = 2.0
# Of which strong cues must give this much, and this share: weak cues ("race", "win", "stage")
# only add to a topic that strong ones found.
MIN_STRONG = 2.0
STRONG_SHARE = 0.1
# A topic needs this many different cues: one word may mean something else ("talks" in "Trump
# talks to ..."), unless it is a strong cue the lede names as a noun and the article writes at
# least REPEATED_CUE times outside names (a story about steel says steel again and again).
MIN_CUES = 2
REPEATED_CUE = 3
DENSITY_FLOOR = 150
# The lede (headline and first sentence) is where news says what a story is about: a top-level
# topic it gives no cue of needs this many times the weight and density, and may not be a second
# or third topic ("Business" on a politics story that mentions companies further down).
LEDELESS_FACTOR = 1.5
# A second or third top-level topic must weigh at least this share of the first; a topic of who
# acts (Politics: a government's pension plan, a minister's answer to a disaster) this smaller share.
OTHER_TOP_SHARE = 0.7
APART_SHARE = 0.4
# A child topic needs this much cue weight and this share of its parent's evidence, unless the lede
# names it (a stake bought by a retailer: the shops further down outweigh the purchase the lede
# states); a parent names at most MAX_CHILDREN of them.
MIN_CHILD_WEIGHT = 4.0
CHILD_SHARE = 0.15
MAX_CHILDREN = 2
# A single body word is a cue only as one of these: "mine" the pronoun is no "mine".
CUE_POS = frozenset({"NOUN", "PROPN", "ADJ", "VERB", "NUM", "X"})


@dataclass(frozen=True)
class Taxon:
    name: str
    parent: str | None
    region: bool = False    # a topic of where ("Middle East"), weighed apart from topics of what
    apart: bool = False     # a topic of who acts ("Politics"): a second topic without a share of the first
    alternatives: bool = False  # its children are alternatives (one sport a story): a second needs the lede
    units: bool = False     # its cues are units of amounts ("euro"): shown only when one is no amount's unit
    sector: bool = False    # a field of activity ("Transport"): its news is its parent's only if the story says so


@dataclass(frozen=True)
class Taxonomy:
    topics: tuple[Taxon, ...]
    cues: dict          # cue (words joined by spaces) -> ((topic index, weight), ...)
    names: dict         # key of a topic name -> the name
    broad: frozenset    # cues too broad for a key phrase: weak ones, and those of a broad domain

    def index(self, name: str) -> int:
        return next(i for i, t in enumerate(self.topics) if t.name == name)

    def name_of(self, text: str) -> str | None:
        """The taxonomy name ``text`` is a form of ("election" -> "Elections"), else None."""
        k = key(text)
        return next((self.names[f] for f in (k, k + "s", k[:-1] if k.endswith("s") else k) if f in self.names),
                    None)


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
        topics.append(Taxon(name, parent, bool(node.get("region")), bool(node.get("apart")),
                            bool(node.get("alternatives")), bool(node.get("units")), bool(node.get("sector"))))
        for field, weight in (("strong", STRONG), ("cues", WEAK)):
            for cue in node.get(field) or ():
                form = cue_form(str(cue))
                spelled = spellings().get(key(form))
                for f in {form, cue_form(spelled) if spelled else form}:
                    own = dict(cues.get(f, ()))
                    own[index] = max(own.get(index, 0.0), weight)
                    cues[f] = tuple(own.items())
                    if weight < STRONG or (parent is None and node.get("children")):
                        broad.add(f)
        for child, sub in (node.get("children") or {}).items():
            add(child, sub or {}, name)

    for name, node in tree.items():
        add(name, node or {}, None)
    names = {key(t.name): t.name for t in topics}
    return Taxonomy(tuple(topics), cues, names, frozenset(broad))


def evidence(words: list[Word]) -> tuple[Counter, Counter, dict, set, set]:
    """Cue weight per taxonomy topic index, in all and from strong cues, the cues found per index,
    the indexes one strong cue alone may carry (:data:`REPEATED_CUE`), the indexes the lede
    (headline or first sentence) gives a strong cue of outside names (a region's cues are its
    places, which are actors' names: those count, a person's does not), and the indexes given a
    strong cue that is not the unit of an amount ("40 euros"); the longest cue at a word
    wins and uses up its words. People's names are no cue ("Bill" Clinton, "Chelsea" Clinton). A
    broad cue ("business", "market") may be written often in a story about something else: it alone
    never carries a topic.

    Headline words count whatever their tag: the tagger often reads headline nouns as verbs.
    """
    tax = taxonomy()
    cues = tax.cues
    spell = spellings()
    found: Counter = Counter()
    strong: Counter = Counter()
    forms: dict = {}
    written: Counter = Counter()     # (index, form) -> times a strong cue is written as a word
    in_lede: set = set()             # (index, form) of strong cues the lede names as a noun
    lede: set = set()                # indexes with a strong cue in the lede outside names
    named: set = set()               # indexes with a strong cue that is no amount's unit
    i, n = 0, len(words)
    while i < n:
        for size in range(min(MAX_NGRAM, n - i), 0, -1):
            span = words[i:i + size]
            hit = None
            if size == 1 and span[0].pos not in CUE_POS and not span[0].headline:
                continue
            if (size == 1 and span[0].named_person) or (size > 1 and any(w.pos == "PUNCT" for w in span)):
                # no one-word cue in a person's name ("Bill" Clinton), nor a cue across punctuation
                # ("interest, rate"); a cue of two or more words is no person's name, whatever the
                # recogniser says ("Davis Cup" read as a person)
                continue
            for form in (" ".join(w.lemma for w in span), " ".join(w.lower for w in span)):
                hit = cues.get(form) or cues.get(cue_form(spell.get(key(form), form)))
                if hit:
                    break
            if hit:
                factor = HEADLINE_WEIGHT if span[0].headline else 1
                for index, weight in hit:
                    if weight >= STRONG and not (size == 1 and span[0].counted):
                        named.add(index)     # not the unit of an amount ("40 euros")
                    if weight >= STRONG and span[-1].lede and (
                            not any(w.actor or w.other for w in span)
                            or (tax.topics[index].region and not any(w.named_person for w in span))):
                        # a region's cues are places, which the lede names as actors ("Saudi")
                        lede.add(index)
                    found[index] += weight * factor
                    forms.setdefault(index, set()).add(form)
                    if weight >= STRONG:
                        strong[index] += weight * factor
                        if not any(w.actor or w.other for w in span):
                            written[index, form] += 1
                            if span[-1].lede and span[-1].pos in ("NOUN", "PROPN"):
                                in_lede.add((index, form))
                i += size
                break
        else:
            i += 1
    broad = taxonomy().broad
    repeated = {index for (index, form), times in written.items()
                if times >= REPEATED_CUE and (index, form) in in_lede and form not in broad}
    return found, strong, forms, repeated, lede, named


def _passes(index: int, total: Counter, strong: Counter, forms: dict, repeated: set, length: int,
            floor: float, factor: float = 1.0) -> bool:
    """Whether topic ``index``'s evidence passes the thresholds (weight, density times ``factor``,
    strong share, cues)."""
    return (total[index] >= floor and 100 * total[index] / length >= factor * MIN_DENSITY
            and strong[index] >= max(MIN_STRONG, STRONG_SHARE * total[index])
            and (len(forms.get(index, ())) >= MIN_CUES or index in repeated))


# An obituary's lede reports a death with the age ("dies aged 91", "has died at the age of 84",
# "died on Sunday at 77"): the story tells a whole life, whose career words further down (a firm, a
# deal, a company sold) are no subject of it; its topics are what the lede says the person was.
_DEATH_WORDS = frozenset({"dies", "died", "dead"})
_AGE_WORDS = frozenset({"aged", "age", "at"})
DEATH_AGE_SPAN = 8


def is_obituary(words: list[Word]) -> bool:
    """Whether the lede (headline or first sentence) reports a death with the person's age."""
    lede = words[:max((k + 1 for k, w in enumerate(words) if w.lede), default=0)]   # breaks too ("88")
    for k, word in enumerate(lede):
        if word.lower in _DEATH_WORDS:
            after = lede[k + 1:k + 1 + DEATH_AGE_SPAN]
            if any(w.lower in _AGE_WORDS and any(x.lower.isdigit() for x in after[m + 1:m + 4])
                   for m, w in enumerate(after)):
                return True
    return False


def taxonomy_topics(words: list[Word]) -> list[str]:
    """1-3 taxonomy topics whose evidence passes the thresholds, each child after its parent."""
    tax = taxonomy()
    own, own_strong, own_forms, repeated, lede, named = evidence(words)
    # a topic's evidence is its own cues plus those of its children with strong evidence of their
    # own: a dozen children with a weak cue or two each ("rise", "deal", "power") are no evidence
    # of Business
    total: Counter = Counter(own)
    strong: Counter = Counter(own_strong)
    forms = {i: set(f) for i, f in own_forms.items()}
    length = max(sum(1 for w in words if w.pos != "PUNCT"), DENSITY_FLOOR)
    for index, taxon in enumerate(tax.topics):
        if taxon.parent and own[index]:
            if own_strong[index] < MIN_STRONG:
                continue
            parent = tax.index(taxon.parent)
            total[parent] += own[index]
            strong[parent] += own_strong[index]
            forms.setdefault(parent, set()).update(own_forms.get(index, ()))
            if index in repeated:
                repeated = repeated | {parent}
            if index in lede:
                lede = lede | {parent}

    def passes(index: int, floor: float = MIN_WEIGHT, factor: float = 1.0) -> bool:
        return _passes(index, total, strong, forms, repeated, length, floor, factor)

    def alone(top: int, child: int, children: list[int]) -> bool:
        """Whether ``child`` is the heaviest of an alternatives parent's children (the one sport of
        a sports story) and the parent's own cues alone pass the thresholds: they already say what
        the story is about, so the child needs no density of its own (a long rugby report writes
        "try" and "scrum" among much else). A parent carried by its children's words (a listicle
        that names a film, a book and a church) gives a child no such leave."""
        return (tax.topics[top].alternatives and bool(children) and child == children[0]
                and _passes(top, own, own_strong, own_forms, repeated, length, MIN_WEIGHT))

    obituary = is_obituary(words)
    def shown(index: int) -> bool:
        """Whether a topic of units (currencies) is named as such, not only as the unit of amounts
        ("the euro fell", not "40 euros": a price in euros is no story about currencies); its cues
        still weigh for its parent (a price is business)."""
        return not tax.topics[index].units or index in named

    tops = sorted((i for i, t in enumerate(tax.topics) if t.parent is None and passes(i) and shown(i)
                   and (i in lede or (not obituary and passes(i, LEDELESS_FACTOR * MIN_WEIGHT, LEDELESS_FACTOR)))),
                  key=lambda i: -total[i])
    # a topic the lede gives no cue of is no topic beside one the lede names that weighs
    # OTHER_TOP_SHARE of it, even first: a story whose lede says defence ("U.S. flexes muscles ...
    # defense officials") is no Business story for the economy and oil it names further down, an
    # advertiser's ad cut ("Kraft cuts snack ads") no Entertainment one for the TV shows it names.
    # One that outweighs the named topic stays (a sports body's new chief, whose lede says "director")
    named_weight = max((total[i] for i in tops if i in lede and not tax.topics[i].region), default=0.0)
    tops = [i for i in tops if i in lede or tax.topics[i].region or named_weight < OTHER_TOP_SHARE * total[i]
            or (tax.topics[i].apart and passes(i, LEDELESS_FACTOR * MIN_WEIGHT, LEDELESS_FACTOR))]
    # a second or third topic of what must weigh a share of the first; a region is weighed alone
    first = next((total[i] for i in tops if not tax.topics[i].region), 0.0)
    chosen: list[str] = []
    for top in tops:
        share = 0.0 if tax.topics[top].region else APART_SHARE if tax.topics[top].apart else OTHER_TOP_SHARE
        if total[top] < share * first:
            continue
        if chosen and top not in lede and not (tax.topics[top].apart and passes(top, LEDELESS_FACTOR * MIN_WEIGHT,
                                                                                 LEDELESS_FACTOR)):
            # a second subject must be named where the story says what it is about; a topic of who
            # acts (a government cutting jobs) may be named further down when its evidence would
            # carry it as a first topic without the lede
            continue
        at = len(chosen)
        chosen.append(tax.topics[top].name)
        # the MAX_CHILDREN heaviest children, or one the lede names in their place: the lede says
        # what the story is about ("Bank of Japan ... discount rate"), the stock-market figures
        # further down may spend more words
        children = sorted((i for i, t in enumerate(tax.topics) if t.parent == tax.topics[top].name),
                          key=lambda i: -own[i])
        heaviest = set(children[:MAX_CHILDREN])
        children = sorted((i for i in children if (i in heaviest or i in lede) and shown(i)
                           and passes(i, MIN_CHILD_WEIGHT, 0.0 if alone(top, i, children) else 1.0)
                           and (own[i] >= CHILD_SHARE * total[top] or i in lede)),
                          key=lambda i: (i not in lede, -own[i]))
        if tax.topics[top].alternatives:
            # a story is about one sport: a second is named where the story says what it is about
            # (a cricketer's "club" and "Premier League" are no football story)
            # the sport it spends most words on comes first ("football" in the lede of an NFL story)
            children = sorted(children, key=lambda i: -own[i])
            children = children[:1] + [i for i in children[1:] if i in lede
                                       and own[i] >= OTHER_TOP_SHARE * own[children[0]]]
        chosen += [tax.topics[i].name for i in children[:MAX_CHILDREN]]
        if children and all(tax.topics[i].sector for i in children[:MAX_CHILDREN]) and not own_forms.get(top):
            # a parent none of whose own words the story uses is no subject of a story of its
            # sectors: a ferry sinking is Transport, a drought Agriculture, not Business
            del chosen[at]
    return chosen[:MAX_TAXONOMY]

"""The whole site's index, built from every record before any page is rendered.

Actors are keyed by ``(kind, name)``; each knows the articles that mention it (with the titles used
there), its quotes and the actors it appears with most often. Topics know their articles. Every
article, actor and topic gets a slug that is unique in its folder.

Only entities whose ``published`` is not false become actors (contracts 1); the others are kept in
``held_back`` for the quality page. Actors for which ``budget.earns_page`` is false, and topics for
which ``budget.earns_topic_page`` is false, get no page and are listed as plain text (contracts 2).
"""
from __future__ import annotations

import re
from collections import Counter, defaultdict
from dataclasses import dataclass, field
from functools import cached_property, lru_cache
from typing import Iterable, Sequence

from ..slugs import slugify

from .budget import earns_page, earns_topic_page      # the page budget (issue 10, contracts 2)

# kind -> the folder of its pages, and the word readers see.
KIND_FOLDERS = {"person": "people", "organization": "organizations", "place": "places", "group": "groups"}
KIND_LABELS = {"person": "Person", "organization": "Organisation", "place": "Place", "group": "Group"}
KINDS = tuple(KIND_FOLDERS)
# Slugs the site's own pages use in every folder; actor/topic/article slugs must avoid them.
RESERVED_SLUGS = frozenset({"index", "most-mentioned"})
RELATED_LIMIT = 25
_DATE = re.compile(r"^(\d{4})-(\d{2})-(\d{2})$")


@dataclass(frozen=True)
class Appearance:
    """One article that mentions an actor, and how it is named there."""
    article: str                     # article id
    titles: tuple[str, ...]
    mentions: int


@dataclass(frozen=True)
class QuoteRef:
    text: str
    article: str                     # article id
    cue: str | None = None


@dataclass
class Actor:
    kind: str
    name: str
    slug: str = ""
    appearances: list[Appearance] = field(default_factory=list)
    quotes: list[QuoteRef] = field(default_factory=list)
    titles: Counter = field(default_factory=Counter)
    aliases: Counter = field(default_factory=Counter)
    related: list[tuple[tuple[str, str], int]] = field(default_factory=list)
    has_page: bool = True

    @property
    def key(self) -> tuple[str, str]:
        return (self.kind, self.name)

    @property
    def folder(self) -> str:
        return KIND_FOLDERS[self.kind]

    @property
    def path(self) -> str:
        return f"{self.folder}/{self.slug}.md"


@dataclass
class Topic:
    name: str
    slug: str = ""
    articles: list[str] = field(default_factory=list)    # ids, newest first
    has_page: bool = True

    @property
    def path(self) -> str:
        return f"topics/{self.slug}.md"


@dataclass(frozen=True)
class Article:
    id: str
    slug: str
    record: dict
    date: str | None                 # YYYY-MM-DD when the record states a valid one

    @property
    def path(self) -> str:
        return f"articles/{self.slug}.md"

    @property
    def title(self) -> str:
        """The headline, else a plain note that the text states none (never the file's name,
        issue 8; a text of table rows only has no sentence to stand in): never empty."""
        headline = (self.record.get("headline") or "").strip()
        if headline:
            return headline
        return NO_HEADLINE


# What an article without a headline or a sentence to stand in for one is called on the site.
NO_HEADLINE = "Untitled: the text states no headline"


@dataclass(frozen=True)
class HeldBack:
    """An entity the corpus-level check did not publish (contracts 1), with why."""
    kind: str
    name: str
    article: str                     # article id
    reason: str


@dataclass
class SiteIndex:
    articles: dict[str, Article]                 # id -> article
    order: list[str]                             # ids, newest first, undated last
    actors: dict[tuple[str, str], Actor]
    topics: dict[str, Topic]
    held_back: list[HeldBack] = field(default_factory=list)
    stories: dict[str, "Story"] = field(default_factory=dict)     # slug -> story
    story_of: dict[str, str] = field(default_factory=dict)        # article id -> story slug

    def actor_of(self, kind: str | None, name: str | None) -> Actor | None:
        """The published actor ``(kind, name)``, or None."""
        return self.actors.get((kind, (name or "").strip()))

    @cached_property
    def rank(self) -> dict[str, int]:
        """Article id -> its place in the newest-first order."""
        return {article_id: i for i, article_id in enumerate(self.order)}

    def actors_of_kind(self, kind: str) -> list[Actor]:
        """Actors of ``kind`` in A-Z order (people by surname)."""
        order = surname_key if kind == "person" else sort_name
        return sorted((a for a in self.actors.values() if a.kind == kind), key=lambda a: (order(a.name), a.name))

    def topics_sorted(self) -> list[Topic]:
        return sorted(self.topics.values(), key=lambda t: sort_name(t.name))


@lru_cache(maxsize=65536)
def sort_name(name: str) -> tuple[str, str]:
    """A-Z order that ignores case and accents, with the raw name breaking ties."""
    return (slugify(name, max_length=200), name)


def valid_date(value) -> str | None:
    """``value`` when it is a real YYYY-MM-DD date, else None."""
    if not isinstance(value, str):
        return None
    m = _DATE.match(value.strip())
    if not m:
        return None
    year, month, day = (int(g) for g in m.groups())
    if not (1 <= month <= 12 and 1 <= day <= 31 and year >= 1):
        return None
    return value.strip()


def unique_slugs(keys: Sequence, names: Sequence[str], *, reserved: Iterable[str] = RESERVED_SLUGS) -> dict:
    """A slug for each key, unique among them: the name's slug, then -2, -3 ... on collisions.

    Deterministic for a given set of keys whatever their order: the key that sorts first keeps the
    plain slug; the others get the smallest free suffix, never one that is another name's own slug.
    """
    natural = {key: slugify(name) for key, name in zip(keys, names)}
    taken = set(reserved)
    claimed = set(natural.values())
    result = {}
    by_slug: dict[str, list] = defaultdict(list)
    for key in keys:
        by_slug[natural[key]].append(key)
    for slug in sorted(by_slug):
        group = sorted(by_slug[slug], key=repr)
        for i, key in enumerate(group):
            if i == 0 and slug not in taken:
                result[key] = slug
                taken.add(slug)
                continue
            n = 2
            while f"{slug}-{n}" in taken or f"{slug}-{n}" in claimed:
                n += 1
            result[key] = f"{slug}-{n}"
            taken.add(result[key])
    return result


def _newest_first(articles: dict[str, Article]) -> list[str]:
    dated = sorted((a for a in articles.values() if a.date), key=lambda a: (a.title.casefold(), a.id))
    dated.sort(key=lambda a: a.date, reverse=True)
    undated = sorted((a for a in articles.values() if not a.date), key=lambda a: (a.title.casefold(), a.id))
    return [a.id for a in dated + undated]


def published(entity: dict) -> bool:
    """Whether an entity may be listed and linked: ``published`` absent or true (contracts 1)."""
    return entity.get("published") is not False


def held_back_reason(entity: dict) -> str:
    """Why an entity was held back, from its evidence; "no reason given" without any."""
    reason = entity.get("reason") or entity.get("held_back")
    if isinstance(reason, str) and reason.strip():
        return reason.strip()
    evidence = [str(e) for e in entity.get("evidence") or () if e]
    return "evidence: " + ", ".join(evidence) if evidence else "no reason given"


def surname_key(name: str) -> tuple:
    """Order people by surname, then given names: "Antony Blinken" under B."""
    words = name.split()
    while len(words) > 1 and words[-1].rstrip(".").lower() in ("jr", "sr", "ii", "iii", "iv"):
        words = words[:-1]
    return sort_name(" ".join(words[-1:] + words[:-1]))


def speaker_key(record: dict, speaker: str, known: dict) -> tuple[str, str] | None:
    """The published actor a quote's speaker names in this article, or None when none (or several) fit.

    The entity of that name, people first; else the one entity that has it as another spelling
    ("Clinton" for "Hillary Clinton"); a person named by one word is the one person of the article
    whose full name ends with it. ``known`` maps actor keys to actors.
    """
    speaker = (speaker or "").strip()
    entities = [e for e in record.get("entities") or () if published(e)]
    for spelled in ("name", "aliases"):
        keys = {(e.get("kind"), (e.get("name") or "").strip()) for e in entities
                if (e.get("name") == speaker if spelled == "name" else speaker in (e.get("aliases") or ()))}
        for kind in ("person", "group", "organization", "place"):
            found = sorted(k for k in keys if k[0] == kind and k in known)
            if len(found) > 1:
                return None
            if found:
                return _full_name(entities, found[0], known) if kind == "person" else found[0]
    return None


def _full_name(entities: list[dict], key: tuple[str, str], known: dict) -> tuple[str, str]:
    """A one-word person's key becomes the one longer person name in the article ending with that word."""
    if len(key[1].split()) != 1:
        return key
    longer = {("person", (e.get("name") or "").strip()) for e in entities if e.get("kind") == "person"}
    longer = sorted(k for k in longer if k in known and len(k[1].split()) > 1 and k[1].split()[-1] == key[1])
    return longer[0] if len(longer) == 1 else key


def build_index(records: Sequence[dict]) -> SiteIndex:
    """Every article, actor and topic of ``records``, cross-linked, with unique slugs."""
    ids = [str(r["id"]) for r in records]
    if len(set(ids)) != len(ids):
        twice = sorted(i for i, n in Counter(ids).items() if n > 1)
        raise ValueError(f"two records with the id {twice[0]!r}")
    slugs = unique_slugs(ids, ids)
    articles = {article_id: Article(id=article_id, slug=slugs[article_id], record=record,
                                    date=valid_date(record.get("published")))
                for article_id, record in zip(ids, records)}
    order = _newest_first(articles)
    rank = {article_id: i for i, article_id in enumerate(order)}

    actors: dict[tuple[str, str], Actor] = {}
    topics: dict[str, Topic] = {}
    held_back: dict[tuple[str, str, str], HeldBack] = {}
    together: dict[tuple[str, str], Counter] = defaultdict(Counter)
    for article_id in order:
        record = articles[article_id].record
        here: dict[tuple[str, str], Appearance] = {}
        for entity in record.get("entities") or ():
            kind, name = entity.get("kind"), (entity.get("name") or "").strip()
            if kind not in KIND_FOLDERS or not name:
                continue
            if not published(entity):
                held_back.setdefault((kind, name, article_id), HeldBack(kind, name, article_id,
                                                                        held_back_reason(entity)))
                continue
            key = (kind, name)
            actor = actors.setdefault(key, Actor(kind=kind, name=name))
            titles = tuple(dict.fromkeys(t for t in entity.get("titles") or () if t))
            mentions = int(entity.get("mentions") or 1)
            if key in here:   # the same actor twice in one record: one appearance
                old = here[key]
                titles = tuple(dict.fromkeys(old.titles + titles))
                mentions += old.mentions
            here[key] = Appearance(article=article_id, titles=titles, mentions=mentions)
            actor.aliases.update(a for a in entity.get("aliases") or () if a and a != name)
        for key, appearance in here.items():
            actors[key].appearances.append(appearance)
            actors[key].titles.update(appearance.titles)
        keys = sorted(here)
        for key in keys:
            together[key].update(k for k in keys if k != key)
        for quote in record.get("quotes") or ():
            speaker = quote.get("speaker")
            key = speaker_key(record, speaker, actors) if speaker else None
            if key is not None and quote.get("text"):
                actors[key].quotes.append(QuoteRef(text=quote["text"], article=article_id, cue=quote.get("cue")))
        for name in dict.fromkeys(t.strip() for t in record.get("topics") or () if t and t.strip()):
            topics.setdefault(name, Topic(name=name)).articles.append(article_id)

    actor_slugs: dict[tuple[str, str], str] = {}
    for kind in KINDS:
        keys = sorted(k for k in actors if k[0] == kind)
        actor_slugs.update(unique_slugs(keys, [k[1] for k in keys]))
    for key, actor in actors.items():
        actor.slug = actor_slugs[key]
        actor.appearances.sort(key=lambda a: rank[a.article])
        actor.quotes.sort(key=lambda q: rank[q.article])    # stable: article order, then text order
        # ranked by shared articles only; ties A-Z whatever the kind
        ranked = sorted(together[key].items(), key=lambda kv: (-kv[1], sort_name(kv[0][1]), kv[0][0]))
        actor.related = ranked[:RELATED_LIMIT]
    for key in sorted(actors):
        actors[key].has_page = bool(earns_page(actors[key]))
    topic_names = sorted(topics)
    for name, slug in unique_slugs(topic_names, topic_names).items():
        topics[name].slug = slug
        topics[name].has_page = bool(earns_topic_page(topics[name]))
    index = SiteIndex(articles=articles, order=order, actors=actors, topics=topics,
                      held_back=sorted(held_back.values(), key=lambda h: (h.kind, sort_name(h.name), rank[h.article])))
    from .stories import group_stories

    index.stories, index.story_of = group_stories(index)
    return index

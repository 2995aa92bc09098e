"""The whole site's index, built from every record before any page is rendered.

Actors are keyed by ``(kind, name)``; each knows the articles that mention it (with the titles used
there), its quotes and the actors it appears with most often. Topics know their articles. Every
article, actor and topic gets a slug that is unique in its folder.
"""
from __future__ import annotations

import re
from collections import Counter, defaultdict
from dataclasses import dataclass, field
from functools import cached_property, lru_cache
from typing import Iterable, Sequence

from ..slugs import slugify

# kind -> the folder of its pages, and the word readers see.
KIND_FOLDERS = {"person": "people", "organization": "organizations", "place": "places", "group": "groups"}
KIND_LABELS = {"person": "Person", "organization": "Organisation", "place": "Place", "group": "Group"}
KINDS = tuple(KIND_FOLDERS)
# Slugs the site's own pages use in every folder; actor/topic/article slugs must avoid them.
RESERVED_SLUGS = frozenset({"index"})
RELATED_LIMIT = 15
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
        """The headline, else the source file's name: never empty."""
        headline = (self.record.get("headline") or "").strip()
        if headline:
            return headline
        source = str(self.record.get("source") or self.id)
        return source.replace("\\", "/").rsplit("/", 1)[-1] or self.id


@dataclass
class SiteIndex:
    articles: dict[str, Article]                 # id -> article
    order: list[str]                             # ids, newest first, undated last
    actors: dict[tuple[str, str], Actor]
    topics: dict[str, Topic]

    @cached_property
    def rank(self) -> dict[str, int]:
        """Article id -> its place in the newest-first order."""
        return {article_id: i for i, article_id in enumerate(self.order)}

    def actors_of_kind(self, kind: str) -> list[Actor]:
        """Actors of ``kind`` in A-Z order."""
        return sorted((a for a in self.actors.values() if a.kind == kind), key=lambda a: sort_name(a.name))

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


def _speaker_key(record: dict, speaker: str, known: dict[tuple[str, str], Actor]) -> tuple[str, str] | None:
    """The actor a quote's speaker names: this article's entity of that name, people first."""
    kinds = {e.get("kind") for e in record.get("entities") or () if e.get("name") == speaker}
    for kind in ("person", "group", "organization", "place"):
        if kind in kinds and (kind, speaker) in known:
            return (kind, speaker)
    return None


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
    together: dict[tuple[str, str], Counter] = defaultdict(Counter)
    for article_id in order:
        record = articles[article_id].record
        here: dict[tuple[str, str], Appearance] = {}
        for entity in record.get("entities") or ():
            kind, name = entity.get("kind"), (entity.get("name") or "").strip()
            if kind not in KIND_FOLDERS or not name:
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
            key = _speaker_key(record, speaker, actors) if speaker else None
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
        ranked = sorted(together[key].items(), key=lambda kv: (-kv[1], kv[0][0], sort_name(kv[0][1])))
        actor.related = ranked[:RELATED_LIMIT]
    topic_names = sorted(topics)
    for name, slug in unique_slugs(topic_names, topic_names).items():
        topics[name].slug = slug
    return SiteIndex(articles=articles, order=order, actors=actors, topics=topics)

"""Stories: articles about the same event, grouped so a reader sees one timeline and every outlet.

Two articles are about the same event when either
- their headline and summary are nearly the same text (a wire story rewritten or republished; found
  with datasketch's MinHash LSH over word 3-grams, as in :mod:`generator.dedupe`), or
- they were published within ``WINDOW_DAYS`` of each other, share at least ``SHARED_ACTORS`` people
  or organisations that few articles name (at most ``max(RARE_MIN, RARE_SHARE * articles)`` of them:
  "Trump" alone ties nothing together in a politics corpus) and share a topic.
Links are joined into stories from the strongest down; a link that would stretch a story over more
than ``MAX_SPAN_DAYS`` is not taken, so one long-running subject does not chain into one huge story.
The thresholds were checked by reading the stories of the 300-article mixed corpus: with two shared
actors, campaign coverage of different events chained together (a rally and a health-care speech the
same week); with three, each story found was one event (a party's e-mail row, one primary night).
"""
from __future__ import annotations

import re
from collections import defaultdict
from dataclasses import dataclass, field
from datetime import date as Date
from itertools import combinations

from datasketch import MinHash

from ..dedupe import PERMUTATIONS, SCHEME, SEED, permutations, similar_pairs

WINDOW_DAYS = 3
MAX_SPAN_DAYS = 7
SHARED_ACTORS = 3
RARE_MIN = 3
RARE_SHARE = 0.03
TEXT_SIMILAR = 0.5           # estimated Jaccard similarity of headline+summary word 3-grams
_WORD = re.compile(r"\w+")


@dataclass
class Story:
    slug: str
    title: str                                      # the newest article's headline
    articles: list[str] = field(default_factory=list)   # ids, oldest first, undated last
    outlets: list[str] = field(default_factory=list)    # A-Z
    first: str | None = None                        # YYYY-MM-DD
    last: str | None = None

    @property
    def path(self) -> str:
        return f"stories/{self.slug}.md"


def _day(value: str | None) -> int | None:
    return Date.fromisoformat(value).toordinal() if value else None


def _text_signature(record: dict) -> list[int]:
    words = _WORD.findall(" ".join([record.get("headline") or ""] + list(record.get("summary") or ())).lower())
    grams = {" ".join(words[i:i + 3]) for i in range(len(words) - 2)}
    if len(grams) < 8:
        return []
    minhash = MinHash(num_perm=PERMUTATIONS, seed=SEED, scheme=SCHEME, permutations=permutations())
    minhash.update_batch([g.encode("utf-8") for g in sorted(grams)])
    return [int(v) for v in minhash.hashvalues]


def _links(index) -> list[tuple[float, str, str]]:
    """(strength, id, id) for every pair of articles about the same event, strongest first."""
    ids = list(index.order)
    days = {a: _day(index.articles[a].date) for a in ids}
    links: dict[tuple[str, str], float] = {}
    for i, j in similar_pairs([_text_signature(index.articles[a].record) for a in ids], TEXT_SIMILAR):
        links[tuple(sorted((ids[i], ids[j])))] = 10.0
    rare_limit = max(RARE_MIN, RARE_SHARE * len(ids))
    shared: dict[tuple[str, str], int] = defaultdict(int)
    for actor in index.actors.values():
        if actor.kind not in ("person", "organization") or len(actor.appearances) > rare_limit:
            continue
        dated = sorted(a.article for a in actor.appearances if days[a.article] is not None)
        for a, b in combinations(dated, 2):
            if abs(days[a] - days[b]) <= WINDOW_DAYS:
                shared[(a, b)] += 1
    for (a, b), n in shared.items():
        if n < SHARED_ACTORS or (a, b) in links:
            continue
        topics_a = set(index.articles[a].record.get("topics") or ())
        if topics_a & set(index.articles[b].record.get("topics") or ()):
            links[(a, b)] = float(n)
    return sorted(((s, a, b) for (a, b), s in links.items()), key=lambda x: (-x[0], x[1], x[2]))


def group_stories(index) -> tuple[dict[str, Story], dict[str, str]]:
    """The stories of ``index`` (groups of two or more articles) by slug, and each member's story slug."""
    days = {a: _day(index.articles[a].date) for a in index.order}
    parent = {a: a for a in index.order}
    span = {a: (days[a], days[a]) for a in index.order}

    def find(a: str) -> str:
        while parent[a] != a:
            parent[a] = parent[parent[a]]
            a = parent[a]
        return a

    for _, a, b in _links(index):
        ra, rb = find(a), find(b)
        if ra == rb:
            continue
        lows = [d for d in (span[ra][0], span[rb][0]) if d is not None]
        highs = [d for d in (span[ra][1], span[rb][1]) if d is not None]
        if lows and max(highs) - min(lows) > MAX_SPAN_DAYS:
            continue
        root, other = min(ra, rb), max(ra, rb)
        parent[other] = root
        span[root] = (min(lows), max(highs)) if lows else (None, None)
    groups: dict[str, list[str]] = defaultdict(list)
    for article_id in index.order:          # newest first
        groups[find(article_id)].append(article_id)
    members = [g for g in groups.values() if len(g) > 1]
    titles = [index.articles[g[0]].title for g in members]
    keys = [tuple(sorted(g)) for g in members]
    from .index import unique_slugs

    slugs = unique_slugs(keys, titles)
    stories: dict[str, Story] = {}
    story_of: dict[str, str] = {}
    for key, group, title in zip(keys, members, titles):
        dated = sorted((a for a in group if days[a] is not None), key=lambda a: (days[a], index.rank[a]))
        ordered = dated + [a for a in group if days[a] is None]
        outlets = sorted({(index.articles[a].record.get("outlet") or "").strip() for a in group} - {""},
                         key=str.casefold)
        story = Story(slug=slugs[key], title=title, articles=ordered, outlets=outlets,
                      first=index.articles[dated[0]].date if dated else None,
                      last=index.articles[dated[-1]].date if dated else None)
        stories[story.slug] = story
        for article_id in group:
            story_of[article_id] = story.slug
    return dict(sorted(stories.items())), story_of

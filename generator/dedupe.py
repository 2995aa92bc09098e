"""Finding articles that are the same text, or the same story republished with small changes.

Identical texts share a fingerprint. Near-identical ones (a wire story run by several outlets with a
different first line or sign-off) share most word 5-grams: datasketch's MinHash estimates that
overlap, and its MinHash LSH index finds the candidate pairs without comparing every pair, so
thousands of articles stay fast. Candidates are then checked against the estimated Jaccard
similarity, so the LSH's false positives never merge two articles.

A wire also files a story twice, short and then in full (or a copy was cut short): the two share
their first ``LEDE_WORDS`` words, and the shorter one's 5-grams are nearly all in the longer one's,
while their Jaccard similarity is only the ratio of their lengths (a 300-word and a 750-word
version: about 0.4). Such a pair is one article too, shown as the longer text. Measured on the
10,000 stories of ``reuters-scale``: 85 pairs share their first 60 words and differ in text; the
shorter one's 5-grams lie in the longer one's at 0.82 to 1.0 (40 of them under the Jaccard rule's
0.8), each pair one story read by hand on a sample. The containment test keeps two different pages
that open with the same 60 words of a site's furniture apart.
"""
from __future__ import annotations

import functools

import hashlib
import re

import numpy as np
from datasketch import MinHash, MinHashLSH

SHINGLE = 5
PERMUTATIONS = 64
NEAR_DUPLICATE = 0.8            # estimated Jaccard similarity of 5-gram sets
SEED = 20240818                 # fixed: same text, same signature, on every machine
SCHEME = "affine32"             # datasketch's hashing scheme; signatures in the cache were made with it
LEDE_WORDS = 60                 # the opening words two versions of one story share
CONTAINED = 0.6                 # estimated share of the shorter text's 5-grams found in the longer's
SHORTER = 0.9                   # a text under this share of another's words is a shorter version of it
LEDE_GROUP = 20                 # more texts than this with one opening are not versions of one story
_WORD = re.compile(r"\w+")


def fingerprint(text: str) -> str:
    """A hash of ``text`` with case and white space folded."""
    return hashlib.sha1(" ".join(_WORD.findall(text.lower())).encode()).hexdigest()


# The fingerprint of a body without a word (none found, or only marks): such articles are not the
# same text as each other, whatever their headlines say.
NO_WORDS = fingerprint("")


def shingles(text: str) -> set[str]:
    """The word 5-grams of ``text``, lower-cased (empty for texts under 20 words)."""
    words = _WORD.findall(text.lower())
    if len(words) < SHINGLE * 4:
        return set()
    return {" ".join(words[i:i + SHINGLE]) for i in range(len(words) - SHINGLE + 1)}


@functools.lru_cache(maxsize=1)
def permutations():
    """The permutation parameters every MinHash here shares: drawn from ``SEED`` once per process, not
    once per MinHash (datasketch draws them in each constructor, about 1 ms each)."""
    return MinHash(num_perm=PERMUTATIONS, seed=SEED, scheme=SCHEME).permutations


def signature(text: str) -> list[int]:
    """The MinHash signature (``PERMUTATIONS`` ints) of the word 5-grams of ``text``; empty for short texts."""
    grams = shingles(text)
    if not grams:
        return []
    minhash = MinHash(num_perm=PERMUTATIONS, seed=SEED, scheme=SCHEME, permutations=permutations())
    minhash.update_batch([g.encode("utf-8") for g in sorted(grams)])
    return [int(v) for v in minhash.hashvalues]


def lede_print(text: str) -> str | None:
    """A hash of the first ``LEDE_WORDS`` words of ``text`` (case and white space folded); None for a
    text of fewer than ``LEDE_WORDS`` + 20 words, whose opening is too much of it to tell versions."""
    words = _WORD.findall(text.lower())
    if len(words) < LEDE_WORDS + 20:
        return None
    return hashlib.sha1(" ".join(words[:LEDE_WORDS]).encode()).hexdigest()


def prints(text: str) -> dict:
    """What a cache entry keeps of an article's body to find its duplicates: ``fingerprint``,
    ``signature``, ``lede`` (:func:`lede_print`) and ``words`` (how many)."""
    return {"fingerprint": fingerprint(text), "signature": signature(text), "lede": lede_print(text),
            "words": len(_WORD.findall(text))}


def _contained(a: dict, b: dict) -> bool:
    """Whether the shorter of two entries' texts lies nearly whole in the longer (estimated from the
    MinHash Jaccard similarity J and the 5-gram counts: |A and B| = J (|A| + |B|) / (1 + J))."""
    sa, sb = a.get("signature") or [], b.get("signature") or []
    if len(sa) != PERMUTATIONS or len(sb) != PERMUTATIONS:
        return False
    na, nb = max(0, int(a.get("words") or 0) - SHINGLE + 1), max(0, int(b.get("words") or 0) - SHINGLE + 1)
    if not na or not nb:
        return False
    j = _minhash(sa).jaccard(_minhash(sb))
    return j * (na + nb) / (1 + j) / min(na, nb) >= CONTAINED


def shorter_version(a: dict, b: dict) -> bool:
    """Whether entry ``a``'s text is a shorter version of ``b``'s: under nine-tenths of its words
    (a sign-off or a copyright line more is the same length)."""
    return int(a.get("words") or 0) < SHORTER * int(b.get("words") or 0)


def _minhash(sig: list[int]) -> MinHash:
    return MinHash(num_perm=PERMUTATIONS, seed=SEED, scheme=SCHEME, hashvalues=np.array(sig, dtype=np.uint64),
                   permutations=permutations())


def similar_pairs(signatures: list[list[int]], threshold: float = NEAR_DUPLICATE) -> list[tuple[int, int]]:
    """Pairs (i, j), i < j, of signatures whose estimated Jaccard similarity is >= ``threshold``.

    Signatures that are empty or of another length (an older cache) take part in no pair.
    """
    lsh = MinHashLSH(threshold=threshold, num_perm=PERMUTATIONS)
    hashes: dict[int, MinHash] = {}
    pairs = set()
    for i, sig in enumerate(signatures):
        if not sig or len(sig) != PERMUTATIONS:
            continue
        hashes[i] = _minhash(sig)
        for j in lsh.query(hashes[i]):
            if hashes[i].jaccard(hashes[j]) >= threshold:
                pairs.add((min(i, j), max(i, j)))
        lsh.insert(i, hashes[i])
    return sorted(pairs)


def duplicate_groups(entries: list[dict]) -> list[list[int]]:
    """Groups of indexes into ``entries`` that are the same article: the one to keep first (the
    earliest, unless another is longer by more than a sign-off: then the longest), then the others
    in order.

    Each entry has ``fingerprint`` and ``signature``, and may have ``lede`` and ``words``
    (:func:`prints`; an entry of an older cache without them is only compared the other two ways).
    """
    parent = list(range(len(entries)))

    def find(i: int) -> int:
        while parent[i] != i:
            parent[i] = parent[parent[i]]
            i = parent[i]
        return i

    def union(i: int, j: int) -> None:
        a, b = find(i), find(j)
        if a != b:
            parent[max(a, b)] = min(a, b)

    by_print: dict[str, int] = {}
    for i, entry in enumerate(entries):
        fp = entry.get("fingerprint")
        if fp and fp != NO_WORDS:
            if fp in by_print:
                union(by_print[fp], i)
            else:
                by_print[fp] = i
    for i, j in similar_pairs([entry.get("signature") or [] for entry in entries]):
        union(i, j)
    by_lede: dict[str, list[int]] = {}
    for i, entry in enumerate(entries):
        if isinstance(entry.get("lede"), str):
            by_lede.setdefault(entry["lede"], []).append(i)
    for same in by_lede.values():
        if len(same) > LEDE_GROUP:      # a site's furniture, not one story's versions: pairs would be many
            continue
        for n, i in enumerate(same):
            for j in same[n + 1:]:
                if find(i) != find(j) and _contained(entries[i], entries[j]):
                    union(i, j)
    groups: dict[int, list[int]] = {}
    for i in range(len(entries)):
        groups.setdefault(find(i), []).append(i)

    def longest_first(group: list[int]) -> list[int]:
        group = sorted(group)
        longest = max(group, key=lambda i: (int(entries[i].get("words") or 0), -i))
        keep = longest if shorter_version(entries[group[0]], entries[longest]) else group[0]
        return [keep] + [i for i in group if i != keep]

    return [longest_first(g) for g in groups.values() if len(g) > 1]

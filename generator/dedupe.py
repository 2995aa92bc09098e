"""Finding articles that are the same text, or the same story republished with small changes.

Identical texts share a fingerprint. Near-identical ones (a wire story run by several outlets with a
different first line or sign-off) share most word 5-grams: datasketch's MinHash estimates that
overlap, and its MinHash LSH index finds the candidate pairs without comparing every pair, so
thousands of articles stay fast. Candidates are then checked against the estimated Jaccard
similarity, so the LSH's false positives never merge two articles.
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
    """Groups of indexes into ``entries`` that are the same article, each sorted, first kept.

    Each entry has ``fingerprint`` and ``signature`` (from the functions above).
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
    groups: dict[int, list[int]] = {}
    for i in range(len(entries)):
        groups.setdefault(find(i), []).append(i)
    return [sorted(g) for g in groups.values() if len(g) > 1]

"""Finding articles that are the same text, or the same story republished with small changes.

Identical texts share a fingerprint. Near-identical ones (a wire story run by several outlets with a
different first line or sign-off) share most word 5-grams: MinHash signatures estimate that overlap
and banding finds the candidate pairs without comparing every pair, so thousands of articles stay fast.
"""
from __future__ import annotations

import hashlib
import re

import numpy as np

SHINGLE = 5
PERMUTATIONS = 64
BANDS = 16                      # 16 bands x 4 rows: pairs above ~0.6 similarity become candidates
NEAR_DUPLICATE = 0.8            # estimated Jaccard similarity of 5-gram sets
_PRIME = (1 << 61) - 1
_rng = np.random.default_rng(20240818)
_A = _rng.integers(1, _PRIME, PERMUTATIONS, dtype=np.uint64)
_B = _rng.integers(0, _PRIME, PERMUTATIONS, dtype=np.uint64)
_WORD = re.compile(r"\w+")


def fingerprint(text: str) -> str:
    """A hash of ``text`` with case and white space folded."""
    return hashlib.sha1(" ".join(_WORD.findall(text.lower())).encode()).hexdigest()


def signature(text: str) -> list[int]:
    """The MinHash signature of the word 5-grams of ``text`` (empty for very short texts)."""
    words = _WORD.findall(text.lower())
    if len(words) < SHINGLE * 4:
        return []
    shingles = {" ".join(words[i:i + SHINGLE]) for i in range(len(words) - SHINGLE + 1)}
    hashes = np.array([int.from_bytes(hashlib.blake2b(s.encode(), digest_size=7).digest(), "big")
                       for s in shingles], dtype=np.uint64)
    # (a*x + b) mod p with 64-bit wraparound is a fine universal hash for this purpose.
    mixed = (hashes[:, None] * _A[None, :] + _B[None, :]) % np.uint64(_PRIME)
    return [int(v) for v in mixed.min(axis=0)]


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
    buckets: dict[tuple, list[int]] = {}
    rows = PERMUTATIONS // BANDS
    for i, entry in enumerate(entries):
        fp = entry.get("fingerprint")
        if fp:
            if fp in by_print:
                union(by_print[fp], i)
            else:
                by_print[fp] = i
        sig = entry.get("signature") or []
        if len(sig) == PERMUTATIONS:
            for band in range(BANDS):
                buckets.setdefault((band, *sig[band * rows:(band + 1) * rows]), []).append(i)
    checked: set[tuple[int, int]] = set()
    for members in buckets.values():
        for x in range(len(members)):
            for y in range(x + 1, len(members)):
                i, j = members[x], members[y]
                if (i, j) in checked or find(i) == find(j):
                    continue
                checked.add((i, j))
                a, b = entries[i]["signature"], entries[j]["signature"]
                if sum(p == q for p, q in zip(a, b)) / PERMUTATIONS >= NEAR_DUPLICATE:
                    union(i, j)
    groups: dict[int, list[int]] = {}
    for i in range(len(entries)):
        groups.setdefault(find(i), []).append(i)
    return [sorted(g) for g in groups.values() if len(g) > 1]

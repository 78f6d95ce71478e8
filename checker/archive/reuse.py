"""One photo credited to more than one agency: near-duplicate difference hashes, found without comparing all pairs.

A re-saved, resized or lightly cropped copy of a photo changes a few bits of its 128-bit difference hash
(checker/archive/phash.py), so copies are hashes within THRESHOLD bits (Hamming distance) of each other. Pairs
are found by multi-index hashing (Norouzi, Punjani and Fleet, "Fast search in Hamming space with multi-index
hashing", CVPR 2012): the hash is cut into CHUNKS substrings of 18-19 bits, and two hashes within THRESHOLD bits
differ by at most THRESHOLD // CHUNKS = 1 bit in at least one of them (pigeonhole), so a hash is looked up
only in the buckets of its substrings and their one-bit neighbours (140 probes), never against every other
hash. Copies are grouped transitively (union-find).
"""

from __future__ import annotations

from collections.abc import Iterable
from itertools import combinations

BITS = 128
THRESHOLD = 12  # bits of 128; measured on the corpus in bench/reuse_bench.py (README, "Photo reuse")
CHUNKS = 7  # THRESHOLD // CHUNKS == 1: few probes per substring, and buckets of 2**18 values stay small


def _flips(bits: int, radius: int) -> tuple[int, ...]:
    """Every bits-wide mask with at most radius bits set."""
    return tuple(sum(1 << b for b in chosen) for r in range(radius + 1) for chosen in combinations(range(bits), r))


class HashIndex:
    """Multi-index hashing: which stored hashes lie within `threshold` bits of a query."""

    def __init__(self, threshold: int = THRESHOLD, bits: int = BITS, chunks: int = CHUNKS):
        self.threshold = threshold
        widths = [bits // chunks + (k < bits % chunks) for k in range(chunks)]
        shifts = [sum(widths[:k]) for k in range(chunks)]
        # (shift, mask, flips, table) per substring; a table maps a substring's value to the hashes holding it
        self._parts: list[tuple[int, int, tuple[int, ...], dict[int, list[int]]]] = [
            (shift, (1 << width) - 1, _flips(width, threshold // chunks), {})
            for shift, width in zip(shifts, widths, strict=True)
        ]

    def add(self, value: int) -> None:
        for shift, mask, _, table in self._parts:
            chunk = (value >> shift) & mask
            bucket = table.get(chunk)
            if bucket is None:
                table[chunk] = [value]
            else:
                bucket.append(value)

    def near(self, value: int) -> set[int]:
        """Stored hashes within the threshold of value (value itself included when stored)."""
        candidates = [
            other
            for shift, mask, flips, table in self._parts
            # the probes run in C (map, filter), not in a Python loop
            for key in filter(table.__contains__, map(((value >> shift) & mask).__xor__, flips))
            for other in table[key]
        ]
        limit = self.threshold
        return {other for other in candidates if (other ^ value).bit_count() <= limit}


def near_groups(hashes: Iterable[int], threshold: int = THRESHOLD, bits: int = BITS) -> list[list[int]]:
    """Distinct hashes grouped by near-duplication (transitively); only groups of two or more, each sorted.

    Zero is skipped: it is a flat picture's hash (every pixel equal to its neighbours), never evidence of reuse.
    """
    parent: dict[int, int] = {}

    def root(value: int) -> int:
        while parent[value] != value:
            parent[value] = parent[parent[value]]
            value = parent[value]
        return value

    index = HashIndex(threshold, bits)
    for value in dict.fromkeys(hashes):
        if value == 0:
            continue
        parent[value] = value
        for other in index.near(value):  # earlier hashes only: each pair is seen once
            a, b = root(value), root(other)
            if a != b:
                parent[max(a, b)] = min(a, b)
        index.add(value)
    groups: dict[int, list[int]] = {}
    for value in parent:
        groups.setdefault(root(value), []).append(value)
    return sorted(sorted(g) for g in groups.values() if len(g) > 1)

"""The candidate index of deduplication, and the union-find that groups what it finds.

Kept apart from :mod:`newsrecords.dedupe` because it knows nothing of articles: it pairs
small integers (body numbers) that share 64-bit keys, in flat arrays, without comparing
all pairs.
"""

from __future__ import annotations

import itertools
from array import array
from collections.abc import Callable, Iterable, MutableSequence, Sequence

__all__ = ["BODY_BITS", "BODY_MASK", "KeyIndex", "UnionFind"]

BODY_BITS = 24  # bodies per run: up to 16.7 million; a key keeps its top 40 bits
BODY_MASK = (1 << BODY_BITS) - 1


class UnionFind:
    __slots__ = ("parent",)

    def __init__(self, size: int) -> None:
        self.parent = array("l", range(size))

    def find(self, i: int) -> int:
        parent = self.parent
        while parent[i] != i:
            parent[i] = parent[parent[i]]
            i = parent[i]
        return i

    def union(self, a: int, b: int) -> None:
        ra, rb = self.find(a), self.find(b)
        if ra != rb:
            # The smaller root wins, so the result does not depend on the order of unions.
            self.parent[max(ra, rb)] = min(ra, rb)


class KeyIndex:
    """An inverted index kept as sorted runs of packed ``key << 24 | body`` integers.

    Entries go into 256 flat arrays by the key's top byte (8 bytes an entry, no per-key
    objects); each array is sorted on its own, so the sort's temporary list is a
    256th of the index.
    """

    __slots__ = ("buckets",)

    def __init__(self) -> None:
        self.buckets = [array("Q") for _ in range(256)]

    def add(self, keys: Iterable[int], body: int) -> None:
        buckets = self.buckets
        for key in keys:
            buckets[key >> 56].append((key >> BODY_BITS) << BODY_BITS | body)

    def nbytes(self) -> int:
        """Bytes held by the entries (what the index costs per article)."""
        return sum(b.itemsize * len(b) for b in self.buckets)

    def pairs(
        self,
        crowd: int,
        order: Sequence[int] | None = None,
        reach: int = 1,
        within: int | None = None,
        *,
        weight: Callable[[int], float] | None = None,
        totals: MutableSequence[float] | None = None,
        postings: dict[int, tuple[int, ...]] | None = None,
    ) -> dict[int, float]:
        """Pairs of bodies that share keys (``a << 24 | b``, a < b), with the count shared.

        With ``weight``, each shared key counts ``weight(n)`` instead of one, ``n`` being
        the number of bodies that hold it (its document frequency), and ``totals`` (one
        per body, the body's number of keys on entry) become the sum of its keys'
        weights. ``postings``, if given, receives the bodies of every key that two or
        more bodies hold (the key shifted right by 24 bits).

        Bodies that share a key are adjacent once sorted; a small group gives all its
        pairs, a crowd (more than ``crowd`` bodies) only neighbouring ones: each body is
        paired with the next ``reach`` bodies in ``order`` (a sort key per body, such as
        its publication day, negative when unknown; body number when None), and, if
        ``within`` is given, only those at most ``within`` further on in that order (a
        body whose order is unknown meets its ``reach`` next ones), so the work stays
        linear in the crowd's size while bodies close in that order still meet.

        >>> index = KeyIndex()
        >>> for body in range(4):
        ...     index.add([5 << 40], body)
        >>> days = [10, 30, 11, 12]
        >>> found = index.pairs(crowd=1, order=days, reach=3, within=1)
        >>> sorted((p >> BODY_BITS, p & BODY_MASK) for p in found)
        [(0, 2), (2, 3)]

        >>> index = KeyIndex()
        >>> index.add([7 << 40, 9 << 40], 0)
        >>> index.add([7 << 40, 9 << 40], 2)
        >>> index.add([7 << 40], 1)
        >>> {(p >> BODY_BITS, p & BODY_MASK): n for p, n in index.pairs(crowd=2).items()}
        {(0, 1): 1.0, (1, 2): 1.0, (0, 2): 1.0}
        """
        counts: dict[int, float] = {}
        for bucket in self.buckets:
            entries = sorted(bucket)
            total = len(entries)
            start = 0
            while start < total:
                key = entries[start] >> BODY_BITS
                end = start + 1
                while end < total and entries[end] >> BODY_BITS == key:
                    end += 1
                if end - start > 1:
                    group = sorted({e & BODY_MASK for e in entries[start:end]})
                    share = 1.0 if weight is None else weight(len(group))
                    if postings is not None:
                        postings[key] = tuple(group)
                    if totals is not None and share != 1.0:
                        for body in group:
                            totals[body] -= 1.0 - share
                    _count_group(group, crowd, counts, order, reach, within, share)
                start = end
        return counts


def _count_group(
    group: list[int],
    crowd: int,
    counts: dict[int, float],
    order: Sequence[int] | None,
    reach: int,
    within: int | None = None,
    share: float = 1.0,
) -> None:
    if len(group) <= crowd:
        for x, a in enumerate(group):
            for b in group[x + 1 :]:
                pair = a << BODY_BITS | b
                counts[pair] = counts.get(pair, 0) + share
        return
    if order is None and reach == 1:
        for a, b in itertools.pairwise(group):
            pair = a << BODY_BITS | b
            counts[pair] = counts.get(pair, 0) + share
        return
    if order is not None:
        group.sort(key=lambda body: (order[body], body))
    for x, a in enumerate(group):
        for b in group[x + 1 : x + 1 + reach]:
            if within is not None and order is not None and 0 <= order[a] < order[b] - within:
                break
            pair = min(a, b) << BODY_BITS | max(a, b)
            counts[pair] = counts.get(pair, 0) + share

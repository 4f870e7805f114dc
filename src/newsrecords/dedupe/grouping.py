"""Grouping near copies without chains: every member of a group is near its hub.

A brief made mostly of an explainer box is near every story that carries the box, and
those stories are not near each other; joining every near pair would put them all in one
story through the brief. So pairs join their groups only when every member of one group
is itself near the other group's hub (its fullest body at first): a group is a star of
near links around its hub, and grows only through bodies near the hub.
"""

from __future__ import annotations

from collections.abc import Callable, Collection, Iterable, Iterator
from typing import TypeVar

from .keys import BODY_BITS, BODY_MASK, UnionFind

__all__ = ["AMBIGUITY_MARGIN", "drop_ambiguous", "join_near", "star_join"]

P = TypeVar("P")  # what shows a pair belongs together
G = TypeVar("G")  # what shows two groups belong together

AMBIGUITY_MARGIN = 0.1  # near scores closer than this to a body's best are as strong


def drop_ambiguous(
    accepted: dict[int, float], part: dict[int, int], compared: Collection[int]
) -> dict[int, float]:
    """The accepted near pairs less those of an ambiguous part.

    A body (the lighter side, ``part[pair]``, of its near pairs) whose strongest near
    partner is itself not near another partner about as strong (within
    ``AMBIGUITY_MARGIN``) owes those links to content that
    unrelated bodies share (a brief that is mostly an explainer box is near every story
    carrying the box, and those are not near each other): no link is distinctive to a
    pair, so it takes none and stands alone.

    >>> found = {0 << 24 | 2: 0.9, 1 << 24 | 2: 0.8}  # body 2, the part, near 0 and 1 ...
    >>> compared = {*found, 0 << 24 | 1}  # ... which are not near each other
    >>> drop_ambiguous(found, {p: 2 for p in found}, compared)
    {}
    """
    partners: dict[int, list[tuple[float, int]]] = {}
    for pair, score in accepted.items():
        a, b = pair >> BODY_BITS, pair & BODY_MASK
        body = part[pair]
        partners.setdefault(body, []).append((-score, b if body == a else a))
    ambiguous: set[int] = set()
    for body, found in partners.items():
        if len(found) < 2:
            continue
        best, strongest = min(found)
        for score, other in found:
            if score - best > AMBIGUITY_MARGIN:
                continue  # a clearly weaker partner: the strongest link is distinctive
            pair = min(other, strongest) << BODY_BITS | max(other, strongest)
            if other != strongest and pair not in accepted and pair in compared:
                ambiguous.add(body)
                break
    return {pair: s for pair, s in accepted.items() if part[pair] not in ambiguous}


def join_near(
    accepted: dict[int, float],
    compared: Collection[int],
    fullness: Callable[[int], tuple[object, ...]],
    near: UnionFind,
    fallback: Callable[[int, int], bool],
) -> Iterator[tuple[int, int, float]]:
    """Union the bodies of the ``accepted`` near pairs (``a << 24 | b`` to their score) in
    ``near``, strongest first, without chains; yields each pair that joined two groups.

    A pair among ``compared`` (every candidate pair) and not accepted is not near; a pair
    never compared (their keys met only in crowds) is near if ``fallback`` says so.

    >>> found = {0 << 24 | 1: 0.9, 0 << 24 | 2: 0.9}  # body 0 is near both 1 and 2 ...
    >>> compared = {*found, 1 << 24 | 2}  # ... but 1 and 2 are not near each other
    >>> groups = UnionFind(3)
    >>> list(join_near(found, compared, lambda i: (-i,), groups, lambda a, b: False))
    [(0, 1, 0.9)]
    >>> [groups.find(i) for i in range(3)]
    [0, 0, 2]
    """

    def is_near(x: int, y: int) -> bool:
        if x == y:
            return True
        pair = min(x, y) << BODY_BITS | max(x, y)
        if pair in accepted:
            return True
        return pair not in compared and fallback(x, y)

    def all_near(centre: int, members: list[int], a: int, b: int) -> bool | None:
        return True if all(is_near(centre, m) for m in members) else None

    strongest = sorted(accepted, key=lambda p: (-accepted[p], p))
    for a, b, score, _ in star_join(
        strongest, near, fullness, lambda a, b: accepted[a << BODY_BITS | b], all_near
    ):
        yield a, b, score


def star_join(
    pairs: Iterable[int],
    groups: UnionFind,
    fullness: Callable[[int], tuple[object, ...]],
    pair_evidence: Callable[[int, int], P | None],
    group_evidence: Callable[[int, list[int], int, int], G | None],
    hubs: dict[int, int] | None = None,
) -> Iterator[tuple[int, int, P, G]]:
    """Union ``groups`` along ``pairs`` (``a << 24 | b``, in the order given) so that every
    group stays a star around its hub; yields each pair that joined two groups, with
    the evidence for the pair and for the groups.

    A pair of two groups is tried only if ``pair_evidence(a, b)`` finds some. The groups
    then join if ``group_evidence(centre, members, a, b)`` finds some for the fuller
    group's hub against every member of the other group, or else the other way round;
    the joined group's hub is the centre that passed. ``hubs`` maps a group's root to its
    hub where that is not the root itself; a group's members are at first its hub.

    >>> near = {0 << 24 | 1, 1 << 24 | 2}  # a chain: 0 and 2 are not near
    >>> groups = UnionFind(3)
    >>> def star(centre, members, a, b):
    ...     ok = all(min(centre, m) << 24 | max(centre, m) in near for m in members)
    ...     return True if ok else None
    >>> list(star_join(sorted(near), groups, lambda i: (i,), lambda a, b: 1.0, star))
    [(0, 1, 1.0, True)]
    >>> [groups.find(i) for i in range(3)]
    [0, 0, 2]
    """
    hub = {} if hubs is None else hubs
    members: dict[int, list[int]] = {}
    for pair in pairs:
        a, b = pair >> BODY_BITS, pair & BODY_MASK
        ra, rb = groups.find(a), groups.find(b)
        if ra == rb:
            continue
        found = pair_evidence(a, b)
        if found is None:
            continue
        if fullness(hub.get(rb, rb)) < fullness(hub.get(ra, ra)):
            ra, rb = rb, ra
        joined: G | None = None
        for centre, other in ((hub.get(ra, ra), rb), (hub.get(rb, rb), ra)):
            joined = group_evidence(centre, members.get(other, [hub.get(other, other)]), a, b)
            if joined is not None:
                break
        if joined is None:
            continue  # a chain: a and b agree, but their groups' members do not
        merged = members.pop(ra, [hub.get(ra, ra)]) + members.pop(rb, [hub.get(rb, rb)])
        groups.union(a, b)
        root = groups.find(a)
        members[root], hub[root] = merged, centre
        yield a, b, found, joined

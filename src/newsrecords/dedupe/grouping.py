"""Grouping near copies without chains: every member of a group is near its hub.

A brief made mostly of an explainer box is near every story that carries the box, and
those stories are not near each other; joining every near pair would put them all in one
story through the brief. So pairs join their groups only when every member of one group
is itself near the other group's hub (its fullest body at first): a group is a star of
near links around its hub, and grows only through bodies near the hub.
"""

from __future__ import annotations

from collections.abc import Callable, Collection, Iterator

from .keys import BODY_BITS, BODY_MASK, UnionFind

__all__ = ["AMBIGUITY_MARGIN", "drop_ambiguous", "join_near"]

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

    members: dict[int, list[int]] = {}
    hub: dict[int, int] = {}
    for pair in sorted(accepted, key=lambda p: (-accepted[p], p)):
        a, b = pair >> BODY_BITS, pair & BODY_MASK
        ra, rb = near.find(a), near.find(b)
        if ra == rb:
            continue
        ha, hb = hub.get(ra, ra), hub.get(rb, rb)
        if fullness(hb) < fullness(ha):
            ra, rb, ha, hb = rb, ra, hb, ha
        for centre, other in ((ha, rb), (hb, ra)):
            if all(is_near(centre, m) for m in members.get(other, [other])):
                break
        else:
            continue  # a chain: a and b are near, but their groups are not
        joined = members.pop(ra, [ra]) + members.pop(rb, [rb])
        near.union(a, b)
        root = near.find(a)
        members[root], hub[root] = joined, centre
        yield a, b, accepted[pair]

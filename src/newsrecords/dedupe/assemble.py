"""One story from its bodies and the links that joined them, each member with its own link.

Every member names the member it was linked to (its parent on a tree of the accepted links
grown from the canonical article: direct links first, near copies before same-event
links), what that link rests on and its score; a same-event member lists its own quotes
that made the link, so every listed quote occurs in that member.
"""

from __future__ import annotations

from collections import deque
from collections.abc import Iterable, Sequence

from ..models import Article, Relation, Story
from .config import DedupeConfig
from .fingerprint import containment
from .links import Link
from .merge import MemberPlan, build_story
from .same_event import FeatureCache

__all__ = ["assemble_story", "link_tree"]


def link_tree(size: int, links: Iterable[Link], root: int) -> dict[int, Link]:
    """Each body's link towards ``root`` (bodies numbered 0 to ``size - 1``) on a
    breadth-first tree of ``links``; bodies the links do not reach are left out.

    >>> from newsrecords.models import Relation
    >>> tree = link_tree(3, [Link(0, 1, Relation.NEAR, 0.9), Link(1, 2, Relation.NEAR, 0.8)], 0)
    >>> {body: (link.a, link.b) for body, link in tree.items()}
    {1: (0, 1), 2: (1, 2)}
    """
    around: list[list[Link]] = [[] for _ in range(size)]
    for link in links:
        around[link.a].append(link)
        around[link.b].append(link)
    for found in around:  # near copies first, then the strongest, then by number
        found.sort(key=lambda x: (x.relation is not Relation.NEAR, -x.score, x.a, x.b))
    tree: dict[int, Link] = {}
    queue = deque([root])
    while queue:
        body = queue.popleft()
        for link in around[body]:
            other = link.b if link.a == body else link.a
            if other != root and other not in tree:
                tree[other] = link
                queue.append(other)
    return tree


def assemble_story(
    members: Sequence[Sequence[Article]],
    links: Iterable[Link],
    canonical: int,
    config: DedupeConfig,
) -> Story:
    """The story of ``members`` (each a body's articles, its lead first), joined by
    ``links`` between member numbers, around the canonical member.

    A member's ``relation`` says how it relates to the canonical article: ``near`` if near
    links alone lead there, else ``same_event``; ``link``, ``linked_to`` and
    ``link_score`` say how it came in.
    """
    links = list(links)
    tree = link_tree(len(members), links, canonical)
    near_side = {canonical} | _near_reach(len(members), links, canonical)
    features: FeatureCache | None = None  # built only when a link's other side needs it
    head = members[canonical][0]
    plans = [MemberPlan(head, Relation.CANONICAL, 1.0)]
    plans.extend(
        MemberPlan(a, Relation.EXACT, 1.0, linked_to=head, link=Relation.EXACT, link_score=1.0)
        for a in members[canonical][1:]
    )
    others: list[tuple[int, int, list[MemberPlan]]] = []
    for i, articles in enumerate(members):
        if i == canonical:
            continue
        link = tree[i]
        other = link.b if link.a == i else link.a
        lead, parent = articles[0], members[other][0]
        direct = other == canonical and link.relation is Relation.NEAR
        similarity = link.score if direct else containment(lead.body, head.body)
        relation = Relation.NEAR if i in near_side else Relation.SAME_EVENT
        quotes = actions = names = tuple[str, ...]()
        if link.relation is Relation.SAME_EVENT and link.evidence is not None:
            actions, names = link.evidence.actions, link.evidence.names
            if link.evidence.quotes and link.a == i:
                quotes = link.evidence.quotes  # the check's own result, for this same pair
            elif link.evidence.quotes:
                features = features or FeatureCache(config)
                quotes = features.shared_quotes(lead, parent)
        plan = MemberPlan(
            lead, relation, similarity, quotes, actions, names, parent, link.relation, link.score
        )
        copies = [
            MemberPlan(a, relation, similarity, (), (), (), lead, Relation.EXACT, 1.0)
            for a in articles[1:]
        ]
        others.append((0 if relation is Relation.NEAR else 1, i, [plan, *copies]))
    # Near copies, then rewrites, each in body order.
    others.sort(key=lambda item: (item[0], item[1]))
    plans.extend(plan for _, _, group in others for plan in group)
    return build_story(plans)


def _near_reach(size: int, links: list[Link], root: int) -> set[int]:
    """The bodies that near links alone connect to ``root``."""
    near = [x for x in links if x.relation is Relation.NEAR]
    return set(link_tree(size, near, root))

"""Group articles that tell the same story and merge them without losing anything.

Three kinds of sameness, found in three steps that never compare all pairs:

1. **Exact copies** share a body key (a hash of the body), so grouping by key finds them
   as they arrive; only one body per group goes on to the next steps.
2. **Syndicated copies** (another dateline, byline or footer, a cut tail, a few edited
   words) share most of their sentence keys (one per sentence half). Every (key, body)
   pair goes into flat arrays of 64-bit integers; sorting them brings the bodies that share
   a key together, and a pair is a near copy when most of the shorter body's keys recur,
   or, for a middling share, when most of its words recur in place in the other.
3. **Same-event rewrites** by another outlet, found through two kinds of evidence, each
   indexed the same way and each candidate pair verified, with publication dates within
   a window when both are known. *Quotes*: quote keys (sampled word 4-grams of direct and
   partial quotes); a pair needs a quote fragment in common from a compatible speaker and
   enough shared capitalised names. *Counted actions*, which survive translation and
   paraphrase: keys of ``(kind, count)`` ("expulsion, 10"); a pair needs such an action in
   common (dates compatible when known) and several shared *rare* names: names found in
   few of the stories that state counted actions ("SolarWinds", "Crimea", not "Biden").
   Sharing people and a topic, or a bare kind of action ("a call"), is not enough.
   Same-event links do not chain: two groups join only when their canonical articles
   (the fullest of each) pass the same check themselves, so A~B and B~C never put A with
   an unrelated C.

Keys that a great many bodies share (boilerplate, a common phrase) link each body only to
its neighbour in a fixed order instead of to every other, so the work stays linear.
Everything is ordered by content, never by input position or Python's salted ``hash()``,
so the stories are the same whatever the input order and in every process.
"""

from __future__ import annotations

import contextlib
import datetime as _dt
import gc
import itertools
from collections.abc import Iterable, Iterator, Sequence

import attrs

from ..exceptions import InputTypeError
from ..models import Article, Relation, Story
from .config import DedupeConfig
from .fingerprint import (
    action_index_keys,
    body_key,
    containment,
    quote_index_keys,
    sentence_keys,
)
from .keys import BODY_BITS, BODY_MASK, KeyIndex, UnionFind
from .merge import MemberPlan, build_story
from .same_event import EventCheck, Evidence, EvidenceMap, FeatureCache, as_naive

__all__ = ["DedupeConfig", "Deduper", "collector_paused", "dedupe"]


def dedupe(articles: Iterable[Article], *, config: DedupeConfig | None = None) -> list[Story]:
    """Group ``articles`` into stories, each member with its relation and evidence.

    Every article is in exactly one story (a lone article is a story of one). The result
    is ordered by content (see :class:`Deduper`) and does not depend on the input order.

    The cyclic garbage collector is paused for the call (see :func:`collector_paused`):
    the stories hold a dozen container objects per article, and without the pause
    CPython's full collections, each of which rescans every one of them, make the time
    grow faster than the input.
    """
    deduper = Deduper(config)
    with collector_paused():
        for article in articles:
            deduper.add(article)
        return list(deduper.stories())


@contextlib.contextmanager
def collector_paused() -> Iterator[None]:
    """Pause Python's cyclic garbage collector inside the block, then restore it.

    Deduplication builds many long-lived, acyclic objects (fingerprints, features, the
    story records), which reference counting frees; the cyclic collector finds nothing to
    free among them, yet its full collections, which come more often as they pile up,
    rescan all of them each time: at 40 K articles that was 8% of the run and growing
    faster than the input. A collector the caller had disabled stays disabled; any
    garbage cycle made meanwhile (ours make none) waits for the next collection.

    >>> import gc
    >>> with collector_paused():
    ...     gc.isenabled()
    False
    >>> gc.isenabled()
    True
    """
    was_enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if was_enabled:
            gc.enable()


@attrs.define(slots=True)
class _Body:
    """One distinct body and the articles that carry it word for word."""

    key: int
    articles: list[Article]
    sentences: int = 0


class Deduper:
    """Incremental deduplication: ``add`` articles one at a time, then take ``stories()``.

    ``add`` keeps only the record (no raw text, no JSON), so a caller streaming JSON Lines
    holds each text once, and groups exact copies at once by body key. ``stories()``
    fingerprints each distinct body once, links the bodies, then builds and yields the
    stories one at a time, so a caller can write each as it comes. The order is fixed by
    content (the smallest body key of each story), never by the input order.
    """

    def __init__(self, config: DedupeConfig | None = None) -> None:
        self.config = config or DedupeConfig()
        self._stopwords = self.config.stopwords
        self._bodies: dict[int, _Body] = {}
        self.index_bytes = 0  # size of the last run's key index entries, for benchmarks
        # Similarity of the near pairs accepted, by (body, body): reused for the members.
        self._similarity: dict[tuple[int, int], float] = {}
        # Same-event checks passed between a group's canonical body and the body standing
        # for each group of near copies in it (its head), and each body's head: the
        # evidence shown for members that were not themselves a candidate pair.
        self._checked: EvidenceMap = {}
        self._head: dict[int, int] = {}

    def add(self, article: Article) -> None:
        """Take one article in; raises :class:`InputTypeError` for anything else."""
        if not isinstance(article, Article):
            raise InputTypeError(f"articles must be Article, not {type(article).__name__}")
        if article.body.strip():
            key = body_key(article.body)
        else:
            # An empty body is no evidence of a copy: such an article stands alone unless
            # it is the very same record (same id and same source).
            key = body_key(f"\x00empty {article.id} {article.source.sha256} {article.source.name}")
        body = self._bodies.get(key)
        if body is None:
            self._bodies[key] = _Body(key, [article])
        else:
            body.articles.append(article)

    def __len__(self) -> int:
        return sum(len(b.articles) for b in self._bodies.values())

    def stories(self) -> Iterator[Story]:
        """The stories, one at a time, in an order fixed by content."""
        bodies = [self._bodies[k] for k in sorted(self._bodies)]
        # Nothing runs between here and the first story but our own linking: the
        # collector can be paused for it (the caller's code between stories is not ours).
        with collector_paused():
            for body in bodies:
                _sort_articles(body.articles)
            near, event, evidence = self._link(bodies)
        # The first link that brought each body in, for members that share no quote with
        # the canonical article themselves.
        linked_by: dict[int, Evidence] = {}
        for (a, b), found in evidence.items():
            linked_by.setdefault(a, found)
            linked_by.setdefault(b, found)
        components: dict[int, list[int]] = {}
        for i in range(len(bodies)):  # a story comes in at its smallest body key
            components.setdefault(event.find(i), []).append(i)
        for members in components.values():
            yield self._story(bodies, members, near, evidence, linked_by)

    # -- linking ----------------------------------------------------------------------

    def _link(self, bodies: Sequence[_Body]) -> tuple[UnionFind, UnionFind, EvidenceMap]:
        """Union the bodies that are near copies, then those that report the same event."""
        self._similarity.clear()
        self._checked.clear()
        sentence_index = KeyIndex()
        quote_index = KeyIndex()
        action_index = KeyIndex()
        for i, body in enumerate(bodies):
            lead = body.articles[0]
            keys = sentence_keys(lead.body)
            body.sentences = len(keys)
            sentence_index.add(keys, i)
            quote_index.add(quote_index_keys(lead.quotes, self._stopwords), i)
            if lead.actions:
                action_index.add(action_index_keys(lead.actions), i)
        self.index_bytes = sentence_index.nbytes() + quote_index.nbytes() + action_index.nbytes()
        near = UnionFind(len(bodies))
        event = UnionFind(len(bodies))
        shared = sentence_index.pairs(self.config.crowd)
        del sentence_index
        for pair in sorted(shared):
            a, b = pair >> BODY_BITS, pair & BODY_MASK
            similarity = self._near_similarity(shared[pair], bodies[a], bodies[b])
            if similarity is not None:
                self._similarity[(a, b)] = similarity
                near.union(a, b)
                event.union(a, b)
        del shared
        days = [_day(body.articles[0].published) for body in bodies]
        candidates = set(quote_index.pairs(self.config.quote_crowd))
        del quote_index
        rivals: set[int] = set()
        for pair in action_index.pairs(
            self.config.action_crowd, days, self.config.action_reach, self.config.event_window_days
        ):
            a, b = pair >> BODY_BITS, pair & BODY_MASK
            if near.find(a) != near.find(b):
                candidates.add(pair)
                rivals.update((a, b))
        del action_index
        check = EventCheck(self.config, [body.articles[0] for body in bodies], near, rivals)
        evidence: EvidenceMap = {}
        # Per group: its fullest body (the canonical one) and the body that stands for each
        # group of near copies in it. Every such body must pass the check against the
        # canonical one, so links do not chain (A~B and B~C never bring A and C together).
        best = {i: i for i in range(len(bodies))}
        for i in range(len(bodies)):
            root = event.find(i)
            if root != i and _fullness(bodies[i]) < _fullness(bodies[best[root]]):
                best[root] = i
        self._head = {i: best[near.find(i)] for i in range(len(bodies))}
        heads: dict[int, list[int]] = {}
        for pair in sorted(candidates):
            a, b = pair >> BODY_BITS, pair & BODY_MASK
            ra, rb = event.find(a), event.find(b)
            if ra == rb:
                continue
            found = check.same_event(a, b)
            if found is None:
                continue
            ca, cb = best[ra], best[rb]
            keep, lose = (ra, rb) if _fullness(bodies[ca]) < _fullness(bodies[cb]) else (rb, ra)
            canonical = best[keep]
            checked = self._check_heads(check, canonical, heads.get(lose, [best[lose]]), a, b)
            if checked is None:
                continue  # a chain: a and b agree, but the groups' members do not
            self._checked.update(checked)
            evidence[(a, b)] = found
            joined = heads.pop(ra, [best[ra]]) + heads.pop(rb, [best[rb]])
            event.union(a, b)
            root = event.find(a)
            heads[root], best[root] = joined, canonical
        return near, event, evidence

    @staticmethod
    def _check_heads(
        check: EventCheck, canonical: int, heads: list[int], a: int, b: int
    ) -> EvidenceMap | None:
        """The evidence that each head reports the canonical body's event, or None if one
        does not (the candidate pair ``a``, ``b`` itself is already checked)."""
        found: EvidenceMap = {}
        for head in heads:
            if {canonical, head} == {a, b}:
                continue
            evidence = check.same_event(canonical, head)
            if evidence is None:
                return None
            found[(min(canonical, head), max(canonical, head))] = evidence
        return found

    def _link_evidence(
        self, i: int, canonical: int, evidence: EvidenceMap, linked_by: dict[int, Evidence]
    ) -> Evidence | None:
        """The check that brought body ``i`` into the canonical body's story: its own with
        the canonical body, else its head's, else the first link of either."""
        head = self._head.get(i, i)
        for body in (i, head):
            pair = (min(body, canonical), max(body, canonical))
            found = evidence.get(pair) or self._checked.get(pair)
            if found is not None:
                return found
        return linked_by.get(i) or linked_by.get(head)

    def _near_similarity(self, common: int, left: _Body, right: _Body) -> float | None:
        """How similar two bodies are if they are near copies, else None."""
        shorter = min(left.sentences, right.sentences)
        if shorter == 0 or common < min(self.config.near_min_shared, shorter):
            return None
        overlap = common / shorter
        if overlap >= self.config.near_overlap:
            return overlap
        if overlap < self.config.near_candidate:
            return None
        containment = self._containment(left, right)
        return containment if containment >= self.config.near_containment else None

    @staticmethod
    def _containment(left: _Body, right: _Body) -> float:
        """How much of the shorter body occurs word for word in the longer."""
        a, b = left.articles[0].body, right.articles[0].body
        return containment(a, b) if len(a) <= len(b) else containment(b, a)

    # -- building ---------------------------------------------------------------------

    def _story(
        self,
        bodies: Sequence[_Body],
        members: list[int],
        near: UnionFind,
        evidence: EvidenceMap,
        linked_by: dict[int, Evidence],
    ) -> Story:
        canonical_body = min(members, key=lambda i: _fullness(bodies[i]))
        canonical = bodies[canonical_body].articles[0]
        features = FeatureCache(self.config)
        plans = [MemberPlan(canonical, Relation.CANONICAL, 1.0)]
        plans.extend(
            MemberPlan(a, Relation.EXACT, 1.0) for a in bodies[canonical_body].articles[1:]
        )
        others: list[tuple[int, MemberPlan]] = []
        for i in members:
            if i == canonical_body:
                continue
            lead = bodies[i].articles[0]
            pair = (min(i, canonical_body), max(i, canonical_body))
            similarity = self._similarity.get(pair)
            if similarity is None:  # not compared directly: measure it now
                similarity = containment(lead.body, canonical.body)
            relation, quotes = Relation.NEAR, tuple[str, ...]()
            actions = names = tuple[str, ...]()
            if near.find(i) != near.find(canonical_body):
                relation = Relation.SAME_EVENT
                # The member's own quote texts; a member linked through another member
                # (no quote in common with the canonical one) shows that link's evidence.
                # Counted actions and rare names are shown when they made the link.
                quotes = features.shared_quotes(lead, canonical)
                link = self._link_evidence(i, canonical_body, evidence, linked_by)
                if link is not None:
                    actions, names = link.actions, link.names
                for other in (link, linked_by.get(i)):
                    if not quotes and other is not None:
                        quotes = other.quotes
            rank = 0 if relation is Relation.NEAR else 1
            others.extend(
                (rank, MemberPlan(a, relation, similarity, quotes, actions, names))
                for a in bodies[i].articles
            )
        # Stable: near copies, then rewrites, each in body-key order.
        others.sort(key=lambda item: item[0])
        plans.extend(plan for _, plan in others)
        return build_story(plans)


def _article_order(article: Article) -> tuple[str, str, str, str]:
    """A cheap order on articles by content, so input order never matters."""
    return (
        article.id,
        article.source.sha256,
        article.source.name or "",
        article.published.isoformat() if article.published else "",
    )


def _sort_articles(articles: list[Article]) -> None:
    """Sort by content; records equal in the cheap key fall back to their whole JSON."""
    articles.sort(key=_article_order)
    if any(_article_order(x) == _article_order(y) for x, y in itertools.pairwise(articles)):
        articles.sort(key=lambda a: (_article_order(a), a.model_dump_json()))


def _fullness(body: _Body) -> tuple[object, ...]:
    """Sort key that puts the fullest original first: longest body, most quotes, an
    agency dateline, then content order."""
    lead = body.articles[0]
    has_agency = lead.dateline is not None and lead.dateline.agency is not None
    return (-len(lead.body), -len(lead.quotes), not has_agency, _article_order(lead), body.key)


def _day(moment: _dt.datetime | None) -> int:
    """A body's place in time for pairing crowds: its day number, -1 when undated."""
    return as_naive(moment).toordinal() if moment is not None else -1

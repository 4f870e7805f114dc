"""Group articles that tell the same story and merge them without losing anything.

Three kinds of sameness, found in three steps that never compare all pairs:

1. **Exact copies** share a body key (a hash of the body), so grouping by key finds them
   as they arrive; only one body per group goes on to the next steps.
2. **Syndicated copies** (another dateline, byline or footer, a cut tail, a few edited
   words) share most of their sentence keys (the first and the last words of each
   sentence). Every (key, body) pair goes into flat arrays of 64-bit integers; sorting
   them brings the bodies that share a key together, and a pair is a near copy when most
   of the lighter body's keys recur, or, for a middling share, when most of its words
   recur in place in the other. Keys count by how distinctive they are: a key that many
   bodies hold (an explainer box, boilerplate) weighs little, so an article made mostly of
   background links to nothing through it.
3. **Same-event rewrites** by another outlet, found through two kinds of evidence, each
   indexed the same way and each candidate pair verified, with publication dates within a
   window when both are known. *Quotes*: quote keys (sampled word 4-grams of direct and
   partial quotes); a pair needs a quote fragment in common from a compatible speaker and
   enough shared capitalised names, each shared quote weighed by its rarity (a stock phrase
   repeated for months weighs little; see :mod:`.quote_rarity`). *Counted actions*, which
   survive translation and paraphrase: keys of ``(kind, count)`` ("expulsion, 10"); a pair
   needs such an action in common (dates compatible when known) and several shared *rare*
   names: names found in few of the stories that state counted actions ("SolarWinds",
   "Crimea", not "Biden"). Sharing people and a topic, or a bare kind of action ("a call"),
   is not enough. Same-event links do not chain: two groups join only when every body
   standing for a group of near copies in one passes the same check against the hub of the
   other, so A~B and B~C never put A with an unrelated C.

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
from array import array
from collections.abc import Iterable, Iterator, Sequence
from functools import partial

import attrs

from ..exceptions import InputTypeError
from ..models import Article, Relation, Story
from .assemble import assemble_story
from .config import DedupeConfig
from .fingerprint import containment
from .grouping import drop_ambiguous, join_near, star_join
from .keys import BODY_BITS, BODY_MASK, KeyIndex, UnionFind
from .links import (
    Link,
    article_body_key,
    article_keys,
    background_weight,
    lighter,
    near_score,
)
from .quote_rarity import QuoteRarity
from .same_event import EventCheck, as_naive

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
    _check_iterable(articles)
    deduper = Deduper(config)
    with collector_paused():
        for article in articles:
            deduper.add(article)
        return list(deduper.stories())


def _check_iterable(articles: object) -> None:
    """Raise :class:`InputTypeError` unless ``articles`` is an iterable of records (a
    string or a single article is not)."""
    if isinstance(articles, (str, bytes, Article)) or not isinstance(articles, Iterable):
        raise InputTypeError(
            f"articles must be an iterable of Article, not {type(articles).__name__}"
        )


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
        self._bodies: dict[int, _Body] = {}
        self.index_bytes = 0  # size of the last run's key index entries, for benchmarks
        self._leads: list[Article] = []  # each body's first article, while linking

    def add(self, article: Article) -> None:
        """Take one article in; raises :class:`InputTypeError` for anything else."""
        if not isinstance(article, Article):
            raise InputTypeError(f"articles must be Article, not {type(article).__name__}")
        key = article_body_key(article)
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
            event, links = self._link(bodies)
            self._leads = []
        components: dict[int, list[int]] = {}
        for i in range(len(bodies)):  # a story comes in at its smallest body key
            components.setdefault(event.find(i), []).append(i)
        links_of: dict[int, list[Link]] = {}
        for link in links:
            links_of.setdefault(event.find(link.a), []).append(link)
        del links
        for root, members in components.items():
            canonical = min(members, key=lambda i: _fullness(bodies[i]))
            number = {body: n for n, body in enumerate(members)}
            local = [attrs.evolve(x, a=number[x.a], b=number[x.b]) for x in links_of.pop(root, ())]
            yield assemble_story(
                [bodies[i].articles for i in members], local, number[canonical], self.config
            )

    # -- linking ----------------------------------------------------------------------

    def _link(self, bodies: Sequence[_Body]) -> tuple[UnionFind, list[Link]]:
        """Union the bodies that are near copies, then those that report the same event;
        returns the groups and every link accepted."""
        config = self.config
        sentence_index, quote_index, action_index = KeyIndex(), KeyIndex(), KeyIndex()
        self._leads = [body.articles[0] for body in bodies]
        totals = array("d")
        for i, body in enumerate(bodies):
            keys = article_keys(body.articles[0], config)
            totals.append(len(keys.sentences))
            sentence_index.add(keys.sentences, i)
            quote_index.add(keys.quotes, i)
            action_index.add(keys.actions, i)
        self.index_bytes = sentence_index.nbytes() + quote_index.nbytes() + action_index.nbytes()
        sentences = [int(n) for n in totals]  # each body's number of keys, before weighing
        near = UnionFind(len(bodies))
        event = UnionFind(len(bodies))
        links: list[Link] = []
        weight = partial(background_weight, background_df=config.background_df)
        shared = sentence_index.pairs(config.crowd, weight=weight, totals=totals)
        del sentence_index
        accepted: dict[int, float] = {}
        part: dict[int, int] = {}  # the lighter body of each accepted pair (as near_score)
        for pair in sorted(shared):
            a, b = pair >> BODY_BITS, pair & BODY_MASK
            weights, counts = (totals[a], totals[b]), (sentences[a], sentences[b])
            texts = (self._leads[a].body, self._leads[b].body)
            score = near_score(shared[pair], weights, counts, texts, config)
            if score is not None:
                accepted[pair] = score
                part[pair] = (a, b)[lighter(weights, counts)]
        accepted = drop_ambiguous(accepted, part, shared.keys())
        for a, b, score in join_near(
            accepted, shared.keys(), lambda i: _fullness(bodies[i]), near, self._near_fallback
        ):
            links.append(Link(a, b, Relation.NEAR, score))
            event.union(a, b)
        del shared
        days = [_day(body.articles[0].published) for body in bodies]
        postings: dict[int, tuple[int, ...]] = {}
        candidates = set(quote_index.pairs(config.quote_crowd, postings=postings))
        del quote_index
        rivals: set[int] = set()
        for pair in action_index.pairs(
            config.action_crowd, days, config.action_reach, config.event_window_days
        ):
            a, b = pair >> BODY_BITS, pair & BODY_MASK
            if near.find(a) != near.find(b):
                candidates.add(pair)
                rivals.update((a, b))
        del action_index
        rarity = QuoteRarity(config, postings, near.find, days)
        check = EventCheck(config, self._leads, near, rivals, rarity)
        links.extend(self._join_events(bodies, candidates, check, near, event))
        return event, links

    def _near_fallback(self, a: int, b: int) -> bool:
        """Whether two bodies never compared (their keys met only in crowds) are near."""
        left, right = self._leads[a].body, self._leads[b].body
        part, whole = (left, right) if len(left) <= len(right) else (right, left)
        return containment(part, whole) >= self.config.near_containment

    def _join_events(
        self,
        bodies: Sequence[_Body],
        candidates: set[int],
        check: EventCheck,
        near: UnionFind,
        event: UnionFind,
    ) -> list[Link]:
        """Join groups on same-event candidate pairs, in content order, without chains.

        Per group: its hub (at first its fullest body) and the body that stands for each
        group of near copies in it (its head). Two groups join only if every head of one
        passes the check against the other's hub (the fuller group's hub is tried first),
        so a story is a star of checked links around its hub: A~B and B~C never bring A
        and C together unless one of them stands for the whole story.
        """
        links: list[Link] = []
        hub: dict[int, int] = {}
        for i in range(len(bodies)):
            root = event.find(i)
            if root != i and _fullness(bodies[i]) < _fullness(bodies[hub.get(root, root)]):
                hub[root] = i

        def heads_agree(centre: int, heads: list[int], a: int, b: int) -> list[Link] | None:
            return _check_heads(check, centre, heads, (a, b), near)

        for a, b, found, checked in star_join(
            sorted(candidates),
            event,
            lambda i: _fullness(bodies[i]),
            check.same_event,
            heads_agree,
            hub,
        ):
            links.extend(checked)
            links.append(Link(a, b, Relation.SAME_EVENT, found.score, found))
        return links


def _check_heads(
    check: EventCheck, hub: int, heads: list[int], pair: tuple[int, int], near: UnionFind
) -> list[Link] | None:
    """The links that show each head reports the event of ``hub``, or None if one does
    not. The candidate ``pair`` is already checked: a head whose group of near copies and
    the hub's are the pair's own needs no other check (near copies stand for each other;
    the hub's copy may have lost a quote to an edit)."""
    found: list[Link] = []
    checked = {near.find(pair[0]), near.find(pair[1])}
    for head in heads:
        if {near.find(hub), near.find(head)} == checked:
            continue
        evidence = check.same_event(hub, head)
        if evidence is None:
            return None
        found.append(Link(hub, head, Relation.SAME_EVENT, evidence.score, evidence))
    return found


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

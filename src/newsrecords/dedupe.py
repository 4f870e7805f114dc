"""Group articles that tell the same story and merge them without losing anything.

Three kinds of sameness, found in three steps that never compare all pairs:

1. **Exact copies** share a body key (a hash of the body), so grouping by key finds them
   as they arrive; only one body per group goes on to the next steps.
2. **Syndicated copies** (another dateline, byline or footer, a cut tail, a few edited
   words) share most of their sentence keys (one per sentence half). Every (key, body)
   pair goes into flat arrays of 64-bit integers; sorting them brings the bodies that share
   a key together, and a pair is a near copy when most of the shorter body's keys recur,
   or, for a middling share, when most of its words recur in place in the other.
3. **Same-event rewrites** by another outlet share only a few verbatim quotes. Quote keys
   (sampled word 4-grams of direct and partial quotes) are indexed the same way; each
   candidate pair is then verified: a quote fragment in common from the same speaker, enough
   shared capitalised names, and publication dates within a window when both are known.
   Sharing people and a topic without a quote is not enough.

Keys that a great many bodies share (boilerplate, a common phrase) link each body only to
its neighbour in a fixed order instead of to every other, so the work stays linear.
Everything is ordered by content, never by input position or Python's salted ``hash()``,
so the stories are the same whatever the input order and in every process.
"""

from __future__ import annotations

import datetime as _dt
import itertools
from collections.abc import Iterable, Iterator, Sequence

import attrs

from ._dedupe_words import STOPWORDS
from ._key_index import BODY_BITS, BODY_MASK, KeyIndex, UnionFind
from .exceptions import InputTypeError
from .fingerprint import (
    body_key,
    containment,
    entity_names,
    quote_grams,
    quote_index_keys,
    quote_words,
    sentence_keys,
    speaker_keys,
)
from .merge import MemberPlan, build_story
from .models import Article, Quote, Relation, Story

__all__ = ["DedupeConfig", "Deduper", "dedupe"]


@attrs.frozen(slots=True)
class DedupeConfig:
    """Thresholds of :func:`dedupe`; the defaults suit newswire English.

    ``near_overlap``: share of the shorter body's sentence keys that, recurring, make a
    near copy outright. ``near_candidate``: a smaller share that calls for a closer look:
    the pair is a near copy if ``near_containment`` of the shorter body recurs word for
    word in the longer (see :func:`~newsrecords.fingerprint.containment`: an edited
    sentence loses its key but keeps most of its words in place; an article that merely
    reuses a paragraph shares nothing else). ``near_min_shared``:
    fewest sentence keys in common (fewer if the shorter body has fewer).
    ``event_window_days``: greatest gap between publication dates of a same-event pair
    when both are known. ``event_min_entities``: fewest capitalised names in common for a
    same-event pair. ``crowd`` (sentence keys) and ``quote_crowd`` (quote keys, where a
    common phrase is weaker evidence): a key shared by more bodies than this links each
    body to its neighbour only. ``extra_stopwords``: words added to the function-word table,
    which decides which quote fragments count as evidence.
    """

    near_overlap: float = 0.8
    near_candidate: float = 0.3
    near_containment: float = 0.7
    near_min_shared: int = 2
    event_window_days: int = 3
    event_min_entities: int = 3
    crowd: int = 50
    quote_crowd: int = 8
    extra_stopwords: frozenset[str] = frozenset()

    @property
    def stopwords(self) -> frozenset[str]:
        return STOPWORDS | {w.lower() for w in self.extra_stopwords}


def dedupe(articles: Iterable[Article], *, config: DedupeConfig | None = None) -> list[Story]:
    """Group ``articles`` into stories, each member with its relation and evidence.

    Every article is in exactly one story (a lone article is a story of one). The result
    is ordered by content (see :class:`Deduper`) and does not depend on the input order.
    """
    deduper = Deduper(config)
    for article in articles:
        deduper.add(article)
    return list(deduper.stories())


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
        for body in bodies:
            _sort_articles(body.articles)
        near, event, evidence = self._link(bodies)
        components: dict[int, list[int]] = {}
        for i in range(len(bodies)):  # a story comes in at its smallest body key
            components.setdefault(event.find(i), []).append(i)
        for members in components.values():
            yield self._story(bodies, members, near, evidence)

    # -- linking ----------------------------------------------------------------------

    def _link(
        self, bodies: Sequence[_Body]
    ) -> tuple[UnionFind, UnionFind, dict[tuple[int, int], tuple[str, ...]]]:
        """Union the bodies that are near copies, then those that report the same event."""
        self._similarity.clear()
        sentence_index = KeyIndex()
        quote_index = KeyIndex()
        for i, body in enumerate(bodies):
            lead = body.articles[0]
            keys = sentence_keys(lead.body)
            body.sentences = len(keys)
            sentence_index.add(keys, i)
            quote_index.add(quote_index_keys(lead.quotes, self._stopwords), i)
        self.index_bytes = sentence_index.nbytes() + quote_index.nbytes()
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
        evidence: dict[tuple[int, int], tuple[str, ...]] = {}
        features = _FeatureCache(self.config)
        for pair in sorted(quote_index.pairs(self.config.quote_crowd)):
            a, b = pair >> BODY_BITS, pair & BODY_MASK
            if event.find(a) == event.find(b):
                continue
            found = features.same_event(bodies[a].articles[0], bodies[b].articles[0])
            if found is not None:
                evidence[(a, b)] = found
                event.union(a, b)
        return near, event, evidence

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
        evidence: dict[tuple[int, int], tuple[str, ...]],
    ) -> Story:
        canonical_body = min(members, key=lambda i: _fullness(bodies[i]))
        canonical = bodies[canonical_body].articles[0]
        features = _FeatureCache(self.config)
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
            if near.find(i) == near.find(canonical_body):
                relation, quotes = Relation.NEAR, tuple[str, ...]()
            else:
                relation = Relation.SAME_EVENT
                # The member's own quote texts; a member linked through another member
                # (no quote in common with the canonical one) shows that link's evidence.
                quotes = features.shared_quotes(lead, canonical) or evidence.get(pair, ())
                if not quotes:
                    quotes = next((q for (x, y), q in evidence.items() if i in (x, y)), ())
            rank = 0 if relation is Relation.NEAR else 1
            others.extend(
                (rank, MemberPlan(a, relation, similarity, quotes)) for a in bodies[i].articles
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


@attrs.frozen(slots=True)
class _QuoteFeature:
    text: str
    words: tuple[str, ...]
    grams: frozenset[int]
    speakers: frozenset[str]
    keywords: tuple[str, ...]  # the words that are not function words, in order

    @property
    def content(self) -> int:
        return len(self.keywords)


@attrs.frozen(slots=True)
class _Features:
    quotes: tuple[_QuoteFeature, ...]
    entities: frozenset[str]
    published: _dt.datetime | None
    speakers: frozenset[str]  # every name the article's quotes are credited to


class _FeatureCache:
    """What the same-event check needs of an article, computed once per article."""

    def __init__(self, config: DedupeConfig) -> None:
        self.config = config
        self.stopwords = config.stopwords
        # By object identity: two records may share an id and a source yet differ.
        self._cache: dict[int, _Features] = {}

    def features(self, article: Article) -> _Features:
        key = id(article)
        found = self._cache.get(key)
        if found is None:
            quotes = tuple(self._quote(q) for q in article.quotes if q.kind.value != "indirect")
            text = f"{article.headline or ''}\n{article.body}"
            speakers = frozenset().union(*(q.speakers for q in quotes))
            entities = entity_names(text, self.stopwords)
            found = _Features(quotes, entities, article.published, speakers)
            self._cache[key] = found
        return found

    def _quote(self, quote: Quote) -> _QuoteFeature:
        found = quote_words(quote.text)
        return _QuoteFeature(
            quote.text,
            found,
            quote_grams(found, self.stopwords),
            speaker_keys(quote.speaker),
            tuple(word for word in found if word not in self.stopwords),
        )

    def shared_quotes(self, left: Article, right: Article) -> tuple[str, ...]:
        """Texts of ``left``'s quotes that ``right`` also carries, from a compatible speaker."""
        strong, weak = self._matches(self.features(left), self.features(right))
        return tuple(sorted(strong | weak))

    def same_event(self, left: Article, right: Article) -> tuple[str, ...] | None:
        """The shared quotes proving two articles report one event, or None."""
        a, b = self.features(left), self.features(right)
        if a.published is not None and b.published is not None:
            gap = abs(_as_naive(a.published) - _as_naive(b.published))
            if gap > _dt.timedelta(days=self.config.event_window_days):
                return None
        if len(a.entities & b.entities) < self.config.event_min_entities:
            return None
        strong, weak = self._matches(a, b)
        if strong or len(weak) >= 2:
            return tuple(sorted(strong | weak))
        return None

    def _matches(self, a: _Features, b: _Features) -> tuple[set[str], set[str]]:
        """Quotes of ``a`` found in ``b``, as strong or weak evidence.

        Strong: both quotes name the same speaker. Weak: one names nobody, or the two
        name different speakers who are each quoted in the other article too (outlets
        often credit a spokesperson's words to the principal, and the other way round).
        """
        strong: set[str] = set()
        weak: set[str] = set()
        for qa in a.quotes:
            for qb in b.quotes:
                if not _same_words(qa, qb):
                    continue
                if not (qa.speakers and qb.speakers):
                    weak.add(qa.text)
                elif qa.speakers & qb.speakers:
                    strong.add(qa.text)
                elif qa.speakers & b.speakers and qb.speakers & a.speakers:
                    weak.add(qa.text)
        return strong, weak - strong


def _same_words(a: _QuoteFeature, b: _QuoteFeature) -> bool:
    """Whether two quotes share a verbatim fragment worth calling the same words.

    The shorter quote (three words or more, two of them content words) recurs whole inside
    the longer, as a partial quote does ("other matters of concern"); or its content words
    (three or more) recur in order in a window barely longer than itself, as when an
    editor drops or adds a word ("a stable, predictable relationship"); or the two share
    at least two 4-grams that hold a content word.
    """
    short, long_ = (a, b) if len(a.words) <= len(b.words) else (b, a)
    if len(short.grams & long_.grams) >= 2:
        return True
    if len(short.words) < 3 or short.content < 2:
        return False
    if f" {' '.join(short.words)} " in f" {' '.join(long_.words)} ":
        return True
    return short.content >= 3 and _in_order(short.keywords, long_.words, len(short.words) + 2)


def _in_order(needles: tuple[str, ...], words: tuple[str, ...], window: int) -> bool:
    """Whether ``needles`` occur in order within ``window`` consecutive ``words``."""
    first = needles[0]
    for start, word in enumerate(words):
        if word != first:
            continue
        at = 1
        for word_after in words[start + 1 : start + window]:
            if at < len(needles) and word_after == needles[at]:
                at += 1
        if at == len(needles):
            return True
    return False


def _as_naive(moment: _dt.datetime) -> _dt.datetime:
    """Compare aware and naive datetimes alike: aware ones in UTC, naive ones as given."""
    if moment.tzinfo is not None:
        return moment.astimezone(_dt.timezone.utc).replace(tzinfo=None)
    return moment

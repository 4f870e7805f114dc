"""The candidate keys of one article, and the near-copy decision for one candidate pair.

These are the separable pieces of a deduplication run (a distributed run computes them
per partition and must decide as :func:`~newsrecords.dedupe.dedupe` does):

* :func:`article_keys` gives everything an article is indexed under;
* :func:`background_weight` turns a sentence key's document frequency (how many distinct
  bodies hold it) into its weight; a pair's *shared weight* is the sum of its shared keys'
  weights, a body's *total weight* the sum over all its keys;
* :func:`near_score` decides a candidate pair from those sums;
* the same-event decision is :meth:`~newsrecords.dedupe.same_event.EventCheck.same_event`;
* an accepted decision is a :class:`Link`, and a story is assembled from its bodies and
  links by :func:`~newsrecords.dedupe.assemble.assemble_story`.
"""

from __future__ import annotations

import attrs

from ..models import Article, Relation
from .config import DedupeConfig
from .fingerprint import (
    action_index_keys,
    body_key,
    containment,
    quote_index_keys,
    sentence_keys,
)
from .same_event import Evidence

__all__ = [
    "ArticleKeys",
    "Link",
    "article_body_key",
    "article_keys",
    "background_weight",
    "lighter",
    "near_score",
    "scaled",
]

# Keys a copy may lose at its edges whatever its length (a new dateline over the first
# sentence, a tail cut mid-sentence), and words of containment windows they spoil: what a
# fixed threshold forgives a long body but not a one-paragraph wire item.
EDGE_KEYS = 2
EDGE_WORDS = 8
CONTAINMENT_SLACK = 0.05  # the most a short part's containment threshold is lowered


@attrs.frozen(slots=True)
class ArticleKeys:
    """What one article is indexed under: its body key (equal for exact copies), its
    sentence keys, its quote keys and its counted-action keys."""

    body: int
    sentences: tuple[int, ...]
    quotes: frozenset[int]
    actions: frozenset[int]


def article_keys(article: Article, config: DedupeConfig | None = None) -> ArticleKeys:
    """The candidate keys of one article.

    >>> from newsrecords.models import Source, Span
    >>> a = Article(id="a", body="The council voted on Monday to close the bridge.",
    ...             span=Span(start=0, end=48), source=Source(sha256="0" * 64))
    >>> keys = article_keys(a)
    >>> len(keys.sentences), keys.quotes, keys.actions
    (2, frozenset(), frozenset())
    """
    stopwords = (config or DedupeConfig()).stopwords
    return ArticleKeys(
        article_body_key(article),
        sentence_keys(article.body),
        frozenset(quote_index_keys(article.quotes, stopwords)),
        frozenset(action_index_keys(article.actions)) if article.actions else frozenset(),
    )


def article_body_key(article: Article) -> int:
    """The key of an article's body: equal for exact copies, and for nothing else.

    >>> from newsrecords.models import Source, Span
    >>> def record(i, body):
    ...     return Article(id=i, body=body, span=Span(start=0, end=len(body)),
    ...                    source=Source(sha256="0" * 64))
    >>> article_body_key(record("a", "Same.")) == article_body_key(record("b", "Same."))
    True
    >>> article_body_key(record("a", "")) == article_body_key(record("b", ""))
    False
    """
    if article.body.strip():
        return body_key(article.body)
    # An empty body is no evidence of a copy: such an article stands alone unless it is
    # the very same record (same id and same source).
    return body_key(f"\x00empty {article.id} {article.source.sha256} {article.source.name}")


@attrs.frozen(slots=True)
class Link:
    """An accepted link between bodies ``a`` and ``b``: a near copy or the same event, with
    its score (0 to 1) and, for the same event, its evidence."""

    a: int
    b: int
    relation: Relation
    score: float
    evidence: Evidence | None = None


def background_weight(frequency: int, background_df: int) -> float:
    """The weight of a sentence key that ``frequency`` distinct bodies hold.

    Up to ``background_df`` bodies a key is distinctive (a story and its copies) and
    weighs 1.0; beyond, it is background (an explainer box, boilerplate) and weighs less
    the more bodies hold it.

    >>> background_weight(3, 8), background_weight(80, 8)
    (1.0, 0.1)
    """
    return 1.0 if frequency <= background_df else background_df / frequency


def scaled(threshold: float, size: int, edge: int, floor: float) -> float:
    """A share threshold forgiving ``edge`` units lost at the edges of a part of ``size``
    units, never below ``floor``; a part under four edges' worth is forgiven no more than
    one of that size (so one key of two is not enough by itself).

    >>> scaled(0.8, 40, 2, 0.3), scaled(0.8, 8, 2, 0.3), scaled(0.8, 2, 2, 0.3)
    (0.76, 0.6, 0.6)
    """
    return max(floor, round(threshold * (1.0 - edge / max(size, 4 * edge)), 6))


def lighter(totals: tuple[float, float], sentences: tuple[int, int]) -> int:
    """Which of two bodies (0 or 1) is the *part* of a near pair: the smaller total weight,
    then fewer keys, then the first.

    >>> lighter((3.0, 5.0), (9, 4)), lighter((5.0, 5.0), (9, 4))
    (0, 1)
    """
    return 0 if (totals[0], sentences[0]) <= (totals[1], sentences[1]) else 1


def near_score(
    shared: float,
    totals: tuple[float, float],
    sentences: tuple[int, int],
    texts: tuple[str, str],
    config: DedupeConfig,
) -> float | None:
    """The score of a near copy between two bodies, or None if they are not.

    ``shared`` is the pair's shared weight, ``totals`` the two bodies' total weights,
    ``sentences`` their numbers of keys and ``texts`` their bodies. The *part* is the body
    of smaller total weight: its weighted share found in the other must reach
    ``near_overlap``, or ``near_candidate`` with ``near_containment`` of its words found in
    place in the other (:func:`~newsrecords.dedupe.fingerprint.containment`); both are
    scaled down for a short part (:func:`scaled`). A part made mostly of background
    (paragraphs many bodies share) has a small share however much of it recurs, so it
    never links through that background alone.

    >>> cfg = DedupeConfig()
    >>> near_score(9.0, (10.0, 30.0), (10, 30), ("a", "b"), cfg)
    0.9
    >>> near_score(0.5, (6.0, 30.0), (20, 30), ("a", "b"), cfg) is None
    True
    """
    part = lighter(totals, sentences)
    total, keys = totals[part], sentences[part]
    # A part of one or two sentences needs only one key in common (and its words in place).
    if total <= 0 or shared < min(config.near_min_shared, total / 2):
        return None
    share = min(1.0, shared / total)
    if share >= scaled(config.near_overlap, keys, EDGE_KEYS, config.near_candidate):
        return share
    if share < config.near_candidate:
        return None
    small, large = texts[part], texts[1 - part]
    found = containment(small, large)
    floor = config.near_containment - CONTAINMENT_SLACK
    needed = scaled(config.near_containment, small.count(" ") + 1, EDGE_WORDS, floor)
    return found if found >= needed else None

"""Parse and deduplicate on a Dask cluster (the ``dask`` extra).

:func:`parse_bag` parses a ``dask.bag`` of documents, partition by partition, into a bag of
:data:`~newsrecords.batch.Parsed` results (articles kept as JSON until read, so moving them
between workers is cheap); :func:`articles` and :func:`failures` take them apart.

:func:`dedupe_bag` gives the same stories as :func:`newsrecords.dedupe` on the same
articles, with the work spread over the workers:

1. every article's *candidate keys* (:func:`candidate_keys`) are computed where the
   article is, and shuffled by key: articles that meet under a key are candidates;
2. the candidate links (a chain through the articles of each key) come back to the
   client, which joins them into components, a few integers per article;
3. the articles are shuffled by component and :func:`newsrecords.dedupe` runs on each
   component where it meets; an article alone in its component is a story of one.

This equals one global ``dedupe`` because ``dedupe`` only ever compares articles that share
one of its index keys, and :func:`candidate_keys` holds each of those keys (coarsened, which
only merges more components). One thing ``dedupe`` computes over the whole corpus is
which names are rare among the stories that state counted actions ("expelled 10
diplomats"); so every article with a counted action shares one extra key and those
articles are deduplicated as one component. Parallelism therefore comes from the articles
without counted actions; the others take the single-process path on one worker.

Coupling to the deduplication internals is this module's :func:`candidate_keys` alone,
which reads the index keys of :func:`newsrecords.dedupe.links.article_keys`.
"""

from __future__ import annotations

import itertools
from collections.abc import Iterable, Mapping, Sequence
from typing import Any

from ._batch_items import (
    Parsed,
    ParseFailure,
    ParseFunction,
    ParseResult,
    check_options,
    default_parse,
)
from ._batch_pool import compact_results
from .dedupe import DedupeConfig, dedupe
from .dedupe.keys import BODY_BITS, UnionFind
from .dedupe.links import article_keys
from .exceptions import InputTypeError, MissingExtraError
from .fingerprint import body_key
from .models import Article, Story

__all__ = ["articles", "candidate_keys", "dedupe_bag", "failures", "parse_bag"]

# dedupe's key index keeps a key's top bits (it packs a body number in the low BODY_BITS),
# so two keys that agree there meet in it; grouping on those bits never misses a meeting.
_DROP = BODY_BITS

# An article's place in the bag: partition << 32 | position in it (one int: cheap to send).
_Number = int
CandidateKey = tuple[str, int]


def _bag() -> Any:
    try:
        import dask.bag
    except ImportError:
        raise MissingExtraError.for_extra("dask", "newsrecords.dask") from None
    return dask.bag


def parse_bag(bag: Any, *, parse: ParseFunction | None = None, **options: Any) -> Any:
    """A bag with one :data:`~newsrecords.batch.Parsed` result per document of ``bag``.

    Documents are what :func:`~newsrecords.parse_many` takes (strings, ``(text, source,
    published)`` tuples, mappings); ``options`` and ``parse`` are its too. A result's
    ``index`` is the document's position in its partition.

    >>> import dask, dask.bag as db
    >>> with dask.config.set(scheduler="synchronous"):
    ...     parsed = parse_bag(db.from_sequence(["A\\n\\nOne.", b"bad"], npartitions=1))
    ...     [r.ok for r in parsed.compute()], articles(parsed).count().compute()
    ([True, False], 1)
    """
    chosen = parse if parse is not None else default_parse()
    check_options(chosen, options)
    _bag()
    return bag.map_partitions(_parse_partition, parse=chosen, options=options)


def _parse_partition(
    items: Iterable[object], parse: ParseFunction, options: Mapping[str, Any]
) -> list[Parsed]:
    return list(compact_results(items, parse, options))


def articles(parsed: Any) -> Any:
    """The articles of a bag of results, one element each."""
    return parsed.filter(_is_result).map(_articles_of).flatten()


def failures(parsed: Any) -> Any:
    """The failures of a bag of results."""
    return parsed.filter(_is_failure)


def _is_result(result: Parsed) -> bool:
    return isinstance(result, ParseResult)


def _is_failure(result: Parsed) -> bool:
    return isinstance(result, ParseFailure)


def _articles_of(result: ParseResult) -> list[Article]:
    return result.articles


def candidate_keys(article: Article, config: DedupeConfig) -> frozenset[CandidateKey]:
    """Keys under which :func:`~newsrecords.dedupe` might compare ``article`` with another:
    its body, its sentences, its quotes and its counted actions, as ``dedupe`` indexes them
    (coarsened to the bits its index keeps), plus one key shared by every article that
    states a counted action (see the module's note on rare names).

    >>> from newsrecords import parse_page
    >>> [a] = parse_page("Talks\\n\\nThe two sides met again on Monday in Geneva for talks.")
    >>> sorted(kind for kind, _ in candidate_keys(a, DedupeConfig()))
    ['body', 'sentence', 'sentence']
    """
    if not isinstance(article, Article):
        raise InputTypeError(f"articles must be Article, not {type(article).__name__}")
    if not article.body.strip():
        # dedupe groups an empty body only with the very same record: same id at least.
        return frozenset({("empty", body_key(article.id))})
    indexed = article_keys(article, config)
    keys = {("body", indexed.body)}
    keys.update(("sentence", k >> _DROP) for k in indexed.sentences)
    keys.update(("quote", k >> _DROP) for k in indexed.quotes)
    keys.update(("action", k >> _DROP) for k in indexed.actions)
    if indexed.actions:
        keys.add(("counted", 0))
    return frozenset(keys)


def dedupe_bag(bag_of_articles: Any, config: DedupeConfig | None = None) -> Any:
    """A bag of the stories :func:`newsrecords.dedupe` makes of the bag's articles.

    The same stories with the same members (a bag has no order: sort them if you compare).
    The candidate keys are computed when this is called, with the articles persisted on
    the cluster meanwhile; the stories bag that comes back is lazy.
    """
    db = _bag()
    from dask.delayed import delayed

    chosen = delayed(config or DedupeConfig(), name=_unique("newsrecords-config"))
    numbered = _numbered(db, bag_of_articles).persist()
    parts = numbered.to_delayed(optimize_graph=False)  # keeps the persisted futures alive
    width = len(parts)
    # Candidate keys, shuffled by key: each part splits its keys into one bucket per
    # reducer; each reducer chains the articles that meet under a key.
    # (Each reducer takes every part's buckets and picks its own: the keys are small, and
    # one getitem task per part and reducer cost twice the time on a 2-worker cluster.)
    key_buckets = [delayed(_split_keys)(part, width, chosen) for part in parts]
    chains = [delayed(_chains)(key_buckets, j) for j in range(width)]
    links = _gathered(chains)
    component = delayed(_components(links), name=_unique("newsrecords-components"), traverse=False)
    # Articles shuffled by component, deduplicated where each component meets.
    by_component = [delayed(_split_articles, nout=width)(part, width, component) for part in parts]
    together = [
        delayed(_dedupe_groups)([buckets[j] for buckets in by_component], chosen)
        for j in range(width)
    ]
    alone = [delayed(_dedupe_alone)(part, component, chosen) for part in parts]
    return db.from_delayed(together + alone)


def _unique(prefix: str) -> str:
    """A task name that is never tokenized: hashing a large mapping's contents is slow
    (and with ``traverse=False``, Dask never walks through it either)."""
    import uuid

    return f"{prefix}-{uuid.uuid4().hex}"


def _gathered(chains: list[Any]) -> list[tuple[_Number, _Number]]:
    import dask

    found: tuple[list[tuple[_Number, _Number]], ...] = dask.compute(*chains)
    return [link for links in found for link in links]


def _numbered(db: Any, bag: Any) -> Any:
    from dask.delayed import delayed

    parts = bag.to_delayed()
    return db.from_delayed([delayed(_number)(part, i) for i, part in enumerate(parts)])


def _number(part: Iterable[Article], partition: int) -> list[tuple[_Number, Article]]:
    return [(partition << 32 | i, article) for i, article in enumerate(part)]


def _split_keys(
    part: Iterable[tuple[_Number, Article]], width: int, config: DedupeConfig
) -> tuple[list[tuple[CandidateKey, _Number]], ...]:
    """Each article's candidate keys, in one bucket per reducer (by the key's value)."""
    buckets: tuple[list[tuple[CandidateKey, _Number]], ...] = tuple([] for _ in range(width))
    for number, article in part:
        for key in candidate_keys(article, config):
            buckets[key[1] % width].append((key, number))
    return buckets


def _chains(
    parts: Iterable[Sequence[list[tuple[CandidateKey, _Number]]]], reducer: int
) -> list[tuple[_Number, _Number]]:
    """Links that connect every article under each of this reducer's keys: a chain, not
    all pairs."""
    entries = sorted(entry for buckets in parts for entry in buckets[reducer])
    links: list[tuple[_Number, _Number]] = []
    for _, group in itertools.groupby(entries, key=_first):
        numbers = [number for _, number in group]
        links.extend(itertools.pairwise(numbers))
    return links


def _first(pair: tuple[Any, Any]) -> Any:
    return pair[0]


def _components(links: Iterable[tuple[_Number, _Number]]) -> dict[_Number, _Number]:
    """Each linked article's component, named by its smallest member.

    >>> sorted(_components([(1, 2), (2, 7), (5, 6)]).items())
    [(1, 1), (2, 1), (5, 5), (6, 5), (7, 1)]
    """
    links = list(links)
    numbers = sorted({n for link in links for n in link})
    at = {n: i for i, n in enumerate(numbers)}
    groups = UnionFind(len(numbers))  # the smaller root wins: the smallest member names it
    for a, b in links:
        groups.union(at[a], at[b])
    return {n: numbers[groups.find(i)] for i, n in enumerate(numbers)}


def _split_articles(
    part: Iterable[tuple[_Number, Article]], width: int, component: Mapping[_Number, _Number]
) -> tuple[list[tuple[_Number, Article]], ...]:
    """The linked articles of a part, in one bucket per reducer (by their component)."""
    buckets: tuple[list[tuple[_Number, Article]], ...] = tuple([] for _ in range(width))
    for number, article in part:
        root = component.get(number)
        if root is not None:
            buckets[hash(root) % width].append((root, article))
    return buckets


def _dedupe_groups(
    buckets: Iterable[list[tuple[_Number, Article]]], config: DedupeConfig
) -> list[Story]:
    groups: dict[_Number, list[Article]] = {}
    for bucket in buckets:
        for root, article in bucket:
            groups.setdefault(root, []).append(article)
    return [story for members in groups.values() for story in dedupe(members, config=config)]


def _dedupe_alone(
    part: Iterable[tuple[_Number, Article]],
    component: Mapping[_Number, _Number],
    config: DedupeConfig,
) -> list[Story]:
    """Stories of one for the articles that share no key with any other."""
    return [
        story
        for number, article in part
        if number not in component
        for story in dedupe([article], config=config)
    ]

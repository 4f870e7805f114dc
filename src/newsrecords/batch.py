"""Parse many documents: one result per item, in input order, optionally on several cores.

:func:`parse_many` takes strings, ``(text, source, published)`` tuples or dicts with those
keys, and yields one :class:`ParseResult` or :class:`ParseFailure` per item as soon as it
and every item before it are done, so a caller can stream a corpus that does not fit in
memory. A bad item is reported by its own failure record and the rest go on.

With ``workers=N`` the items go in chunks to a pool of ``N`` processes. The records come
back as JSON Lines bytes, not pickled models: rebuilding pydantic models in the parent runs
on one core and made a pool of two no faster than one process. A result builds its
:class:`~newsrecords.models.Article` models only when ``articles`` is first read, and
``jsonl`` hands the bytes on untouched (what the command line writes).

A worker that dies (killed, out of memory, a crash in native code) breaks the pool: the
items that were in flight are retried one at a time in a fresh process, the one that
kills it again is reported as ``worker_died``, and the batch goes on.
"""

from __future__ import annotations

import os
import sys
from collections.abc import Iterable, Iterator, Mapping, Sequence
from typing import Any

from ._batch_items import (
    Parsed,
    ParseFailure,
    ParseFunction,
    ParseResult,
    check_item,
    check_options,
    counts,
    default_parse,
    failure,
    parse_one,
)
from ._batch_pool import DEFAULT_CHUNKSIZE, pooled
from .exceptions import InputTypeError

__all__ = [
    "DEFAULT_CHUNKSIZE",
    "ParseFailure",
    "ParseFunction",
    "ParseResult",
    "Parsed",
    "default_workers",
    "parse_many",
]


def parse_many(
    items: Iterable[object],
    *,
    workers: int | None = None,
    progress: bool = False,
    chunksize: int | None = None,
    parse: ParseFunction | None = None,
    **options: Any,
) -> Iterator[Parsed]:
    """Parse every item; yield one :data:`Parsed` per item, in input order, streaming.

    An item is a page's text, a ``(text, source, published)`` tuple (shorter tuples leave
    the rest ``None``) or a mapping with a ``text`` key and optional ``source`` and
    ``published`` keys (other keys are ignored). ``options`` are passed to the parser:
    ``quotes=``, ``indirect=``, ``actions=``, ``rules=``, ``double_apostrophes=``... of
    :func:`~newsrecords.parse_page`, which ``parse`` replaces when given (any picklable
    function with the same call shape, such as a configured parser's method).

    ``workers=None`` parses in this process; ``workers=N`` uses a pool of ``N`` processes,
    ``chunksize`` items at a time (see :data:`DEFAULT_CHUNKSIZE`). ``progress=True`` shows
    a bar on stderr if tqdm is installed (``pip install "newsrecords[progress]"``) and
    nothing otherwise. A keyword the parser does not take raises ``InputTypeError`` at
    once; a bad item gives a :class:`ParseFailure` and the rest go on.

    >>> results = list(parse_many(["A\\n\\nOne.", ("B\\n\\nTwo.", "b.txt", None), {"text": 3}]))
    >>> [r.ok for r in results]
    [True, True, False]
    >>> results[1].articles[0].source.name, results[2].describe()
    ('b.txt', 'item 2: text must be str, not int')
    """
    chosen = parse if parse is not None else default_parse()
    check_options(chosen, options)
    if workers is not None and (not isinstance(workers, int) or workers < 1):
        raise InputTypeError(f"workers must be a positive int or None, not {workers!r}")
    size = DEFAULT_CHUNKSIZE if chunksize is None else chunksize
    if not isinstance(size, int) or size < 1:
        raise InputTypeError(f"chunksize must be a positive int or None, not {chunksize!r}")
    total = len(items) if isinstance(items, Sequence) else None
    results = (
        _in_process(items, chosen, options)
        if workers is None
        else pooled(items, workers, size, chosen, options)
    )
    return _with_progress(results, total) if progress else results


def _in_process(
    items: Iterable[object], parse: ParseFunction, options: Mapping[str, Any]
) -> Iterator[Parsed]:
    for index, raw in enumerate(items):
        item = check_item(index, raw)
        if isinstance(item, ParseFailure):
            yield item
            continue
        try:
            articles = parse_one(item, parse, options)
        except Exception as exc:  # one bad item is reported; the batch goes on
            yield failure(index, item.source, exc)
        else:
            yield ParseResult(index, item.source, *counts(articles), articles=articles)


def _with_progress(results: Iterator[Parsed], total: int | None) -> Iterator[Parsed]:
    """The results with a bar on stderr while they come, if tqdm is installed."""
    try:
        from tqdm import tqdm
    except ImportError:  # the bar is a nicety: without the extra, no bar
        yield from results
        return
    with tqdm(total=total, unit="doc", disable=None, file=sys.stderr) as bar:
        for result in results:
            bar.update(1)
            yield result


def default_workers() -> int:
    """The number of cores this process may use (what ``-j 0`` means on the command line).

    >>> default_workers() >= 1
    True
    """
    try:
        return len(os.sched_getaffinity(0))
    except AttributeError:  # not on every platform
        return os.cpu_count() or 1

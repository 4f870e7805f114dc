"""The process pool of :func:`~newsrecords.parse_many`: chunks out, JSON Lines back.

Items go to the workers in chunks; each worker answers with each item's articles as JSON
Lines (or its error), never a pickled model, and the answers are yielded in input order.
A worker that dies breaks the pool: the items in flight are retried one at a time in a
fresh process, and the one whose process dies again gets a ``worker_died`` failure.
"""

from __future__ import annotations

import multiprocessing
from collections import deque
from collections.abc import Iterable, Iterator, Mapping, Sequence
from concurrent.futures import Future, ProcessPoolExecutor
from concurrent.futures.process import BrokenProcessPool
from typing import Any

from ._batch_items import (
    Item,
    Parsed,
    ParseFailure,
    ParseFunction,
    ParseResult,
    check_item,
    counts,
    failure,
    parse_one,
    to_jsonl,
)
from .exceptions import WorkerError

__all__ = ["DEFAULT_CHUNKSIZE", "WORKER_DIED", "compact_results", "pooled"]

#: Items per chunk sent to a worker when ``chunksize`` is not given: large enough that the
#: round trip is a small share of a chunk's time, small enough to keep both cores busy to
#: the end of an 840-text corpus.
DEFAULT_CHUNKSIZE = 8

#: The failure code of an item whose worker process died while parsing it.
WORKER_DIED = "worker_died"

#: Chunks in flight per worker: enough that a worker never waits for the parent, few enough
#: that a long input is never read far ahead of what has been yielded.
_AHEAD = 2

# A worker's answer for one item: its JSON Lines and counts, or (code, error, message).
_Row = tuple[bytes, int, int] | tuple[str, str, str]


def _parse_chunk(
    chunk: Sequence[Item], parse: ParseFunction, options: Mapping[str, Any]
) -> list[_Row]:
    """Run in a worker: each item's articles as JSON Lines, or its error, never a raise."""
    return [_attempt(item, parse, options) for item in chunk]


def _attempt(item: Item, parse: ParseFunction, options: Mapping[str, Any]) -> _Row:
    try:
        articles = parse_one(item, parse, options)
        return (to_jsonl(articles), *counts(articles))
    except Exception as exc:
        failed = failure(item.index, item.source, exc)
        return (failed.code, failed.error, failed.message)


def _from_rows(chunk: Sequence[Item], rows: list[_Row]) -> Iterator[Parsed]:
    for item, row in zip(chunk, rows, strict=True):
        if isinstance(row[0], bytes):
            jsonl, articles, quotes = row
            yield ParseResult(item.index, item.source, articles, quotes, jsonl=jsonl)
        else:
            code, error, message = row
            yield ParseFailure(item.index, item.source, code, error, message)


def _merged(chunk: Sequence[Parsed | Item], rows: list[_Row]) -> Iterator[Parsed]:
    """A chunk's results in order: its failures as they are, its items' answers between."""
    answers = _from_rows([e for e in chunk if isinstance(e, Item)], rows)
    for entry in chunk:
        yield next(answers) if isinstance(entry, Item) else entry


def compact_results(
    items: Iterable[object], parse: ParseFunction, options: Mapping[str, Any]
) -> Iterator[Parsed]:
    """In this process, results in the compact form a worker sends (JSON Lines): what a
    Dask partition hands on."""
    for chunk in _chunks(items, DEFAULT_CHUNKSIZE):
        todo = [entry for entry in chunk if isinstance(entry, Item)]
        yield from _merged(chunk, _parse_chunk(todo, parse, options))


def _new_pool(workers: int) -> ProcessPoolExecutor:
    # Not fork: a forked child inherits the parent's threads' locks (a progress bar's
    # monitor, a Dask client) in whatever state they were, and can hang on them.
    method = "forkserver" if "forkserver" in multiprocessing.get_all_start_methods() else "spawn"
    return ProcessPoolExecutor(workers, mp_context=multiprocessing.get_context(method))


def pooled(
    items: Iterable[object],
    workers: int,
    chunksize: int,
    parse: ParseFunction,
    options: Mapping[str, Any],
) -> Iterator[Parsed]:
    """Chunks to a pool, answers yielded in input order; a pool that breaks is replaced."""
    chunks = _chunks(items, chunksize)
    pending: deque[tuple[list[Parsed | Item], Future[list[_Row]] | None]] = deque()
    pool = _new_pool(workers)
    try:
        while True:
            while len(pending) < workers * _AHEAD:
                chunk = next(chunks, None)
                if chunk is None:
                    break
                todo = [entry for entry in chunk if isinstance(entry, Item)]
                future = pool.submit(_parse_chunk, todo, parse, options) if todo else None
                pending.append((chunk, future))
            if not pending:
                return
            chunk, future = pending.popleft()
            try:
                rows = future.result() if future is not None else []
            except BrokenProcessPool:
                # Every chunk in flight is suspect: retry their items one at a time.
                suspects = [chunk, *(c for c, _ in pending)]
                pending.clear()
                pool.shutdown(wait=True, cancel_futures=True)
                yield from _retry_alone([e for c in suspects for e in c], parse, options)
                pool = _new_pool(workers)
                continue
            yield from _merged(chunk, rows)
    finally:
        pool.shutdown(wait=True, cancel_futures=True)


def _retry_alone(
    entries: Sequence[Parsed | Item], parse: ParseFunction, options: Mapping[str, Any]
) -> Iterator[Parsed]:
    """Parse suspect items one at a time in a process of their own; an item whose process
    dies is reported as ``worker_died``. Raises :class:`WorkerError` if a fresh process
    cannot even run an empty task (a broken environment, not a bad item)."""
    pool: ProcessPoolExecutor | None = None
    try:
        for entry in entries:
            if not isinstance(entry, Item):
                yield entry
                continue
            if pool is None:
                pool = _started_pool()
            try:
                rows = pool.submit(_parse_chunk, [entry], parse, options).result()
            except BrokenProcessPool:
                pool.shutdown(wait=True)
                pool = None
                message = "the worker process parsing it died (killed, out of memory or a crash)"
                yield ParseFailure(
                    entry.index, entry.source, WORKER_DIED, "BrokenProcessPool", message
                )
                continue
            yield from _from_rows([entry], rows)
    finally:
        if pool is not None:
            pool.shutdown(wait=True)


def _started_pool() -> ProcessPoolExecutor:
    """A pool of one process that has run a task, or :class:`WorkerError`."""
    pool = _new_pool(1)
    try:
        pool.submit(int).result()
    except BrokenProcessPool:
        pool.shutdown(wait=True)
        raise WorkerError(
            "worker processes die as they start; a script that calls parse_many with "
            'workers must do so under `if __name__ == "__main__":`'
        ) from None
    return pool


def _chunks(items: Iterable[object], size: int) -> Iterator[list[Parsed | Item]]:
    """The items checked and numbered, ``size`` at a time (bad ones as failures)."""
    chunk: list[Parsed | Item] = []
    for index, raw in enumerate(items):
        chunk.append(check_item(index, raw))
        if len(chunk) == size:
            yield chunk
            chunk = []
    if chunk:
        yield chunk

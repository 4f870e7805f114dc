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

import datetime as _dt
import inspect
import multiprocessing
import os
import sys
from collections import deque
from collections.abc import Callable, Iterable, Iterator, Mapping, Sequence
from concurrent.futures import Future, ProcessPoolExecutor
from concurrent.futures.process import BrokenProcessPool
from typing import Any, ClassVar, Literal, TypeAlias

import attrs

from .exceptions import InputTypeError, NewsRecordsError, WorkerError
from .models import Article

__all__ = ["ParseFailure", "ParseResult", "Parsed", "parse_many"]

#: A parser: called as ``parse(text, source=..., published=..., **options)``. It must be
#: picklable (a module-level function, or a bound method of a picklable object) to go to a
#: worker process.
ParseFunction: TypeAlias = Callable[..., list[Article]]

#: Items per chunk sent to a worker when ``chunksize`` is not given: large enough that the
#: round trip is a small share of a chunk's time, small enough to keep both cores busy to
#: the end of an 840-text corpus.
DEFAULT_CHUNKSIZE = 8

#: Chunks in flight per worker: enough that a worker never waits for the parent, few enough
#: that a long input is never read far ahead of what has been yielded.
_AHEAD = 2

# Failure codes that are not an exception's own ``code``.
WORKER_DIED = "worker_died"
INTERNAL_ERROR = "internal_error"


@attrs.frozen(slots=True)
class _Item:
    """One input item, checked and numbered."""

    index: int
    text: str
    source: str | None
    published: _dt.datetime | None


@attrs.frozen(slots=True, eq=False)
class ParseResult:
    """The articles of one item, kept as JSON Lines until ``articles`` is first read.

    ``article_count`` and ``quote_count`` (quotes of every kind, over the articles) are
    known without building the models.

    >>> [result] = parse_many(["Big news\\n\\nIt happened today."])
    >>> result.ok, result.index, [a.headline for a in result.articles]
    (True, 0, ['Big news'])
    >>> result.jsonl.count(b"\\n"), result.article_count, result.quote_count
    (1, 1, 0)
    """

    index: int
    source: str | None
    article_count: int
    quote_count: int
    _jsonl: bytes | None = attrs.field(default=None, alias="jsonl")
    _articles: list[Article] | None = attrs.field(default=None, alias="articles")
    ok: ClassVar[Literal[True]] = True

    @property
    def articles(self) -> list[Article]:
        """The records, built from the JSON once and then kept."""
        if self._articles is None:
            lines = (self._jsonl or b"").splitlines()
            built = [Article.model_validate_json(line) for line in lines]
            object.__setattr__(self, "_articles", built)
            return built
        return self._articles

    @property
    def jsonl(self) -> bytes:
        """One Article JSON object a line, each line ending in a newline."""
        if self._jsonl is None:
            data = _to_jsonl(self._articles or [])
            object.__setattr__(self, "_jsonl", data)
            return data
        return self._jsonl


@attrs.frozen(slots=True)
class ParseFailure:
    """An item that gave no articles: which one, and why.

    ``code`` is the error's stable machine code (see :mod:`newsrecords.exceptions`), or
    ``worker_died`` when the process parsing it died, or ``internal_error`` for an
    unexpected exception (a bug: ``error`` names its type).

    >>> [failure] = parse_many([b"bytes"])
    >>> failure.ok, failure.index, failure.code
    (False, 0, 'input_type')
    >>> failure.describe()
    'item 0: item must be str, a (text, source, published) tuple or a mapping, not bytes'
    """

    index: int
    source: str | None
    code: str
    error: str
    message: str
    ok: ClassVar[Literal[False]] = False

    def describe(self) -> str:
        """One line naming the item (its source when known) and what went wrong."""
        where = f"item {self.index}" + (f" ({self.source})" if self.source else "")
        return f"{where}: {self.message}"


#: What :func:`parse_many` yields for each item.
Parsed: TypeAlias = ParseResult | ParseFailure


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
    chosen = parse if parse is not None else _default_parse()
    _check_options(chosen, options)
    if workers is not None and (not isinstance(workers, int) or workers < 1):
        raise InputTypeError(f"workers must be a positive int or None, not {workers!r}")
    size = DEFAULT_CHUNKSIZE if chunksize is None else chunksize
    if not isinstance(size, int) or size < 1:
        raise InputTypeError(f"chunksize must be a positive int or None, not {chunksize!r}")
    total = len(items) if isinstance(items, Sequence) else None
    results = (
        _in_process(items, chosen, options)
        if workers is None
        else _pooled(items, workers, size, chosen, options)
    )
    return _with_progress(results, total) if progress else results


def _default_parse() -> ParseFunction:
    # The public entry point, imported here: the package imports this module first.
    from newsrecords import parse_page

    return parse_page


def _check_options(parse: ParseFunction, options: Mapping[str, Any]) -> None:
    """Refuse keywords the parser does not take now, not once per item."""
    try:
        signature = inspect.signature(parse)
    except (TypeError, ValueError):  # a builtin or C callable: nothing to check against
        return
    try:
        signature.bind("", source=None, published=None, **options)
    except TypeError as exc:
        raise InputTypeError(f"parse_many: {exc}") from None


def _item(index: int, raw: object) -> _Item | ParseFailure:
    """An input item as an :class:`_Item`, or the failure saying what is wrong with it."""
    source: object = None
    published: object = None
    if isinstance(raw, str):
        text: object = raw
    elif isinstance(raw, tuple) and 1 <= len(raw) <= 3:
        text, source, published = (*raw, None, None)[:3]
    elif isinstance(raw, Mapping):
        if "text" not in raw:
            return _failure(index, None, InputTypeError("item has no 'text' key"))
        text, source, published = raw["text"], raw.get("source"), raw.get("published")
    else:
        problem = InputTypeError(
            "item must be str, a (text, source, published) tuple or a mapping, "
            f"not {type(raw).__name__}"
        )
        return _failure(index, None, problem)
    if source is not None and not isinstance(source, str):
        return _failure(index, None, InputTypeError.expected("source", source))
    if not isinstance(text, str):
        return _failure(index, source, InputTypeError.expected("text", text))
    if published is not None and not isinstance(published, _dt.datetime):
        kind = type(published).__name__
        problem = InputTypeError(f"published must be datetime or None, not {kind}")
        return _failure(index, source, problem)
    return _Item(index, text, source, published)


def _failure(index: int, source: str | None, exc: BaseException) -> ParseFailure:
    code = exc.code if isinstance(exc, NewsRecordsError) else INTERNAL_ERROR
    return ParseFailure(index, source, code, type(exc).__name__, str(exc) or type(exc).__name__)


def _parse_one(item: _Item, parse: ParseFunction, options: Mapping[str, Any]) -> list[Article]:
    return parse(item.text, source=item.source, published=item.published, **options)


def _in_process(
    items: Iterable[object], parse: ParseFunction, options: Mapping[str, Any]
) -> Iterator[Parsed]:
    for index, raw in enumerate(items):
        item = _item(index, raw)
        if isinstance(item, ParseFailure):
            yield item
            continue
        try:
            articles = _parse_one(item, parse, options)
        except Exception as exc:  # one bad item is reported; the batch goes on
            yield _failure(index, item.source, exc)
        else:
            yield ParseResult(index, item.source, *_counts(articles), articles=articles)


def _counts(articles: Sequence[Article]) -> tuple[int, int]:
    return len(articles), sum(len(a.quotes) for a in articles)


def _to_jsonl(articles: Iterable[Article]) -> bytes:
    return b"".join(a.__pydantic_serializer__.to_json(a) + b"\n" for a in articles)


# A worker's answer for one item: its JSON Lines and counts, or (code, error, message).
_Row = tuple[bytes, int, int] | tuple[str, str, str]


def _parse_chunk(
    chunk: Sequence[_Item], parse: ParseFunction, options: Mapping[str, Any]
) -> list[_Row]:
    """Run in a worker: each item's articles as JSON Lines, or its error, never a raise."""
    return [_attempt(item, parse, options) for item in chunk]


def _attempt(item: _Item, parse: ParseFunction, options: Mapping[str, Any]) -> _Row:
    try:
        articles = _parse_one(item, parse, options)
        return (_to_jsonl(articles), *_counts(articles))
    except Exception as exc:
        failed = _failure(item.index, item.source, exc)
        return (failed.code, failed.error, failed.message)


def _from_rows(chunk: Sequence[_Item], rows: list[_Row]) -> Iterator[Parsed]:
    for item, row in zip(chunk, rows, strict=True):
        if isinstance(row[0], bytes):
            jsonl, articles, quotes = row
            yield ParseResult(item.index, item.source, articles, quotes, jsonl=jsonl)
        else:
            code, error, message = row
            yield ParseFailure(item.index, item.source, code, error, message)


def _merged(chunk: Sequence[Parsed | _Item], rows: list[_Row]) -> Iterator[Parsed]:
    """A chunk's results in order: its failures as they are, its items' answers between."""
    answers = _from_rows([e for e in chunk if isinstance(e, _Item)], rows)
    for entry in chunk:
        yield next(answers) if isinstance(entry, _Item) else entry


def _compact_results(
    items: Iterable[object], parse: ParseFunction, options: Mapping[str, Any]
) -> Iterator[Parsed]:
    """In this process, results in the compact form a worker sends (JSON Lines): what a
    Dask partition hands on."""
    for chunk in _chunks(items, DEFAULT_CHUNKSIZE):
        todo = [entry for entry in chunk if isinstance(entry, _Item)]
        yield from _merged(chunk, _parse_chunk(todo, parse, options))


def _new_pool(workers: int) -> ProcessPoolExecutor:
    # Not fork: a forked child inherits the parent's threads' locks (a progress bar's
    # monitor, a Dask client) in whatever state they were, and can hang on them.
    method = "forkserver" if "forkserver" in multiprocessing.get_all_start_methods() else "spawn"
    return ProcessPoolExecutor(workers, mp_context=multiprocessing.get_context(method))


def _pooled(
    items: Iterable[object],
    workers: int,
    chunksize: int,
    parse: ParseFunction,
    options: Mapping[str, Any],
) -> Iterator[Parsed]:
    """Chunks to a pool, answers yielded in input order; a pool that breaks is replaced."""
    chunks = _chunks(items, chunksize)
    pending: deque[tuple[list[Parsed | _Item], Future[list[_Row]] | None]] = deque()
    pool = _new_pool(workers)
    try:
        while True:
            while len(pending) < workers * _AHEAD:
                chunk = next(chunks, None)
                if chunk is None:
                    break
                todo = [entry for entry in chunk if isinstance(entry, _Item)]
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
    entries: Sequence[Parsed | _Item], parse: ParseFunction, options: Mapping[str, Any]
) -> Iterator[Parsed]:
    """Parse suspect items one at a time in a process of their own; an item whose process
    dies is reported as ``worker_died``. Raises :class:`WorkerError` if a fresh process
    cannot even run an empty task (a broken environment, not a bad item)."""
    pool: ProcessPoolExecutor | None = None
    try:
        for entry in entries:
            if not isinstance(entry, _Item):
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


def _chunks(items: Iterable[object], size: int) -> Iterator[list[Parsed | _Item]]:
    """The items checked and numbered, ``size`` at a time (bad ones as failures)."""
    chunk: list[Parsed | _Item] = []
    for index, raw in enumerate(items):
        chunk.append(_item(index, raw))
        if len(chunk) == size:
            yield chunk
            chunk = []
    if chunk:
        yield chunk


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

"""The records of :func:`~newsrecords.parse_many`: an item checked, and what it gave.

:class:`ParseResult` keeps an item's articles as JSON Lines (the form a worker process
sends back) until ``articles`` is first read; :class:`ParseFailure` names the item and
the error. Both are re-exported by :mod:`newsrecords.batch` and :mod:`newsrecords`.
"""

from __future__ import annotations

import datetime as _dt
import inspect
from collections.abc import Callable, Iterable, Mapping, Sequence
from typing import Any, ClassVar, Literal, TypeAlias

import attrs

from .exceptions import InputTypeError, NewsRecordsError
from .models import Article

__all__ = [
    "INTERNAL_ERROR",
    "Item",
    "ParseFailure",
    "ParseFunction",
    "ParseResult",
    "Parsed",
    "check_item",
    "check_options",
    "counts",
    "default_parse",
    "failure",
    "parse_one",
    "to_jsonl",
]

#: A parser: called as ``parse(text, source=..., published=..., **options)``. It must be
#: picklable (a module-level function, or a bound method of a picklable object) to go to a
#: worker process.
ParseFunction: TypeAlias = Callable[..., list[Article]]

#: The failure code of an unexpected exception (a bug), which has no ``code`` of its own.
INTERNAL_ERROR = "internal_error"


@attrs.frozen(slots=True)
class Item:
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

    >>> from newsrecords import parse_many
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
            data = to_jsonl(self._articles or [])
            object.__setattr__(self, "_jsonl", data)
            return data
        return self._jsonl


@attrs.frozen(slots=True)
class ParseFailure:
    """An item that gave no articles: which one, and why.

    ``code`` is the error's stable machine code (see :mod:`newsrecords.exceptions`), or
    ``worker_died`` when the process parsing it died, or ``internal_error`` for an
    unexpected exception (a bug: ``error`` names its type).

    >>> from newsrecords import parse_many
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


def check_item(index: int, raw: object) -> Item | ParseFailure:
    """An input item as an :class:`Item`, or the failure saying what is wrong with it."""
    source: object = None
    published: object = None
    if isinstance(raw, str):
        text: object = raw
    elif isinstance(raw, tuple) and 1 <= len(raw) <= 3:
        text, source, published = (*raw, None, None)[:3]
    elif isinstance(raw, Mapping):
        if "text" not in raw:
            return failure(index, None, InputTypeError("item has no 'text' key"))
        text, source, published = raw["text"], raw.get("source"), raw.get("published")
    else:
        problem = InputTypeError(
            "item must be str, a (text, source, published) tuple or a mapping, "
            f"not {type(raw).__name__}"
        )
        return failure(index, None, problem)
    if source is not None and not isinstance(source, str):
        return failure(index, None, InputTypeError.expected("source", source))
    if not isinstance(text, str):
        return failure(index, source, InputTypeError.expected("text", text))
    if published is not None and not isinstance(published, _dt.datetime):
        kind = type(published).__name__
        problem = InputTypeError(f"published must be datetime or None, not {kind}")
        return failure(index, source, problem)
    return Item(index, text, source, published)


def failure(index: int, source: str | None, exc: BaseException) -> ParseFailure:
    code = exc.code if isinstance(exc, NewsRecordsError) else INTERNAL_ERROR
    return ParseFailure(index, source, code, type(exc).__name__, str(exc) or type(exc).__name__)


def parse_one(item: Item, parse: ParseFunction, options: Mapping[str, Any]) -> list[Article]:
    return parse(item.text, source=item.source, published=item.published, **options)


def counts(articles: Sequence[Article]) -> tuple[int, int]:
    return len(articles), sum(len(a.quotes) for a in articles)


def to_jsonl(articles: Iterable[Article]) -> bytes:
    return b"".join(a.__pydantic_serializer__.to_json(a) + b"\n" for a in articles)


def default_parse() -> ParseFunction:
    # The public entry point, imported here: the package imports this module first.
    from newsrecords import parse_page

    return parse_page


def check_options(parse: ParseFunction, options: Mapping[str, Any]) -> None:
    """Refuse keywords the parser does not take now, not once per item."""
    try:
        signature = inspect.signature(parse)
    except (TypeError, ValueError):  # a builtin or C callable: nothing to check against
        return
    try:
        signature.bind("", source=None, published=None, **options)
    except TypeError as exc:
        raise InputTypeError(f"parse_many: {exc}") from None

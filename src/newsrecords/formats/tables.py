"""Flat tables of articles, quotes, speakers and policy actions, for analysts.

Each table is a list of rows (``dict`` of column name to a ``str``, ``int``, ``date``,
``datetime`` or ``None``), with the same columns in the same order for every row, listed
in :data:`COLUMNS`. Every row names its article (``article_id``, ``source``) so the tables
join; list values (aliases, co-actors) are joined with ``"; "``; spans are ``start`` and
``end`` columns. :func:`write_csv` writes a table with the standard library;
:mod:`newsrecords.formats.columnar` makes Arrow tables and pandas DataFrames of the same
rows.
"""

from __future__ import annotations

import csv
import datetime as _dt
from collections.abc import Callable, Iterable, Iterator
from typing import TextIO

from newsrecords.exceptions import UnknownFormatError
from newsrecords.models import Article, PolicyAction, Quote, Span, Speaker

__all__ = ["COLUMNS", "TABLES", "Cell", "Row", "iter_rows", "to_rows", "write_csv"]

Cell = str | int | _dt.date | _dt.datetime | None
Row = dict[str, Cell]

#: Every table's columns and their types ("str", "int", "date", "datetime"), in order.
COLUMNS: dict[str, tuple[tuple[str, str], ...]] = {
    "articles": (
        ("article_id", "str"), ("source", "str"), ("url", "str"), ("headline", "str"),
        ("published", "datetime"), ("outlet", "str"), ("byline", "str"),
        ("dateline", "str"), ("paragraphs", "int"), ("quotes", "int"), ("speakers", "int"),
        ("actions", "int"), ("body", "str"), ("start", "int"), ("end", "int"),
    ),
    "quotes": (
        ("article_id", "str"), ("source", "str"), ("index", "int"), ("kind", "str"),
        ("text", "str"), ("speaker", "str"), ("speaker_kind", "str"),
        ("speaker_title", "str"), ("speaker_affiliation", "str"), ("cue", "str"),
        ("start", "int"), ("end", "int"), ("speaker_start", "int"), ("speaker_end", "int"),
        ("cue_start", "int"), ("cue_end", "int"),
    ),
    "speakers": (
        ("article_id", "str"), ("source", "str"), ("index", "int"), ("name", "str"),
        ("kind", "str"), ("title", "str"), ("affiliation", "str"), ("aliases", "str"),
        ("mentions", "int"), ("first_start", "int"), ("first_end", "int"),
    ),
    "actions": (
        ("article_id", "str"), ("source", "str"), ("index", "int"), ("kind", "str"),
        ("verb", "str"), ("mode", "str"), ("trigger", "str"), ("actor", "str"),
        ("co_actors", "str"), ("target", "str"), ("count", "int"), ("count_text", "str"),
        ("unit", "str"), ("date", "date"), ("date_text", "str"), ("cameo", "str"),
        ("plover", "str"), ("evidence", "str"), ("start", "int"), ("end", "int"),
        ("trigger_start", "int"), ("trigger_end", "int"),
    ),
}  # fmt: skip
#: The table names, in the order the docs list them.
TABLES = tuple(COLUMNS)


def _joined(values: Iterable[str]) -> str | None:
    """List values as one cell; ``None`` for none.

    >>> _joined(["Psaki", "she"]), _joined([])
    ('Psaki; she', None)
    """
    return "; ".join(values) or None


def _ends(span: Span | None) -> tuple[int | None, int | None]:
    return (span.start, span.end) if span is not None else (None, None)


def _article_row(article: Article) -> Row:
    return {
        "url": article.source.url,
        "headline": article.headline,
        "published": article.published,
        "outlet": article.outlet,
        "byline": _joined(article.byline),
        "dateline": article.dateline.text if article.dateline else None,
        "paragraphs": len(article.paragraphs),
        "quotes": len(article.quotes),
        "speakers": len(article.speakers),
        "actions": len(article.actions),
        "body": article.body,
        "start": article.span.start,
        "end": article.span.end,
    }


def _quote_row(quote: Quote) -> Row:
    speaker = quote.speaker
    speaker_start, speaker_end = _ends(quote.speaker_span)
    cue_start, cue_end = _ends(quote.cue_span)
    return {
        "kind": quote.kind.value,
        "text": quote.text,
        "speaker": speaker.name if speaker else None,
        "speaker_kind": speaker.kind.value if speaker else None,
        "speaker_title": speaker.title if speaker else None,
        "speaker_affiliation": speaker.affiliation if speaker else None,
        "cue": quote.cue,
        "start": quote.span.start,
        "end": quote.span.end,
        "speaker_start": speaker_start,
        "speaker_end": speaker_end,
        "cue_start": cue_start,
        "cue_end": cue_end,
    }


def _speaker_row(speaker: Speaker) -> Row:
    first_start, first_end = _ends(speaker.mentions[0] if speaker.mentions else None)
    return {
        "name": speaker.name,
        "kind": speaker.kind.value,
        "title": speaker.title,
        "affiliation": speaker.affiliation,
        "aliases": _joined(speaker.aliases),
        "mentions": len(speaker.mentions),
        "first_start": first_start,
        "first_end": first_end,
    }


def _action_row(action: PolicyAction) -> Row:
    return {
        "kind": action.kind.value,
        "verb": action.verb,
        "mode": action.mode.value,
        "trigger": action.trigger,
        "actor": action.actor,
        "co_actors": _joined(action.co_actors),
        "target": action.target,
        "count": action.count,
        "count_text": action.count_text,
        "unit": action.unit,
        "date": action.date,
        "date_text": action.date_text,
        "cameo": action.cameo,
        "plover": action.plover,
        "evidence": action.evidence,
        "start": action.span.start,
        "end": action.span.end,
        "trigger_start": action.trigger_span.start,
        "trigger_end": action.trigger_span.end,
    }


# The rows each article gives a table of its items, before the shared columns.
_ITEM_ROWS: dict[str, Callable[[Article], list[Row]]] = {
    "quotes": lambda article: [_quote_row(q) for q in article.quotes],
    "speakers": lambda article: [_speaker_row(s) for s in article.speakers],
    "actions": lambda article: [_action_row(a) for a in article.actions],
}


def _items(article: Article, table: str) -> list[Row]:
    """The rows one article contributes to ``table``, without the shared columns."""
    if table == "articles":
        return [_article_row(article)]
    return [{"index": i, **row} for i, row in enumerate(_ITEM_ROWS[table](article))]


def check_table(table: object) -> str:
    """``table`` if it names a table, else a clear ``UnknownFormatError``.

    >>> check_table("quotes")
    'quotes'
    >>> check_table("people")
    Traceback (most recent call last):
    ...
    newsrecords.exceptions.UnknownFormatError: unknown table 'people'; choose one of: articles, quotes, speakers, actions
    """  # noqa: E501
    if not isinstance(table, str) or table not in COLUMNS:
        raise UnknownFormatError(f"unknown table {table!r}; choose one of: {', '.join(TABLES)}")
    return table


def iter_rows(articles: Iterable[Article], table: str) -> Iterator[Row]:
    """The rows of ``table`` for ``articles``, one article at a time."""
    names = [name for name, _ in COLUMNS[check_table(table)]]
    for article in articles:
        shared = {"article_id": article.id, "source": article.source.name}
        for part in _items(article, table):
            row = {**shared, **part}
            yield {name: row.get(name) for name in names}


def to_rows(articles: Iterable[Article], table: str) -> list[Row]:
    """The rows of ``table`` ("articles", "quotes", "speakers" or "actions").

    >>> import newsrecords
    >>> page = "Talks resume\\n\\n\\u201cWe are ready,\\u201d said Jen Psaki."
    >>> rows = to_rows(newsrecords.parse_page(page, source="a.txt"), "quotes")
    >>> [(r["source"], r["speaker"], r["text"], r["start"], r["end"]) for r in rows]
    [('a.txt', 'Jen Psaki', 'We are ready', 15, 27)]
    """
    return list(iter_rows(articles, table))


def _cell(value: object) -> object:
    """A value as the csv module should write it: times in ISO 8601, ``None`` empty."""
    if isinstance(value, (_dt.date, _dt.datetime)):
        return value.isoformat()
    return "" if value is None else value


def write_csv(articles: Iterable[Article], table: str, out: TextIO) -> int:
    """Write ``table`` as CSV (a header, then one line a row) to ``out``; returns the rows.

    Open ``out`` with ``newline=""`` as the csv module asks.
    """
    columns = [name for name, _ in COLUMNS[check_table(table)]]
    writer = csv.writer(out)
    writer.writerow(columns)
    count = 0
    for row in iter_rows(articles, table):
        writer.writerow([_cell(row[name]) for name in columns])
        count += 1
    return count

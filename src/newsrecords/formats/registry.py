"""Output formats by name: what ``newsrecords parse --format NAME`` writes.

A writer takes a stream of articles and a text handle and writes them as it reads them,
so a large batch is never held whole. Adding a format is one entry in :data:`FORMATS`.
"""

from __future__ import annotations

import json
from collections.abc import Callable, Iterable
from typing import TextIO

import attrs

from newsrecords.exceptions import UnknownFormatError
from newsrecords.formats.jsonld import to_jsonld
from newsrecords.formats.ninjs import to_ninjs
from newsrecords.formats.plover import to_plover
from newsrecords.formats.tables import check_table, write_csv
from newsrecords.models import Article

__all__ = ["FORMATS", "Format", "Writer", "writer_for"]

Writer = Callable[[Iterable[Article], TextIO], None]


def _write_jsonl(articles: Iterable[Article], out: TextIO) -> None:
    for article in articles:
        out.write(article.model_dump_json() + "\n")


def _write_jsonld(articles: Iterable[Article], out: TextIO) -> None:
    for article in articles:
        out.write(json.dumps(to_jsonld(article), ensure_ascii=False) + "\n")


def _write_ninjs(articles: Iterable[Article], out: TextIO) -> None:
    for article in articles:
        out.write(json.dumps(to_ninjs(article), ensure_ascii=False) + "\n")


def _write_plover(articles: Iterable[Article], out: TextIO) -> None:
    for article in articles:
        for action in article.actions:
            out.write(json.dumps(to_plover(action, article=article)) + "\n")


def _write_text(articles: Iterable[Article], out: TextIO) -> None:
    from newsrecords.summary import describe_article

    for article in articles:
        out.write(describe_article(article) + "\n")


@attrs.frozen(slots=True)
class Format:
    """One output format: its name, a line of help, and its writer (``table`` is the table
    a tabular format writes)."""

    name: str
    help: str
    make: Callable[[str], Writer]


def _whole(writer: Writer) -> Callable[[str], Writer]:
    """A maker for a format that writes whole articles (and so has no table)."""
    return lambda table: writer


def _csv(table: str) -> Writer:
    def write(articles: Iterable[Article], out: TextIO) -> None:
        write_csv(articles, table, out)

    return write


#: The formats, by name; the first is the default.
FORMATS: dict[str, Format] = {
    f.name: f
    for f in (
        Format("jsonl", "Article records, one JSON object a line", _whole(_write_jsonl)),
        Format("jsonld", "schema.org NewsArticle JSON-LD, one a line", _whole(_write_jsonld)),
        Format("ninjs", "IPTC ninjs 3.1 documents, one a line", _whole(_write_ninjs)),
        Format(
            "plover", "policy actions as PLOVER-style events, one a line", _whole(_write_plover)
        ),
        Format("csv", "one table (--table) as CSV with a header", _csv),
        Format("text", "a readable summary of each article", _whole(_write_text)),
    )
}


def writer_for(name: str, *, table: str = "quotes") -> Writer:
    """The writer of the format ``name``; ``table`` chooses the table of ``csv``.

    >>> import io, newsrecords
    >>> out = io.StringIO()
    >>> writer_for("csv", table="articles")(newsrecords.parse_page("Hi\\n\\nThere."), out)
    >>> out.getvalue().splitlines()[0]
    'article_id,source,url,headline,published,outlet,byline,dateline,paragraphs,quotes,speakers,actions,body,start,end'
    """
    found = FORMATS.get(name)
    if found is None:
        raise UnknownFormatError(f"unknown format {name!r}; choose one of: {', '.join(FORMATS)}")
    return found.make(check_table(table))

"""Standard formats out: ninjs validates against IPTC's schema, JSON-LD uses schema.org
only, the flat tables keep their columns, and the registry writes every format."""

from __future__ import annotations

import csv
import datetime as _dt
import io
import json
import re
import sys
from functools import cache
from pathlib import Path
from typing import Any

import pytest
from hypothesis import given
from jsonschema import Draft202012Validator, FormatChecker

from conftest import DATA, SEED_FILES
from newsrecords import parse_html, parse_page
from newsrecords.exceptions import MissingExtraError, UnknownFormatError
from newsrecords.formats import (
    COLUMNS,
    FORMATS,
    TABLES,
    to_arrow,
    to_dataframe,
    to_jsonld,
    to_ninjs,
    to_rows,
    write_csv,
    write_parquet,
    writer_for,
)
from newsrecords.models import Article
from newsrecords.strategies import articles as article_records

NINJS_DIR = DATA / "ninjs"


@cache
def _seed_articles() -> tuple[Article, ...]:
    found: list[Article] = []
    for path in SEED_FILES:
        found.extend(parse_page(path.read_text(encoding="utf-8"), source=path.name))
    for path in sorted((DATA / "html").glob("*.*html")):
        found.extend(parse_html(path.read_bytes(), url=f"https://news.example/{path.name}"))
    return tuple(found)


# jsonschema checks "date-time" and "uri" only with optional packages; these two checks
# follow RFC 3339 (a time with its offset) and RFC 3986 (a scheme, then no spaces).
_RFC3339 = re.compile(r"\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d(?:\.\d+)?(?:Z|[+-]\d\d:\d\d)")
_URI = re.compile(r"[A-Za-z][A-Za-z0-9+.-]*:\S+")


@cache
def _ninjs_validator() -> Draft202012Validator:
    schema = json.loads((NINJS_DIR / "ninjs-schema_3.1.json").read_text(encoding="utf-8"))
    Draft202012Validator.check_schema(schema)
    checker = FormatChecker()
    checker.checks("date-time")(lambda value: bool(_RFC3339.fullmatch(str(value))))
    checker.checks("uri")(lambda value: bool(_URI.fullmatch(str(value))))
    return Draft202012Validator(schema, format_checker=checker)


def _ninjs_errors(doc: dict[str, Any]) -> list[str]:
    return [f"{list(e.absolute_path)}: {e.message}" for e in _ninjs_validator().iter_errors(doc)]


# --- ninjs -------------------------------------------------------------------------------


def test_the_iptc_example_validates_so_the_validator_is_right() -> None:
    example = json.loads((NINJS_DIR / "example_3.1_complex_text_article.json").read_text("utf-8"))
    assert _ninjs_errors(example) == []
    assert _ninjs_errors({"type": "text"}) != []  # uri is required
    assert _ninjs_errors({"uri": "not a uri"}) != []
    assert _ninjs_errors({"uri": "urn:x:1", "firstCreated": "2021-03-12T00:00:00"}) != []


def test_every_seed_and_html_article_is_valid_ninjs() -> None:
    for article in _seed_articles():
        doc = to_ninjs(article)
        assert _ninjs_errors(json.loads(json.dumps(doc))) == [], article.source.name


@given(article_records())
def test_any_article_is_valid_ninjs(article: Article) -> None:
    assert _ninjs_errors(json.loads(json.dumps(to_ninjs(article)))) == []


def test_ninjs_carries_the_article() -> None:
    article = next(a for a in _seed_articles() if a.source.url and a.byline and a.published)
    doc = to_ninjs(article)
    assert doc["uri"] == f"urn:newsrecords:article:{article.id}"
    assert doc["headlines"] == [{"role": "main", "value": article.headline}]
    assert doc["by"] == ", ".join(article.byline)
    assert {"role": "url", "value": article.source.url} in doc["altIds"]  # type: ignore[operator]
    names = {p["name"] for p in doc.get("people", [])}  # type: ignore[attr-defined]
    assert names <= {s.name for s in article.speakers}


# --- JSON-LD -----------------------------------------------------------------------------

# The schema.org types and properties the export may use, each property with the types
# (or JSON kinds) of its values, as schema.org defines them (https://schema.org/NewsArticle,
# /Quotation, /Person, /Organization, /CreativeWork). A small local copy: the test runs
# without the network that a JSON-LD processor would need for the remote context.
_SCHEMA_ORG: dict[str, dict[str, set[str]]] = {
    "NewsArticle": {
        "identifier": {"str"}, "url": {"str"}, "headline": {"str"}, "datePublished": {"date"},
        "author": {"Person", "Organization"}, "contributor": {"Person", "Organization"},
        "publisher": {"Organization", "Person"}, "dateline": {"str"}, "description": {"str"},
        "articleBody": {"str"}, "wordCount": {"int"}, "hasPart": {"Quotation"},
    },
    "Quotation": {
        "text": {"str"}, "spokenByCharacter": {"Person", "Organization"},
        "citation": {"CreativeWork", "str"},
    },
    "Person": {
        "name": {"str"}, "alternateName": {"str"}, "jobTitle": {"str"},
        "affiliation": {"Organization"},
    },
    "Organization": {"name": {"str"}, "alternateName": {"str"}},
    "CreativeWork": {"name": {"str"}},
}  # fmt: skip


def _kind(value: object) -> str:
    if isinstance(value, dict):
        return str(value.get("@type"))
    if isinstance(value, bool):
        return "bool"
    if isinstance(value, int):
        return "int"
    if isinstance(value, str):
        try:
            _dt.datetime.fromisoformat(value)
        except ValueError:
            return "str"
        return "date"
    return type(value).__name__


def _check_node(node: dict[str, Any], path: str) -> None:
    node_type = node.get("@type")
    assert node_type in _SCHEMA_ORG, f"{path}: not a schema.org type we expect: {node_type}"
    allowed = _SCHEMA_ORG[node_type]
    for key, value in node.items():
        if key in {"@type", "@context"}:
            continue
        assert key in allowed, f"{path}: {node_type} has no property {key!r}"
        assert value not in (None, [], ""), f"{path}.{key} is empty"
        for item in value if isinstance(value, list) else [value]:
            kind = _kind(item)
            if kind == "date" and "str" in allowed[key]:
                kind = "str"
            assert kind in allowed[key], f"{path}.{key}: {kind} where {allowed[key]} belong"
            if isinstance(item, dict):
                _check_node(item, f"{path}.{key}")


def _check_jsonld(doc: dict[str, Any]) -> None:
    doc = json.loads(json.dumps(doc))  # JSON all the way down
    assert doc["@context"] == "https://schema.org"
    assert doc["@type"] == "NewsArticle"
    _check_node(doc, "NewsArticle")


def test_every_seed_and_html_article_is_schema_org_jsonld() -> None:
    for article in _seed_articles():
        _check_jsonld(to_jsonld(article))


@given(article_records())
def test_any_article_is_schema_org_jsonld(article: Article) -> None:
    _check_jsonld(to_jsonld(article))


def test_jsonld_quotes_are_quotations_with_their_speakers() -> None:
    article = max(_seed_articles(), key=lambda a: len(a.quotes))
    doc = to_jsonld(article)
    parts: list[dict[str, Any]] = doc["hasPart"]  # type: ignore[assignment]
    quoted = [q for q in article.quotes if q.kind.value != "indirect"]
    assert [p["text"] for p in parts] == [q.text for q in quoted]
    for part, quote in zip(parts, quoted, strict=True):
        if quote.speaker is not None and quote.speaker.kind.value != "document":
            assert part["spokenByCharacter"]["name"] == quote.speaker.name
    assert doc["articleBody"] == article.body


# --- flat tables -------------------------------------------------------------------------


@pytest.mark.parametrize("table", TABLES)
def test_rows_have_the_table_columns_and_spans_slice_the_text(table: str) -> None:
    articles = _seed_articles()
    rows = to_rows(articles, table)
    columns = [name for name, _ in COLUMNS[table]]
    assert all(list(row) == columns for row in rows)
    expected = {"articles": len(articles), "quotes": 0, "speakers": 0, "actions": 0}
    expected["quotes"] = sum(len(a.quotes) for a in articles)
    expected["speakers"] = sum(len(a.speakers) for a in articles)
    expected["actions"] = sum(len(a.actions) for a in articles)
    assert len(rows) == expected[table]
    if table == "quotes":
        quotes = [(a, q) for a in articles for q in a.quotes]
        for row, (article, quote) in zip(rows, quotes, strict=True):
            assert (row["article_id"], row["text"]) == (article.id, quote.text)
            assert (row["start"], row["end"]) == (quote.span.start, quote.span.end)


@pytest.mark.parametrize("table", TABLES)
def test_csv_round_trips_through_the_csv_module(table: str) -> None:
    out = io.StringIO(newline="")
    count = write_csv(_seed_articles(), table, out)
    read = list(csv.DictReader(io.StringIO(out.getvalue(), newline="")))
    assert len(read) == count == len(to_rows(_seed_articles(), table))
    if read:
        assert list(read[0]) == [name for name, _ in COLUMNS[table]]


@pytest.mark.parametrize("table", TABLES)
def test_arrow_tables_keep_the_column_types(table: str, tmp_path: Path) -> None:
    import pyarrow.parquet

    arrow = to_arrow(_seed_articles(), table)
    assert arrow.num_rows == len(to_rows(_seed_articles(), table))
    empty = to_arrow([], table)
    assert empty.num_rows == 0
    assert empty.schema == arrow.schema
    path = tmp_path / f"{table}.parquet"
    assert write_parquet(_seed_articles(), table, path) == arrow.num_rows
    assert pyarrow.parquet.read_table(path).equals(arrow)


@pytest.mark.parametrize("table", TABLES)
def test_dataframes_have_nullable_dtypes(table: str) -> None:
    frame = to_dataframe(_seed_articles(), table)
    assert list(frame.columns) == [name for name, _ in COLUMNS[table]]
    assert len(frame) == len(to_rows(_seed_articles(), table))
    ints = [name for name, kind in COLUMNS[table] if kind == "int"]
    assert all(str(frame[name].dtype) == "Int64" for name in ints)


@pytest.mark.parametrize(
    ("module", "call", "extra"),
    [
        ("pyarrow", lambda: to_arrow([], "quotes"), "arrow"),
        ("pandas", lambda: to_dataframe([], "quotes"), "pandas"),
    ],
)
def test_without_the_extra_the_error_names_it(
    module: str, call: Any, extra: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setitem(sys.modules, module, None)
    with pytest.raises(MissingExtraError, match=rf"newsrecords\[{extra}\]"):
        call()


def test_an_unknown_table_is_a_clear_error() -> None:
    with pytest.raises(UnknownFormatError, match="unknown table 'people'; choose one of"):
        to_rows([], "people")


# --- the registry ------------------------------------------------------------------------


@pytest.mark.parametrize("name", sorted(FORMATS))
def test_every_format_writes_the_seed_articles(name: str) -> None:
    out = io.StringIO()
    writer_for(name)(iter(_seed_articles()), out)
    written = out.getvalue()
    assert written
    if name in {"jsonl", "jsonld", "ninjs", "plover"}:
        lines = [json.loads(line) for line in written.splitlines()]
        per_article = sum(len(a.actions) for a in _seed_articles())
        assert len(lines) == (per_article if name == "plover" else len(_seed_articles()))


def test_jsonl_is_the_article_json() -> None:
    out = io.StringIO()
    writer_for("jsonl")(_seed_articles(), out)
    lines = out.getvalue().splitlines()
    assert [Article.model_validate_json(line) for line in lines] == list(_seed_articles())


def test_an_unknown_format_is_a_clear_error() -> None:
    with pytest.raises(UnknownFormatError, match="unknown format 'xml'; choose one of: jsonl"):
        writer_for("xml")

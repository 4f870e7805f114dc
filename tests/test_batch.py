"""parse_many: one result per item in input order, failures named, pools that break."""

from __future__ import annotations

import datetime as _dt
import os

import pytest
from hypothesis import given
from hypothesis import strategies as st

from conftest import SEED_FILES
from newsrecords import InputTypeError, ParseFailure, ParseResult, parse_many, parse_page
from newsrecords.models import Article

PAGES = [path.read_text(encoding="utf-8") for path in SEED_FILES]


def die_on_marker(text: str, **options: object) -> list[Article]:
    """A parser that kills its process on one item (a worker crash, out of memory...)."""
    if text == "DIE":
        os._exit(3)
    return parse_page(text, **options)  # type: ignore[arg-type]


def raise_on_marker(text: str, **options: object) -> list[Article]:
    if text == "BUG":
        raise RuntimeError("boom")
    return parse_page(text, **options)  # type: ignore[arg-type]


def test_in_process_results_equal_parse_page() -> None:
    results = list(parse_many(PAGES))
    assert [r.index for r in results] == list(range(len(PAGES)))
    for page, result in zip(PAGES, results, strict=True):
        assert isinstance(result, ParseResult)
        assert result.articles == parse_page(page)


def test_item_shapes() -> None:
    when = _dt.datetime(2023, 9, 28)
    items: list[object] = [
        "A\n\nOne.",
        ("B\n\nTwo.", "b.txt"),
        ("C\n\nThree.", "c.txt", when),
        {"text": "D\n\nFour.", "source": "d.txt", "published": when, "extra": 1},
    ]
    results = list(parse_many(items))
    assert all(r.ok for r in results)
    articles = [r.articles[0] for r in results if isinstance(r, ParseResult)]
    assert [a.source.name for a in articles] == [None, "b.txt", "c.txt", "d.txt"]
    assert [a.published for a in articles] == [None, None, when, when]


@pytest.mark.parametrize(
    ("item", "message"),
    [
        (b"bytes", "item must be str"),
        ({"source": "x"}, "no 'text' key"),
        (("text", 3), "source must be str"),
        (("text", "s", "2023-01-01"), "published must be datetime"),
        ((), "item must be str"),
    ],
)
def test_bad_items_are_failures_and_the_rest_go_on(item: object, message: str) -> None:
    first, bad, last = parse_many(["A\n\nOne.", item, "B\n\nTwo."])
    assert first.ok
    assert last.ok
    assert isinstance(bad, ParseFailure)
    assert (bad.index, bad.code) == (1, "input_type")
    assert message in bad.message
    assert bad.describe().startswith("item 1")


def test_a_parser_bug_is_an_internal_error_failure() -> None:
    results = list(parse_many(["A\n\nOne.", ("BUG", "bug.txt")], parse=raise_on_marker))
    failure = results[1]
    assert isinstance(failure, ParseFailure)
    assert (failure.code, failure.error, failure.source) == (
        "internal_error",
        "RuntimeError",
        "bug.txt",
    )
    assert failure.describe() == "item 1 (bug.txt): boom"


def test_options_reach_the_parser_and_unknown_ones_fail_at_once() -> None:
    [result] = parse_many([PAGES[2]], quotes=False, actions=False)
    assert not any(a.quotes or a.actions for a in result.articles)  # type: ignore[union-attr]
    with pytest.raises(InputTypeError, match="unexpected keyword"):
        parse_many(PAGES, qoutes=False)
    with pytest.raises(InputTypeError):
        parse_many(PAGES, workers=0)


def test_results_stream_before_the_input_ends() -> None:
    seen: list[int] = []

    def items() -> object:
        for i in range(3):
            seen.append(i)
            yield f"Head {i}\n\nBody {i}."

    results = parse_many(items())  # type: ignore[arg-type]
    next(results)
    assert seen == [0]


@pytest.mark.slow
def test_pool_results_equal_in_process_results_in_order() -> None:
    items: list[object] = [*PAGES, b"bad", *PAGES]
    pooled = list(parse_many(items, workers=2, chunksize=2))
    local = list(parse_many(items))
    assert [r.index for r in pooled] == list(range(len(items)))
    assert [r.ok for r in pooled] == [r.ok for r in local]
    for a, b in zip(pooled, local, strict=True):
        if isinstance(a, ParseResult) and isinstance(b, ParseResult):
            assert a.jsonl == b.jsonl
            assert a.articles == b.articles
            assert (a.article_count, a.quote_count) == (b.article_count, b.quote_count)


@pytest.mark.slow
def test_a_dying_worker_is_reported_and_the_rest_go_on() -> None:
    items = ["A\n\nOne.", ("DIE", "die.txt"), "B\n\nTwo.", "C\n\nThree.", "D\n\nFour."]
    results = list(parse_many(items, workers=2, chunksize=1, parse=die_on_marker))
    assert [r.index for r in results] == list(range(len(items)))
    assert [r.ok for r in results] == [True, False, True, True, True]
    failure = results[1]
    assert isinstance(failure, ParseFailure)
    assert (failure.code, failure.source) == ("worker_died", "die.txt")


@given(st.lists(st.one_of(st.text(max_size=200), st.integers(), st.none()), max_size=8))
def test_any_items_give_one_result_each_never_raise(items: list[object]) -> None:
    results = list(parse_many(items))
    assert [r.index for r in results] == list(range(len(items)))
    assert [r.ok for r in results] == [isinstance(item, str) for item in items]

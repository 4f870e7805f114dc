"""Date expressions: finding them and resolving them against the publication date."""

from __future__ import annotations

import datetime as dt
import re

import pytest
from hypothesis import given
from hypothesis import strategies as st

from newsrecords.text import dates
from newsrecords.text.dates import find_dates, resolve_date

THURSDAY = dt.date(2021, 4, 15)


@pytest.mark.parametrize(
    ("text", "published", "future", "expected"),
    [
        ("on Thursday", THURSDAY, False, dt.date(2021, 4, 15)),
        ("on Tuesday", THURSDAY, False, dt.date(2021, 4, 13)),
        ("on Tuesday", THURSDAY, True, dt.date(2021, 4, 20)),
        ("last Thursday", THURSDAY, False, dt.date(2021, 4, 8)),
        ("next Monday", THURSDAY, False, dt.date(2021, 4, 19)),
        ("this week", THURSDAY, False, dt.date(2021, 4, 12)),
        ("earlier this week", THURSDAY, False, dt.date(2021, 4, 12)),
        ("last week", THURSDAY, False, dt.date(2021, 4, 5)),
        ("next week", THURSDAY, False, dt.date(2021, 4, 19)),
        ("last month", THURSDAY, False, dt.date(2021, 3, 1)),
        ("last year", THURSDAY, False, dt.date(2020, 1, 1)),
        ("yesterday", THURSDAY, False, dt.date(2021, 4, 14)),
        ("by February 5", dt.date(2021, 1, 26), True, dt.date(2021, 2, 5)),
        ("Jan. 28", dt.date(2021, 1, 30), False, dt.date(2021, 1, 28)),
        ("Dec. 15", dt.date(2021, 1, 30), False, dt.date(2020, 12, 15)),
        ("by Feb. 23", dt.date(2021, 2, 20), False, dt.date(2021, 2, 23)),
        ("by the end of 2022", None, False, dt.date(2022, 12, 31)),
        ("by the end of July", THURSDAY, True, dt.date(2021, 7, 31)),
        ("in April", THURSDAY, True, dt.date(2021, 4, 1)),
        ("March 10, 2011", None, False, dt.date(2011, 3, 10)),
        ("5 February 2021", None, False, dt.date(2021, 2, 5)),
        ("June 2017", None, False, dt.date(2017, 6, 1)),
        ("in 2018", None, False, dt.date(2018, 1, 1)),
    ],
)
def test_resolve(text: str, published: dt.date | None, future: bool, expected: dt.date) -> None:
    assert resolve_date(text, published, future=future) == expected


@pytest.mark.parametrize(
    "text", ["on Thursday", "last week", "this week", "by February 5", "in April", "today"]
)
def test_no_year_is_guessed_without_a_publication_date(text: str) -> None:
    assert resolve_date(text) is None


def test_datetime_published_is_accepted() -> None:
    assert resolve_date("on Thursday", dt.datetime(2021, 4, 16, 23, 59)) == THURSDAY


def test_nonsense_is_unresolved() -> None:
    assert resolve_date("by Februarius 45") is None
    assert resolve_date("February 30", THURSDAY) is None


def test_find_dates_keeps_offsets() -> None:
    text = "Biden spoke on Thursday; they meet by February 5 and by the end of 2022 in Geneva."
    found = find_dates(text)
    assert [m.text for m in found] == ["on Thursday", "by February 5", "by the end of 2022"]
    assert all(text[m.start : m.end] == m.text for m in found)


def test_the_modal_may_is_not_a_month() -> None:
    assert [m.text for m in find_dates("It may be done in May.")] == ["in May"]


DATE_WORDS = st.sampled_from(
    [
        "on",
        "by",
        "the end of",
        "last",
        "next",
        "this",
        "Thursday",
        "May",
        "Feb.",
        "5",
        "31",
        "2022",
        "1899",
        "week",
        "in",
        "Jan.",
        "28,",
        "9999",
        "0",
        "yesterday",
    ]
)


@given(
    st.lists(DATE_WORDS, max_size=8).map(" ".join),
    st.one_of(st.none(), st.dates(min_value=dt.date(1900, 1, 1), max_value=dt.date(2999, 1, 1))),
    st.booleans(),
)
def test_resolution_is_deterministic_and_total(
    text: str, published: dt.date | None, future: bool
) -> None:
    first = resolve_date(text, published, future=future)
    assert resolve_date(text, published, future=future) == first
    if published is None and first is not None:
        assert any(ch.isdigit() for ch in text)  # a year must have been written


@given(st.text(max_size=200))
def test_find_dates_on_any_text(text: str) -> None:
    for mention in find_dates(text):
        assert text[mention.start : mention.end] == mention.text
        resolve_date(mention.text, dt.date(2021, 4, 15))


def _without_first_letter_guard(pattern: re.Pattern[str]) -> re.Pattern[str]:
    """The same regex minus its leading ``(?=[...])`` guard, which exists only for speed."""
    guard = re.search(r"\(\?=\[[^\]]*\]\)", pattern.pattern)
    assert guard is not None
    text = pattern.pattern[: guard.start()] + pattern.pattern[guard.end() :]
    return re.compile(text, pattern.flags)


_DATE_WORDS = st.sampled_from(
    [
        "by",
        "By",
        "in",
        "on",
        "On",
        "until",
        "the end of",
        "Feb.",
        "February",
        "June",
        "Sept.",
        "5",
        "28th",
        "2021",
        "2022,",
        "last",
        "next",
        "this",
        "week",
        "Thursday",
        "Jan",
        "end",
    ]
)


@given(st.lists(_DATE_WORDS | st.text(max_size=4), max_size=12).map(" ".join))
def test_date_scan_guard_changes_no_match(text: str) -> None:
    unguarded = _without_first_letter_guard(dates._DATE)
    assert [m.span() for m in dates._DATE.finditer(text)] == [
        m.span() for m in unguarded.finditer(text)
    ]

"""Parsing time grows linearly with the size of the page (a ratio, never an absolute time)."""

from __future__ import annotations

import time

import pytest

from conftest import SEED_FILES
from newsrecords import parse_page

_SEEDS = "\n\n".join(p.read_text(encoding="utf-8") for p in SEED_FILES)


def _page_of(size: int) -> str:
    return (_SEEDS + "\n\n") * (size // (len(_SEEDS) + 2) + 1)


def _seconds(text: str) -> float:
    start = time.perf_counter()
    parse_page(text)
    return time.perf_counter() - start


@pytest.mark.slow
def test_four_times_the_text_takes_less_than_eight_times_as_long() -> None:
    small, large = _page_of(1_000_000), _page_of(4_000_000)
    parse_page(_SEEDS)  # warm the caches: rule compilation, imports
    ratio = _seconds(large) / _seconds(small)
    assert ratio < 8, f"4x the text took {ratio:.1f}x the time"


@pytest.mark.slow
def test_one_huge_article_is_linear_too() -> None:
    # No separators: one article whose lines repeat, exercising repeated-line detection.
    body = "\n\n".join(p.read_text(encoding="utf-8") for p in SEED_FILES[1:])
    small = body * (500_000 // len(body) + 1)
    large = body * (2_000_000 // len(body) + 1)
    parse_page(body)
    ratio = _seconds(large) / _seconds(small)
    assert ratio < 8, f"4x the text took {ratio:.1f}x the time"

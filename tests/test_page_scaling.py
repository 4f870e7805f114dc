"""Parsing time grows linearly with the size of the page (a ratio, never an absolute time)."""

from __future__ import annotations

import gc
import itertools
import time
from collections.abc import Callable

import pytest

from conftest import SEED_FILES
from newsrecords import parse_page
from newsrecords.dedupe import collector_paused

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


def _quotes_page(size: int) -> str:
    # Issue 16's page: short quoted paragraphs, each next to one opening with "Dr."
    parts: list[str] = []
    length = 0
    for n in itertools.count(1):
        if length >= size:
            break
        parts.append(f'He said "we will win {n}."\n\nDr. Ben Carson said it {n}.\n\n')
        length += len(parts[-1])
    return "".join(parts)


def _best_cpu_seconds(text: str, rounds: int = 3) -> float:
    """The least CPU time of a few parses: other load on the machine counts less. The cyclic
    collector is paused while one is timed: its passes over the records already built grow
    with the page (a cost of CPython's collector, docs/benchmarks.md), not of the parser."""
    best = float("inf")
    for _ in range(rounds):
        gc.collect()
        with collector_paused():
            start = time.process_time()
            parse_page(text)
            best = min(best, time.process_time() - start)
    return best


@pytest.mark.slow
@pytest.mark.parametrize(
    ("build", "sizes"),
    [
        pytest.param(_quotes_page, (125_000, 250_000, 500_000), id="quotes"),
        pytest.param(_page_of, (250_000, 500_000, 1_000_000), id="seeds"),
    ],
)
def test_each_doubling_of_the_page_at_most_doubles_the_time(
    build: Callable[[int], str], sizes: tuple[int, ...]
) -> None:
    # Issue 16: an abbreviation opening a paragraph made the sentence splitter read the page
    # from its start at every full stop (0.5 MB of the quotes page took 3x the 0.25 MB).
    parse_page(build(10_000))  # warm the caches
    times = [_best_cpu_seconds(build(size)) for size in sizes]
    ratios = [later / earlier for earlier, later in itertools.pairwise(times)]
    assert all(r <= 2.3 for r in ratios), f"each doubling took {ratios} times as long"

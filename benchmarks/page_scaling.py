"""Seconds of one ``parse_page`` call as one page grows: the work must stay linear.

Usage::

    python benchmarks/page_scaling.py [--sizes MB ...] [--rounds N] [--corpus NAME ...]

Two pages of ``_big_pages.py``, each built to 1, 2, 4 and 8 MB by default: ``seeds`` (the
seed pages repeated, many real articles) and ``quotes`` (short quoted paragraphs after an
abbreviation, issue 16's page).

For each size the script prints the CPU seconds (best of ``--rounds``, default 1), the
characters per second, and the ratio to the size before it: a linear parser doubles its
time when the text doubles, so the baseline is the smallest size's time scaled to each
size (``x linear``: 1.0 is exactly linear). Times are CPU time of this process on a shared
machine: treat them as noisy.
"""

from __future__ import annotations

import argparse
import gc
import time

from _big_pages import MB, PAGES, seeds_page

from newsrecords import parse_page

CORPORA = {name: PAGES[name] for name in ("seeds", "quotes")}


def cpu_seconds(text: str, rounds: int) -> float:
    """The least CPU time of ``rounds`` calls of ``parse_page(text)``."""
    best = float("inf")
    for _ in range(rounds):
        gc.collect()
        start = time.process_time()
        parse_page(text)
        best = min(best, time.process_time() - start)
    return best


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sizes", type=float, nargs="+", default=[1, 2, 4, 8], help="MB")
    parser.add_argument("--rounds", type=int, default=1)
    parser.add_argument("--corpus", nargs="+", choices=sorted(CORPORA), default=list(CORPORA))
    args = parser.parse_args()
    parse_page(seeds_page(1))  # warm up: rule compilation, imports
    for name in args.corpus:
        print(f"{name}: one parse_page call, CPU seconds (best of {args.rounds})")
        print(f"{'MB':>6} {'chars':>10} {'seconds':>8} {'chars/s':>10} {'/previous':>9} linear")
        first: tuple[int, float] | None = None
        previous: float | None = None
        for mb in args.sizes:
            text = CORPORA[name](int(mb * MB))
            seconds = cpu_seconds(text, args.rounds)
            if first is None:
                first = (len(text), seconds)
            linear = seconds / (first[1] * len(text) / first[0])
            step = f"{seconds / previous:9.2f}" if previous else f"{'':>9}"
            print(
                f"{mb:6.2f} {len(text):10,} {seconds:8.2f} {len(text) / seconds:10,.0f} "
                f"{step} x{linear:.2f}"
            )
            previous = seconds


if __name__ == "__main__":
    main()

"""Seconds of one ``parse_page`` call as one page grows: the work must stay linear.

Usage::

    python benchmarks/page_scaling.py [--sizes MB ...] [--rounds N] [--corpus NAME ...]
        [--collector on|off ...]

Two pages of ``_big_pages.py`` by default, each built to 1, 2, 4 and 8 MB: ``real``
(PolNeAR's texts and the seed pages joined, many real articles; the seed pages alone when
PolNeAR is not beside the repository) and ``quotes`` (``'He said "we will win N."\\n\\nDr.
Ben Carson said it N.\\n\\n'`` repeated, issue 16's page); ``--corpus seeds`` adds the seed
pages alone.

For each size the script prints the CPU seconds (best of ``--rounds``, default 1), the
characters per second, and the ratio to the size before it: a linear parser doubles its
time when the text doubles (issue 16's bound: at most 2.3x per doubling). The baseline is
the smallest size's time scaled to each size (``x linear``: 1.0 is exactly linear).

Each page is timed with CPython's cyclic garbage collector running (``on``, what a user
gets) and paused for the call (``off``): the collector's passes walk every record already
built, so with it on a large page costs more per character though the parser's own work is
linear (docs/benchmarks.md). Times are CPU time of this process on a shared machine: treat
them as noisy.
"""

from __future__ import annotations

import argparse
import contextlib
import gc
import time

from _big_pages import MB, PAGES, POLNEAR_FILES, seeds_page

from newsrecords import parse_page
from newsrecords.dedupe import collector_paused

CORPORA = {name: PAGES[name] for name in ("real", "quotes", "seeds")}
BOUND = 2.3  # issue 16: the most a doubling of the page may multiply the time by


def cpu_seconds(text: str, rounds: int, collector: bool) -> float:
    """The least CPU time of ``rounds`` calls of ``parse_page(text)``, the cyclic collector
    running or paused."""
    best = float("inf")
    for _ in range(rounds):
        gc.collect()
        with contextlib.nullcontext() if collector else collector_paused():
            start = time.process_time()
            parse_page(text)
            best = min(best, time.process_time() - start)
    return best


def scaling(name: str, sizes: list[float], rounds: int, collector: bool) -> float:
    """Print one page's table; return its largest ratio of one size's time to the last."""
    state = "on" if collector else "off"
    print(f"{name}: one parse_page call, CPU seconds (best of {rounds}), collector {state}")
    print(f"{'MB':>6} {'chars':>10} {'seconds':>8} {'chars/s':>10} {'/previous':>9} linear")
    first: tuple[int, float] | None = None
    previous: float | None = None
    worst = 0.0
    for mb in sizes:
        text = CORPORA[name](int(mb * MB))
        seconds = cpu_seconds(text, rounds, collector)
        if first is None:
            first = (len(text), seconds)
        linear = seconds / (first[1] * len(text) / first[0])
        step = f"{seconds / previous:9.2f}" if previous else f"{'':>9}"
        if previous:
            worst = max(worst, seconds / previous)
        print(
            f"{mb:6.2f} {len(text):10,} {seconds:8.2f} {len(text) / seconds:10,.0f} "
            f"{step} x{linear:.2f}"
        )
        previous = seconds
    verdict = "within" if worst <= BOUND else "OVER"
    print(f"largest step {worst:.2f}x: {verdict} the {BOUND}x bound per doubling\n")
    return worst


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sizes", type=float, nargs="+", default=[1, 2, 4, 8], help="MB")
    parser.add_argument("--rounds", type=int, default=1)
    parser.add_argument("--corpus", nargs="+", choices=sorted(CORPORA), default=["real", "quotes"])
    parser.add_argument("--collector", nargs="+", choices=["on", "off"], default=["on", "off"])
    args = parser.parse_args()
    if "real" in args.corpus:
        found = [p.name for p in POLNEAR_FILES if p.exists()]
        print(
            f"real: PolNeAR {', '.join(found)} and the seed pages"
            if found
            else "real: PolNeAR not found beside the repository; the seed pages alone"
        )
    parse_page(seeds_page(MB // 10))  # warm up: rule compilation, imports
    for name in args.corpus:
        for state in args.collector:
            scaling(name, args.sizes, args.rounds, state == "on")


if __name__ == "__main__":
    main()

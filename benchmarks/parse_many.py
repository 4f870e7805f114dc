"""``parse_many`` on one and two worker processes against ``parse_page`` in a loop.

Usage::

    python benchmarks/parse_many.py [POLNEAR_PATH] [--rounds N] [--chunksize N]

POLNEAR_PATH defaults to ``../shared/bench/polnear/train.jsonl`` relative to the repository
root (840 texts, field ``text``); the data is read in place and never copied.

Measured in one run, round-robin (each round runs every variant once, the best of
``--rounds`` is kept, 1 by default), on the wall clock since the work is done in other
processes:

* ``parse_page loop``: one call per text in this process, the baseline;
* ``in process``: ``parse_many(texts)``, the same work through the batch API;
* ``1 worker`` / ``2 workers``: ``parse_many(texts, workers=N)``, the caller taking each
  result's JSON Lines bytes (``result.jsonl``, what the command line writes);
* ``2 workers, models``: the same, the caller reading ``result.articles`` (pydantic models
  rebuilt in this process).

Printed: each time, the ratio of 2 workers to 1 worker and to the loop (target: 1.7 or
more on two free cores), and the pool's overhead per article and per text: 1 worker minus
the loop, divided by their number. The pool's start (a fresh process importing
newsrecords) is inside every pooled time. On a shared machine other work takes cores
away from the pool and the figures are noisy: run it twice.
"""

from __future__ import annotations

import argparse
import sys
import time
from collections.abc import Callable
from pathlib import Path

from parse_throughput import polnear_texts

from newsrecords import parse_many, parse_page

ROOT = Path(__file__).resolve().parent.parent
DEFAULT_PATH = ROOT.parent / "shared" / "bench" / "polnear" / "train.jsonl"


def _loop(texts: list[str]) -> int:
    return sum(len(parse_page(text)) for text in texts)


def _many(texts: list[str], workers: int | None, chunksize: int, models: bool) -> int:
    count = 0
    for result in parse_many(texts, workers=workers, chunksize=chunksize):
        if not result.ok:
            raise SystemExit(result.describe())
        count += len(result.articles) if models else result.jsonl.count(b"\n")
    return count


def main(argv: list[str]) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("path", nargs="?", type=Path, default=DEFAULT_PATH)
    parser.add_argument("--rounds", type=int, default=1)
    parser.add_argument("--chunksize", type=int, default=8)
    args = parser.parse_args(argv[1:])
    texts = polnear_texts(args.path)
    if not texts:
        return 0
    size = args.chunksize
    variants: dict[str, Callable[[], int]] = {
        "parse_page loop": lambda: _loop(texts),
        "in process": lambda: _many(texts, None, size, models=True),
        "1 worker": lambda: _many(texts, 1, size, models=False),
        "2 workers": lambda: _many(texts, 2, size, models=False),
        "2 workers, models": lambda: _many(texts, 2, size, models=True),
    }
    best = dict.fromkeys(variants, float("inf"))
    articles = 0
    for _ in range(args.rounds):
        for name, work in variants.items():
            start = time.perf_counter()
            articles = work()
            best[name] = min(best[name], time.perf_counter() - start)
    print(f"{len(texts)} texts, {articles} articles; chunksize {size}; best of {args.rounds}")
    for name, seconds in best.items():
        print(f"  {name:<20} {seconds:7.2f} s  {len(texts) / seconds:6.1f} texts/s")
    one, two, loop = best["1 worker"], best["2 workers"], best["parse_page loop"]
    print(f"2 workers vs 1 worker:         {one / two:.2f}x (target >= 1.7x)")
    print(f"2 workers vs parse_page loop:  {loop / two:.2f}x")
    print(f"2 workers, models vs 1 worker: {one / best['2 workers, models']:.2f}x")
    overhead = one - loop
    print(
        f"pool overhead (1 worker - loop): {overhead:.2f} s, "
        f"{overhead / articles * 1e3:.2f} ms per article, "
        f"{overhead / len(texts) * 1e3:.2f} ms per text"
    )
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))

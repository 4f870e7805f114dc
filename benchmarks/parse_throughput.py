"""Characters per second of ``parse_page``: seed pages repeated to ~5 MB, and PolNeAR texts.

Usage::

    python benchmarks/parse_throughput.py [POLNEAR_PATH]

POLNEAR_PATH defaults to ``../shared/bench/polnear/dev.jsonl`` relative to the repository
root; when the file is absent that part is skipped with a message. The PolNeAR data is read
in place and never copied.

Figures printed, all on one core:

* one ``parse_page`` call on one ~5 MB page (the seed pages joined and repeated);
* one call per seed page, repeated until ~5 MB have been parsed;
* the same two with the extractors (quotes, actions) stubbed out: the page parser alone;
* the baseline measured in the same run: ``fold`` plus line splitting over the same text,
  the least any parser must do;
* one call per PolNeAR text.
"""

from __future__ import annotations

import json
import sys
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any
from unittest import mock

from newsrecords import parse_page
from newsrecords.normalize import fold
from newsrecords.segment import split_lines

ROOT = Path(__file__).resolve().parent.parent
SEED_DIR = ROOT / "tests" / "data" / "seeds"
DEFAULT_POLNEAR = ROOT.parent / "shared" / "bench" / "polnear" / "dev.jsonl"
TARGET = 5_000_000  # characters


def _rate(chars: int, seconds: float) -> str:
    return f"{chars / seconds / 1e6:6.2f} M chars/s  ({chars:,} chars in {seconds:.2f} s)"


def _timed(work: Callable[[], Any]) -> float:
    start = time.perf_counter()
    work()
    return time.perf_counter() - start


class _NoQuotes:
    quotes: tuple[()] = ()
    speakers: tuple[()] = ()


def _no_quotes(doc: object, paragraphs: object) -> _NoQuotes:
    return _NoQuotes()


def _no_actions(doc: object, paragraphs: object, published: object = None) -> tuple[()]:
    return ()


@contextmanager
def _extractors_stubbed() -> Iterator[None]:
    """Swap the quote and action extractors for no-ops, to time the page parser alone."""
    with (
        mock.patch("newsrecords.page.extract_quotes", _no_quotes),
        mock.patch("newsrecords.page.extract_actions", _no_actions),
    ):
        yield


def _seed_figures(label: str, pages: list[str], big: str, per_page_rounds: int) -> None:
    per_page_chars = sum(len(p) for p in pages) * per_page_rounds

    def per_page() -> None:
        for _ in range(per_page_rounds):
            for page in pages:
                parse_page(page)

    print(f"  {label} one big page : {_rate(len(big), _timed(lambda: parse_page(big)))}")
    print(f"  {label} per page     : {_rate(per_page_chars, _timed(per_page))}")


def main(argv: list[str]) -> int:
    polnear = Path(argv[1]) if len(argv) > 1 else DEFAULT_POLNEAR
    pages = [p.read_text(encoding="utf-8") for p in sorted(SEED_DIR.glob("*.txt"))]
    joined = "\n\n".join(pages) + "\n\n"
    big = joined * (TARGET // len(joined) + 1)
    rounds = TARGET // len(joined) + 1
    parse_page(joined)  # warm up: compile the rules, import everything

    print(f"seed pages repeated to {len(big):,} characters")
    baseline = _timed(lambda: split_lines(big, fold(big)))
    print(f"  baseline (fold + lines) : {_rate(len(big), baseline)}")
    _seed_figures("full parse", pages, big, rounds)
    with _extractors_stubbed():
        _seed_figures("parser only", pages, big, rounds)

    if not polnear.is_file():
        print(f"PolNeAR: skipped, {polnear} not found (pass its path as the first argument)")
        return 0
    texts = [json.loads(line)["text"] for line in polnear.read_text(encoding="utf-8").splitlines()]
    chars = sum(len(t) for t in texts)
    print(f"PolNeAR {polnear.name}: {len(texts)} texts")

    def each(texts: list[str] = texts) -> None:
        for text in texts:
            parse_page(text)

    print(f"  full parse  : {_rate(chars, _timed(each))}")
    with _extractors_stubbed():
        print(f"  parser only : {_rate(chars, _timed(each))}")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))

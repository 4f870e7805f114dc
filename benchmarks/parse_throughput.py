"""Characters per second of ``parse_page`` and of each of its stages, on one core.

Usage::

    python benchmarks/parse_throughput.py [POLNEAR_PATH] [--rounds N] [--against REF [--compiled]]

POLNEAR_PATH defaults to ``../shared/bench/polnear/dev.jsonl`` relative to the repository
root; when the file is absent that part is skipped with a message. The PolNeAR data is read
in place and never copied.

Two corpora: the seed pages, each parsed on its own, repeated until about 5 MB have been
parsed; and the PolNeAR texts, one call per text. For each, in one run, the figures are:

* ``floor``: :func:`~newsrecords.text.normalize.fold` plus line splitting, the least any parser
  must do;
* ``full parse_page``: the whole pipeline, quotes and actions included (issue 3's figure);
* ``no indirect speech``: ``parse_page(text, indirect=False)``, quotations without reported
  speech;
* ``no quotes`` / ``no actions`` / ``parser only``: ``parse_page`` with ``quotes=False``,
  ``actions=False`` or both (the baselines: the gap to the full figure is what each
  extractor costs inside the pipeline);
* ``inside full: ...``: the CPU time spent inside each extractor during full runs, and the
  rest (the page parser), read by a clock around each extractor call rather than by
  subtracting two figures;
* ``extract_quotes alone`` / ``extract_actions alone``: each extractor on the documents,
  paragraphs, headlines and dates the page parser hands it, without the parser.

The figures of one corpus are measured round-robin (each round runs every variant once),
so a change of load on a shared machine touches them all alike. A gap between two figures
("full" minus "no actions") is still the difference of two noisy times, and CPU time does
not shut out other load (caches, memory bandwidth and clock speed are shared): the
``inside full`` lines say directly what each extractor costs. Counted in instructions
(valgrind), each extractor costs the same inside the full pipeline, inside the pipeline
without the other extractor, and alone: they share no work and no cache, so gaps that
disagree with each other are load noise.

For the seeds, one ``parse_page`` call on the whole ~5 MB text joined into one page is timed
as well (once): the work must stay linear in the size of one page.

``--against REF`` (a commit, tag or branch) prints only the full ``parse_page`` figure of
this checkout and of REF, built in a temporary ``git worktree``, side by side in one run
with their ratio (see ``_against.py``); ``--compiled`` adds this checkout built with its
optional mypyc hook (``HATCH_BUILD_HOOK_ENABLE_MYPYC=1``, see docs/performance.md).

Times are CPU time of this process (``time.process_time``), the best of ``--rounds`` runs
(default 3), so other load on a shared machine counts less. About 100 s of CPU in all.
"""

from __future__ import annotations

import argparse
import datetime as _dt
import gc
import json
import sys
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any
from unittest import mock

from _against import compare

from newsrecords import parse_page
from newsrecords.actions.extract import extract_actions
from newsrecords.models import PolicyAction, Span
from newsrecords.page.segment import split_lines
from newsrecords.quotes.extract import QuoteResult, extract_quotes
from newsrecords.text.document import Document
from newsrecords.text.normalize import fold

ROOT = Path(__file__).resolve().parent.parent
SEED_DIR = ROOT / "tests" / "data" / "seeds"
DEFAULT_POLNEAR = ROOT.parent / "shared" / "bench" / "polnear" / "dev.jsonl"
TARGET = 5_000_000  # characters

Call = tuple[Document, tuple[Span, ...], Span | None, _dt.datetime | None]


def _best(work: Callable[[], Any], rounds: int) -> float:
    """The least CPU time of ``rounds`` runs of ``work``."""
    best = float("inf")
    for _ in range(rounds):
        best = min(best, _cpu(work))
    return best


def _cpu(work: Callable[[], Any]) -> float:
    start = time.process_time()
    work()
    return time.process_time() - start


class _StageClock:
    """Stand-ins for the extractors that add up the CPU time spent inside the real ones."""

    def __init__(self) -> None:
        self.quotes = 0.0
        self.actions = 0.0

    def extract_quotes(
        self,
        doc: Document,
        paragraphs: tuple[Span, ...],
        headline: Span | None = None,
        indirect: bool = True,
    ) -> QuoteResult:
        start = time.process_time()
        try:
            return extract_quotes(doc, paragraphs, headline=headline, indirect=indirect)
        finally:
            self.quotes += time.process_time() - start

    def extract_actions(
        self, doc: Document, paragraphs: tuple[Span, ...], published: _dt.datetime | None = None
    ) -> tuple[PolicyAction, ...]:
        start = time.process_time()
        try:
            return extract_actions(doc, paragraphs, published=published)
        finally:
            self.actions += time.process_time() - start


def _extractor_calls(texts: list[str]) -> list[Call]:
    """The (document, paragraphs, headline, published) ``parse_page`` hands the extractors."""
    calls: list[Call] = []
    headlines: list[Span | None] = []

    def record_quotes(
        doc: Document,
        paragraphs: tuple[Span, ...],
        headline: Span | None = None,
        indirect: bool = True,
    ) -> QuoteResult:
        headlines.append(headline)
        return QuoteResult((), ())

    def record_actions(
        doc: Document, paragraphs: tuple[Span, ...], published: _dt.datetime | None = None
    ) -> tuple[()]:
        calls.append((doc, paragraphs, headlines.pop(), published))
        return ()

    with (
        mock.patch("newsrecords.assemble.extract_quotes", record_quotes),
        mock.patch("newsrecords.assemble.extract_actions", record_actions),
    ):
        for text in texts:
            parse_page(text)
    return calls


def _report(label: str, chars: int, seconds: float, full: float | None = None) -> None:
    rate = chars / seconds / 1e6 if seconds > 0 else float("inf")
    share = f"  {seconds / full:6.1%} of full" if full else ""
    print(f"  {label:<24} {rate:7.2f} MB/s  ({seconds:6.2f} s){share}")


def _figures(texts: list[str], rounds: int) -> float:
    """Print every figure for ``texts`` (one ``parse_page`` call each); return the full time."""
    chars = sum(len(t) for t in texts)

    def parse_all() -> None:
        for text in texts:
            parse_page(text)

    def leaving_out(
        *, quotes: bool = True, indirect: bool = True, actions: bool = True
    ) -> Callable[[], None]:
        def run() -> None:
            for text in texts:
                parse_page(text, quotes=quotes, indirect=indirect, actions=actions)

        return run

    variants: dict[str, Callable[[], Any]] = {
        "floor (fold + lines)": lambda: [split_lines(t, fold(t)) for t in texts],
        "full parse_page": parse_all,
        "no indirect speech": leaving_out(indirect=False),
        "no quotes": leaving_out(quotes=False),
        "no actions": leaving_out(actions=False),
        "parser only": leaving_out(quotes=False, actions=False),
    }
    best = dict.fromkeys(variants, float("inf"))
    clocked = (float("inf"), 0.0, 0.0)  # total, quotes, actions of the fastest clocked run
    for _ in range(rounds):
        for label, work in variants.items():
            best[label] = min(best[label], _cpu(work))
        clock = _StageClock()
        with (
            mock.patch("newsrecords.assemble.extract_quotes", clock.extract_quotes),
            mock.patch("newsrecords.assemble.extract_actions", clock.extract_actions),
        ):
            total = _cpu(parse_all)
        clocked = min(clocked, (total, clock.quotes, clock.actions))
    full = best["full parse_page"]
    for label, seconds in best.items():
        _report(label, chars, seconds, full)
    total, in_quotes, in_actions = clocked
    _report("inside full: quotes", chars, in_quotes, full)
    _report("inside full: actions", chars, in_actions, full)
    _report("inside full: the rest", chars, total - in_quotes - in_actions, full)
    calls = _extractor_calls(texts)
    # The recorded calls hold every document and span alive; frozen, the collector skips
    # them, as it would skip nothing of the kind inside parse_page.
    gc.collect()
    gc.freeze()
    try:
        quotes = _best(lambda: [extract_quotes(d, p, headline=h) for d, p, h, _ in calls], rounds)
        actions = _best(
            lambda: [extract_actions(d, p, published=w) for d, p, _, w in calls], rounds
        )
    finally:
        gc.unfreeze()
    _report("extract_quotes alone", chars, quotes, full)
    _report("extract_actions alone", chars, actions, full)
    return full


def command_line(
    argv: list[str], doc: str, *, against: bool = False
) -> tuple[Path, int, list[str], str | None, bool]:
    """The PolNeAR path, rounds and ``--against`` ref a benchmark of ``parse_page`` was
    given (the ref only when ``against``), the seed pages it times, and whether this
    checkout's compiled build is timed as well."""
    parser = argparse.ArgumentParser(description=doc.split("\n", 1)[0])
    parser.add_argument("polnear", nargs="?", type=Path, default=DEFAULT_POLNEAR)
    parser.add_argument("--rounds", type=int, default=3, help="runs per figure; best is kept")
    parser.set_defaults(against=None, compiled=False)
    if against:
        parser.add_argument("--against", metavar="REF", help="compare with this git ref")
        parser.add_argument(
            "--compiled", action="store_true", help="with --against: time the mypyc build too"
        )
    args = parser.parse_args(argv[1:])
    pages = [p.read_text(encoding="utf-8") for p in sorted(SEED_DIR.glob("*.txt"))]
    return args.polnear, max(1, args.rounds), pages, args.against, args.compiled


def main(argv: list[str]) -> int:
    polnear, rounds, pages, ref, compiled = command_line(argv, __doc__ or "", against=True)
    if ref is not None:
        repeat = TARGET // sum(map(len, pages)) + 1
        corpora = [(f"seed pages x{repeat}", SEED_DIR, repeat)]
        if polnear.is_file():
            corpora.append((f"PolNeAR {polnear.name}", polnear, 1))
        compare(ref, corpora, rounds, compiled=compiled)
        return 0
    joined = "\n\n".join(pages) + "\n\n"
    repeats = TARGET // len(joined) + 1
    parse_page(joined)  # warm up: compile the rules, import everything

    seeds = pages * repeats
    print(f"seed pages x{repeats}: {sum(map(len, seeds)):,} characters, one call per page")
    _figures(seeds, rounds)
    big = joined * repeats
    _report("full, one 5 MB page (1 run)", len(big), _best(lambda: parse_page(big), 1))

    texts = polnear_texts(polnear)
    if texts:
        _figures(texts, rounds)
    return 0


def polnear_texts(path: Path) -> list[str]:
    """The texts of a PolNeAR JSON Lines file, announced with their size; none (with a
    message saying why) when the file is absent."""
    if not path.is_file():
        print(f"PolNeAR: skipped, {path} not found (pass its path as the first argument)")
        return []
    lines = path.read_text(encoding="utf-8").splitlines()
    texts = [json.loads(line)["text"] for line in lines if line.strip()]
    print(f"PolNeAR {path.name}: {len(texts)} texts, {sum(map(len, texts)):,} characters")
    return texts


if __name__ == "__main__":
    sys.exit(main(sys.argv))

"""Peak memory of one ``parse_page`` call, per character of input.

Usage::

    python benchmarks/memory.py [--sizes MB ...] [--corpus NAME ...] [--measure HOW ...]

Each measurement runs in a fresh subprocess, so one size's garbage cannot count towards
the next. Two ways of measuring, both by default:

* ``tracemalloc``: the peak of the memory Python allocated during the call (the text is
  built before tracing starts, so it does not count; the returned articles do, since they
  are alive at the end of the call);
* ``rss``: the peak resident set size of the subprocess during the call, less its resident
  size just before it (Linux ``/proc``; what the operating system sees, allocator slack
  included).

The pages are those of ``_big_pages.py``: by default ``said`` (``'He said "1" said "2"
said ...'``, one paragraph of about 100,000 quotes per MB) and ``real`` (PolNeAR's texts
and the seed pages joined, real articles; the seed pages alone without PolNeAR), at 1, 2
and 4 MB; ``--corpus quotes`` adds short quoted paragraphs, ``seeds`` the seed pages alone.

The figures are bytes per input character (``B/char``) and the same as megabytes per
megabyte of input; the baseline in the same run is the size of the returned records alone
(``kept``, tracemalloc's count after the call), the least any parser that returns them
must hold. Issue 16's bounds: under 150 B/char on ``said``, under 100 on real pages.
"""

from __future__ import annotations

import argparse
import gc
import json
import os
import resource
import subprocess
import sys
import tracemalloc
from pathlib import Path

from _big_pages import MB, PAGES

from newsrecords import parse_page


def _rss_bytes() -> int:
    """The resident set size of this process now (Linux), else 0."""
    try:
        pages = int(Path("/proc/self/statm").read_text().split()[1])
    except (OSError, IndexError, ValueError):
        return 0
    return pages * os.sysconf("SC_PAGE_SIZE")


def measure(corpus: str, size: int, how: str) -> dict[str, int]:
    """One call's figures, in this process: characters, peak bytes and kept bytes."""
    text = PAGES[corpus](size)
    parse_page("Warm up\n\nHe said it.")  # imports and compiled rules are not the call's
    gc.collect()
    if how == "tracemalloc":
        tracemalloc.start()
        articles = parse_page(text)
        kept, peak = tracemalloc.get_traced_memory()
        tracemalloc.stop()
    else:
        before = _rss_bytes()
        articles = parse_page(text)
        # ru_maxrss is in kilobytes on Linux
        peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss * 1024 - before
        kept = _rss_bytes() - before
    quotes = sum(len(a.quotes) for a in articles)
    return {"chars": len(text), "peak": peak, "kept": kept, "quotes": quotes}


def _in_subprocess(corpus: str, size: int, how: str) -> dict[str, int]:
    out = subprocess.run(
        [sys.executable, __file__, "--child", corpus, str(size), how],
        check=True,
        capture_output=True,
        text=True,
    ).stdout
    figures: dict[str, int] = json.loads(out)
    return figures


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sizes", type=float, nargs="+", default=[1, 2, 4], help="MB")
    parser.add_argument("--corpus", nargs="+", choices=sorted(PAGES), default=["said", "real"])
    parser.add_argument(
        "--measure", nargs="+", choices=["tracemalloc", "rss"], default=["tracemalloc", "rss"]
    )
    parser.add_argument("--child", nargs=3, help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.child:
        corpus, size, how = args.child
        print(json.dumps(measure(corpus, int(size), how)))
        return
    bounds = {"said": "150", "real": "100", "seeds": "100"}  # issue 16's, in B/char
    print(
        f"{'corpus':>6} {'measure':>11} {'MB':>5} {'quotes':>8} {'peak MB':>8} "
        f"{'B/char':>7} {'kept B/char':>11}"
    )
    for corpus in args.corpus:
        for how in args.measure:
            for mb in args.sizes:
                f = _in_subprocess(corpus, int(mb * MB), how)
                print(
                    f"{corpus:>6} {how:>11} {mb:5.2f} {f['quotes']:8,} {f['peak'] / MB:8.1f} "
                    f"{f['peak'] / f['chars']:7.0f} {f['kept'] / f['chars']:11.0f}"
                    f"  (bound {bounds.get(corpus, '-')})"
                )


if __name__ == "__main__":
    main()

"""Time of ``parse_html`` on one HTML page of growing size, up to 10 MB: does it stay linear?

Usage::

    python benchmarks/html_scale.py [--sizes MB ...] [--rounds N]

The page is the seed pages' paragraphs wrapped in a news site's markup (navigation, share
bars between paragraphs, an advertisement every few paragraphs, a comment section, scripts,
a footer), repeated to each size (default 1.25, 2.5, 5 and 10 MB of HTML). For each size,
in one run, the figures are:

* ``lxml parse``: the HTML parsed into a tree by lxml, the floor of any HTML reader;
* ``extract_html``: trafilatura's main text and metadata (the tree, the extraction);
* ``parse_page on text``: the extracted text through the text parser alone (the baseline:
  what the same words cost without HTML);
* ``parse_html``: the whole call, both of the above;

with MB of HTML per second and, from the second size on, how each time grew against the
size before it (``x2.00`` for twice the time on twice the page is linear). Times are CPU
time of this process, the best of ``--rounds`` runs (default 1; the machine is shared and
noisy, so compare growth ratios rather than absolute times). Needs the ``html`` extra.
"""

from __future__ import annotations

import argparse
import html
import time
from collections.abc import Callable
from functools import partial
from pathlib import Path

from newsrecords import parse_html, parse_page
from newsrecords.html import extract_html

SEEDS = Path(__file__).resolve().parent.parent / "tests" / "data" / "seeds"

_HEAD = """<!DOCTYPE html><html lang="en"><head><meta charset="utf-8">
<title>A very long page | The Daily Ledger</title><meta name="author" content="Ann Lee">
<meta property="og:site_name" content="The Daily Ledger">
<script>var slots = ["top", "rail"];</script></head><body>
<nav><ul><li><a href="/">Home</a></li><li><a href="/world">World</a></li></ul></nav>
<main><article><h1>A very long page</h1><div class="story-body">
"""
_SHARE = '<div class="share"><a href="/t">Tweet</a> <a href="/f">Share</a></div>\n'
_AD = '<div class="ad">Advertisement</div>\n'
_TAIL = """</div></article></main><section id="comments"><h2>Comments</h2>
<div class="comment"><p>First!</p></div></section>
<footer><p>&copy; The Daily Ledger</p></footer><script>gtag('js', new Date());</script>
</body></html>
"""


def page_of(size: int) -> str:
    """An HTML page of about ``size`` characters built from the seed paragraphs."""
    paragraphs = [
        html.escape(line.strip(), quote=False)
        for path in sorted(SEEDS.glob("*.txt"))
        for line in path.read_text(encoding="utf-8").splitlines()
        if len(line.split()) > 8  # body paragraphs, not menus or headlines
    ]
    parts = [_HEAD]
    length, i = len(_HEAD), 0
    while length < size:
        block = f"<p>{paragraphs[i % len(paragraphs)]}</p>\n"
        block += _SHARE if i % 7 == 6 else _AD if i % 11 == 10 else ""
        parts.append(block)
        length += len(block)
        i += 1
    parts.append(_TAIL)
    return "".join(parts)


def best_cpu(run: Callable[[], object], rounds: int) -> float:
    """The least CPU time of ``rounds`` calls of ``run``."""
    best = float("inf")
    for _ in range(rounds):
        start = time.process_time()
        run()
        best = min(best, time.process_time() - start)
    return best


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sizes", type=float, nargs="+", default=[1.25, 2.5, 5.0, 10.0])
    parser.add_argument("--rounds", type=int, default=1)
    args = parser.parse_args()
    import lxml.html

    parse_html(page_of(20_000))  # warm up: imports, compiled rules
    previous: dict[str, float] = {}
    print(f"{'MB':>6} {'what':<20} {'CPU s':>8} {'MB/s':>7} {'growth':>7}")
    for mb in args.sizes:
        page = page_of(int(mb * 1_000_000))
        text = extract_html(page).text
        timings = {
            "lxml parse": best_cpu(partial(lxml.html.document_fromstring, page), args.rounds),
            "extract_html": best_cpu(partial(extract_html, page), args.rounds),
            "parse_page on text": best_cpu(partial(parse_page, text), args.rounds),
            "parse_html": best_cpu(partial(parse_html, page), args.rounds),
        }
        size = len(page.encode()) / 1e6
        for what, seconds in timings.items():
            growth = f"x{seconds / previous[what]:.2f}" if what in previous else ""
            print(f"{size:6.2f} {what:<20} {seconds:8.2f} {size / seconds:7.2f} {growth:>7}")
        print(f"{'':6} extracted text: {len(text):,} characters of {len(page):,}")
        previous = timings


if __name__ == "__main__":
    main()

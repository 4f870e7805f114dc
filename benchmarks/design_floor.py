"""The fastest full ``parse_page`` any rule-based quote extractor could give in CPython.

Usage::

    python benchmarks/design_floor.py [POLNEAR_PATH] [--rounds N]

Issue 3 asks for 2 MB/s of full ``parse_page``. This script asks how much of that budget is
left for quotes at all, and what the least quote extractor costs, so that a miss can be
told apart from a design that cannot reach the figure.

For each corpus (the seed pages repeated to about 5 MB, and the PolNeAR texts when the file
is there) it prints, as CPU time (best of ``--rounds``, measured round-robin):

* ``full parse_page`` today, and ``without quotes`` (the page parser and the
  action extractor, which every quote design leaves as they are);
* ``quote budget at 2 MB/s``: the time left for quotes (the target's time minus the
  figure above), and what of it the floors below leave per cue for attribution rules;
* ``floor: cues + look-back``: the article-wide cue regex the extractor runs today
  over every article's paragraphs, and for each cue the eight words before it split off
  and looked up in a set, which is less than any attribution rule can do;
* ``floor: Quote per cue``: building and validating one ``Quote`` record per cue,
  in one ``TypeAdapter`` call per article as the extractor does;
* ``rules today``: the full time less the time without quotes and the floors, per cue:
  what the attribution rules themselves cost;
* ``best full figure``: ``without quotes`` plus the two floors, as a rate, which is an upper
  bound for any pure-Python design that reads cues and returns validated records.

The extractor inputs (documents and paragraph spans) come from the page parser, recorded
once before timing.
"""

from __future__ import annotations

import re
import sys
from collections.abc import Iterator

from parse_throughput import (
    TARGET,
    Call,
    _cpu,
    _extractor_calls,
    _report,
    command_line,
    polnear_texts,
)
from pydantic import TypeAdapter

from newsrecords import parse_page
from newsrecords.models import Quote
from newsrecords.quotes.indirect import scan_pattern

GOAL = 2_000_000  # characters per second: issue 3's figure
_QUOTES = TypeAdapter(list[Quote])
_LOOK_UP = frozenset({"he", "she", "the", "a", "mr", "ms", "sen", "president", "officials"})


def _articles(calls: list[Call]) -> Iterator[tuple[str, int, Iterator[re.Match[str]]]]:
    """Each article's folded text, body start and the cue scan's hits in its body, as the
    quote extractor scans them."""
    pattern = scan_pattern()
    for doc, paragraphs, _, _ in calls:
        if paragraphs:
            start = paragraphs[0].start
            yield doc.folded, start, pattern.finditer(doc.folded, start, paragraphs[-1].end)


def _look_back(calls: list[Call]) -> int:
    """Read the eight words before each cue; count the ones a speaker rule would look at."""
    found = 0
    for folded, start, hits in _articles(calls):
        for hit in hits:
            cue = hit.start()
            for word in folded[max(start, cue - 60) : cue].split()[-8:]:
                if word.lower() in _LOOK_UP or word[:1].isupper():
                    found += 1
    return found


def _records(calls: list[Call]) -> int:
    """One validated Quote per cue, one validation call per article."""
    made = 0
    for _, _, hits in _articles(calls):
        fields = [
            {
                "text": hit[0],
                "kind": "direct",
                "speaker": None,
                "span": {"start": hit.start(), "end": hit.end()},
                "speaker_span": None,
                "cue": hit[0],
                "cue_span": {"start": hit.start(), "end": hit.end()},
            }
            for hit in hits
        ]
        made += len(_QUOTES.validate_python(fields))
    return made


def _floor(texts: list[str], rounds: int) -> None:
    chars = sum(map(len, texts))
    calls = _extractor_calls(texts)

    def parse_all() -> None:
        for text in texts:
            parse_page(text)

    def without_quotes() -> None:
        for text in texts:
            parse_page(text, quotes=False)

    variants = {
        "full parse_page": parse_all,
        "without quotes": without_quotes,
        "floor: cues + look-back": lambda: _look_back(calls),
        "floor: Quote per cue": lambda: _records(calls),
    }
    best = dict.fromkeys(variants, float("inf"))
    for _ in range(rounds):
        for label, work in variants.items():
            best[label] = min(best[label], _cpu(work))
    full = best["full parse_page"]
    for label, seconds in best.items():
        _report(label, chars, seconds, full)
    budget = chars / GOAL - best["without quotes"]
    floors = best["floor: cues + look-back"] + best["floor: Quote per cue"]
    cues = _records(calls)
    print(f"  cues: {cues:,}, one every {chars // max(1, cues)} characters")
    # what today's attribution rules cost: the full time less everything a floor covers
    rules = (full - best["without quotes"] - floors) / max(1, cues) * 1e6
    print(f"  rules today: {rules:.0f} µs per cue (full - without quotes - floors)")
    if budget > 0:
        per_cue = (budget - floors) / max(1, cues) * 1e6
        left = f"{per_cue:.0f} µs per cue left for rules" if per_cue > 0 else "no time for rules"
        print(f"  quote budget at 2 MB/s: {budget:.2f} s; floors {floors:.2f} s; {left}")
    else:
        print("  quote budget at 2 MB/s: none (the rest of parse_page alone is slower)")
    _report("best full figure", chars, best["without quotes"] + floors, full)


def main(argv: list[str]) -> int:
    polnear, rounds, pages, _, _ = command_line(argv, __doc__ or "")
    parse_page("\n\n".join(pages))  # warm up: compile the rules, import everything
    seeds = pages * (TARGET // sum(map(len, pages)) + 1)
    print(f"seed pages x{len(seeds) // len(pages)}: {sum(map(len, seeds)):,} characters")
    _floor(seeds, rounds)
    texts = polnear_texts(polnear)
    if texts:
        _floor(texts, rounds)
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))

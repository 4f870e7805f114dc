"""Throughput of policy-action extraction (python benchmarks/actions_throughput.py [POLNEAR]).

CPU time of this process (``time.process_time``), so other load on the machine counts less.

Prints characters per second of ``extract_actions`` on the seed pages repeated to about
5 MB and on the PolNeAR texts, next to a baseline measured in the same run: the trigger
prefilter scan alone (the least any extraction must do), and ``parse_page`` with and
without the action step.
"""

from __future__ import annotations

import json
import re
import sys
import time
from pathlib import Path

import newsrecords.parser as page
from newsrecords.actions.extract import _DEFAULT, _lower, extract_actions
from newsrecords.models import Span
from newsrecords.text.document import Document

ROOT = Path(__file__).resolve().parent.parent
SEEDS = sorted((ROOT / "tests" / "data" / "seeds").glob("*.txt"))
DEFAULT_POLNEAR = ROOT.parent / "shared" / "bench" / "polnear" / "dev.jsonl"


def _lines(text: str) -> list[Span]:
    return [Span(start=m.start(), end=m.end()) for m in re.finditer(r"[^\n]+", text)]


def _rate(chars: int, seconds: float) -> str:
    return f"{chars / seconds / 1e6:6.2f} MB/s"


def main(argv: list[str]) -> None:
    seeds = "\n\n".join(p.read_text(encoding="utf-8") for p in SEEDS)
    big = (seeds + "\n\n") * (5_000_000 // len(seeds) + 1)
    doc, paragraphs = Document.build(big), _lines(big)
    start = time.process_time()
    lowered = _lower(doc.folded)
    hits = sum(len(_DEFAULT._scan.hits(lowered, p.start, p.end)) for p in paragraphs)
    scan = time.process_time() - start
    start = time.process_time()
    actions = extract_actions(doc, paragraphs)
    full = time.process_time() - start
    print(f"seeds x{len(big) // len(seeds)} ({len(big)} chars, {hits} trigger hits)")
    print(f"  baseline trigger scan  {_rate(len(big), scan)}")
    print(f"  extract_actions        {_rate(len(big), full)}  ({len(actions)} actions)")
    start = time.process_time()
    page.parse_page(big)
    with_actions = time.process_time() - start
    original = vars(page)["extract_actions"]
    setattr(page, "extract_actions", lambda doc, paragraphs, published=None: ())  # noqa: B010
    try:
        start = time.process_time()
        page.parse_page(big)
        without = time.process_time() - start
    finally:
        setattr(page, "extract_actions", original)  # noqa: B010
    print(f"  parse_page             {_rate(len(big), with_actions)}")
    print(f"  parse_page, no actions {_rate(len(big), without)}")
    path = Path(argv[0]) if argv else DEFAULT_POLNEAR
    if path.exists():
        rows = [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines()]
        texts = [row["text"] for row in rows]
        start = time.process_time()
        found = sum(len(extract_actions(Document.build(t), _lines(t))) for t in texts)
        seconds = time.process_time() - start
        chars = sum(map(len, texts))
        print(f"PolNeAR {path.name}: {len(texts)} texts, {chars} chars")
        print(f"  extract_actions        {_rate(chars, seconds)}  ({found} actions)")


if __name__ == "__main__":
    main(sys.argv[1:])

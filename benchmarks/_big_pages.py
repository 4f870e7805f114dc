"""The large pages that ``page_scaling.py`` and ``memory.py`` parse, built to a size.

* ``real``: real articles joined by blank lines and repeated: PolNeAR's texts (read from
  ``../shared/bench/polnear/{dev,train}.jsonl`` beside the repository when there, never
  copied into it) with a seed page after every twentieth, so every size holds the same mix;
  without PolNeAR, the seed pages alone;
* ``seeds``: the seed pages (``tests/data/seeds``) joined by blank lines and repeated, a
  realistic page of many real articles;
* ``quotes``: ``'He said "we will win N."\\n\\nDr. Ben Carson said it N.\\n\\n'`` repeated
  with N counting up (issue 16's page), short quoted paragraphs after an abbreviation;
* ``said``: ``'He said "1" said "2" said ...'`` (counting to 99, then again), one paragraph
  of about 100,000 quotes per MB, all of them the same speaker's.
"""

from __future__ import annotations

import functools
import itertools
import json
from collections.abc import Callable, Iterable
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SEED_DIR = ROOT / "tests" / "data" / "seeds"
POLNEAR_FILES = [
    ROOT.parent / "shared" / "bench" / "polnear" / f"{n}.jsonl" for n in ("dev", "train")
]
MB = 1_000_000
_SEED_EVERY = 20  # PolNeAR texts between two seed pages in the ``real`` page


def _joined(parts: Iterable[str], size: int) -> str:
    """The parts, in order, until at least ``size`` characters are joined."""
    out: list[str] = []
    length = 0
    for part in parts:
        if length >= size:
            break
        out.append(part)
        length += len(part)
    return "".join(out)


def seeds_page(size: int) -> str:
    """The seed pages joined by blank lines, repeated to at least ``size`` characters."""
    seeds = "\n\n".join(_seed_texts())
    return _joined(itertools.repeat(seeds + "\n\n"), size)


def _seed_texts() -> list[str]:
    return [p.read_text(encoding="utf-8") for p in sorted(SEED_DIR.glob("*.txt"))]


@functools.cache
def real_articles() -> tuple[str, ...]:
    """PolNeAR's texts with a seed page after every twentieth (the seed pages alone when
    PolNeAR is not beside the repository), in a fixed order."""
    seeds = _seed_texts()
    polnear = [
        json.loads(line)["text"]
        for path in POLNEAR_FILES
        if path.exists()
        for line in path.read_text(encoding="utf-8").splitlines()
        if line.strip()
    ]
    if not polnear:
        return tuple(seeds)
    out: list[str] = []
    for k, text in enumerate(polnear):
        out.append(text)
        if k % _SEED_EVERY == _SEED_EVERY - 1:
            out.append(seeds[(k // _SEED_EVERY) % len(seeds)])
    return tuple(out)


def real_page(size: int) -> str:
    """Real articles (PolNeAR's and the seed pages) joined by blank lines, repeated to at
    least ``size`` characters."""
    return _joined((text + "\n\n" for text in itertools.cycle(real_articles())), size)


def quotes_page(size: int) -> str:
    """Short quoted paragraphs, each next to one opening with "Dr."."""
    pair = 'He said "we will win {n}."\n\nDr. Ben Carson said it {n}.\n\n'
    return _joined((pair.format(n=n) for n in itertools.count(1)), size)


def said_page(size: int) -> str:
    """One paragraph in which one speaker says quote after quote."""
    return "He " + _joined((f'said "{n % 100}" ' for n in itertools.count(1)), size - 3)


PAGES: dict[str, Callable[[int], str]] = {
    "real": real_page,
    "seeds": seeds_page,
    "quotes": quotes_page,
    "said": said_page,
}

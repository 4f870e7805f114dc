"""Score quote and speaker extraction against PolNeAR attributions.

    python benchmarks/quotes_polnear.py [PATH] [--direct] [--limit N] [--double-apostrophes]

PATH defaults to ``../shared/bench/polnear/dev.jsonl`` relative to the repository root
(PolNeAR is never copied into the repository). ``--direct`` calls
``newsrecords.quotes.extract.extract_quotes`` on blank-line paragraphs instead of going through
``newsrecords.parse_article`` (useful while the page parser is changing).

Rule (issue 3): over gold attributions of type direct or mixed, a predicted quote of kind
direct or partial that has a speaker matches a gold attribution when at least half of its
span lies inside the gold content (its fragments when present). Precision = matched
predictions / predictions with a speaker; recall = gold attributions matched / gold
attributions; speaker accuracy over matched pairs = the speaker span overlaps the gold
source, or the resolved name shares a non-stopword with the gold source text. Indirect
speech is scored the same way against gold indirect attributions.
"""

from __future__ import annotations

import argparse
import json
import re
import sys
import time
from collections.abc import Iterable, Sequence
from pathlib import Path
from typing import Any

import attrs

from newsrecords import parse_article
from newsrecords.models import Quote, QuoteKind, Span
from newsrecords.quotes.extract import extract_quotes
from newsrecords.text.document import Document

ROOT = Path(__file__).resolve().parent.parent
DEFAULT = ROOT.parent / "shared" / "bench" / "polnear" / "dev.jsonl"
STOPWORDS = frozenset(
    [
        "the",
        "a",
        "an",
        "of",
        "and",
        "in",
        "on",
        "at",
        "to",
        "for",
        "by",
        "with",
        "from",
        "mr",
        "mr.",
        "ms",
        "ms.",
        "mrs",
        "mrs.",
        "dr",
        "dr.",
        "'s",
    ]
)
_BLOCK = re.compile(r"[^\n]+(?:\n[^\n]+)*")


def _fragments(part: dict[str, object]) -> list[tuple[int, int]]:
    frags = part.get("fragments")
    if isinstance(frags, list) and frags:
        return [(int(a), int(b)) for a, b in frags]
    start, end = part.get("start"), part.get("end")
    if isinstance(start, int) and isinstance(end, int):
        return [(start, end)]
    return []


def _inside(span: Span, frags: Iterable[tuple[int, int]]) -> bool:
    covered = sum(max(0, min(span.end, b) - max(span.start, a)) for a, b in frags)
    return len(span) > 0 and covered * 2 >= len(span)


def _speaker_ok(q: Quote, source: dict[str, object] | None, text: str) -> bool:
    if not source:
        return False
    frags = _fragments(source)
    if q.speaker_span is not None and any(
        q.speaker_span.start < b and a < q.speaker_span.end for a, b in frags
    ):
        return True
    if q.speaker is None:
        return False
    gold = " ".join(text[a:b] for a, b in frags).lower()
    gold_words = set(re.findall(r"[\w']+", gold)) - STOPWORDS
    names = [q.speaker.name, *q.speaker.aliases]
    return any(w in gold_words for n in names for w in re.findall(r"[\w']+", n.lower()))


@attrs.define
class Tally:
    """Issue 3's counts over the gold attributions of some ``types``: ``add`` each text's
    gold row with the predictions to score (for direct and mixed: quotes and partial quotes
    that have a speaker; for indirect: indirect speech). Up to ``max_misses`` of each kind of
    miss are kept as lines to print: "fp" (a prediction in no gold content), "fn" (a gold
    attribution no prediction matched), "speaker" (a match with the wrong speaker)."""

    types: tuple[str, ...]
    max_misses: int = 0
    predicted: int = 0
    matched: int = 0  # predictions inside some gold content; each is one scored pair
    gold: int = 0
    gold_matched: int = 0
    speaker_ok: int = 0  # matched predictions whose speaker is right
    misses: dict[str, list[str]] = attrs.Factory(lambda: {"fp": [], "fn": [], "speaker": []})

    def add(self, row: dict[str, Any], preds: Sequence[Quote]) -> None:
        text: str = row["text"]
        golds = [a for a in row["attributions"] if a["type"] in self.types]
        self.predicted += len(preds)
        self.gold += len(golds)
        hit: set[int] = set()
        for q in preds:
            inside = [k for k, a in enumerate(golds) if _inside(q.span, _fragments(a["content"]))]
            if not inside:
                ctx = text[max(0, q.span.start - 60) : q.span.end + 60].replace("\n", " / ")
                self._miss("fp", f"{q.speaker.name if q.speaker else None!r}: {ctx!r}")
                continue
            self.matched += 1
            hit.update(inside)
            if any(_speaker_ok(q, golds[k].get("source"), text) for k in inside):
                self.speaker_ok += 1
            else:
                src = golds[inside[0]].get("source") or {}
                self._miss(
                    "speaker",
                    f"{q.speaker.name if q.speaker else None!r} "
                    f"({q.speaker_span.slice(text) if q.speaker_span else None!r}) vs "
                    f"{src.get('text')!r}: {q.text[:80]!r}",
                )
        self.gold_matched += len(hit)
        for k, a in enumerate(golds):
            if k not in hit and len(self.misses["fn"]) < self.max_misses:
                frags = _fragments(a["content"])
                lo, hi = frags[0][0], frags[-1][1]
                src = (a.get("source") or {}).get("text")
                self._miss("fn", f"[{src!r}] {text[max(0, lo - 80) : hi + 60]!r}")

    def _miss(self, kind: str, line: str) -> None:
        if len(self.misses[kind]) < self.max_misses:
            self.misses[kind].append(line)

    @property
    def precision(self) -> float:
        return self.matched / self.predicted if self.predicted else 0.0

    @property
    def recall(self) -> float:
        return self.gold_matched / self.gold if self.gold else 0.0

    @property
    def f1(self) -> float:
        p, r = self.precision, self.recall
        return 2 * p * r / (p + r) if p + r else 0.0

    @property
    def speaker_accuracy(self) -> float:
        return self.speaker_ok / self.matched if self.matched else 0.0


def _direct_input(text: str) -> tuple[Document, list[Span]]:
    doc = Document.build(text)
    paras = [Span(start=m.start(), end=m.end()) for m in _BLOCK.finditer(text) if m[0].strip()]
    # the first block is the headline, as parse_article reads it
    return doc, paras[1:] if len(paras) > 1 else paras


def _predict(text: str, direct: bool, double_apostrophes: bool = False) -> tuple[Quote, ...]:
    if not direct:
        return parse_article(text, double_apostrophes=double_apostrophes).quotes
    doc, paras = _direct_input(text)
    return extract_quotes(doc, paras).quotes


def _extract_quotes_speed(texts: list[str], rounds: int = 3) -> float:
    """CPU characters per second of extract_quotes alone (best of ``rounds``)."""
    inputs = [_direct_input(t) for t in texts]
    chars = sum(len(t) for t in texts)
    best = float("inf")
    for _ in range(rounds):
        t0 = time.process_time()
        for doc, paras in inputs:
            extract_quotes(doc, paras)
        best = min(best, time.process_time() - t0)
    return chars / best if best > 0 else 0.0


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("path", nargs="?", default=str(DEFAULT))
    ap.add_argument("--direct", action="store_true", help="call extract_quotes directly")
    ap.add_argument("--limit", type=int, default=0, help="score only the first N documents")
    ap.add_argument("--misses", type=int, default=0, help="print N misses of each class")
    ap.add_argument(
        "--double-apostrophes",
        action="store_true",
        help="read ''quoted'' as quote marks (PolNeAR types those quotations indirect)",
    )
    args = ap.parse_args(argv)
    rows = [json.loads(line) for line in Path(args.path).read_text(encoding="utf-8").splitlines()]
    if args.limit:
        rows = rows[: args.limit]
    quoted = Tally(("direct", "mixed"), args.misses)
    indirect = Tally(("indirect",))
    chars = 0
    elapsed = 0.0
    for row in rows:
        chars += len(row["text"])
        t0 = time.process_time()
        quotes = _predict(row["text"], args.direct, args.double_apostrophes)
        elapsed += time.process_time() - t0
        quoted.add(row, [q for q in quotes if q.kind is not QuoteKind.INDIRECT and q.speaker])
        indirect.add(row, [q for q in quotes if q.kind is QuoteKind.INDIRECT])
    mode = "extract_quotes (blank-line paragraphs)" if args.direct else "parse_article"
    print(f"documents: {len(rows)}  characters: {chars}  mode: {mode}")
    print(
        f"direct/mixed: predicted with speaker {quoted.predicted}, matched {quoted.matched}, "
        f"gold {quoted.gold}, gold matched {quoted.gold_matched}"
    )
    print(
        f"  precision {quoted.precision:.3f} (target 0.95)  recall {quoted.recall:.3f} "
        f"(target 0.92)  F1 {quoted.f1:.3f}"
    )
    print(
        f"  speaker accuracy {quoted.speaker_accuracy:.3f} over {quoted.matched} pairs "
        "(target 0.95)"
    )
    print(
        f"indirect: predicted {indirect.predicted}, matched {indirect.matched}, "
        f"gold {indirect.gold}, gold matched {indirect.gold_matched}"
    )
    print(f"  precision {indirect.precision:.3f}  recall {indirect.recall:.3f} (target 0.6 each)")
    print(f"speed: {chars / elapsed if elapsed else 0:,.0f} chars/s of CPU time ({mode})")
    speed = _extract_quotes_speed([row["text"] for row in rows])
    print(f"speed: {speed:,.0f} chars/s of CPU time (extract_quotes alone, best of 3)")
    for name, items in quoted.misses.items():
        for line in items:
            print(f"{name}: {line}")
    return 0


if __name__ == "__main__":
    sys.exit(main())

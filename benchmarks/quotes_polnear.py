"""Score quote and speaker extraction against PolNeAR attributions.

    python benchmarks/quotes_polnear.py [PATH] [--direct] [--limit N] [--double-apostrophes]

PATH defaults to ``../shared/bench/polnear/dev.jsonl`` relative to the repository root
(PolNeAR is never copied into the repository). ``--direct`` calls
``newsrecords.quotes.extract_quotes`` on blank-line paragraphs instead of going through
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
from collections.abc import Iterable
from pathlib import Path

from newsrecords import parse_article
from newsrecords._document import Document
from newsrecords.models import Quote, QuoteKind, Span
from newsrecords.quotes import extract_quotes

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
    n_pred = n_match = n_gold = n_gold_hit = n_pairs = n_sp_ok = 0
    i_pred = i_match = i_gold = i_gold_hit = 0
    chars = 0
    elapsed = 0.0
    misses: dict[str, list[str]] = {"fp": [], "fn": [], "speaker": []}
    for row in rows:
        text: str = row["text"]
        chars += len(text)
        t0 = time.process_time()
        quotes = _predict(text, args.direct, args.double_apostrophes)
        elapsed += time.process_time() - t0
        quoted = [a for a in row["attributions"] if a["type"] in ("direct", "mixed")]
        indirect = [a for a in row["attributions"] if a["type"] == "indirect"]
        preds = [q for q in quotes if q.kind is not QuoteKind.INDIRECT and q.speaker is not None]
        ipreds = [q for q in quotes if q.kind is QuoteKind.INDIRECT]
        n_pred += len(preds)
        n_gold += len(quoted)
        hit: set[int] = set()
        for q in preds:
            golds = [k for k, a in enumerate(quoted) if _inside(q.span, _fragments(a["content"]))]
            if golds:
                n_match += 1
                hit.update(golds)
                n_pairs += 1
                ok = any(_speaker_ok(q, quoted[k].get("source"), text) for k in golds)
                n_sp_ok += ok
                if not ok and len(misses["speaker"]) < args.misses:
                    src = quoted[golds[0]].get("source") or {}
                    misses["speaker"].append(
                        f"{q.speaker.name if q.speaker else None!r} "
                        f"({q.speaker_span.slice(text) if q.speaker_span else None!r}) vs "
                        f"{src.get('text')!r}: {q.text[:80]!r}"
                    )
            elif len(misses["fp"]) < args.misses:
                ctx = text[max(0, q.span.start - 60) : q.span.end + 60].replace("\n", " / ")
                misses["fp"].append(f"{q.speaker.name if q.speaker else None!r}: {ctx!r}")
        n_gold_hit += len(hit)
        for k, a in enumerate(quoted):
            if k not in hit and len(misses["fn"]) < args.misses:
                c = _fragments(a["content"])
                lo, hi = c[0][0], c[-1][1]
                src = (a.get("source") or {}).get("text")
                misses["fn"].append(f"[{src!r}] {text[max(0, lo - 80) : hi + 60]!r}")
        i_pred += len(ipreds)
        i_gold += len(indirect)
        ihit: set[int] = set()
        for q in ipreds:
            golds = [k for k, a in enumerate(indirect) if _inside(q.span, _fragments(a["content"]))]
            if golds:
                i_match += 1
                ihit.update(golds)
        i_gold_hit += len(ihit)

    def ratio(a: int, b: int) -> float:
        return a / b if b else 0.0

    p, r = ratio(n_match, n_pred), ratio(n_gold_hit, n_gold)
    f1 = 2 * p * r / (p + r) if p + r else 0.0
    mode = "extract_quotes (blank-line paragraphs)" if args.direct else "parse_article"
    print(f"documents: {len(rows)}  characters: {chars}  mode: {mode}")
    print(
        f"direct/mixed: predicted with speaker {n_pred}, matched {n_match}, gold {n_gold}, "
        f"gold matched {n_gold_hit}"
    )
    print(f"  precision {p:.3f} (target 0.95)  recall {r:.3f} (target 0.92)  F1 {f1:.3f}")
    print(f"  speaker accuracy {ratio(n_sp_ok, n_pairs):.3f} over {n_pairs} pairs (target 0.95)")
    print(
        f"indirect: predicted {i_pred}, matched {i_match}, gold {i_gold}, gold matched {i_gold_hit}"
    )
    print(
        f"  precision {ratio(i_match, i_pred):.3f}  recall {ratio(i_gold_hit, i_gold):.3f} "
        "(target 0.6 each)"
    )
    print(f"speed: {chars / elapsed if elapsed else 0:,.0f} chars/s of CPU time ({mode})")
    speed = _extract_quotes_speed([row["text"] for row in rows])
    print(f"speed: {speed:,.0f} chars/s of CPU time (extract_quotes alone, best of 3)")
    for name, items in misses.items():
        for line in items:
            print(f"{name}: {line}")
    return 0


if __name__ == "__main__":
    sys.exit(main())

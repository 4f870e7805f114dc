"""Deduplication at scale: speed, memory, precision and recall on synthetic corpora.

    python benchmarks/dedup_scale.py [TRAIN_PATH] [--sizes 10000 20000 40000]
        [--repeat 3] [--no-baseline] [--no-memory]

TRAIN_PATH defaults to ``../shared/bench/polnear/train.jsonl`` relative to the repository
root. The PolNeAR texts are read from there and never copied into the repository.

The corpora (seeded, so every run builds the same ones) are made in ``_dedup_corpus.py``:
originals collaged from real paragraphs, with generated exact copies, syndicated copies,
same-event rewrites sharing quotes, and rewrites sharing only counted actions.

Reported per size: articles per second of one ``newsrecords.dedupe`` call (all of it:
fingerprints, index, verification and building the Story records; every corpus is built
and frozen out of the garbage collector before anything is timed, then the sizes are
timed in turn for ``--repeat`` rounds, 3 by default, each keeping its best; the baseline
runs once), the key index's bytes per article,
pair precision, recall per kind (a copy is recalled when it lands in its original's
story), and the time ratio between consecutive sizes. Peak memory is measured with
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
import sys
import time
import tracemalloc
from collections.abc import Sequence
from pathlib import Path
from typing import Any

import attrs
from _dedup_corpus import KINDS, Corpus, build_corpus, load_pool

from newsrecords.dedupe import Deduper, dedupe
from newsrecords.models import Story

ROOT = Path(__file__).resolve().parents[1]
DEFAULT_PATH = ROOT / ".." / "shared" / "bench" / "polnear" / "train.jsonl"

# -- scoring -------------------------------------------------------------------------------


def score(groups: list[list[int]], corpus: Corpus) -> dict[str, float]:
    """Pair precision, and recall per kind: a copy is found if it shares its original's group."""
    group_of = [0] * len(corpus.articles)
    predicted = correct = 0
    for g, members in enumerate(groups):
        for i in members:
            group_of[i] = g
        predicted += len(members) * (len(members) - 1) // 2
        by_cluster: dict[int, int] = {}
        for i in members:
            by_cluster[corpus.cluster[i]] = by_cluster.get(corpus.cluster[i], 0) + 1
        correct += sum(n * (n - 1) // 2 for n in by_cluster.values())
    out = {"precision": correct / predicted if predicted else 1.0, "stories": len(groups)}
    for kind in KINDS:
        copies = [i for i, k in enumerate(corpus.kind) if k == kind]
        found = sum(group_of[i] == group_of[corpus.cluster[i]] for i in copies)
        out[f"recall_{kind}"] = found / len(copies) if copies else float("nan")
        out[f"n_{kind}"] = len(copies)
    return out


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


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("path", nargs="?", type=Path, default=DEFAULT_PATH)
    parser.add_argument("--sizes", type=int, nargs="+", default=[10_000, 20_000, 40_000])
    parser.add_argument("--no-baseline", action="store_true")
    parser.add_argument("--no-memory", action="store_true")
    parser.add_argument(
        "--repeat", type=int, default=3, help="time newsrecords this many times, keep the best"
    )
    args = parser.parse_args(argv)
    if not args.path.exists():
        print(f"error: no PolNeAR train file at {args.path}", file=sys.stderr)
        return 2
    datasketch: Any = None
    if not args.no_baseline:
        try:
            datasketch = importlib.import_module("datasketch")  # optional: the bench extra
        except ImportError:
            print("datasketch is not installed: baseline skipped (pip install newsrecords[bench])")
    pool = load_pool(args.path)
    print(f"pool: {len(pool.plain)} plain and {len(pool.quoted)} quoted paragraphs")
    # Every corpus is built before anything is timed, and the collector is told to leave
    # them alone (they are the harness's, not the work measured), so every size is timed
    # in the same heap. The sizes take turns, round after round (ascending, then
    # descending), so a burst of other work on the machine touches them all alike; each
    # keeps its best clock and its best CPU time.
    corpora = {size: build_corpus(pool, size) for size in args.sizes}
    gc.collect()
    gc.freeze()
    # Each run's stories are scored and dropped at once, so no run's heap holds another's.
    best: dict[int, Timing] = {}
    scores: dict[int, dict[str, float]] = {}
    for round_ in range(args.repeat):
        for size in args.sizes if round_ % 2 == 0 else reversed(args.sizes):
            took, stories = run_newsrecords(corpora[size])
            scores[size] = score(groups_of(stories, corpora[size]), corpora[size])
            del stories
            best[size] = best[size].best(took) if size in best else took
    previous: dict[str, Timing] = {}
    for size in args.sizes:
        corpus, took = corpora[size], best[size]
        figures = scores[size]
        index_bytes, peak = index_and_peak(corpus, trace=not args.no_memory)
        kinds = ", ".join(f"{k} {figures[f'n_{k}']:.0f}" for k in KINDS)
        print(f"\n== {size} articles ({kinds}) ==")
        line = (
            f"newsrecords: {size / took.wall:8.0f} articles/s ({took.wall:.2f} s; "
            f"CPU {took.cpu:.2f} s), "
            f"index {index_bytes / size:.0f} B/article, {figures['stories']:.0f} stories, "
            f"precision {figures['precision']:.4f}, "
            + ", ".join(f"recall {k} {figures[f'recall_{k}']:.4f}" for k in KINDS)
        )
        print(line)
        if "ours" in previous:
            print(
                f"  time ratio vs previous size: {took.wall / previous['ours'].wall:.2f} "
                f"(CPU time: {took.cpu / previous['ours'].cpu:.2f})"
            )
        previous["ours"] = took
        if not args.no_memory:
            print(
                f"  peak traced memory during dedupe: {peak / 2**20:.1f} MiB "
                f"({peak / size:.0f} B/article)"
            )
        if datasketch is not None:
            base_time, base_groups = run_datasketch(corpus, datasketch)
            base = score(base_groups, corpus)
            print(
                f"datasketch:  {size / base_time.wall:8.0f} articles/s ({base_time.wall:.2f} s; "
                f"CPU {base_time.cpu:.2f} s), "
                f"precision {base['precision']:.4f}, "
                + ", ".join(f"recall {k} {base[f'recall_{k}']:.4f}" for k in KINDS)
            )
            print(
                f"  speed-up over datasketch: {base_time.wall / took.wall:.2f}x "
                f"(CPU time: {base_time.cpu / took.cpu:.2f}x)"
            )
            if "base" in previous:
                print(
                    "  datasketch time ratio vs previous size: "
                    f"{base_time.wall / previous['base'].wall:.2f} "
                    f"(CPU time: {base_time.cpu / previous['base'].cpu:.2f})"
                )
            previous["base"] = base_time
    return 0


if __name__ == "__main__":
    raise SystemExit(main())

"""``dedupe_bag`` on 1 and 2 local Dask workers against single-process ``dedupe``.

Usage::

    python benchmarks/dask_scale.py [TRAIN_PATH] [--size 2000] [--partitions 8]
        [--scheduler ADDRESS --scratch DIR]

TRAIN_PATH defaults to ``../shared/bench/polnear/train.jsonl`` relative to the repository
root; the corpora are generated from it by ``_dedup_corpus.py`` (the ones of
``dedup_scale.py``), at ``--size`` N and 2N articles, and never written anywhere.

For each size, in one run: ``dedupe`` in this process, then ``dedupe_bag(...).compute()``
on a ``distributed.LocalCluster`` of 1 and of 2 worker processes (one thread each),
started before the clock starts. The articles are written once to a temporary JSON Lines
file (``--partitions`` blocks, 8 by default; on a real cluster it must be a path every
worker can read); a Dask time includes the workers reading and validating them, the key
shuffle, the links back to the client, the shuffle by component and the stories back to
the client (the time of reading and validating the articles alone, which the
single-process path does not pay, is printed beside it). Each run checks that the
stories equal ``dedupe``'s.

Memory is the peak resident memory of this process plus its children (the workers),
sampled every 20 ms during the run, minus what they held just before it: what the run
added, wherever it ran. Growth from N to 2N is the ratio of the times (2.0 is linear).

``--scheduler tcp://host:8786`` runs the Dask path on an existing cluster instead of the
local ones (start one with ``dask scheduler`` and ``dask worker tcp://host:8786`` on each
machine, each with newsrecords installed), with ``--scratch DIR`` on a file system every
worker can read; memory is then only this client's.

The share of articles with counted actions is printed: ``dedupe`` ranks names by rarity
among those articles over the whole corpus, so ``dedupe_bag`` keeps them in one component
(see ``newsrecords.dask``) and only the rest is spread over the workers. The machine may be
shared: run it twice before reading much into the figures.
"""

from __future__ import annotations

import argparse
import functools
import os
import shutil
import sys
import tempfile
import threading
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

import dask.bag as db
import distributed
import psutil
from _dedup_corpus import build_corpus, load_pool

from newsrecords import dedupe
from newsrecords.dask import candidate_keys, dedupe_bag
from newsrecords.dedupe import DedupeConfig
from newsrecords.models import Article, Story

ROOT = Path(__file__).resolve().parents[1]
DEFAULT_PATH = ROOT / ".." / "shared" / "bench" / "polnear" / "train.jsonl"
MB = 1024 * 1024


def _tree_rss() -> int:
    me = psutil.Process(os.getpid())
    return _rss(me) + sum(_rss(child) for child in me.children(recursive=True))


def _rss(process: Any) -> int:
    try:
        return int(process.memory_info().rss)
    except psutil.Error:  # a child that ended meanwhile
        return 0


@contextmanager
def _peak_memory(found: list[int]) -> Iterator[None]:
    """Samples the process tree's resident memory; appends the peak above the start."""
    start = _tree_rss()
    peak = start
    done = threading.Event()

    def sample() -> None:
        nonlocal peak
        while not done.wait(0.02):
            peak = max(peak, _tree_rss())

    sampler = threading.Thread(target=sample, daemon=True)
    sampler.start()
    try:
        yield
    finally:
        done.set()
        sampler.join()
        found.append(max(peak, _tree_rss()) - start)


def _measure(work: Callable[[], list[Story]]) -> tuple[float, int, list[Story]]:
    memory: list[int] = []
    with _peak_memory(memory):
        began = time.perf_counter()
        stories = work()
        took = time.perf_counter() - began
    return took, memory[0], stories


def _articles_bag(path: Path, partitions: int) -> Any:
    # The workers read the articles themselves, as from any shared store; a bag made with
    # from_sequence would carry every article inside the task graph, through the scheduler.
    blocksize = path.stat().st_size // partitions + 1
    return db.read_text(str(path), blocksize=blocksize).map(Article.model_validate_json)


def _on_dask(client: Any, path: Path, partitions: int) -> list[Story]:
    stories: list[Story] = client.compute(dedupe_bag(_articles_bag(path, partitions))).result()
    return stories


def _load_only(client: Any, path: Path, partitions: int) -> float:
    """The time of reading and validating the articles on the workers alone."""
    began = time.perf_counter()
    client.compute(_articles_bag(path, partitions).count()).result()
    return time.perf_counter() - began


def _same(a: list[Story], b: list[Story]) -> bool:
    return sorted(s.id for s in a) == sorted(s.id for s in b)


def main(argv: list[str]) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("path", nargs="?", type=Path, default=DEFAULT_PATH)
    parser.add_argument("--size", type=int, default=2000)
    parser.add_argument("--partitions", type=int, default=8)
    parser.add_argument("--scheduler", metavar="ADDRESS", help="an existing Dask scheduler")
    parser.add_argument(
        "--scratch", type=Path, help="where the articles file goes (one the workers can read)"
    )
    args = parser.parse_args(argv[1:])
    if not args.path.is_file():
        print(f"skipped: {args.path} not found (pass its path as the first argument)")
        return 0
    pool = load_pool(args.path)
    config = DedupeConfig()
    clusters: dict[str, Any] = {}
    if args.scheduler:
        clusters[f"dask at {args.scheduler}"] = None
    else:
        for workers in (1, 2):
            clusters[f"dask, {workers} worker{'s' * (workers > 1)}"] = distributed.LocalCluster(
                n_workers=workers, threads_per_worker=1, processes=True, dashboard_address=":0"
            )
    times: dict[str, list[float]] = {}
    scratch = Path(tempfile.mkdtemp(prefix="dask-scale-", dir=args.scratch))
    try:
        for size in (args.size, 2 * args.size):
            articles = build_corpus(pool, size).articles
            path = scratch / f"articles-{size}.jsonl"
            path.write_text("".join(a.model_dump_json() + "\n" for a in articles), "utf-8")
            counted = sum(("counted", 0) in candidate_keys(a, config) for a in articles)
            print(f"\n{size} articles; {counted / size:.0%} state counted actions")
            took, memory, expected = _measure(functools.partial(dedupe, articles))
            times.setdefault("single process", []).append(took)
            print(f"  {'single process':<18} {took:7.2f} s  peak +{memory / MB:6.0f} MB")
            for name, cluster in clusters.items():
                address = args.scheduler if cluster is None else cluster
                with distributed.Client(address) as client:
                    loading = _load_only(client, path, args.partitions)
                    work = functools.partial(_on_dask, client, path, args.partitions)
                    took, memory, stories = _measure(work)
                times.setdefault(name, []).append(took)
                same = "same stories" if _same(stories, expected) else "STORIES DIFFER"
                print(
                    f"  {name:<18} {took:7.2f} s  peak +{memory / MB:6.0f} MB  {same}"
                    f"  (of which reading the articles: {loading:.2f} s)"
                )
    finally:
        shutil.rmtree(scratch, ignore_errors=True)
        for cluster in clusters.values():
            if cluster is not None:
                cluster.close()
    print(f"\ngrowth from {args.size} to {2 * args.size} articles (2.0 = linear):")
    for name, (small, large) in times.items():
        print(f"  {name:<18} {large / small:.2f}x")
    single = times["single process"]
    for name, found in times.items():
        if name != "single process":
            print(f"{name} vs single process at {2 * args.size}: {single[1] / found[1]:.2f}x")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))

"""newsrecords.dask: parse_bag, and dedupe_bag equal to dedupe (here and on a local cluster)."""

from __future__ import annotations

import concurrent.futures
import gc
import sys
from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from conftest import SEED_FILES, case_params
from newsrecords import MissingExtraError, Story, dedupe, parse_page
from newsrecords.dedupe import DedupeConfig
from newsrecords.models import Article, Source
from test_dedupe_cases import _article

dask = pytest.importorskip("dask")
db = pytest.importorskip("dask.bag")
ndask = pytest.importorskip("newsrecords.dask")


def _corpus() -> list[Article]:
    """The seed pages' articles, exact copies of some under other sources, and every
    regression case's articles (near copies, same-event rewrites, counted actions)."""
    found: list[Article] = []
    for path in SEED_FILES:
        found.extend(parse_page(path.read_text(encoding="utf-8"), source=path.name))
    copies = [
        a.model_copy(
            update={"source": Source(name=f"copy of {a.source.name}", sha256=a.source.sha256)}
        )
        for a in found[::3]
    ]
    cases = [
        _article({**spec, "source": f"{param.id}/{spec['source']}"})
        for param in case_params("dedupe_*.json")
        for spec in param.values[0]["input"]
    ]
    return found + copies + cases


CORPUS = _corpus()


def _same(stories: list[Story], articles: list[Article]) -> bool:
    expected = sorted(s.model_dump_json() for s in dedupe(articles))
    return sorted(s.model_dump_json() for s in stories) == expected


def test_dedupe_bag_equals_dedupe_synchronously() -> None:
    with dask.config.set(scheduler="synchronous"):
        stories = ndask.dedupe_bag(db.from_sequence(CORPUS, npartitions=4)).compute()
    assert any(len(s.articles) > 1 for s in stories)
    assert _same(stories, CORPUS)


def test_dedupe_bag_passes_the_config() -> None:
    config = DedupeConfig(near_overlap=1.0, near_candidate=1.0, event_min_entities=99)
    with dask.config.set(scheduler="synchronous"):
        stories = ndask.dedupe_bag(db.from_sequence(CORPUS, npartitions=3), config).compute()
    expected = sorted(s.model_dump_json() for s in dedupe(CORPUS, config=config))
    assert sorted(s.model_dump_json() for s in stories) == expected


@settings(max_examples=15)
@given(
    st.lists(st.integers(0, len(CORPUS) - 1), min_size=1, max_size=30),
    st.integers(1, 5),
)
def test_any_subset_and_partitioning_equals_dedupe(picks: list[int], parts: int) -> None:
    articles = [CORPUS[i] for i in picks]
    with dask.config.set(scheduler="synchronous"):
        bag = db.from_sequence(articles, npartitions=min(parts, len(articles)))
        stories = ndask.dedupe_bag(bag).compute()
    assert _same(stories, articles)


def test_every_story_is_connected_through_candidate_keys() -> None:
    """What makes dedupe_bag exact: dedupe never joins articles that share no key."""
    config = DedupeConfig()
    for story in dedupe(CORPUS):
        keys = [ndask.candidate_keys(a, config) for a in story.articles]
        reached, frontier = {0}, [0]
        while frontier:
            i = frontier.pop()
            for j in range(len(keys)):
                if j not in reached and keys[i] & keys[j]:
                    reached.add(j)
                    frontier.append(j)
        assert len(reached) == len(keys)


def _on_local_cluster(work: Any) -> Any:
    distributed = pytest.importorskip("distributed")
    cluster = distributed.LocalCluster(
        n_workers=2, threads_per_worker=1, processes=False, dashboard_address=":0"
    )
    try:
        with (
            distributed.Client(cluster) as client,
            concurrent.futures.ThreadPoolExecutor(1) as pool,
        ):
            return pool.submit(work, client).result(timeout=120)
    finally:
        cluster.close()


@pytest.mark.slow
def test_dedupe_bag_equals_dedupe_on_a_local_cluster() -> None:
    def work(client: Any) -> list[Story]:
        stories = ndask.dedupe_bag(db.from_sequence(CORPUS, npartitions=4))
        gc.collect()  # the stories bag alone must keep what it needs on the cluster
        result: list[Story] = client.compute(stories).result(timeout=100)
        return result

    assert _same(_on_local_cluster(work), CORPUS)


def test_parse_bag_results_articles_and_failures() -> None:
    pages = [path.read_text(encoding="utf-8") for path in SEED_FILES[:3]]
    with dask.config.set(scheduler="synchronous"):
        parsed = ndask.parse_bag(db.from_sequence([*pages, 7], npartitions=2), actions=False)
        found = ndask.articles(parsed).compute()
        [failure] = ndask.failures(parsed).compute()
    assert found == [a for page in pages for a in parse_page(page, actions=False)]
    assert failure.code == "input_type"


def test_without_dask_the_error_names_the_extra(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setitem(sys.modules, "dask.bag", None)
    with pytest.raises(MissingExtraError, match=r"newsrecords\[dask\]"):
        ndask.dedupe_bag([])

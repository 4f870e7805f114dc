"""A speaker list a reader would write, per seed page: places are no persons, a group
named twice is one group, titles are titles. One regression file per page in
tests/data/speaker_lists/ (label, input page, expected speakers of each article); an
article whose list is not yet right carries a strict ``xfail`` with what is wrong, the
wrong entries it still gives (``known_wrong``) and the reader's entries it lacks
(``missing``), so that the rest of its list is held by the second test."""

from __future__ import annotations

import json
from typing import Any

import pytest

import newsrecords
from conftest import DATA, read_seed

LISTS = sorted((DATA / "speaker_lists").glob("*.json"))


def _params() -> list[Any]:
    params = []
    for path in LISTS:
        page = json.loads(path.read_text(encoding="utf-8"))
        for k, article in enumerate(page["articles"]):
            marks = (
                [pytest.mark.xfail(reason=article["xfail"], strict=True)]
                if "xfail" in article
                else []
            )
            params.append(
                pytest.param(page["input"], k, article, id=f"{page['label']}, {k}", marks=marks)
            )
    return params


def test_every_seed_page_has_a_speaker_list() -> None:
    seeds = sorted(p.name for p in (DATA / "seeds").glob("*.txt"))
    assert [json.loads(p.read_text(encoding="utf-8"))["input"] for p in LISTS] == seeds


@pytest.mark.parametrize(("page", "index", "article"), _params())
def test_speaker_list(page: str, index: int, article: dict[str, Any]) -> None:
    parsed = newsrecords.parse_page(read_seed(page))[index]
    assert parsed.headline == article["headline"]
    got = [
        {"name": s.name, "kind": s.kind.value, **({"title": s.title} if "title" in e else {})}
        for s, e in zip(parsed.speakers, article["speakers"], strict=False)
    ]
    assert len(parsed.speakers) == len(article["speakers"]), [s.name for s in parsed.speakers]
    assert got == article["speakers"]


@pytest.mark.parametrize(
    ("page", "index", "article"), [pytest.param(*p.values, id=p.id) for p in _params()]
)
def test_speaker_list_but_known_gaps(page: str, index: int, article: dict[str, Any]) -> None:
    parsed = newsrecords.parse_page(read_seed(page))[index]
    wrong, missing = set(article.get("known_wrong", ())), set(article.get("missing", ()))
    expected = [e for e in article["speakers"] if e["name"] not in missing]
    got = [
        {"name": s.name, "kind": s.kind.value, **({"title": s.title} if "title" in e else {})}
        for s, e in zip([s for s in parsed.speakers if s.name not in wrong], expected, strict=True)
    ]
    assert got == expected

"""Regression cases for dedupe, as data: tests/data/cases/dedupe_cases.json."""

from __future__ import annotations

import datetime as _dt
from typing import Any

import pytest

from conftest import case_params
from newsrecords import dedupe
from newsrecords.models import Article
from test_dedupe import make_article


def _article(spec: dict[str, Any]) -> Article:
    published = spec.get("published")
    return make_article(
        spec["body"],
        source=spec["source"],
        quotes=tuple((text, speaker) for text, speaker in spec.get("quotes", ())),
        published=_dt.datetime.fromisoformat(published) if published else None,
        actions=tuple((kind, count, trigger) for kind, count, trigger in spec.get("actions", ())),
    )


@pytest.mark.parametrize("case", case_params("dedupe_*.json"))
def test_dedupe_case(case: dict[str, Any]) -> None:
    stories = dedupe([_article(spec) for spec in case["input"]])
    groups = sorted(
        sorted(a.source.name or "" for a in s.articles) for s in stories if len(s.articles) > 1
    )
    assert groups == sorted(case["expected"]["groups"])
    relations = {
        s.articles[m.article].source.name: m.relation.value for s in stories for m in s.members
    }
    for source, relation in case["expected"].get("relations", {}).items():
        assert relations[source] == relation

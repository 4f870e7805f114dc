"""Shared fixtures and the hypothesis profiles (choose one with HYPOTHESIS_PROFILE)."""

from __future__ import annotations

import json
import os
from pathlib import Path
from typing import Any

import pytest
from hypothesis import HealthCheck, settings

from newsrecords.models import Article, Span

# No deadlines anywhere: the machines are shared and noisy, so time limits would flake.
settings.register_profile("default", max_examples=100, deadline=None)
settings.register_profile(
    "ci",
    max_examples=300,
    deadline=None,
    derandomize=True,
    suppress_health_check=[HealthCheck.too_slow],
)
settings.register_profile("dev", max_examples=20, deadline=None)
settings.load_profile(os.environ.get("HYPOTHESIS_PROFILE", "default"))

DATA = Path(__file__).parent / "data"
SEED_DIR = DATA / "seeds"
SEED_FILES = sorted(SEED_DIR.glob("*.txt"))
CASE_DIR = DATA / "cases"


def case_params(pattern: str) -> list[Any]:
    """The regression cases of every case file matching ``pattern`` as pytest parameters.

    A case file holds a list of cases, or ``{"cases": [...]}``; each case has a ``label``
    (the test id) and, for a known gap, an ``xfail`` reason, which marks it strict xfail.
    """
    params = []
    for path in sorted(CASE_DIR.glob(pattern)):
        loaded = json.loads(path.read_text(encoding="utf-8"))
        for case in loaded["cases"] if isinstance(loaded, dict) else loaded:
            marks = (
                [pytest.mark.xfail(reason=case["xfail"], strict=True)] if "xfail" in case else []
            )
            params.append(pytest.param(case, id=case["label"], marks=marks))
    return params


def all_spans(article: Article) -> list[Span]:
    """Every span an article carries: its own, its paragraphs', removals', headline's,
    dateline's, and those of its quotes, speakers and actions."""
    spans = [article.span, *article.paragraphs, *(r.span for r in article.removed)]
    if article.headline_span is not None:
        spans.append(article.headline_span)
    if article.dateline is not None:
        spans.append(article.dateline.span)
    for quote in article.quotes:
        spans.append(quote.span)
        spans.extend(s for s in (quote.speaker_span, quote.cue_span) if s is not None)
    for speaker in article.speakers:
        spans.extend(speaker.mentions)
    for action in article.actions:
        spans.extend((action.span, action.trigger_span))
    return spans


def read_seed(name: str) -> str:
    """The text of a seed page, by file name or by its three-digit prefix ("002")."""
    for path in SEED_FILES:
        if path.name == name or path.name.startswith(name + "_"):
            return path.read_text(encoding="utf-8")
    raise LookupError(name)


@pytest.fixture(params=[p.name for p in SEED_FILES], ids=[p.name[:3] for p in SEED_FILES])
def seed_page(request: pytest.FixtureRequest) -> tuple[str, str]:
    """Each seed page as ``(file name, text)``."""
    name: str = request.param
    return name, read_seed(name)

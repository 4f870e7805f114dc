"""Shared fixtures and the hypothesis profiles (choose one with HYPOTHESIS_PROFILE)."""

from __future__ import annotations

import os
from pathlib import Path

import pytest
from hypothesis import HealthCheck, settings

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

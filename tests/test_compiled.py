"""The optional compiled build (docs/performance.md).

CI runs the whole suite a second time against a build made with the mypyc hook, with
``NEWSRECORDS_EXPECT_COMPILED=1``: there the rule packages must really be the compiled ones,
or that second run would test the interpreted code twice.
"""

from __future__ import annotations

import importlib
import os

import pytest

# One module of each compiled package; the records and the edge stay interpreted.
COMPILED = [
    "newsrecords.text.document",
    "newsrecords.page.segment",
    "newsrecords.lexicon.compiled",
    "newsrecords.speakers.phrase_reader",
    "newsrecords.quotes.extract",
    "newsrecords.actions.extract",
]
INTERPRETED = [
    "newsrecords.models",
    "newsrecords.parser",
    "newsrecords.lexicon.lexicon",
    "newsrecords.assemble",
]

expect_compiled = pytest.mark.skipif(
    os.environ.get("NEWSRECORDS_EXPECT_COMPILED") != "1",
    reason="only under the compiled build (NEWSRECORDS_EXPECT_COMPILED=1)",
)


def _is_compiled(name: str) -> bool:
    path = importlib.import_module(name).__file__ or ""
    return not path.endswith(".py")


@expect_compiled
@pytest.mark.parametrize("name", COMPILED)
def test_rule_modules_are_compiled(name: str) -> None:
    assert _is_compiled(name)


@pytest.mark.parametrize("name", INTERPRETED)
def test_records_and_public_boundary_stay_interpreted(name: str) -> None:
    # The public entry points check users' arguments themselves and raise typed errors;
    # compiled, they would raise mypyc's own TypeError first. The tests spy on the
    # extractors assemble calls, which a compiled caller would not see.
    assert not _is_compiled(name)

"""PLOVER-style export of policy actions."""

from __future__ import annotations

import json

import pytest

import newsrecords
from conftest import read_seed
from newsrecords.models import ActionKind, ActionMode, PolicyAction, Span
from newsrecords.plover import to_plover


def _action(kind: ActionKind, verb: str | None = None) -> PolicyAction:
    return PolicyAction(
        kind=kind,
        verb=verb,
        trigger="x",
        trigger_span=Span(start=0, end=1),
        evidence="x",
        span=Span(start=0, end=1),
    )


@pytest.mark.parametrize(
    ("kind", "verb", "event_type", "mode"),
    [
        (ActionKind.CALL, "call", "CONSULT", "phone"),
        (ActionKind.SANCTION, "impose", "COERCE", "restrict"),
        (ActionKind.SANCTION, "lift", "RETREAT", "ease"),
        (ActionKind.SANCTION, "threaten", "THREATEN", "restrict"),
        (ActionKind.EXPULSION, "expel", "SANCTION", "withdraw"),
        (ActionKind.EXECUTIVE_ORDER, "issue", None, None),
        (ActionKind.TROOP_DEPLOYMENT, "deploy", "MOBILIZE", "troops"),
        (ActionKind.REVIEW_ORDERED, "order", "ACCUSE", "investigate"),
    ],
)
def test_event_type_and_mode(
    kind: ActionKind, verb: str, event_type: str | None, mode: str | None
) -> None:
    record = to_plover(_action(kind, verb))
    assert (record["event_type"], record["mode"]) == (event_type, mode)


def test_every_kind_exports() -> None:
    for kind in ActionKind:
        record = to_plover(_action(kind))
        assert record["kind"] == kind.value
        assert record["modality"] == ActionMode.ASSERTED.value


def test_records_from_a_page_are_json_lines_with_stable_ids() -> None:
    (article,) = newsrecords.parse_page(read_seed("004"), source="004.txt")
    records = [to_plover(a, article=article) for a in article.actions]
    assert records, "the sanctions page has actions"
    lines = [json.dumps(r, sort_keys=True) for r in records]
    assert all("\n" not in line for line in lines)
    again = [json.dumps(to_plover(a, article=article), sort_keys=True) for a in article.actions]
    assert lines == again
    ids = [r["id"] for r in records]
    assert len(set(ids)) == len(ids)
    source = records[0]["source"]
    assert isinstance(source, dict)
    assert source["article_id"] == article.id
    assert source["name"] == "004.txt"
    assert {r["event_type"] for r in records} >= {"COERCE", "SANCTION"}

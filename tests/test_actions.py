"""Policy actions: data-file regression cases on the seed pages and on short texts."""

from __future__ import annotations

import datetime as dt
import re
from typing import Any

import pytest

import newsrecords
from conftest import case_params, read_seed
from newsrecords.actions.extract import ActionExtractor, Sense, TriggerRule, extract_actions
from newsrecords.exceptions import RuleError
from newsrecords.models import ActionKind, PolicyAction, Span
from newsrecords.text.document import Document
from newsrecords.text.normalize import normalize_text


def line_paragraphs(text: str) -> list[Span]:
    """Every non-blank line as a paragraph: a stand-in for the page parser."""
    return [
        Span(start=m.start(), end=m.end()) for m in re.finditer(r"[^\n]+", text) if m[0].strip()
    ]


def _published(case: dict[str, Any]) -> dt.datetime | None:
    value = case.get("published")
    return dt.datetime.fromisoformat(value) if value else None


def _matches(action: PolicyAction, wanted: dict[str, Any]) -> bool:
    record = action.model_dump(mode="json")
    return all(
        (list(record[key]) if isinstance(record[key], (list, tuple)) else record[key]) == value
        for key, value in wanted.items()
    )


def _describe(actions: tuple[PolicyAction, ...]) -> str:
    keys = ("kind", "verb", "mode", "actor", "co_actors", "target", "count", "unit", "date_text")
    return "\n".join(str({k: a.model_dump(mode="json")[k] for k in keys}) for a in actions)


def _check(actions: tuple[PolicyAction, ...], case: dict[str, Any]) -> None:
    for wanted in case["expected"]:
        assert any(_matches(a, wanted) for a in actions), f"missing {wanted}\n{_describe(actions)}"
    for unwanted in case.get("absent", []):
        assert not any(_matches(a, unwanted) for a in actions), f"unwanted {unwanted}"
    if not case["expected"]:
        assert actions == (), _describe(actions)
    if "count" in case:
        assert len(actions) == case["count"], _describe(actions)


@pytest.mark.parametrize("case", case_params("actions_seeds.json"))
def test_seed_page_actions(case: dict[str, Any]) -> None:
    text = read_seed(case["input"])
    if case.get("via") == "parse_page":
        articles = newsrecords.parse_page(text, published=_published(case))
        actions = tuple(a for article in articles for a in article.actions)
    else:
        actions = extract_actions(
            Document.build(text), line_paragraphs(text), published=_published(case)
        )
    _check(actions, case)
    for action in actions:
        assert normalize_text(action.span.slice(text)) == action.evidence
        assert action.trigger_span.slice(text) == action.trigger


@pytest.mark.parametrize("case", case_params("actions_sentences.json"))
def test_sentence_actions(case: dict[str, Any]) -> None:
    text = case["input"]
    actions = extract_actions(
        Document.build(text), line_paragraphs(text), published=_published(case)
    )
    _check(actions, case)


def test_no_paragraphs_no_actions() -> None:
    text = "The United States expelled ten Russian diplomats."
    assert extract_actions(Document.build(text), []) == ()


def test_spans_outside_the_text_are_clipped() -> None:
    text = "Russia summoned the U.S. ambassador."
    actions = extract_actions(Document.build(text), [Span(start=0, end=10_000)])
    assert [a.kind for a in actions] == [ActionKind.SUMMONS]


def test_masked_text_is_not_read() -> None:
    text = "Russia summoned the U.S. ambassador."
    doc = Document.build(text, [Span(start=0, end=len(text))])
    assert extract_actions(doc, [Span(start=0, end=len(text))]) == ()


def test_extra_triggers_and_actors() -> None:
    rule = TriggerRule(r"embargo(?:ed)?", (Sense(ActionKind.SANCTION, "impose"),))
    extractor = ActionExtractor(extra_triggers=[rule], extra_actors=[(r"Ruritania", "Ruritania")])
    text = "Ruritania embargoed Russia."
    (action,) = extractor.extract(Document.build(text), [Span(start=0, end=len(text))])
    assert (action.actor, action.target, action.verb) == ("Ruritania", "Russia", "impose")


def test_bad_extra_rule_is_a_rule_error() -> None:
    bad = TriggerRule(r"(unclosed", (Sense(ActionKind.SANCTION, "impose"),))
    with pytest.raises(RuleError):
        ActionExtractor(extra_triggers=[bad])


def test_published_date_accepts_plain_dates() -> None:
    text = "Russia summoned the U.S. ambassador on Thursday."
    (action,) = ActionExtractor().extract(
        Document.build(text), line_paragraphs(text), published=dt.date(2021, 4, 16)
    )
    assert action.date == dt.date(2021, 4, 15)


def test_output_is_json_round_trippable() -> None:
    text = read_seed("004")
    for action in extract_actions(Document.build(text), line_paragraphs(text)):
        assert PolicyAction.model_validate_json(action.model_dump_json()) == action

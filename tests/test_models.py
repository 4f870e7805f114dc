"""The public models: JSON round-trip, schema, immutability, validation."""

from __future__ import annotations

import json

import pytest
from hypothesis import given
from hypothesis import strategies as st
from pydantic import BaseModel, ValidationError

from newsrecords import (
    Article,
    Dateline,
    PolicyAction,
    Quote,
    QuoteKind,
    Removal,
    Source,
    Span,
    Speaker,
    Story,
)
from newsrecords import strategies as nst
from newsrecords.cli import SCHEMA_MODELS

MODEL_STRATEGIES: list[tuple[type[BaseModel], st.SearchStrategy[BaseModel]]] = [
    (Span, nst.spans()),
    (Source, nst.sources()),
    (Speaker, nst.speakers()),
    (Quote, nst.quotes()),
    (PolicyAction, nst.policy_actions()),
    (Dateline, nst.datelines()),
    (Removal, nst.removals()),
    (Article, nst.articles()),
    (Story, nst.stories()),
]


@pytest.mark.parametrize(
    ("model", "strategy"), MODEL_STRATEGIES, ids=[m.__name__ for m, _ in MODEL_STRATEGIES]
)
@given(data=st.data())
def test_json_round_trip_is_identity(
    model: type[BaseModel], strategy: st.SearchStrategy[BaseModel], data: st.DataObject
) -> None:
    record = data.draw(strategy)
    assert model.model_validate_json(record.model_dump_json()) == record
    assert model.model_validate(record.model_dump(mode="json")) == record


@pytest.mark.parametrize("name", sorted(SCHEMA_MODELS))
def test_every_model_has_a_json_schema(name: str) -> None:
    schema = SCHEMA_MODELS[name].model_json_schema()
    assert schema["type"] == "object"
    assert schema["additionalProperties"] is False
    json.dumps(schema)  # serialisable as is


def test_schema_descriptions_carry_no_doctests() -> None:
    for model in SCHEMA_MODELS.values():
        assert ">>>" not in json.dumps(model.model_json_schema()), model.__name__


def test_records_are_frozen() -> None:
    span = Span(start=1, end=2)
    with pytest.raises(ValidationError):
        span.start = 5  # type: ignore[misc]


def test_unknown_fields_are_refused() -> None:
    with pytest.raises(ValidationError, match="extra"):
        Span.model_validate({"start": 0, "end": 1, "length": 1})


@pytest.mark.parametrize(("start", "end"), [(-1, 2), (3, 1)])
def test_span_must_be_ordered_and_non_negative(start: int, end: int) -> None:
    with pytest.raises(ValidationError):
        Span(start=start, end=end)


def test_source_requires_a_sha256() -> None:
    with pytest.raises(ValidationError):
        Source(name="x", sha256="not-a-hash")


def test_records_are_hashable_and_compare_by_value() -> None:
    a = Quote(text="x", kind=QuoteKind.DIRECT, span=Span(start=0, end=1))
    b = Quote.model_validate_json(a.model_dump_json())
    assert a == b
    assert len({a, b}) == 1


@given(st.text(max_size=200), st.data())
def test_strategies_build_spans_valid_for_their_source(source: str, data: st.DataObject) -> None:
    article = data.draw(nst.articles(source=source))
    all_spans = [article.span, *article.paragraphs, *(r.span for r in article.removed)]
    all_spans += [q.span for q in article.quotes] + [a.span for a in article.actions]
    assert all(0 <= s.start <= s.end <= len(source) for s in all_spans)
    from newsrecords.text.normalize import normalize_text, strip_quote_marks

    for quote in article.quotes:
        assert quote.text == normalize_text(strip_quote_marks(quote.span.slice(source)))
    for action in article.actions:
        assert action.evidence == normalize_text(strip_quote_marks(action.span.slice(source)))


@given(nst.stories())
def test_story_strategy_mentions_point_at_real_items(story: Story) -> None:
    for sq in story.quotes:
        for m in sq.mentions:
            assert story.articles[m.article].quotes[m.item] == sq.quote
    assert [m.article for m in story.members] == list(range(len(story.articles)))

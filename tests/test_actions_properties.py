"""Property tests: policy-action extraction never raises and its spans are honest."""

from __future__ import annotations

import datetime as dt
import json

from hypothesis import given
from hypothesis import strategies as st

from newsrecords.actions.extract import extract_actions
from newsrecords.models import PolicyAction, Span
from newsrecords.text.document import Document
from newsrecords.text.normalize import normalize_text
from newsrecords.text.sentences import sentence_spans

# Words that fire triggers, names the actor table knows, numbers, dates and glue.
VOCABULARY = [
    "sanctions",
    "sanctioned",
    "imposed",
    "lifted",
    "expelled",
    "ten",
    "10",
    "2,500",
    "diplomats",
    "members of its diplomatic legation",
    "executive order",
    "national emergency",
    "declared",
    "extend",
    "New START",
    "treaty",
    "for five years",
    "banned",
    "banks",
    "debt",
    "summoned",
    "ambassador",
    "called",
    "phone call with",
    "spoke to",
    "met with",
    "visit",
    "summit",
    "proposed",
    "condemned",
    "deliver",
    "up to 1 billion doses",
    "$4 billion",
    "deploy",
    "troops",
    "withdraw",
    "ordered",
    "to review",
    "will",
    "not",
    "if",
    "calling for",
    "Biden",
    "Mr Putin",
    "Russia",
    "the United States",
    "U.S.",
    "Treasury Department",
    "EU",
    "together with",
    "and",
    ",",
    ".",
    "\n",
    "'",
    '"',
    "\u201c",
    "\u2014",
    "on Thursday",
    "last week",
    "by February 5",
    "by the end of 2022",
    "Jan.",
    "28",
    "Sen.",
    "They",
    "the",
    "by",
    "of",
    "Trump administration",
    "Obama-era",
    "Russian",
    "people",
    "entities",
]
trigger_text = st.lists(st.sampled_from(VOCABULARY), max_size=60).map(" ".join)
any_text = st.one_of(st.text(max_size=300), trigger_text)
published = st.one_of(
    st.none(), st.datetimes(min_value=dt.datetime(1950, 1, 1), max_value=dt.datetime(2090, 1, 1))
)


def _check_spans(text: str, actions: tuple[PolicyAction, ...]) -> None:
    for action in actions:
        assert normalize_text(action.span.slice(text)) == action.evidence
        assert action.trigger_span.slice(text) == action.trigger
        assert action.span.contains(action.trigger_span)
        assert PolicyAction.model_validate_json(action.model_dump_json()) == action


@given(any_text, published)
def test_whole_text_as_one_paragraph(text: str, when: dt.datetime | None) -> None:
    actions = extract_actions(Document.build(text), [Span(start=0, end=len(text))], published=when)
    _check_spans(text, actions)


@given(any_text, st.lists(st.tuples(st.integers(0, 400), st.integers(0, 400)), max_size=6))
def test_arbitrary_paragraph_spans(text: str, bounds: list[tuple[int, int]]) -> None:
    spans = [Span(start=min(a, b), end=max(a, b)) for a, b in bounds]
    _check_spans(text, extract_actions(Document.build(text), spans))


@given(trigger_text, published)
def test_extraction_is_deterministic(text: str, when: dt.datetime | None) -> None:
    doc = Document.build(text)
    spans = [Span(start=0, end=len(text))]
    first = extract_actions(doc, spans, published=when)
    assert extract_actions(doc, spans, published=when) == first
    assert json.loads(json.dumps([a.model_dump(mode="json") for a in first])) is not None


@given(any_text)
def test_sentences_are_ordered_trimmed_and_inside(text: str) -> None:
    spans = sentence_spans(text)
    previous_end = 0
    for start, end in spans:
        assert previous_end <= start < end <= len(text)
        assert not text[start].isspace()
        assert not text[end - 1].isspace()
        previous_end = end

"""Regression cases for quotes and speakers, from the seed pages and small inputs."""

from __future__ import annotations

import re
from typing import Any

import pytest

import newsrecords
from conftest import case_params, read_seed
from newsrecords.models import Quote, Span
from newsrecords.quotes.extract import extract_quotes
from newsrecords.text.document import Document


def line_paragraphs(text: str) -> list[Span]:
    """Every non-empty line as a paragraph (the seed pages use both styles of break)."""
    return [
        Span(start=m.start(), end=m.end()) for m in re.finditer(r"[^\n]+", text) if m[0].strip()
    ]


def quotes_of(text: str) -> tuple[Quote, ...]:
    return extract_quotes(Document.build(text), line_paragraphs(text)).quotes


# quotes_seeds.json: the seed pages; quotes_classes.json: invented sentences, one per error
# class fixed from the PolNeAR training split (never PolNeAR text)
@pytest.mark.parametrize("case", case_params("quotes_*.json"))
def test_quote_case(case: dict[str, Any]) -> None:
    text = read_seed(case["seed"]) if "seed" in case else case["input"]
    expected = case["expected"]
    matches = [q for q in quotes_of(text) if q.text.startswith(expected["text"])]
    assert matches, f"no quote starts with {expected['text']!r}"
    quote = matches[0]
    assert quote.kind.value == expected["kind"]
    assert text[quote.span.start : quote.span.end].strip()
    if "speaker" in expected:
        name = quote.speaker.name if quote.speaker else None
        assert name == expected["speaker"]
    if "speaker_span" in expected:
        got = quote.speaker_span.slice(text) if quote.speaker_span else None
        assert got == expected["speaker_span"]
    for field in ("title", "affiliation"):
        if f"speaker_{field}" in expected:
            assert quote.speaker is not None
            assert getattr(quote.speaker, field) == expected[f"speaker_{field}"]
    if "speaker_kind" in expected:
        assert quote.speaker is not None
        assert quote.speaker.kind.value == expected["speaker_kind"]
    if "cue" in expected:
        assert quote.cue == expected["cue"]
        assert quote.cue_span is not None


@pytest.mark.parametrize(
    ("seed", "prefix", "speaker"),
    [
        ("004", "Now is the time to de-escalate", "Joe Biden"),
        ("004", "We condemn any intentions to impose sanctions", "Dmitry Peskov"),
        ("001", "These continued efforts to suppress Russia's rights", "Jen Psaki"),
        ("000", "There was a strong case made", "John Thune"),
        ("003", "His intention was also to make it clear", "Jen Psaki"),
    ],
)
def test_seed_quotes_through_parse_page(seed: str, prefix: str, speaker: str) -> None:
    text = read_seed(seed)
    quotes = [q for a in newsrecords.parse_page(text) for q in a.quotes]
    matches = [q for q in quotes if q.text.startswith(prefix)]
    assert matches
    assert all(q.speaker is not None and q.speaker.name == speaker for q in matches)
    for q in matches:
        assert text[q.span.start : q.span.end].startswith(prefix[:10])


def test_aliases_are_deduplicated_case_insensitively() -> None:
    text = 'Mayor Tom Riggs spoke. "We are ready," he said. "It is time," He said.'
    result = extract_quotes(Document.build(text), line_paragraphs(text))
    (riggs,) = [s for s in result.speakers if s.name == "Tom Riggs"]
    assert [a.lower() for a in riggs.aliases].count("he") == 1
    assert "he" in riggs.aliases  # the first spelling is kept


def test_double_apostrophes_are_quote_marks_only_when_asked() -> None:
    text = (
        "Budget fight\n\n''We will not back down,'' Senator Jane Roe said on Tuesday. "
        "''The votes are there.''\n\nShe called the bill ''a disgrace.''\n"
    )
    article = newsrecords.parse_article(text, double_apostrophes=True)
    got = [(q.text, q.kind.value, q.speaker.name if q.speaker else None) for q in article.quotes]
    assert got == [
        ("We will not back down", "direct", "Jane Roe"),
        ("The votes are there.", "direct", "Jane Roe"),
        ("a disgrace.", "partial", "Jane Roe"),
    ]
    for q in article.quotes:
        assert "'" not in text[q.span.start : q.span.end]
    plain = newsrecords.parse_article(text)
    assert all(q.kind.value == "indirect" for q in plain.quotes)


def test_a_headline_deck_lends_its_quotes_no_speaker() -> None:
    # a headline ending in a semicolon goes on in the line below it (the deck)
    text = (
        "Mayor rebuffs council on 'exception' to rule;\n"
        "Spurns offer, blasts 'a plan nobody asked for.'\n\n"
        'Mayor Ann Lee on Tuesday called the plan "a plan nobody asked for."\n'
    )
    quotes = newsrecords.parse_article(text).quotes
    got = [
        (q.text, q.speaker.name if q.speaker else None)
        for q in quotes
        if q.kind.value != "indirect"
    ]
    assert got == [("a plan nobody asked for.", None), ("a plan nobody asked for.", "Ann Lee")]
    # a body line under a headline with no semicolon is a sentence like any other
    plain = newsrecords.parse_article("Council vote\nAnn Lee blasts 'a plan nobody wants.'\n")
    assert [q.speaker.name if q.speaker else None for q in plain.quotes] == ["Ann Lee"]

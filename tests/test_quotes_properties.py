"""Properties of quote extraction over arbitrary text, and checks on the seed pages."""

from __future__ import annotations

import re

from hypothesis import given
from hypothesis import strategies as st

import newsrecords
from newsrecords.models import Article, Span
from newsrecords.quotes.extract import QuoteResult, extract_quotes
from newsrecords.text.document import Document
from newsrecords.text.normalize import normalize_text, strip_quote_marks

# Text rich in quote marks, apostrophes, cue words and capitalised names.
_PIECES = st.sampled_from(
    [
        '"',
        "'",
        "\u201c",
        "\u201d",
        "\u2018",
        "\u2019",
        "\u00ab",
        "\u00bb",
        " ",
        "\n",
        "\n\n",
        ",",
        ".",
        ":",
        "(",
        ")",
        "[",
        "]",
        "said",
        "told reporters",
        "according to",
        "he",
        "she",
        "they",
        "Mr Biden",
        "Jen Psaki",
        "the senator",
        "Sen. John Thune",
        "reads",
        "the letter",
        "quoted",
        "as saying",
        "It's",
        "Russia's",
        "voters'",
        "a",
        "plan",
        "\u00a0",
        "\u2014",
        "officials",
        "that",
    ]
)
_QUOTEY = st.lists(_PIECES, max_size=60).map(" ".join) | st.lists(_PIECES, max_size=60).map("".join)


def _paragraphs(text: str) -> list[Span]:
    return [
        Span(start=m.start(), end=m.end())
        for m in re.finditer(r"[^\n]+(?:\n[^\n]+)*", text)
        if m[0].strip()
    ]


def _check(text: str, result: QuoteResult) -> None:
    for q in result.quotes:
        raw = text[q.span.start : q.span.end]
        assert q.text == normalize_text(strip_quote_marks(raw))
        if q.speaker_span is not None:
            written = normalize_text(text[q.speaker_span.start : q.speaker_span.end])
            assert written
            # the mention as written is the speaker's name or one of its aliases, which
            # are kept once whatever their case ("he" / "He")
            assert q.speaker is not None
            spellings = {a.lower() for a in (q.speaker.name, *q.speaker.aliases)}
            assert written.lower() in spellings
            assert q.speaker_span in q.speaker.mentions
        if q.cue_span is not None and q.cue is not None:
            assert normalize_text(text[q.cue_span.start : q.cue_span.end]) == q.cue
    names = [s.name for s in result.speakers]
    assert len(names) == len({(s.name, s.kind) for s in result.speakers})
    for s in result.speakers:
        for m in s.mentions:
            assert 0 <= m.start <= m.end <= len(text)


@given(st.text() | _QUOTEY)
def test_extract_quotes_never_raises_and_spans_slice(text: str) -> None:
    result = extract_quotes(Document.build(text), _paragraphs(text))
    _check(text, result)


@given(st.text() | _QUOTEY)
def test_parse_page_never_raises(text: str) -> None:
    articles = newsrecords.parse_page(text)
    for article in articles:
        assert isinstance(article, Article)
        _check(text, QuoteResult(article.quotes, article.speakers))


def test_seed_pages_spans_hold(seed_page: tuple[str, str]) -> None:
    _name, text = seed_page
    result = extract_quotes(Document.build(text), _paragraphs(text))
    assert result.quotes
    _check(text, result)
    for q in result.quotes:
        if q.speaker is not None:
            assert q.speaker in result.speakers


def test_speakers_are_distinct_with_aliases() -> None:
    text = (
        "White House press secretary Jen Psaki said Tuesday the call went well.\n\n"
        '"We are ready," she said.\n\n"It is time," Psaki added.'
    )
    result = extract_quotes(Document.build(text), _paragraphs(text))
    psaki = [s for s in result.speakers if s.name == "Jen Psaki"]
    assert len(psaki) == 1
    assert psaki[0].title == "White House press secretary"
    assert psaki[0].affiliation == "White House"
    assert {"she", "Psaki"} <= set(psaki[0].aliases)
    assert all(q.speaker == psaki[0] for q in result.quotes)


def test_empty_paragraphs_give_empty_result() -> None:
    assert extract_quotes(Document.build(""), []) == QuoteResult((), ())

"""Indirect speech: unit tests, regression cases and properties of ``_indirect``."""

from __future__ import annotations

from typing import Any

import pytest
from hypothesis import given
from hypothesis import strategies as st

from conftest import case_params
from newsrecords import parse_page
from newsrecords.exceptions import RuleError
from newsrecords.lexicon import Lexicon, active, using
from newsrecords.models import QuoteKind, Span
from newsrecords.quotes.attribution import Found
from newsrecords.quotes.extract import extract_quotes
from newsrecords.quotes.indirect import find_all_indirect, scan_pattern
from newsrecords.speakers.book import SpeakerBook
from newsrecords.text.document import Document
from newsrecords.text.scan import sentence_starts


def find_all(text: str) -> list[Found]:
    """Indirect speech in every sentence of ``text``, read as one paragraph."""
    doc = Document.build(text)
    book = SpeakerBook(doc.folded, 0, len(text), text)
    starts = sentence_starts(doc.folded, 0, len(text))
    out: list[Found] = []
    for a, b in zip(starts, [*starts[1:], len(text)], strict=True):
        out.extend(find_all_indirect(doc, a, b, 0, book))
    return out


@pytest.mark.parametrize("case", case_params("indirect_*.json"))
def test_indirect_case(case: dict[str, Any]) -> None:
    text = case["input"]
    found = find_all(text)
    assert [text[f.start : f.end] for f in found] == [e["text"] for e in case["expected"]]
    for item, expected in zip(found, case["expected"], strict=True):
        assert item.kind is QuoteKind.INDIRECT
        if "cue" in expected:
            assert item.cue is not None
            assert text[item.cue[0] : item.cue[1]] == expected["cue"]
        if expected.get("speaker_span", "") is None:
            assert item.mention is None  # reported, by nobody named
        elif "speaker_span" in expected:
            assert item.mention is not None
            assert item.mention.span.slice(text) == expected["speaker_span"]


def test_a_connective_alone_is_no_content() -> None:
    # the quotation cuts the stretch after "the": only "However" stands before the cue
    text = 'The analyst spoke.\n\nHowever, he added, the "pact" is not a formal alliance.'
    [article] = parse_page(text)
    assert "However" not in [q.text for q in article.quotes]


def test_limit_one_gives_the_first_report() -> None:
    text = "The mayor said the council wants a larger budget."
    doc = Document.build(text)
    book = SpeakerBook(doc.folded, 0, len(text), text)
    [first] = find_all_indirect(doc, 0, len(text), 0, book, limit=1)
    assert first is not None
    assert text[first.start : first.end] == "the council wants a larger budget"


def test_cue_used_by_a_quote_is_skipped() -> None:
    text = "The mayor said the council wants a larger budget."
    doc = Document.build(text)
    book = SpeakerBook(doc.folded, 0, len(text), text)
    found = find_all_indirect(doc, 0, len(text), 0, book, frozenset({text.index("said")}))
    assert [text[f.start : f.end] for f in found] == ["a larger budget"]


def test_speaker_is_resolved_through_the_book() -> None:
    text = "Intro.\n\nSen. John Thune spoke first. Thune said the vote would be held on Friday."
    paragraphs = [Span(start=0, end=6), Span(start=8, end=len(text))]
    quotes = extract_quotes(Document.build(text), paragraphs).quotes
    indirect = [q for q in quotes if q.kind is QuoteKind.INDIRECT]
    assert [q.text for q in indirect] == ["the vote would be held on Friday"]
    assert indirect[0].speaker is not None
    assert indirect[0].speaker.name == "John Thune"


def test_scan_pattern_covers_the_reporting_cues() -> None:
    assert scan_pattern() is active().reporting_pattern
    for cue in ("said", "according to", "called for", "has learned", "believes", "found"):
        assert scan_pattern().search(f"x {cue} y"), cue
    assert not scan_pattern().search("the United States")


def test_is_speech_verb() -> None:
    assert "said" in active().saying
    assert "supports" not in active().saying


def test_added_saying_verbs() -> None:
    text = "The envoy zarbled the deadline was far too short."
    assert find_all(text) == []
    with using(Lexicon.default().extend(saying_verbs=["zarbled"])):
        found = [text[f.start : f.end] for f in find_all(text)]
        assert found == ["the deadline was far too short"]
        assert "zarbled" in active().saying


@pytest.mark.parametrize("bad", ["", "   ", 3, None])
def test_reporting_verbs_reject_bad_entries(bad: object) -> None:
    with pytest.raises(RuleError):
        Lexicon.default().extend(reporting_verbs=[bad])  # type: ignore[list-item]


_PIECES = st.sampled_from(
    [
        "said",
        "says",
        "told",
        "according to",
        "According to",
        "called for",
        "the",
        "that",
        "Thune",
        "Sen. John Thune",
        "officials",
        "he",
        "by",
        "in",
        "plan",
        "wants",
        ",",
        ".",
        ";",
        " - ",
        "''",
        '"',
        "\n",
        "(",
        "and stressed",
        "while",
    ]
)
_TEXT = st.one_of(
    st.lists(_PIECES, max_size=30).map(" ".join),
    st.text(max_size=200),
)


@given(_TEXT)
def test_never_raises_and_spans_slice_the_input(text: str) -> None:
    for item in find_all(text):
        assert 0 <= item.start < item.end <= len(text)
        assert text[item.start : item.end].strip() == text[item.start : item.end]
        assert item.cue is not None
        assert 0 <= item.cue[0] < item.cue[1] <= len(text)
        if item.mention is not None:
            assert 0 <= item.mention.span.start <= item.mention.span.end <= len(text)


@given(_TEXT, st.integers(0, 200), st.integers(0, 200))
def test_any_stretch_is_safe(text: str, a: int, b: int) -> None:
    doc = Document.build(text)
    start, end = sorted((min(a, len(text)), min(b, len(text))))
    book = SpeakerBook(doc.folded, 0, len(text), text)
    for item in find_all_indirect(doc, start, end, 0, book):
        assert start <= item.start < item.end <= end


def test_limit_stops_early() -> None:
    text = "The mayor said the council wants a larger budget."
    doc = Document.build(text)
    book = SpeakerBook(doc.folded, 0, len(text), text)
    assert len(find_all_indirect(doc, 0, len(text), 0, book)) == 2
    assert len(find_all_indirect(doc, 0, len(text), 0, book, limit=1)) == 1


def _quotes(text: str, lexicon: Lexicon | None = None) -> list[tuple[str, str, str | None]]:
    from newsrecords import parse_article

    return [
        (q.kind.value, q.text, q.speaker.name if q.speaker else None)
        for q in parse_article(text, lexicon=lexicon).quotes
    ]


def test_lead_in_to_a_quote_gives_its_own_report() -> None:
    text = (
        "Headline\n\nCarson said he saw no need to change his campaign, telling "
        'reporters that "the words are theirs."'
    )
    assert ("indirect", "he saw no need to change his campaign", "Carson") in _quotes(text)


def test_content_running_into_a_quote_is_one_mixed_report() -> None:
    text = 'Headline\n\nFlorida Sen. Marco Rubio says he feels he did "great" in the debate.'
    assert [k for k, _, _ in _quotes(text)] == ["partial"]


def test_headline_is_read_for_indirect_speech_only() -> None:
    text = "Poll finds Clinton would beat Trump\n\nThe poll was taken Monday."
    assert _quotes(text) == [("indirect", "Clinton would beat Trump", "Poll")]
    mixed = 'Poll finds Clinton would win "by a mile"\n\nThe poll was taken Monday.'
    assert _quotes(mixed) == []


def test_quote_after_a_closing_attribution_keeps_that_speaker() -> None:
    text = (
        "Headline\n\nThe administration may wait until the talks end, Schiff said. "
        '"The other factor is the election."'
    )
    assert ("direct", "The other factor is the election.", "Schiff") in _quotes(text)


def test_headline_source_before_a_colon() -> None:
    text = "Issa: Clinton's honesty is in question\n\nThe hearing was on Monday."
    assert _quotes(text) == [("indirect", "Clinton's honesty is in question", None)]
    for kicker in ("The Latest: Trump wins Nevada", "BREAKING: Trump wins Nevada"):
        assert _quotes(f"{kicker}\n\nThe hearing was on Monday.") == []


def test_a_colon_label_in_the_body_is_not_a_source() -> None:
    assert _quotes("Headline\n\nNote: the hearing was on Monday.") == []


def test_report_ending_a_sentence_before_a_quotation_is_kept() -> None:
    text = (
        "Headline\n\nThe veteran also believes that Cruz passes the test. "
        '"He knows he is going to win," the veteran said.'
    )
    assert ("indirect", "Cruz passes the test", "veteran") in [
        (k, t, s.split()[-1] if s else None) for k, t, s in _quotes(text)
    ]


def test_content_before_an_attribution_starts_at_its_sentence() -> None:
    text = (
        "The account includes the party committees. She has raised $33 million "
        "through it, according to a recent filing."
    )
    doc = Document.build(text)
    book = SpeakerBook(doc.folded, 0, len(text), text)
    found = find_all_indirect(doc, 0, len(text), 0, book)
    assert [text[f.start : f.end] for f in found] == ["She has raised $33 million through it"]


def test_added_headline_kickers() -> None:
    text = "Morning Memo: the vote is on Friday\n\nThe hearing was on Monday."
    assert _quotes(text) == [("indirect", "the vote is on Friday", None)]
    assert _quotes(text, Lexicon.default().extend(headline_kickers=["Morning Memo"])) == []
    with pytest.raises(RuleError):
        Lexicon.default().extend(headline_kickers=[""])


def test_headline_second_verb_keeps_the_headline_subject() -> None:
    text = "The Washington Post backs Lena Ortiz, says she is ready\n\nThe paper chose on Monday."
    assert ("indirect", "she is ready", "Washington Post") in _quotes(text)
    assert ("indirect", "she is ready", "Lena Ortiz") not in _quotes(text)


def test_title_case_headline_names_a_speaker_the_body_names() -> None:
    text = "Ortiz Says Taxes Are Too High\n\nLena Ortiz spoke on Monday."
    assert _quotes(text) == [("indirect", "Taxes Are Too High", "Lena Ortiz")]
    unnamed = "Budget Office Says Taxes Are Too High\n\nThe council met on Monday."
    assert _quotes(unnamed) == [("indirect", "Taxes Are Too High", None)]


def test_lowercase_headline_report_is_its_subjects() -> None:
    text = "Ortiz says taxes too high\n\nThe mayor spoke on Monday."
    assert _quotes(text) == [("indirect", "taxes too high", "Ortiz")]

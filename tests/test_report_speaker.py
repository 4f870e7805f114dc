"""Properties of lending a report's speaker to the partial quotes inside it."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

import newsrecords
from newsrecords.quotes.marks import find_quote_marks
from newsrecords.quotes.report_speaker import inside_report, modifier_quote

_WORDS = st.lists(st.sampled_from(["port", "plan", "late", "open", "never", "safe"]), min_size=1)


@given(_WORDS, st.integers(0, 20), st.integers(0, 20))
def test_a_wider_report_still_holds_the_quote(words: list[str], left: int, right: int) -> None:
    text = f'Lee said the plan was "{" ".join(words)}" for years.'
    (q,) = find_quote_marks(text, 0, len(text))
    content = (9, len(text) - 1)
    assert inside_report(content, q)
    wider = (max(0, content[0] - left), content[1] + right)
    assert inside_report(wider, q)


@given(_WORDS)
def test_only_a_short_quote_is_a_modifier(words: list[str]) -> None:
    text = f'They pushed the "{" ".join(words)}" narrative.'
    (q,) = find_quote_marks(text, 0, len(text))
    assert modifier_quote(text, q) is (len(words) <= 2)


@given(_WORDS)
def test_a_lent_speaker_stands_outside_the_quote(words: list[str]) -> None:
    page = f'Port\n\nTom Riggs, who estimates that the port was "{" ".join(words)} too," resigned.'
    for quote in newsrecords.parse_article(page).quotes:
        if quote.speaker_span is not None:
            span = quote.speaker_span
            assert span.end <= quote.span.start or quote.span.end <= span.start

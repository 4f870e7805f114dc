"""An abbreviation that opens a paragraph does not end a sentence (issue 16).

The word before a full stop was read from the start of the text when it began exactly where
the sentence did, so "Sen." after a paragraph break was taken for a sentence of its own.
"""

from __future__ import annotations

import pytest

from newsrecords import parse_page


def test_an_action_keeps_the_title_that_opens_its_paragraph() -> None:
    page = (
        "Intro line.\n\n"
        "Gen. Smith said the United States expelled ten Russian diplomats on Thursday."
    )
    [article] = parse_page(page)
    assert [a.evidence for a in article.actions] == [
        "Gen. Smith said the United States expelled ten Russian diplomats on Thursday."
    ]


@pytest.mark.parametrize("title", ["Sen.", "Gov."])
def test_a_speaker_keeps_the_title_that_opens_its_paragraph(title: str) -> None:
    page = f'Intro line.\n\n{title} Lee spoke. He said "we will win."'
    [article] = parse_page(page)
    [quote] = article.quotes
    assert quote.speaker is not None
    assert (quote.speaker.name, quote.speaker.title) == ("Lee", title)

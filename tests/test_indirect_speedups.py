"""The quote-mark finder and the indirect-speech reader after the issue 3 speed-ups: the
paragraph's first word is found once and shared, each cue's offsets are read once. These
check the shared values still mean what they did (the golden parse output is checked by
hand with the issue's script, outside the suite)."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from newsrecords.quotes.indirect import find_all_indirect
from newsrecords.quotes.marks import find_quote_marks
from newsrecords.speakers.book import SpeakerBook
from newsrecords.text.document import Document


def _marks(text: str) -> list[tuple[str, bool, bool]]:
    return [
        (text[q.content_start : q.content_end], q.closed, q.at_paragraph_start)
        for q in find_quote_marks(text, 0, len(text))
    ]


def test_a_quote_after_leading_spaces_opens_the_paragraph() -> None:
    assert _marks('   "We are ready," he said.') == [("We are ready", True, True)]


def test_a_single_quote_after_leading_spaces_opens_the_paragraph() -> None:
    # 'I know ...," Biden said: the single opening mark is the paragraph's first word
    assert _marks("  'I know the past years," + '" Biden said.') == [
        ("I know the past years", True, True)
    ]


def test_an_open_quote_runs_to_the_paragraph_end() -> None:
    assert _marks('He said: "It is not over') == [("It is not over", False, False)]


def test_a_blank_paragraph_has_no_quotes() -> None:
    assert find_quote_marks("    ", 0, 4) == []


@given(st.text(alphabet=" \n'\"ab.,", max_size=40))
def test_paragraph_start_flag_is_the_first_non_space(text: str) -> None:
    first = len(text) - len(text.lstrip())
    for q in find_quote_marks(text, 0, len(text)):
        assert q.at_paragraph_start == (q.start == first)


def test_cue_offsets_slice_the_cue() -> None:
    text = "Psaki said Biden initiated the call, and the senator argued it was late."
    doc = Document.build(text)
    book = SpeakerBook(doc.folded, 0, len(text), text)
    found = find_all_indirect(doc, 0, len(text), 0, book)
    assert [text[f.cue[0] : f.cue[1]] for f in found if f.cue is not None] == ["said", "argued"]
    assert [text[f.start : f.end] for f in found] == [
        "Biden initiated the call",
        "it was late",
    ]

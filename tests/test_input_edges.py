"""Bad and odd input at the edges: source types, lone surrogates (issue 16)."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

import newsrecords
from newsrecords import Article, InputTypeError, Parser
from newsrecords.quotes.marks import find_quote_marks
from newsrecords.speakers.names import run_on_stop

_PAGE = 'Talks\n\n"We will win," said Sen. Ann Lee.'


@pytest.mark.parametrize("source", [5, {}, b"x", 1.5, ["a"]])
def test_a_source_of_another_type_is_a_typed_error(source: object) -> None:
    for parse in (newsrecords.parse_page, newsrecords.parse_article, Parser().parse_page):
        with pytest.raises(InputTypeError, match=type(source).__name__):
            parse(_PAGE, source=source)  # type: ignore[arg-type]


def test_a_path_is_taken_as_its_string() -> None:
    [article] = newsrecords.parse_page(_PAGE, source=Path("news") / "a.txt")
    assert article.source.name == str(Path("news") / "a.txt")
    assert newsrecords.parse_article(_PAGE, source=Path("b.txt")).source.name == "b.txt"


def test_a_lone_surrogate_is_read_as_a_replacement_character() -> None:
    text = json.loads('"Talks\\n\\nA \\ud83d b, \\"we win,\\" she said."')
    [article] = newsrecords.parse_page(text)
    assert "\ufffd" in article.body
    assert article.span.end == len(text)  # one code point for one: offsets kept
    assert Article.model_validate_json(article.model_dump_json()) == article


# Any text, with lone surrogates and the words that make quotes and speakers mixed in.
_ANY_TEXT = st.lists(
    st.one_of(
        st.text(max_size=12),
        st.sampled_from(["\ud83d", "\ude00", "\udfff", "\ud800"]),
        st.sampled_from(['"', "\u201c", "\n\n", " said ", " Sen. Ann Lee", "Talks\n\n"]),
    ),
    max_size=30,
).map("".join)


@given(_ANY_TEXT)
def test_every_record_of_any_str_serialises_and_round_trips(text: str) -> None:
    for article in newsrecords.parse_page(text):
        assert Article.model_validate_json(article.model_dump_json()) == article


@given(_ANY_TEXT)
def test_a_speaker_span_never_overlaps_its_quote(text: str) -> None:
    for article in newsrecords.parse_page(text):
        for quote in article.quotes:
            who = quote.speaker_span
            assert who is None or who.end <= quote.span.start or quote.span.end <= who.start


# One stray opening mark at the end (issue 16): the marks before it pair the wrong way.
_STRAY_MARK = 'Talks\n\nVoters pick "R," or "D," according to their preference."'


def test_a_name_inside_a_quote_after_a_stray_mark_is_no_speaker() -> None:
    [article] = newsrecords.parse_page(_STRAY_MARK)
    for quote in article.quotes:
        who = quote.speaker_span
        assert who is None or not (who.start < quote.span.end and quote.span.start < who.end)


def test_a_stray_mark_does_not_shift_the_pairing() -> None:
    [article] = newsrecords.parse_page(_STRAY_MARK)
    assert [q.text for q in article.quotes][:2] == ["R", "D"]


@pytest.mark.parametrize(
    ("paragraph", "quoted"),
    [
        pytest.param(_STRAY_MARK.split("\n\n")[1], ["R", "D"], id="stray at the end"),
        pytest.param('She said "yes," then " "no," and left.', ["yes", "no"], id="in the middle"),
        # a paragraph that opens with a mark continues a quotation: its marks keep their order
        pytest.param(
            '"PENCE: It is like "Shark Tank." But it is serious.',
            ["PENCE: It is like", "But it is serious."],
            id="a continued quotation",
        ),
    ],
)
def test_the_stray_mark_is_the_one_whose_shape_fits_no_pair(
    paragraph: str, quoted: list[str]
) -> None:
    marks = find_quote_marks(paragraph, 0, len(paragraph))
    assert [paragraph[m.content_start : m.content_end] for m in marks] == quoted


_WORD = st.text(alphabet="abcdefghijklmnopqrstuvwxyzABCDEFGHIJ", min_size=1, max_size=8)


@given(st.lists(_WORD, min_size=1, max_size=6), _WORD)
def test_a_stray_mark_after_the_last_word_changes_no_quote(words: list[str], last: str) -> None:
    # 'pick "a," or "b," ... then c.': the same quotes with one more mark after "c."
    paragraph = "pick " + " or ".join(f'"{w},"' for w in words) + f" then {last}."
    quotes = find_quote_marks(paragraph, 0, len(paragraph))
    stray = find_quote_marks(paragraph + '"', 0, len(paragraph) + 1)
    assert [(q.content_start, q.content_end) for q in stray] == [
        (q.content_start, q.content_end) for q in quotes
    ]


def test_a_name_never_runs_across_a_sentence_stop() -> None:
    text = "Talks\n\nVoters prefer Bernie Sanders.Voters prefer Bernie Sanders."
    [article] = newsrecords.parse_page(text)
    assert all("." not in speaker.name for speaker in article.speakers)


_CAPITALISED = st.sampled_from(["Bernie", "Sanders", "Voters", "Ann", "Lee", "Jr.", "G.K."])


@given(st.lists(st.tuples(_CAPITALISED, st.sampled_from([" ", ".", ". "])), max_size=8))
def test_no_speaker_name_holds_a_run_on_sentence_stop(words: list[tuple[str, str]]) -> None:
    run = "".join(word + gap for word, gap in words)
    text = f'Talks\n\n"We win," said {run} said the plan fails. {run} said it.'
    for article in newsrecords.parse_page(text):
        for speaker in article.speakers:
            assert all(run_on_stop(w) < 0 for w in speaker.name.split()), speaker.name

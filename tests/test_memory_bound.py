"""Peak memory of a parse is bounded per input character (issue 16).

A page of one speaker saying 100,000 short quotes per MB peaked at about 430 bytes per
input character (traced by tracemalloc), 2.6 KB per quote, mostly copies of the same
things. Records now share their equal spans and their sets of field names, and the working
state of the quotes is freed as their records are built. Bytes are counted, not timed, so
the bounds are exact for a given Python and pydantic and hold on a loaded machine.
"""

from __future__ import annotations

import gc
import tracemalloc

import pytest
from pydantic import BaseModel

from conftest import SEED_FILES
from newsrecords import Article, parse_page


def _said_page(quotes: int) -> str:
    return "He " + "".join(f'said "{n % 100}" ' for n in range(1, quotes + 1))


def _seeds_page(copies: int) -> str:
    return "\n\n".join(p.read_text(encoding="utf-8") for p in SEED_FILES * copies)


def _peak_bytes_per_char(text: str) -> float:
    parse_page("Warm up\n\nHe said it.")  # imports and compiled rules are not the call's
    gc.collect()
    tracemalloc.start()
    try:
        parse_page(text)
        _, peak = tracemalloc.get_traced_memory()
    finally:
        tracemalloc.stop()
    return peak / len(text)


@pytest.mark.parametrize(
    ("text", "bound"),
    [
        pytest.param(_said_page(5_000), 150, id="one speaker, 100K quotes per MB"),
        pytest.param(_seeds_page(2), 100, id="real pages"),
    ],
)
def test_peak_memory_per_input_character_is_bounded(text: str, bound: int) -> None:
    per_char = _peak_bytes_per_char(text)
    assert per_char < bound, f"{per_char:.0f} bytes per input character"


def _records(article: Article) -> list[BaseModel]:
    quotes = article.quotes
    spans = [s for q in quotes for s in (q.span, q.speaker_span, q.cue_span) if s is not None]
    return [*quotes, *spans, *article.paragraphs, *article.speakers]


def test_shared_records_still_behave_as_values() -> None:
    page = 'Head\n\nSen. Ann Lee said "we will win," and then "we will stay." Lee said "ok."'
    [article] = parse_page(page)
    quote = article.quotes[0]
    # a copy with a change is a new record; the shared parts of the others are untouched
    moved = quote.span.model_copy(update={"end": quote.span.end + 1})
    assert moved.end == quote.span.end + 1
    for record in _records(article):
        assert record.model_fields_set == set(type(record).model_fields)
    assert Article.model_validate_json(article.model_dump_json()) == article
    assert article.model_dump(exclude_unset=True) == article.model_dump()

"""Text normalisation: folding keeps offsets, display normalisation is idempotent."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from newsrecords.models import Span
from newsrecords.text.document import Document
from newsrecords.text.normalize import (
    collapse_whitespace,
    fold,
    fold_double_apostrophes,
    normalize_text,
    strip_quote_marks,
)

_typographic = st.text(
    alphabet=st.sampled_from(
        list("ab ,.\n\t\r'\"")
        + list("\u2018\u2019\u201c\u201d\u00ab\u00bb\u2013\u2014\u00a0\u200b\u2028\ufeff")
    )
)


@given(st.text() | _typographic)
def test_fold_keeps_length(text: str) -> None:
    assert len(fold(text)) == len(text)


@given(st.text() | _typographic)
def test_fold_is_idempotent(text: str) -> None:
    assert fold(fold(text)) == fold(text)


@given(st.text() | _typographic)
def test_normalize_text_is_idempotent(text: str) -> None:
    once = normalize_text(text)
    assert normalize_text(once) == once


@given(st.text() | _typographic)
def test_collapse_whitespace_is_idempotent_and_trimmed(text: str) -> None:
    once = collapse_whitespace(text)
    assert collapse_whitespace(once) == once
    assert once == once.strip()


@given(st.text() | _typographic)
def test_strip_quote_marks_is_idempotent(text: str) -> None:
    once = strip_quote_marks(text)
    assert strip_quote_marks(once) == once


@given(st.text(), st.lists(st.tuples(st.integers(0, 50), st.integers(0, 50)), max_size=4))
def test_document_mask_keeps_length_and_lines(text: str, raw: list[tuple[int, int]]) -> None:
    spans = [Span(start=min(a, b, len(text)), end=min(max(a, b), len(text))) for a, b in raw]
    doc = Document.build(text, spans)
    assert len(doc.folded) == len(text)
    assert [i for i, c in enumerate(doc.folded) if c == "\n"] == [
        i for i, c in enumerate(fold(text)) if c == "\n"
    ]
    for span in spans:
        assert span.slice(doc.folded).strip() == ""


def test_normalize_keeps_dashes_but_folds_quotes() -> None:
    assert (
        normalize_text("democracies \u2014 not\u00a0autocracies")
        == "democracies \u2014 not autocracies"
    )
    assert normalize_text("\u2018Quad\u2019") == "'Quad'"


@given(st.text(alphabet="'\" aZ.,(", max_size=40))
def test_fold_double_apostrophes_keeps_length_and_is_idempotent(text: str) -> None:
    once = fold_double_apostrophes(text)
    assert len(once) == len(text)
    assert fold_double_apostrophes(once) == once
    # only the apostrophes of a pair change
    assert all(a == b or a == "'" for a, b in zip(text, once, strict=True))


def test_double_apostrophes_open_and_close_by_context() -> None:
    assert fold_double_apostrophes("He said, ''No.'' Then") == 'He said,  "No."  Then'
    assert fold_double_apostrophes("'''") == "'''"

"""Lines and segments: offsets into the original text, separators, page headers."""

from __future__ import annotations

from conftest import read_seed
from newsrecords.page.boilerplate import compile_rules
from newsrecords.page.segment import PageRemoval, Segment, segment_page, split_lines
from newsrecords.text.normalize import fold


def test_lines_cover_every_visible_character() -> None:
    text = " a\u00a0b \r\n\u2028\u200b\n\tc\x0cd\u0085e  "
    lines = split_lines(text, fold(text))
    covered = {i for line in lines for i in range(line.start, line.end)}
    assert all(i in covered for i, ch in enumerate(text) if not ch.isspace())
    assert [text[x.start : x.end] for x in lines] == ["a\u00a0b", "\u200b", "c", "d", "e"]
    assert lines[1].key == ""  # a line of invisible characters


def test_seed_000_splits_into_eight_segments() -> None:
    text = read_seed("000")
    items = segment_page(split_lines(text, fold(text)), compile_rules())
    segments = [i for i in items if isinstance(i, Segment)]
    removals = [i for i in items if isinstance(i, PageRemoval)]
    assert len(segments) == 8
    assert [r.reason for r in removals] == ["tag-archive"] + ["separator"] * 8
    assert text[removals[0].start : removals[0].end] == "Tag Archives: allies"


def test_page_headers_only_before_the_first_article() -> None:
    text = "Headline\n\nTag Archives: allies\n\nBody."
    items = segment_page(split_lines(text, fold(text)), compile_rules())
    assert [type(i).__name__ for i in items] == ["Segment"]


def test_unsplit_mode_keeps_one_segment() -> None:
    text = "One\nRead original article here\nTwo\nRead original article here"
    items = segment_page(split_lines(text, fold(text)), compile_rules(), split=False)
    assert sum(isinstance(i, Segment) for i in items) == 1
    assert sum(isinstance(i, PageRemoval) for i in items) == 2

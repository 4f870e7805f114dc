"""Inline link junk (The Hill's hover cards) on the seed page and in adversarial text."""

from __future__ import annotations

from conftest import read_seed
from newsrecords.page.linkjunk import MAX_CARD, collapse_link_junk, find_link_junk
from newsrecords.text.normalize import fold


def test_seed_page_cards_collapse_to_names() -> None:
    lines = fold(read_seed("000")).split("\n")
    thune = next(line for line in lines if line.startswith("GOP Sen. John Thune"))
    cheney = next(line for line in lines if line.startswith("As the AP notes"))
    assert collapse_link_junk(thune).startswith(
        "GOP Sen. John Thune (S.D.) on Thursday blasted members of his party"
    )
    assert "former President Trump, accusing them" in collapse_link_junk(thune)
    clean = collapse_link_junk(cheney)
    assert "Rep. Liz Cheney (R-Wyo.) after she voted" in clean
    assert "Rep. Matt Gaetz (Fla.) have led calls" in clean
    assert "MORE" not in clean
    assert "Hogan" not in clean


def test_cards_hide_their_quote_marks() -> None:
    line = fold(
        "Sen. John ThuneJohn Randolph ThuneBiden to take \u2018executive action\u2019 MORE said"
    )
    [(start, end)] = find_link_junk(line)
    assert "'executive action'" in line[start:end]
    assert line[:start] + line[end:] == "Sen. John Thune said"


def test_ordinary_text_is_left_alone() -> None:
    for text in (
        "Sen. Mitch McConnell said MORE aid is coming.",
        "The iPhone maker and McDonald's said nothing MORE.",
        "DeSantis met DeSantis MORE often than not.",
        "No markers at all: McConnellMcConnell.",
    ):
        assert find_link_junk(text) == []


def test_cards_do_not_cross_lines_or_run_too_long() -> None:
    assert find_link_junk("John ThuneJohn Thune\nHeadline MORE") == []
    far = "John ThuneJohn ThuneHeadline " + "x" * MAX_CARD + " MORE"
    assert find_link_junk(far) == []


def test_offsets_respect_the_window() -> None:
    text = "prefix. John ThuneJohn ThuneCard MORE (S.D.)"
    cards = find_link_junk(text, 8, len(text))
    assert [text[a:b] for a, b in cards] == ["John ThuneCard MORE"]


def test_adversarial_text_finishes() -> None:
    # Many glued names and markers: each candidate costs a bounded look-ahead.
    text = "AbAbAb MORE " * 20_000
    assert isinstance(find_link_junk(text), list)
    text = "ThuneThune" * 20_000 + " MORE"
    assert isinstance(find_link_junk(text), list)

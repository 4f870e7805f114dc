"""The page parser on the seed pages and the regression cases in tests/data/cases/."""

from __future__ import annotations

import datetime as dt
from typing import Any

import pytest

import newsrecords.assemble as assemble_module
from conftest import case_params, read_seed
from newsrecords import InputTypeError, RuleError, parse_article, parse_page
from newsrecords.models import Article, Span
from newsrecords.page.boilerplate import BoilerplateRule
from newsrecords.quotes.extract import extract_quotes
from newsrecords.text.document import Document
from newsrecords.text.normalize import normalize_text


def _observed(article: Article, text: str) -> dict[str, Any]:
    """The fields a case may check, in the JSON form the case files use."""
    paragraphs = article.body.split("\n\n") if article.body else []
    return {
        "headline": article.headline,
        "outlet": article.outlet,
        "published": article.published.isoformat() if article.published else None,
        "dateline": {"place": article.dateline.place, "agency": article.dateline.agency}
        if article.dateline
        else None,
        "byline": list(article.byline),
        "contributors": list(article.contributors),
        "summary": list(article.summary),
        "paragraph_count": len(article.paragraphs),
        "first_paragraph": paragraphs[0] if paragraphs else None,
        "last_paragraph": paragraphs[-1] if paragraphs else None,
        "removed": [[r.reason, r.span.slice(text)] for r in article.removed],
    }


def _matches(expected: Any, observed: Any, key: str) -> bool:
    """Paragraph and removed texts are checked as prefixes; everything else exactly."""
    if key in ("first_paragraph", "last_paragraph") and isinstance(expected, str):
        return isinstance(observed, str) and observed.startswith(expected)
    if key == "removed":
        return len(expected) == len(observed) and all(
            e[0] == o[0] and o[1].startswith(e[1]) for e, o in zip(expected, observed, strict=True)
        )
    return bool(expected == observed)


@pytest.mark.parametrize("case", case_params("articles*.json"))
def test_regression_case(case: dict[str, Any]) -> None:
    text = read_seed(case["seed"]) if "seed" in case else case["input"]
    articles = parse_page(text)
    expected = case["expected"]["articles"]
    assert len(articles) == len(expected)
    for number, (want, article) in enumerate(zip(expected, articles, strict=True)):
        got = _observed(article, text)
        for key, value in want.items():
            assert _matches(value, got[key], key), (number, key, got[key])


def _assert_nothing_lost(text: str, articles: list[Article]) -> None:
    covered = bytearray(len(text))
    for article in articles:
        for span in (article.span, *(r.span for r in article.removed)):
            covered[span.start : span.end] = b"\x01" * len(span)
    lost = [i for i, ch in enumerate(text) if not ch.isspace() and not covered[i]]
    assert not lost, [text[i] for i in lost[:20]]


def test_seed_pages_lose_nothing(seed_page: tuple[str, str]) -> None:
    _, text = seed_page
    _assert_nothing_lost(text, parse_page(text))


def test_seed_page_spans_index_the_input(seed_page: tuple[str, str]) -> None:
    _, text = seed_page
    for article in parse_page(text):
        assert article.headline_span is not None
        assert article.headline is not None
        assert normalize_text(article.headline_span.slice(text)) == article.headline
        for paragraph in article.paragraphs:
            assert article.span.contains(paragraph)
        if article.dateline is not None:
            assert article.dateline.span.slice(text) == article.dateline.text
        assert article.body == article.body.strip()
        assert "\n\n\n" not in article.body


def test_article_counts_of_the_seed_pages() -> None:
    assert [len(parse_page(read_seed(n))) for n in ("000", "001", "002", "003", "004")] == [
        8,
        1,
        1,
        1,
        1,
    ]


def test_link_junk_is_masked_from_the_extractors(monkeypatch: pytest.MonkeyPatch) -> None:
    text = read_seed("000")
    seen: list[tuple[Document, tuple[Span, ...]]] = []
    real = extract_quotes

    def spy(doc: Document, paragraphs: tuple[Span, ...], **options: Any) -> Any:
        seen.append((doc, tuple(paragraphs)))
        return real(doc, paragraphs, **options)

    monkeypatch.setattr(assemble_module, "extract_quotes", spy)
    articles = parse_page(text)
    thune = articles[3]
    junk = [r.span for r in thune.removed if r.reason == "link-junk"]
    assert len(junk) == 4
    doc = seen[3][0]
    for span in junk:
        assert not doc.folded[span.start : span.end].strip()
    assert "GOP Sen. John Thune (S.D.) on Thursday" in thune.body
    assert "Hillicon" not in thune.body
    assert "MORE" not in thune.body
    for quote in thune.quotes:
        assert not any(s.start < quote.span.end and quote.span.start < s.end for s in junk)


def test_extractors_get_only_body_paragraphs(monkeypatch: pytest.MonkeyPatch) -> None:
    calls: list[tuple[Span | None, tuple[Span, ...]]] = []
    real = extract_quotes

    def spy(doc: Document, paragraphs: tuple[Span, ...], **options: Any) -> Any:
        calls.append((options.get("headline"), tuple(paragraphs)))
        return real(doc, paragraphs, **options)

    monkeypatch.setattr(assemble_module, "extract_quotes", spy)
    [article] = parse_page(read_seed("003"))
    # the headline goes on its own, read for indirect speech only
    assert calls == [(article.headline_span, article.paragraphs)]
    assert article.headline_span not in article.paragraphs


def test_date_line_wins_over_the_callers_date() -> None:
    fallback = dt.datetime(2020, 1, 1)
    [dated] = parse_page(read_seed("003"), published=fallback)
    assert dated.published == dt.datetime(2023, 9, 28)
    assert dated.published_text == "Thursday, September 28, 2023"
    [undated] = parse_page(read_seed("002"), published=fallback)
    assert undated.published == fallback


def test_source_names_the_input_and_its_hash() -> None:
    [article] = parse_page(read_seed("002"), source="002.txt")
    assert article.source.name == "002.txt"
    assert len(article.source.sha256) == 64


def test_user_rules_extend_the_defaults() -> None:
    text = "Headline here\n\nA real paragraph.\n\nSubscribe to the Daily Planet today!"
    [plain] = parse_page(text)
    assert "Daily Planet" in plain.body
    rule = BoilerplateRule(r"subscribe to the daily planet[^\n]*", "promo")
    [ruled] = parse_page(text, rules=[rule])
    assert ruled.body == "A real paragraph."
    assert [r.reason for r in ruled.removed] == ["promo"]
    [tupled] = parse_page(text, rules=[("Subscribe to the Daily Planet today!", "promo")])
    assert tupled.body == "A real paragraph."


@pytest.mark.parametrize(
    "rules",
    [
        [("(unclosed", "promo")],
        [("fine", "Not A Code")],
        [("fine", "promo", "everywhere")],
        [BoilerplateRule("fine", "promo", kind="glob")],
        [42],
        "a string",
    ],
)
def test_malformed_rules_raise_rule_error(rules: Any) -> None:
    with pytest.raises(RuleError):
        parse_page("Headline\n\nBody.", rules=rules)


@pytest.mark.parametrize("bad", [b"bytes", None, 42, ["a list"]])
def test_non_str_input_raises_a_typed_error(bad: object) -> None:
    with pytest.raises(InputTypeError, match=type(bad).__name__):
        parse_page(bad)  # type: ignore[arg-type]
    with pytest.raises(TypeError, match=type(bad).__name__):
        parse_article(bad)  # type: ignore[arg-type]


@pytest.mark.parametrize("flag", ["double_apostrophes", "quotes", "indirect", "actions"])
def test_a_flag_that_is_not_a_bool_raises_a_typed_error(flag: str) -> None:
    for parse in (parse_page, parse_article):
        with pytest.raises(InputTypeError, match=f"{flag} must be bool, not str"):
            parse("Headline\n\nBody.", **{flag: "no"})  # type: ignore[arg-type]
        with pytest.raises(InputTypeError, match=flag):
            parse("", **{flag: None})  # type: ignore[arg-type]


def test_skipped_extractors_leave_their_fields_empty() -> None:
    page = 'Budget\n\n"We will act," Senator Jane Roe said. Roe said the vote would pass.\n'
    full = parse_article(page)
    assert [q.kind.value for q in full.quotes] == ["direct", "indirect"]
    direct = parse_article(page, indirect=False)
    assert [q.kind.value for q in direct.quotes] == ["direct"]
    kept, whole = direct.quotes[0], full.quotes[0]
    assert (kept.span, kept.text, kept.speaker_span) == (whole.span, whole.text, whole.speaker_span)
    assert kept.speaker is not None
    assert kept.speaker.name == "Jane Roe"
    assert parse_article(page, quotes=False).quotes == ()
    assert parse_article(page, quotes=False).speakers == ()


@pytest.mark.parametrize("blank", ["", "   ", "\n\n\t\r\n", "\u00a0\u2028"])
def test_blank_input(blank: str) -> None:
    assert parse_page(blank) == []
    empty = parse_article(blank)
    assert empty.headline is None
    assert empty.body == ""
    assert empty.paragraphs == ()
    assert empty.span == Span(start=0, end=0)


def test_parse_article_keeps_one_article_across_separators() -> None:
    text = read_seed("000")
    article = parse_article(text)
    assert (
        article.headline
        == "Biden meets 'Quad' leaders as U.S., allies step up efforts to counter China"
    )
    assert sum(r.reason == "separator" for r in article.removed) == 8
    _assert_nothing_lost(text, [article])


def test_single_line_is_body_not_headline() -> None:
    [article] = parse_page("It happened today.")
    assert article.headline is None
    assert article.body == "It happened today."


def test_offsets_survive_crlf_nbsp_and_curly_quotes() -> None:
    text = "\ufeffBig\u00a0news\r\n\r\n\u201cWe\u2019re ready,\u201d she said.\r\n"
    [article] = parse_page(text)
    assert article.headline == "Big news"
    assert article.body == '"We\'re ready," she said.'
    [paragraph] = article.paragraphs
    assert paragraph.slice(text) == "\u201cWe\u2019re ready,\u201d she said."
    _assert_nothing_lost(text, [article])


def test_only_nearby_repeats_are_removed() -> None:
    fact = "It takes 1,237 delegates to win the Republican nomination."
    text = f"Live updates\n\n{fact}\n\nTrump won Florida.\n\nKasich won Ohio.\n\n{fact}\n\n{fact}"
    [article] = parse_page(text)
    assert article.body.count(fact) == 2  # the far repeat stays; the adjacent one goes
    assert [r.reason for r in article.removed] == ["repeated-line"]

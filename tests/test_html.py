"""parse_html: main text and metadata from HTML pages, spans into the extracted text."""

from __future__ import annotations

import datetime as _dt
import hashlib
import json
import sys
import time
from typing import Any

import pytest
from hypothesis import given
from hypothesis import strategies as st

from conftest import DATA, all_spans, read_seed
from newsrecords import parse_html
from newsrecords.exceptions import InputTypeError, MissingExtraError, ParseError
from newsrecords.html import extract_html, looks_like_html
from newsrecords.models import Article, Span

HTML_DIR = DATA / "html"
_EXPECTED = json.loads((HTML_DIR / "expected.json").read_text(encoding="utf-8"))["cases"]


def _check_anchored(article: Article) -> None:
    text = article.source.text
    assert text is not None
    for span in all_spans(article):
        assert span.end <= len(text)
    if article.headline_span is not None:  # the headline is normalised ('`' reads as "'")
        assert article.headline_span.slice(text).strip()
    for paragraph in article.paragraphs:
        assert paragraph.slice(text).strip()


@pytest.mark.parametrize("case", _EXPECTED, ids=[c["label"] for c in _EXPECTED])
def test_fixture_pages(case: dict[str, Any]) -> None:
    raw = (HTML_DIR / case["file"]).read_bytes()
    url = f"https://news.example/{case['file']}"
    articles = parse_html(raw, url=url)
    assert len(articles) == case["articles"]
    for article in articles:
        _check_anchored(article)
        assert article.source.url == url
        assert article.source.name == url
        assert article.source.sha256 == hashlib.sha256(raw).hexdigest()
        for junk in case.get("body_lacks", []):
            assert junk not in (article.source.text or ""), junk
    if not articles:
        return
    first = articles[0]
    assert first.headline == case["headline"]
    assert first.byline == tuple(case.get("byline", first.byline))
    assert first.outlet == case.get("outlet", "news.example")
    published = first.published.date().isoformat() if first.published else None
    assert published == case.get("published")
    if "summary" in case:
        assert first.summary == tuple(case["summary"])
    if "dateline" in case:
        assert first.dateline is not None
        assert first.dateline.text == case["dateline"]
    for words in case.get("body_has", []):
        assert words in first.body, words
    names = {s.name for s in first.speakers}
    assert set(case.get("speakers", [])) <= names
    assert len(first.quotes) >= case.get("min_quotes", 0)
    assert len(first.actions) >= case.get("min_actions", 0)


def test_records_round_trip_through_json_with_their_text() -> None:
    [article] = parse_html((HTML_DIR / "blog_with_comments.html").read_bytes(), source="blog.html")
    assert article.source.name == "blog.html"
    again = Article.model_validate_json(article.model_dump_json())
    assert again == article
    assert again.span.slice(again.source.text or "").startswith(article.headline or "")


def test_str_and_utf8_bytes_give_the_same_articles() -> None:
    raw = (HTML_DIR / "news_site_sanctions.html").read_bytes()
    from_bytes = parse_html(raw)
    from_str = parse_html(raw.decode("utf-8"))
    assert [a.model_dump() for a in from_bytes] == [a.model_dump() for a in from_str]


def test_the_seed_text_survives_the_markup() -> None:
    # Every body paragraph of the seed page comes back from the HTML wrapped around it.
    seed = read_seed("002")
    [article] = parse_html((HTML_DIR / "news_site_sanctions.html").read_bytes())
    for line in seed.splitlines()[1:]:
        assert " ".join(line.split()) in " ".join((article.source.text or "").split())


def _page(body: str, head: str = "") -> str:
    return (
        f"<!DOCTYPE html><html><head>{head}</head><body><nav><a href='/'>Home</a>"
        f"<a href='/news'>News</a></nav><article>{body}</article>"
        "<footer>Copyright 2020 Example Media</footer></body></html>"
    )


_LONG_PARAGRAPH = (
    "<p>The city council approved the new budget on Tuesday after a long debate about "
    "the cost of repairing the bridges, the schools and the main library in the centre.</p>"
)


def test_the_text_wins_over_the_metadata() -> None:
    head = (
        "<title>Metadata title</title><meta name='author' content='Meta Author'>"
        "<meta property='article:published_time' content='2020-01-01'>"
    )
    body = "<h1>Budget passes</h1><p>By Jane Holloway</p><p>March 5, 2021</p>" + _LONG_PARAGRAPH
    [article] = parse_html(_page(body, head))
    assert article.headline == "Budget passes"
    assert article.byline == ("Jane Holloway",)
    assert article.published == _dt.datetime(2021, 3, 5)


def test_the_metadata_date_wins_over_the_callers() -> None:
    head = (
        "<title>Budget passes</title><meta property='article:published_time' content='2020-01-02'>"
    )
    fallback = _dt.datetime(1999, 1, 1)
    [article] = parse_html(_page(_LONG_PARAGRAPH, head), published=fallback)
    assert article.published == _dt.datetime(2020, 1, 2)
    [undated] = parse_html(
        _page(_LONG_PARAGRAPH, "<title>Budget passes</title>"), published=fallback
    )
    assert undated.published == fallback


def test_a_title_missing_from_the_text_is_its_first_paragraph() -> None:
    page = extract_html(_page(_LONG_PARAGRAPH, "<title>Budget passes</title>"))
    assert page.text.startswith("Budget passes\n\nThe city council approved")
    [article] = parse_html(_page(_LONG_PARAGRAPH, "<title>Budget passes</title>"))
    assert article.headline == "Budget passes"
    assert article.headline_span == Span(start=0, end=len("Budget passes"))
    assert article.id == Article.content_id(article.headline, article.body)


@pytest.mark.parametrize(
    "html",
    ["", "   \n", "<p>x</p>", "<html></html>", "<html><body><script>var a;</script></body></html>"],
)
def test_a_page_without_main_text_gives_no_articles(html: str) -> None:
    assert parse_html(html) == []
    assert extract_html(html).text == ""


def test_wrong_types_raise_input_type_error() -> None:
    with pytest.raises(InputTypeError, match="html must be str or bytes"):
        parse_html(42)  # type: ignore[arg-type]
    with pytest.raises(InputTypeError, match="url must be str or None"):
        parse_html("<p>x</p>", url=b"https://x")  # type: ignore[arg-type]
    with pytest.raises(InputTypeError, match="published must be datetime"):
        parse_html("<p>x</p>", published="2020-01-01")  # type: ignore[arg-type]


def test_without_the_extra_the_error_names_it(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setitem(sys.modules, "trafilatura", None)  # makes `import trafilatura` fail
    with pytest.raises(MissingExtraError, match=r"newsrecords\[html\]") as caught:
        parse_html("<html><body><p>Hello</p></body></html>")
    assert caught.value.extra == "html"
    assert isinstance(caught.value, ImportError)


def test_looks_like_html_on_the_fixtures_and_the_seeds() -> None:
    for path in HTML_DIR.glob("*.*html"):
        assert looks_like_html(path.read_bytes().decode("latin-1")), path.name
    for path in (DATA / "seeds").glob("*.txt"):
        assert not looks_like_html(path.read_text(encoding="utf-8")), path.name


_TAGS = st.sampled_from(
    ["<p>", "</p>", "<div class='x'>", "</div>", "<br>", "<html>", "<body>", "<script>",
     "</script>", "<!--", "-->", "<article>", "<h1>", "</h1>", "<title>", "&amp;", "&#0;",
     "&#xD800;", "<meta charset='koi8-r'>", "<![CDATA[", "\x00", "\ud800", "<?xml ?>"]
)  # fmt: skip
_HTMLISH = st.lists(st.one_of(_TAGS, st.text(max_size=40)), max_size=30).map("".join)


def _parses_or_reports(html: str | bytes) -> None:
    try:
        articles = parse_html(html)
    except ParseError:
        return
    for article in articles:
        _check_anchored(article)


@given(st.text(max_size=300))
def test_any_string_parses_or_raises_a_documented_error(html: str) -> None:
    _parses_or_reports(html)


@given(_HTMLISH)
def test_any_tag_soup_parses_or_raises_a_documented_error(html: str) -> None:
    _parses_or_reports(html)


@given(st.binary(max_size=300))
def test_any_bytes_parse_or_raise_a_documented_error(html: bytes) -> None:
    _parses_or_reports(html)


def _big_page(paragraphs: int) -> str:
    lines = [line for line in read_seed("002").splitlines()[1:] if line.strip()]
    body = "".join(f"<p>{lines[i % len(lines)]}</p>" for i in range(paragraphs))
    return _page(f"<h1>Long page</h1>{body}", "<title>Long page</title>")


def _seconds(html: str) -> float:
    start = time.perf_counter()
    parse_html(html)
    return time.perf_counter() - start


@pytest.mark.slow
def test_four_times_the_html_takes_less_than_eight_times_as_long() -> None:
    small, large = _big_page(400), _big_page(1600)
    parse_html(_big_page(10))  # warm up: imports, compiled rules
    ratio = _seconds(large) / _seconds(small)
    assert ratio < 8, f"4x the HTML took {ratio:.1f}x the time"


def test_fixture_list_is_complete() -> None:
    listed = {c["file"] for c in _EXPECTED}
    on_disk = {p.name for p in HTML_DIR.iterdir() if p.suffix in {".html", ".xhtml"}}
    assert listed == on_disk

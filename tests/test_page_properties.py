"""Properties of the page parser over arbitrary and page-like text."""

from __future__ import annotations

import itertools

from hypothesis import given
from hypothesis import strategies as st

from conftest import all_spans
from newsrecords import parse_article, parse_page
from newsrecords.models import Article, Span
from newsrecords.text.normalize import normalize_text

# Pieces of real pages, so generated text reaches the separators, rules and metadata.
_FRAGMENTS = (
    "Read original article here",
    "Tag Archives: allies",
    "Leave a Reply",
    "- Advertisement -spot_img",
    "Download the NBC News app for breaking news and politics",
    "WASHINGTON (AP) \u2014 ",
    "By Jane Doe and John Roe, CNN",
    "Thursday, September 28, 2023",
    "AFP contributed to this report.",
    "- Called to discuss renewing New START",
    "GOP Sen. John ThuneJohn Randolph ThuneHillicon Valley: \u2018x\u2019 MORE (S.D.)",
    "\u201cWe\u2019re ready,\u201d she said.",
    "Omer Messinger | Getty Images News | Getty Images",
    " | Joe Biden News",
    "\u2014-",
)
_SEPARATORS = ("\n", "\n\n", "\r\n", " ", "\u00a0", "\u2028", "\u200b", "")

_any_text = st.text(st.characters(exclude_categories=["Cs"]), max_size=300)
_page_text = st.lists(
    st.one_of(
        st.sampled_from(_FRAGMENTS),
        st.text(st.sampled_from("ab C.\"'\u201c\u201d\u2019\u2014\u00a0\n"), max_size=40),
        st.sampled_from(_SEPARATORS),
    ),
    max_size=40,
).map("".join)
_texts = st.one_of(_any_text, _page_text)


def _lost(text: str, articles: list[Article]) -> list[int]:
    covered = bytearray(len(text))
    for article in articles:
        for span in (article.span, *(r.span for r in article.removed)):
            covered[span.start : span.end] = b"\x01" * len(span)
    return [i for i, ch in enumerate(text) if not ch.isspace() and not covered[i]]


def _clean_paragraph(text: str, paragraph: Span, article: Article) -> str:
    """The paragraph's slice minus the link junk removed inside it, normalised."""
    pieces = []
    pos = paragraph.start
    for removal in sorted(article.removed, key=lambda r: r.span.start):
        span = removal.span
        if removal.reason == "link-junk" and paragraph.contains(span):
            pieces.append(text[pos : span.start])
            pos = span.end
    pieces.append(text[pos : paragraph.end])
    return normalize_text("".join(pieces))


@given(_texts)
def test_parse_page_never_raises_and_spans_slice_the_input(text: str) -> None:
    articles = parse_page(text)
    assert isinstance(articles, list)
    if not text.strip():
        assert articles == []
    for article in articles:
        for span in all_spans(article):
            assert 0 <= span.start <= span.end <= len(text)
        for paragraph in article.paragraphs:
            assert article.span.contains(paragraph)


@given(_texts)
def test_nothing_is_lost(text: str) -> None:
    assert not _lost(text, parse_page(text))
    assert not _lost(text, [parse_article(text)])


@given(_texts)
def test_body_is_the_normalised_paragraphs_minus_junk(text: str) -> None:
    for article in parse_page(text):
        expected = [_clean_paragraph(text, p, article) for p in article.paragraphs]
        assert article.body == "\n\n".join(expected)
        assert all(expected)


@given(_texts)
def test_articles_are_in_page_order_and_do_not_overlap(text: str) -> None:
    articles = parse_page(text)
    for before, after in itertools.pairwise(articles):
        assert before.span.end <= after.span.start


@given(_texts, st.booleans(), st.booleans(), st.booleans())
def test_choosing_extractors_changes_only_their_fields(
    text: str, quotes: bool, indirect: bool, actions: bool
) -> None:
    full = parse_page(text)
    chosen = parse_page(text, quotes=quotes, indirect=indirect, actions=actions)
    fields = {"quotes", "speakers", "actions"}
    assert [a.model_dump(exclude=fields) for a in chosen] == [
        a.model_dump(exclude=fields) for a in full
    ]
    for article, whole in zip(chosen, full, strict=True):
        assert article.actions == (whole.actions if actions else ())
        if not quotes:
            assert article.quotes == ()
            assert article.speakers == ()
        elif indirect:
            assert article.quotes == whole.quotes
        else:
            assert all(q.kind.value != "indirect" for q in article.quotes)

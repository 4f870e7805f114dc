"""The seed pages: three same-story pairs, and no other merge.

Two routes: through ``parse_page`` (the real pipeline, which needs the page parser and
the quote extractor), and on articles cut from the seed pages here with quotes found by a
small test-only finder, which checks the deduplication logic on its own.
"""

from __future__ import annotations

import hashlib
import re

import pytest

from conftest import read_seed
from newsrecords import dedupe, parse_page
from newsrecords.models import Article, Quote, QuoteKind, Source, Span, Speaker, Story
from newsrecords.text.normalize import fold

# (page, article index in page) of the three same-story pairs.
EXPECTED_PAIRS = [
    {("000", 2), ("000", 3)},  # AP's Thune interview and The Hill's rewrite
    {("001", 0), ("003", 0)},  # the Biden-Putin call in January
    {("002", 0), ("004", 0)},  # the April sanctions
]
PAGES = ("000", "001", "002", "003", "004")


def _groups(stories: list[Story], label: dict[int, tuple[str, int]]) -> list[set[tuple[str, int]]]:
    return [{label[id(a)] for a in s.articles} for s in stories if len(s.articles) > 1]


def _parsed_seeds() -> tuple[list[Article], dict[int, tuple[str, int]]]:
    label: dict[int, tuple[str, int]] = {}
    articles: list[Article] = []
    for page in PAGES:
        for i, article in enumerate(parse_page(read_seed(page), source=page)):
            label[id(article)] = (page, i)
            articles.append(article)
    return articles, label


_PAIR_IDS = ["thune", "january-call", "april-sanctions"]


@pytest.mark.parametrize("pair", EXPECTED_PAIRS, ids=_PAIR_IDS)
def test_seed_pair_through_parse_page(pair: set[tuple[str, int]]) -> None:
    articles, label = _parsed_seeds()
    assert sum(1 for p, _ in label.values() if p == "000") == 8
    stories = dedupe(articles)
    assert pair in _groups(stories, label)


def test_no_other_merge_through_parse_page() -> None:
    articles, label = _parsed_seeds()
    for group in _groups(dedupe(articles), label):
        assert group in EXPECTED_PAIRS


def test_counted_actions_alone_find_the_april_sanctions() -> None:
    """Without any quote (as if every quote were translated): the April sanctions still
    meet on "expelled 10 diplomats" and rare names; the January call, which shares only a
    bare call and common names with them, stays apart, and nothing else merges."""
    parsed, label = _parsed_seeds()
    articles = [a.model_copy(update={"quotes": ()}) for a in parsed]
    label = {id(new): label[id(old)] for old, new in zip(parsed, articles, strict=True)}
    stories = dedupe(articles)
    groups = _groups(stories, label)
    assert EXPECTED_PAIRS[2] in groups
    assert all(group in EXPECTED_PAIRS for group in groups)
    (april,) = (s for s in stories if {label[id(a)] for a in s.articles} == EXPECTED_PAIRS[2])
    assert [m.relation.value for m in april.members] == ["canonical", "same_event"]


# -- articles built directly -------------------------------------------------------------

# Who speaks on the seed pages, as a quote extractor would name them.
_SPEAKERS = (
    "Thune",
    "Psaki",
    "Peskov",
    "Blinken",
    "Zakharova",
    "Frye",
    "Price",
    "Sullivan",
    "Ashkurov",
    "Trump",
    "Biden",
    "White House",
    "readout",
    "senior administration official",
)
_QUOTED = re.compile(
    r"""
    "([^"\n]{8,}?)"                    # double quotes (curly ones are folded to these)
    | (?<!\w)'([^'\n]{8,}?)'(?!\w)     # single quotes, not apostrophes inside words
    """,
    re.VERBOSE,
)


# Quotes the finder above misses (mismatched marks on page 002) that an extractor should give.
_HAND_QUOTES = {
    "002": (
        (
            "The United States does not seek to initiate a cycle of escalation and conflict "
            "with Russia. We want a stable and predictable relationship",
            "Biden",
        ),
    ),
}


def _quotes(body: str, extra: tuple[tuple[str, str], ...] = ()) -> tuple[Quote, ...]:
    """Quotes of ``body`` with the speaker named nearest in the paragraph or before it."""
    folded = fold(body)
    quotes: list[Quote] = []
    last: str | None = None
    offset = 0
    for paragraph in folded.split("\n\n"):
        outside = _QUOTED.sub(" ", paragraph)
        named = [s for s in _SPEAKERS if s in outside]
        speaker = min(named, key=outside.index) if named else last
        for match in _QUOTED.finditer(paragraph):
            group = 1 if match.group(1) is not None else 2
            start, end = offset + match.start(group), offset + match.end(group)
            quotes.append(
                Quote(
                    text=body[start:end].strip(),
                    kind=QuoteKind.DIRECT,
                    speaker=Speaker(name=speaker) if speaker else None,
                    span=Span(start=start, end=end),
                )
            )
        last = speaker
        offset += len(paragraph) + 2
    for text, speaker in extra:
        start = body.index(text)
        span = Span(start=start, end=start + len(text))
        quotes.append(
            Quote(text=text, kind=QuoteKind.DIRECT, speaker=Speaker(name=speaker), span=span)
        )
    return tuple(quotes)


def _article(text: str, source: str, extra: tuple[tuple[str, str], ...] = ()) -> Article:
    lines = [line.strip() for line in text.splitlines() if line.strip()]
    headline, body = lines[0], "\n\n".join(lines[1:])
    digest = hashlib.sha256(f"{headline}\n\n{body}".encode())
    return Article(
        id=digest.hexdigest()[:16],
        headline=headline,
        body=body,
        span=Span(start=0, end=len(text)),
        quotes=_quotes(body, extra),
        source=Source(name=source, sha256=hashlib.sha256(text.encode()).hexdigest()),
    )


def seed_articles() -> tuple[list[Article], dict[int, tuple[str, int]]]:
    label: dict[int, tuple[str, int]] = {}
    articles: list[Article] = []
    for page in PAGES:
        text = read_seed(page)
        if page == "000":
            # Drop the tag-archive header; articles end with "Read original article here".
            parts = text.split("\n", 1)[1].split("Read original article here")
        else:
            parts = [text]
        for i, part in enumerate(p for p in parts if p.strip()):
            article = _article(part, f"{page}#{i}", _HAND_QUOTES.get(page, ()))
            label[id(article)] = (page, i)
            articles.append(article)
    return articles, label


def test_seed_articles_are_cut_as_expected() -> None:
    articles, label = seed_articles()
    assert sum(1 for p, _ in label.values() if p == "000") == 8
    assert all(a.quotes for a in articles)


def test_seed_pairs_on_articles_built_directly() -> None:
    articles, label = seed_articles()
    stories = dedupe(articles)
    assert sorted(_groups(stories, label), key=sorted) == sorted(EXPECTED_PAIRS, key=sorted)
    for story in stories:
        for member in story.members[1:]:
            assert member.shared_quotes, "a same-event member names its evidence"

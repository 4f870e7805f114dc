"""Hypothesis strategies that build valid newsrecords models, for your own property tests.

Install with the ``strategies`` extra (``pip install "newsrecords[strategies]"``); importing
``newsrecords`` itself never imports hypothesis.

Every strategy that takes ``source`` builds records whose spans index that text, and whose
text fields agree with the slices they claim (a quote's ``text`` is the normalised slice),
so the records are valid for that input, not merely well-typed. Without ``source`` the
spans index some text of up to ``_DEFAULT_EXTENT`` characters.

>>> from hypothesis import given
>>> from newsrecords import Article, strategies as nst
>>> @given(nst.articles())
... def test_round_trip(article: Article) -> None:
...     assert Article.model_validate_json(article.model_dump_json()) == article
>>> test_round_trip()
"""

from __future__ import annotations

import datetime as _dt
import hashlib

from hypothesis import strategies as st

from .models import (
    ActionKind,
    ActionMode,
    Article,
    Dateline,
    Mention,
    PolicyAction,
    Quote,
    QuoteKind,
    Relation,
    Removal,
    Source,
    Span,
    Speaker,
    SpeakerKind,
    Story,
    StoryAction,
    StoryMember,
    StoryQuote,
)
from .text.normalize import normalize_text, strip_quote_marks

__all__ = [
    "articles",
    "datelines",
    "news_pages",
    "policy_actions",
    "quotes",
    "removals",
    "sources",
    "spans",
    "speakers",
    "stories",
]

_DEFAULT_EXTENT = 5_000
_labels = st.text(min_size=1, max_size=40)
_short = st.text(max_size=60)
_dates = st.dates(min_value=_dt.date(1900, 1, 1), max_value=_dt.date(2100, 12, 31))
# Naive or UTC: both survive JSON exactly; odd historical offsets with seconds do not matter
# for news and make round-trips depend on the platform's zone data.
_datetimes = st.datetimes(
    min_value=_dt.datetime(1900, 1, 1),
    max_value=_dt.datetime(2100, 12, 31),
    timezones=st.sampled_from([None, _dt.timezone.utc]),
)


def _extent(source: str | None) -> int:
    return _DEFAULT_EXTENT if source is None else len(source)


def _slice_text(source: str | None, span: Span, fallback: str) -> str:
    """The normalised text a span claims, or a drawn stand-in when there is no source."""
    if source is None:
        return fallback
    return normalize_text(strip_quote_marks(span.slice(source)))


@st.composite
def spans(draw: st.DrawFn, *, source: str | None = None, extent: int | None = None) -> Span:
    """A span inside ``source`` (or inside ``[0, extent]``)."""
    limit = extent if extent is not None else _extent(source)
    start = draw(st.integers(0, limit))
    end = draw(st.integers(start, limit))
    return Span(start=start, end=end)


def sources() -> st.SearchStrategy[Source]:
    """A Source with a well-formed SHA-256."""
    return st.builds(
        Source,
        name=st.none() | _labels,
        sha256=st.binary(max_size=16).map(lambda b: hashlib.sha256(b).hexdigest()),
    )


@st.composite
def speakers(draw: st.DrawFn, *, source: str | None = None) -> Speaker:
    """A Speaker whose mention spans lie inside ``source``."""
    return Speaker(
        name=draw(_labels),
        kind=draw(st.sampled_from(SpeakerKind)),
        title=draw(st.none() | _short),
        affiliation=draw(st.none() | _short),
        aliases=tuple(draw(st.lists(_labels, max_size=3, unique=True))),
        mentions=tuple(draw(st.lists(spans(source=source), max_size=3))),
    )


@st.composite
def quotes(draw: st.DrawFn, *, source: str | None = None) -> Quote:
    """A Quote whose spans lie inside ``source`` and whose text is its normalised slice."""
    span = draw(spans(source=source))
    cue_span = draw(st.none() | spans(source=source))
    return Quote(
        text=_slice_text(source, span, draw(_short)),
        kind=draw(st.sampled_from(QuoteKind)),
        speaker=draw(st.none() | speakers(source=source)),
        span=span,
        speaker_span=draw(st.none() | spans(source=source)),
        cue=None if cue_span is None else _slice_text(source, cue_span, draw(_labels)),
        cue_span=cue_span,
    )


@st.composite
def policy_actions(draw: st.DrawFn, *, source: str | None = None) -> PolicyAction:
    """A PolicyAction whose evidence and trigger agree with their spans in ``source``."""
    span = draw(spans(source=source))
    trigger_span = draw(spans(source=source))
    count = draw(st.none() | st.integers(0, 10**6))
    return PolicyAction(
        kind=draw(st.sampled_from(ActionKind)),
        verb=draw(st.none() | _labels),
        trigger=_slice_text(source, trigger_span, draw(_labels)),
        trigger_span=trigger_span,
        actor=draw(st.none() | _labels),
        co_actors=tuple(draw(st.lists(_labels, max_size=3))),
        target=draw(st.none() | _short),
        count=count,
        count_text=None if count is None else str(count),
        unit=draw(st.none() | _labels),
        mode=draw(st.sampled_from(ActionMode)),
        date=draw(st.none() | _dates),
        date_text=draw(st.none() | _labels),
        evidence=_slice_text(source, span, draw(_short)),
        span=span,
        cameo=draw(st.none() | st.from_regex(r"\A[01][0-9]{1,3}\Z")),
        plover=draw(st.none() | st.sampled_from(["SANCTION", "REDUCE", "CONSULT", "AGREE"])),
    )


@st.composite
def datelines(draw: st.DrawFn, *, source: str | None = None) -> Dateline:
    """A Dateline whose text is the slice it claims."""
    span = draw(spans(source=source))
    text = span.slice(source) if source is not None else draw(_short)
    return Dateline(
        place=draw(st.none() | _labels), agency=draw(st.none() | _labels), text=text, span=span
    )


def removals(*, source: str | None = None) -> st.SearchStrategy[Removal]:
    """A Removal inside ``source`` with a reason code."""
    reasons = st.sampled_from(["share-prompt", "comment-form", "caption", "link-junk", "advert"])
    return st.builds(Removal, span=spans(source=source), reason=reasons)


@st.composite
def articles(draw: st.DrawFn, *, source: str | None = None, max_items: int = 4) -> Article:
    """An Article whose every span lies inside ``source``."""
    items = st.lists
    body_paragraphs = draw(items(st.text(min_size=1, max_size=80), max_size=max_items))
    headline = draw(st.none() | _short)
    body = "\n\n".join(body_paragraphs)
    return Article(
        id=Article.content_id(headline, body),
        headline=headline,
        headline_span=draw(st.none() | spans(source=source)),
        summary=tuple(draw(items(_short, max_size=2))),
        dateline=draw(st.none() | datelines(source=source)),
        byline=tuple(draw(items(_labels, max_size=2))),
        contributors=tuple(draw(items(_labels, max_size=2))),
        published=draw(st.none() | _datetimes),
        published_text=draw(st.none() | _short),
        outlet=draw(st.none() | _labels),
        body=body,
        span=draw(spans(source=source)),
        paragraphs=tuple(draw(items(spans(source=source), max_size=max_items))),
        removed=tuple(draw(items(removals(source=source), max_size=max_items))),
        quotes=tuple(draw(items(quotes(source=source), max_size=max_items))),
        speakers=tuple(draw(items(speakers(source=source), max_size=max_items))),
        actions=tuple(draw(items(policy_actions(source=source), max_size=max_items))),
        source=draw(sources()),
    )


@st.composite
def stories(draw: st.DrawFn, *, max_articles: int = 3) -> Story:
    """A Story whose members and mentions point at real articles and items."""
    members_articles = draw(st.lists(articles(max_items=2), min_size=1, max_size=max_articles))
    members = [
        StoryMember(
            article=i,
            relation=Relation.CANONICAL if i == 0 else draw(st.sampled_from(list(Relation)[1:])),
            similarity=1.0 if i == 0 else draw(st.floats(0.0, 1.0)),
            shared_quotes=tuple(q.text for q in article.quotes[:1]),
            shared_actions=tuple(
                f"{a.kind.value}:{a.count}" for a in article.actions[:1] if a.count is not None
            ),
            shared_names=tuple(draw(st.lists(_labels, max_size=2))) if i else (),
        )
        for i, article in enumerate(members_articles)
    ]
    story_quotes = [
        StoryQuote(quote=q, mentions=(Mention(article=i, item=j),))
        for i, article in enumerate(members_articles)
        for j, q in enumerate(article.quotes)
    ]
    story_actions = [
        StoryAction(action=a, mentions=(Mention(article=i, item=j),))
        for i, article in enumerate(members_articles)
        for j, a in enumerate(article.actions)
    ]
    return Story(
        id=members_articles[0].id,
        articles=tuple(members_articles),
        members=tuple(members),
        quotes=tuple(story_quotes),
        speakers=tuple(s for article in members_articles for s in article.speakers),
        actions=tuple(story_actions),
    )


# Pieces of real-looking news text, mixed by `news_pages` into messy pages.
_PAGE_PIECES = (
    "Biden Sanctions Russia And Expels Its Diplomats",
    "WASHINGTON (AP) \u2014 The United States expelled ten Russian diplomats on Thursday.",
    "\u201cWe want a stable, predictable relationship,\u201d Biden said.",
    "\u201cThere was a strong case made,\u201d Sen. John Thune said. \u201cPeople differ.\u201d",
    "'So I'll just reiterate our call,' she added.",
    "White House press secretary Jen Psaki said Biden initiated the call.",
    "According to a senior administration official, the review is under way.",
    "The letter reads: \u201cExisting sanctions don\u2019t reach enough of the right people.",
    'He warned, however, that \u201cif Russia continues, I\u2019m prepared to act".',
    "Read original article here",
    "Leave a Reply",
    "Your email address will not be published.",
    "- Advertisement -spot_img",
    "Omer Messinger | Getty Images News | Getty Images",
    "GOP Sen. John ThuneJohn Randolph ThuneHillicon Valley: a headline MORE (S.D.) spoke.",
    "Thursday, September 28, 2023",
    "By Jane Doe",
    "AFP contributed to this report.",
    "\u00ab Non \u00bb, a dit le ministre.",
    "\u2018Quad\u2019 leaders met \u201cvirtually\u201d \u2026",
)


@st.composite
def news_pages(draw: st.DrawFn, *, max_lines: int = 12) -> str:
    """Page-like text: real news and boilerplate lines, odd spacing and stray characters."""
    lines = draw(st.lists(st.sampled_from(_PAGE_PIECES) | st.text(max_size=30), max_size=max_lines))
    separators = st.sampled_from(["\n", "\n\n", "\n\n\n", "\r\n", " \n\u00a0\n"])
    return "".join(line + draw(separators) for line in lines)

"""Records from a page's parts: each article's body, removals and metadata, and the
extractors (quotes, policy actions) run over its body paragraphs.

The extractors see a :class:`~newsrecords.text.document.Document` in which every removed
span is masked, so nothing they find lies in boilerplate or link junk.
"""

from __future__ import annotations

import datetime as _dt
from collections.abc import Sequence

import attrs
from pydantic import TypeAdapter

from ._record_sharing import share_fields_sets
from .actions.extract import extract_actions
from .models import Article, Dateline, Removal, Source, Span
from .page.classify import ArticleParts
from .quotes.extract import QuoteResult, extract_quotes
from .text.document import Document
from .text.normalize import normalize_text

__all__ = ["Cut", "Wanted", "assemble", "empty_parts"]

Cut = tuple[int, int, str]  # start, end, reason
# An article's paragraph spans validated in one call: about 40% less work than one model
# call per span, and the same frozen Span values.
_SPANS: TypeAdapter[tuple[Span, ...]] = TypeAdapter(tuple[Span, ...])
_NO_QUOTES = QuoteResult((), ())


@attrs.frozen(slots=True)
class Wanted:
    """Which extractors a parse runs."""

    quotes: bool
    indirect: bool
    actions: bool


def empty_parts(start: int, end: int) -> ArticleParts:
    return ArticleParts(
        start=start,
        end=end,
        headline=None,
        outlet=None,
        summary=(),
        byline=(),
        contributors=(),
        published=None,
        published_span=None,
        dateline=None,
        paragraphs=(),
        junk=(),
        removed=(),
    )


def assemble(
    text: str,
    found: Sequence[tuple[ArticleParts, list[Cut]]],
    source: Source,
    published: _dt.datetime | None,
    wanted: Wanted,
    folded: str | None = None,
) -> list[Article]:
    """Build the records; the extractors see a document with every removed span masked."""
    removals: list[list[Cut]] = []
    mask: list[Span] = []
    for parts, page_cuts in found:
        cuts = sorted([*parts.removed, *page_cuts, *((a, b, "link-junk") for a, b in parts.junk)])
        removals.append(cuts)
        mask.extend(Span(start=a, end=b) for a, b, _ in cuts)
    doc = Document.build(text, mask=mask, folded=folded)
    articles: list[Article] = []
    for (parts, _), cuts in zip(found, removals, strict=True):
        paragraphs, body = _body(text, parts, cuts)
        when = parts.published or published
        spans = _SPANS.validate_python([{"start": a, "end": b} for a, b in paragraphs])
        share_fields_sets(spans)
        head = Span(start=parts.headline[0], end=parts.headline[1]) if parts.headline else None
        quotes = (
            extract_quotes(doc, spans, headline=head, indirect=wanted.indirect)
            if wanted.quotes
            else _NO_QUOTES
        )
        actions = extract_actions(doc, spans, published=when) if wanted.actions else ()
        headline = normalize_text(text[slice(*parts.headline)]) if parts.headline else None
        articles.append(
            Article(
                id=Article.content_id(headline, body),
                headline=headline,
                headline_span=Span(start=parts.headline[0], end=parts.headline[1])
                if parts.headline
                else None,
                summary=tuple(normalize_text(text[a:b]) for a, b in parts.summary),
                dateline=_dateline(text, parts),
                byline=parts.byline,
                contributors=parts.contributors,
                published=when,
                published_text=text[slice(*parts.published_span)] if parts.published_span else None,
                outlet=parts.outlet,
                body=body,
                span=Span(start=parts.start, end=parts.end),
                paragraphs=spans,
                removed=tuple(Removal(span=Span(start=a, end=b), reason=r) for a, b, r in cuts),
                quotes=quotes.quotes,
                speakers=quotes.speakers,
                actions=actions,
                source=source,
            )
        )
    return articles


def _body(text: str, parts: ArticleParts, cuts: list[Cut]) -> tuple[list[tuple[int, int]], str]:
    """Each paragraph's span, and the body: paragraph texts minus link junk, normalised."""
    junk = sorted(parts.junk)
    paragraphs: list[tuple[int, int]] = []
    texts: list[str] = []
    at = 0
    for start, end in parts.paragraphs:
        if at < len(junk) and junk[at][0] < end:
            pieces: list[str] = []
            pos = start
            while at < len(junk) and junk[at][0] < end:
                cut_start, cut_end = junk[at]
                pieces.append(text[pos:cut_start])
                pos = max(pos, cut_end)
                at += 1
            pieces.append(text[pos:end])
            clean = normalize_text("".join(pieces))
        else:
            clean = normalize_text(text[start:end])
        if clean:
            paragraphs.append((start, end))
            texts.append(clean)
        else:  # only invisible characters: drop it, but account for it
            cuts.append((start, end, "invisible"))
    cuts.sort()
    return paragraphs, "\n\n".join(texts)


def _dateline(text: str, parts: ArticleParts) -> Dateline | None:
    if parts.dateline is None:
        return None
    place, agency, start, end = parts.dateline
    return Dateline(
        place=place, agency=agency, text=text[start:end], span=Span(start=start, end=end)
    )

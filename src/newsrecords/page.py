"""Turn a scraped page into :class:`~newsrecords.models.Article` records.

The pipeline, one small step per module:

1. **normalise** -- :func:`~newsrecords.normalize.fold` makes a same-length folded copy, so
   every offset found on it indexes the caller's text;
2. **segment** -- :mod:`newsrecords.segment` cuts the page into lines and the lines into
   articles at separators ("Read original article here");
3. **classify** -- :mod:`newsrecords._classify` labels each line of an article: headline,
   summary, date line, byline, contributor line, boilerplate, caption, body paragraph;
4. **assemble** -- this module builds the records and runs the extractors (quotes, policy
   actions) on each article's body paragraphs, over a :class:`~newsrecords._document.Document`
   in which every removed span is masked.

Nothing is lost: every non-blank character of the input lies in some article's ``span`` or
in some ``removed`` span. Page-level removals (separators, archive headers) sit outside every
article's span; each goes into the ``removed`` of the article before it, or of the first
article when it precedes them all.
"""

from __future__ import annotations

import datetime as _dt
import hashlib
from collections.abc import Iterable, Sequence

import attrs
from pydantic import TypeAdapter

from ._classify import ArticleParts, classify_lines
from ._document import Document
from ._record_sharing import share_fields_sets
from .actions import extract_actions
from .boilerplate import RuleLike, compile_rules
from .exceptions import InputTypeError
from .models import Article, Dateline, Removal, Source, Span
from .normalize import fold, fold_double_apostrophes, normalize_text
from .quotes import QuoteResult, extract_quotes
from .segment import Line, PageRemoval, Segment, segment_page, split_lines

__all__ = ["parse_article", "parse_page"]

Rules = Iterable[RuleLike] | None
_Cut = tuple[int, int, str]  # start, end, reason
# An article's paragraph spans validated in one call: about 40% less work than one model
# call per span, and the same frozen Span values.
_SPANS: TypeAdapter[tuple[Span, ...]] = TypeAdapter(tuple[Span, ...])


_NO_QUOTES = QuoteResult((), ())


@attrs.frozen(slots=True)
class _Wanted:
    """Which extractors a parse runs."""

    quotes: bool
    indirect: bool
    actions: bool


def _wanted(double_apostrophes: bool, quotes: bool, indirect: bool, actions: bool) -> _Wanted:
    """The extractor choice of a call, every flag checked to be a ``bool`` first."""
    names = ("double_apostrophes", "quotes", "indirect", "actions")
    for name, value in zip(names, (double_apostrophes, quotes, indirect, actions), strict=True):
        if not isinstance(value, bool):
            raise InputTypeError(f"{name} must be bool, not {type(value).__name__}")
    return _Wanted(quotes=quotes, indirect=indirect, actions=actions)


def _check_text(text: object) -> str:
    if not isinstance(text, str):
        raise InputTypeError.expected("text", text)
    return text


def _check_published(published: object) -> _dt.datetime | None:
    if published is not None and not isinstance(published, _dt.datetime):
        raise InputTypeError(f"published must be datetime or None, not {type(published).__name__}")
    return published


def _source(text: str, name: str | None) -> Source:
    digest = hashlib.sha256(text.encode("utf-8", "surrogatepass")).hexdigest()
    return Source(name=name, sha256=digest)


def parse_page(
    text: str,
    *,
    source: str | None = None,
    published: _dt.datetime | None = None,
    rules: Rules = None,
    double_apostrophes: bool = False,
    quotes: bool = True,
    indirect: bool = True,
    actions: bool = True,
) -> list[Article]:
    """Split a page into articles and parse each one.

    ``published`` is the fallback date for articles without a date line of their own;
    ``rules`` adds boilerplate rules to the defaults (see :mod:`newsrecords.boilerplate`).
    ``double_apostrophes`` reads ``''quoted''`` (a typewriter style of some newspapers) as
    quotation marks; off by default, the pairs are left out of quotes and reported speech.

    ``quotes``, ``indirect`` and ``actions`` choose the extractors that run; each one left
    out is work not done. ``quotes=False`` leaves every article's ``quotes`` and ``speakers``
    empty; ``indirect=False`` keeps quotations and their speakers but skips reported speech
    without quotation marks, which is most of the quote extractor's time (pronouns are then
    resolved among the speakers of quotations alone); ``actions=False`` leaves ``actions``
    empty. Articles, their text and their offsets are the same whatever is chosen.

    Blank text gives ``[]``; a page of nothing but boilerplate gives one article with an empty
    body whose ``removed`` holds it all. A non-``str`` raises ``InputTypeError`` and a
    malformed rule ``RuleError``; a flag that is not a ``bool`` raises ``InputTypeError``.

    >>> page = ("Big news\\n\\nIt happened today.\\n\\nRead original article here\\n\\n"
    ...         "More news\\n\\nAgain.")
    >>> [(a.headline, a.body) for a in parse_page(page)]
    [('Big news', 'It happened today.'), ('More news', 'Again.')]
    """
    text = _check_text(text)
    published = _check_published(published)
    wanted = _wanted(double_apostrophes, quotes, indirect, actions)
    ruleset = compile_rules(rules)
    if not text.strip():
        return []
    folded = _fold(text, double_apostrophes)
    items = segment_page(split_lines(text, folded), ruleset)
    found: list[tuple[ArticleParts, list[_Cut]]] = []
    pending: list[_Cut] = []  # page-level removals seen before the first article
    for item in items:
        if isinstance(item, PageRemoval):
            cuts = [(item.start, item.end, item.reason)]
        else:
            parts = classify_lines(item.lines, ruleset)
            if not parts.empty:
                found.append((parts, pending))
                pending = []
                continue
            cuts = list(parts.removed)
        if found:
            found[-1][1].extend(cuts)
        else:
            pending.extend(cuts)
    if not found:
        if not pending:
            return []
        start = min(c[0] for c in pending)
        end = max(c[1] for c in pending)
        found.append((_empty_parts(start, end), pending))
    return _assemble(text, found, _source(text, source), published, wanted, folded)


def parse_article(
    text: str,
    *,
    source: str | None = None,
    published: _dt.datetime | None = None,
    rules: Rules = None,
    double_apostrophes: bool = False,
    quotes: bool = True,
    indirect: bool = True,
    actions: bool = True,
) -> Article:
    """Parse ``text`` as exactly one article: separators are removed but do not split it.

    Blank text gives an empty article (no headline, empty body, ``span`` of ``0..0``) rather
    than an error, so that a batch of pages never stops on one empty page. The keywords are
    those of :func:`parse_page`.

    >>> a = parse_article("Thursday, September 28, 2023\\n\\nTalks resume | Joe Biden News\\n\\n"
    ...                   "WASHINGTON (AP) — Talks resumed.\\n\\nAFP contributed to this report.")
    >>> a.headline, a.outlet, a.published.date()
    ('Talks resume', 'Joe Biden News', datetime.date(2023, 9, 28))
    >>> a.dateline.place, a.dateline.agency, a.body, a.contributors
    ('WASHINGTON', 'AP', 'Talks resumed.', ('AFP',))
    """
    text = _check_text(text)
    published = _check_published(published)
    wanted = _wanted(double_apostrophes, quotes, indirect, actions)
    ruleset = compile_rules(rules)
    if not text.strip():
        blank: list[tuple[ArticleParts, list[_Cut]]] = [(_empty_parts(0, 0), [])]
        return _assemble(text, blank, _source(text, source), published, wanted)[0]
    folded = _fold(text, double_apostrophes)
    lines: list[Line] = []
    cuts: list[_Cut] = []
    for item in segment_page(split_lines(text, folded), ruleset, split=False):
        if isinstance(item, Segment):
            lines.extend(item.lines)
        else:
            cuts.append((item.start, item.end, item.reason))
    if lines:
        parts = classify_lines(tuple(lines), ruleset)
    else:
        parts = _empty_parts(min(c[0] for c in cuts), max(c[1] for c in cuts))
    return _assemble(text, [(parts, cuts)], _source(text, source), published, wanted, folded)[0]


def _fold(text: str, double_apostrophes: bool) -> str:
    """The folded copy every matcher reads (same length as ``text``)."""
    folded = fold(text)
    return fold_double_apostrophes(folded) if double_apostrophes else folded


def _empty_parts(start: int, end: int) -> ArticleParts:
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


def _assemble(
    text: str,
    found: Sequence[tuple[ArticleParts, list[_Cut]]],
    source: Source,
    published: _dt.datetime | None,
    wanted: _Wanted,
    folded: str | None = None,
) -> list[Article]:
    """Build the records; the extractors see a document with every removed span masked."""
    removals: list[list[_Cut]] = []
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


def _body(text: str, parts: ArticleParts, cuts: list[_Cut]) -> tuple[list[tuple[int, int]], str]:
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

"""Turn a scraped page into :class:`~newsrecords.models.Article` records.

PROVISIONAL: a minimal pipeline (blank-line paragraphs, first block as headline) so the
extractors can be built against a working path. The page-parser work replaces the
segmentation and classification; the assembly contract below stays.
"""

from __future__ import annotations

import datetime as _dt
import hashlib
import re

from ._document import Document
from .actions import extract_actions
from .exceptions import InputTypeError
from .models import Article, Source, Span
from .normalize import normalize_text
from .quotes import extract_quotes

__all__ = ["parse_article", "parse_page"]

_BLOCK = re.compile(r"[^\n]+(?:\n[^\n]+)*")  # runs of non-empty lines


def _check_text(text: object) -> str:
    if not isinstance(text, str):
        raise InputTypeError.expected("text", text)
    return text


def parse_page(
    text: str, *, source: str | None = None, published: _dt.datetime | None = None
) -> list[Article]:
    """Split a page into articles and parse each one; blank text gives ``[]``."""
    text = _check_text(text)
    if not text.strip():
        return []
    return [parse_article(text, source=source, published=published)]


def parse_article(
    text: str, *, source: str | None = None, published: _dt.datetime | None = None
) -> Article:
    """Parse ``text`` as exactly one article."""
    text = _check_text(text)
    doc = Document.build(text)
    blocks = [Span(start=m.start(), end=m.end()) for m in _BLOCK.finditer(text) if m[0].strip()]
    headline_span = blocks[0] if len(blocks) > 1 else None
    paragraphs = tuple(blocks[1:] if headline_span else blocks)
    quotes = extract_quotes(doc, paragraphs)
    actions = extract_actions(doc, paragraphs, published=published)
    headline = normalize_text(headline_span.slice(text)) if headline_span else None
    body = "\n\n".join(normalize_text(p.slice(text)) for p in paragraphs)
    start = blocks[0].start if blocks else 0
    end = blocks[-1].end if blocks else 0
    return Article(
        id=_content_id(headline, body),
        headline=headline,
        headline_span=headline_span,
        published=published,
        body=body,
        span=Span(start=start, end=end),
        paragraphs=paragraphs,
        quotes=quotes.quotes,
        speakers=quotes.speakers,
        actions=actions,
        source=Source(name=source, sha256=hashlib.sha256(text.encode("utf-8", "surrogatepass")).hexdigest()),
    )


def _content_id(headline: str | None, body: str) -> str:
    """A stable id for an article's content: the same words give the same id anywhere."""
    digest = hashlib.sha256(f"{headline or ''}\n\n{body}".encode("utf-8", "surrogatepass"))
    return digest.hexdigest()[:16]

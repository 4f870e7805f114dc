"""Find quotes and attribute them to speakers.

STUB: the quotes-and-speakers work fills this in.
"""

from __future__ import annotations

from collections.abc import Sequence

import attrs

from ._document import Document
from .models import Quote, Span, Speaker

__all__ = ["QuoteResult", "extract_quotes"]


@attrs.frozen(slots=True)
class QuoteResult:
    quotes: tuple[Quote, ...]
    speakers: tuple[Speaker, ...]


def extract_quotes(doc: Document, paragraphs: Sequence[Span]) -> QuoteResult:
    """Quotes in the given paragraphs of one article, with the article's distinct speakers."""
    return QuoteResult((), ())

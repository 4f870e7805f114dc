"""Quotes: quote marks, reporting cues, direct and partial attribution, and reported speech
without quote marks (:mod:`.indirect`). :func:`extract_quotes` runs them over one article.
"""

from .extract import QuoteResult, extract_quotes

__all__ = ["QuoteResult", "extract_quotes"]

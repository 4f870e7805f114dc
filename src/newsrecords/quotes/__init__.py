"""Quotes: quote marks, reporting cues, direct and partial attribution, and reported speech
without quote marks (:mod:`.indirect`). :func:`extract_quotes` runs them over one article.
"""

from ..lexicon.removed import removed_registration
from .extract import QuoteResult, extract_quotes

register_cue_words = removed_registration("register_cue_words", "cue_words")
register_reporting_verbs = removed_registration("register_reporting_verbs", "reporting_verbs")
register_headline_kickers = removed_registration("register_headline_kickers", "headline_kickers")

__all__ = [
    "QuoteResult",
    "extract_quotes",
    "register_cue_words",
    "register_headline_kickers",
    "register_reporting_verbs",
]

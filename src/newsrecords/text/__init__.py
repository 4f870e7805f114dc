"""The text layer: normalising a page, sentences, dates, and one article's text as a document.

Everything here works on plain strings and offsets; nothing knows about quotes or speakers.
"""

from .dates import DateMention, find_dates, resolve_date
from .document import Document
from .normalize import (
    collapse_whitespace,
    fold,
    fold_double_apostrophes,
    normalize_text,
    strip_quote_marks,
)
from .sentences import sentence_spans

__all__ = [
    "DateMention",
    "Document",
    "collapse_whitespace",
    "find_dates",
    "fold",
    "fold_double_apostrophes",
    "normalize_text",
    "resolve_date",
    "sentence_spans",
    "strip_quote_marks",
]

"""A quotation that is the value of a markup attribute (``<a href="...">``, ``<tweet
datetime="2016-06-29">``) is no one's words.

Scraped pages keep embed tags of tweets and links in their text; the quote finder pairs
the attribute's marks like any others, and a cue nearby ("..., he said") would lend the
value a speaker. An attribute's value opens right after its ``=``, where no quotation of
speech ever opens.
"""

from __future__ import annotations

from .marks import QuoteMarks

__all__ = ["is_markup_value"]


def is_markup_value(folded: str, marks: QuoteMarks) -> bool:
    """The opening mark of ``marks`` follows an ``=`` (a markup attribute's value).

    >>> from newsrecords.quotes.marks import find_quote_marks
    >>> t = 'See <a href="http://example.com">this</a>. He said "no."'
    >>> [is_markup_value(t, q) for q in find_quote_marks(t, 0, len(t))]
    [True, False]
    """
    return marks.start > 0 and folded[marks.start - 1] == "="

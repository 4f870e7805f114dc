"""A quoted word that a sentence defines ('"Top secret" is the highest level of
classification') is named, not spoken.

A short quotation that opens its sentence and is then the subject of a defining verb ("is
a", "means the", "refers to a") is a term under discussion: the writer mentions the words,
nobody says them there. The quote before it (often the same words, spoken) keeps its
speaker; this one gets none, though it stands where a quote continuing the last one would.
"""

from __future__ import annotations

import re

from .marks import QuoteMarks

__all__ = ["defines_term"]

_MAX_WORDS = 3  # a term is a word or a short phrase, not a sentence
_DEFINITION = re.compile(
    r"""\x20+                             # the space after the closing mark
    (?:is|was|means|meant|refers\x20to)   # a verb that says what the term is
    \x20+(?:a|an|the)\x20                 # and a noun phrase: what it is
    """,
    re.VERBOSE,
)
_OPENINGS = frozenset({" i", " w", " m", " r"})  # the first letter of each defining verb
_SENTENCE_END = ".!?"  # what ends the sentence before the term (a closing mark may follow)


def defines_term(folded: str, para_start: int, marks: QuoteMarks) -> bool:
    """``marks`` hold a few words, open a sentence of the paragraph starting at
    ``para_start``, and a defining verb with a noun phrase follows them.

    >>> from newsrecords.quotes.marks import find_quote_marks
    >>> t = 'It was marked "top secret," Lee said. "Top secret" is the highest level.'
    >>> [defines_term(t, 0, q) for q in find_quote_marks(t, 0, len(t))]
    [False, True]
    >>> t = 'Lee was asked. "No" is the answer, he said. "Yes is the answer," he said.'
    >>> [defines_term(t, 0, q) for q in find_quote_marks(t, 0, len(t))]
    [True, False]
    """
    if folded[marks.end : marks.end + 2] not in _OPENINGS or not marks.closed:
        return False  # (most quotes: no defining verb starts right after the mark)
    if _DEFINITION.match(folded, marks.end) is None:
        return False
    content = folded[marks.content_start : marks.content_end]
    if content[-1:] in ".,!?" or len(content.split()) > _MAX_WORDS:
        return False
    before = folded[para_start : marks.start].rstrip().rstrip("\"'")
    return not before or before[-1] in _SENTENCE_END

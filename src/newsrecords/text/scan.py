"""Scans of a stretch of the folded text that read it in place, without copying it.

The quote and speaker readers ask these of small windows many times per cue, so they
search the text between two offsets rather than slice it.
"""

from __future__ import annotations

import re

from .sentences import is_abbreviation_stop

__all__ = ["last_char", "only_punct", "sentence_start", "sentence_starts"]

_SENTENCE_END = re.compile(
    r"""
    [.!?]                   # a full stop, question or exclamation mark...
    (?<=[A-Za-z0-9)\]%"'].)  # ...after a word, number or closing mark (checked after
                            # the mark, so the scan can skip to the next [.!?] fast)
    ["')\]]*                # closing marks after the stop belong to the sentence
    (?=\s+["'(\[]?[A-Z0-9])  # and the next sentence opens with a capital or digit
    """,
    re.VERBOSE,
)

# A letter or digit: a word character other than "_", exactly what str.isalnum() accepts
_ALNUM = re.compile(r"[^\W_]")


def only_punct(folded: str, start: int, end: int) -> bool:
    """No letter or digit in ``folded[start:end]`` (a search, not a copy of the range).

    >>> only_punct('," ', 0, 3), only_punct(', he', 0, 4)
    (True, False)
    """
    return _ALNUM.search(folded, start, end) is None


def last_char(folded: str, start: int, end: int) -> str:
    """The last non-space character of ``folded[start:end]`` ("" when blank), found
    without copying the range.

    >>> last_char("he said,  ", 0, 10)
    ','
    """
    i = end - 1
    while i >= start and folded[i].isspace():
        i -= 1
    return folded[i] if i >= start else ""


def sentence_starts(folded: str, start: int, end: int) -> list[int]:
    """Offsets where sentences start in ``folded[start:end]`` (``start`` first), past every
    full stop, question or exclamation mark that ends a word other than an abbreviation
    ("Sen.", "Calif.", "U.S.") or an initial ("G.K.").

    >>> t = "Sen. G.K. Lee left. Sales fell in the U.S. Capitol, he said. Why?"
    >>> [t[s : s + 5] for s in sentence_starts(t, 0, len(t))]
    ['Sen. ', 'Sales', 'Why?']
    """
    starts = [start]
    for m in _SENTENCE_END.finditer(folded, start, end):
        if is_abbreviation_stop(folded, m.start(), start):
            continue
        nxt = m.end()
        while nxt < end and folded[nxt].isspace():
            nxt += 1
        starts.append(nxt)
    return starts


def sentence_start(folded: str, start: int, at: int) -> int:
    """Where the sentence holding ``at`` opens, at or after ``start``.

    >>> t = "Mr. Lee left. Sales fell, he said."
    >>> t[sentence_start(t, 0, 33) : 33]
    'Sales fell, he said'
    """
    return sentence_starts(folded, start, at)[-1]

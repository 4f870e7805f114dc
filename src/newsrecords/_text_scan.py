"""Scans of a stretch of the folded text that read it in place, without copying it.

The quote and speaker readers ask these of small windows many times per cue, so they
search the text between two offsets rather than slice it.
"""

from __future__ import annotations

import re

__all__ = ["last_char", "only_punct"]

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

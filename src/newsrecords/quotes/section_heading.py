"""A paragraph that is one short quotation in single marks, in an article whose quotations
use double marks, is a section heading, not more words of the last speaker.

Newspapers cut a long article into sections headed by a pull phrase in single marks
(``'A fight from start to finish.'`` on a line of its own). A lone quote paragraph
otherwise takes the speaker of the quote before it; a heading must not, and a reader
gives it no speaker. The article's own quotations decide the style: where they are set in
double marks (``"..."`` or ``''...''``), single marks around a whole line are a heading's.
"""

from __future__ import annotations

from .marks import QuoteMarks

__all__ = ["is_section_heading"]

_MAX_WORDS = 10  # a heading is a phrase or a short sentence; a real quote runs longer
_TRAILING = " \t.,;:!?'\u00a0"  # what may follow the closing mark on the heading's line


def _double_style(folded: str, start: int, end: int) -> bool:
    """The article sets quotations in double marks (two of them at least).

    >>> _double_style('He said "yes" then.', 0, 19), _double_style("He said 'yes'.", 0, 14)
    (True, False)
    """
    return folded.count('"', start, end) >= 2 or folded.find("''", start, end) >= 0


def is_section_heading(
    folded: str, marks: QuoteMarks, para_end: int, article: tuple[int, int]
) -> bool:
    """``marks`` open a paragraph (ending at ``para_end``) in a single mark, close it, hold
    a few words, and the ``article`` (start, end) quotes in double marks.

    >>> t = 'Lee said "no" and "yes."\\n\\n\\'A fight to the end.\\'\\n\\nMore.'
    >>> m = QuoteMarks(t.index("'A"), t.index(".'") + 2, t.index("'A") + 1,
    ...                t.index(".'") + 1, True, True)
    >>> is_section_heading(t, m, m.end, (0, len(t)))
    True
    >>> is_section_heading(t.replace('"', "'"), m, m.end, (0, len(t)))
    False
    """
    if not (marks.at_paragraph_start and marks.closed) or folded[marks.start] != "'":
        return False
    if folded[marks.start + 1 : marks.start + 2] == "'":
        return False  # a typewriter double mark, not a single one
    if folded[marks.end : para_end].strip(_TRAILING):
        return False  # words after the quotation: a sentence, not a heading line
    if len(folded[marks.content_start : marks.content_end].split()) > _MAX_WORDS:
        return False
    return _double_style(folded, *article)

"""A partial quote inside the description of the speaker a cue has just named.

'"We lost," said Lena Ortiz, whose new book profiles "rebellious" mayors.': the cue
attributes the quotation before it, and what follows the speaker's name describes her
(a relative clause, an apposition, where and when she spoke). Marks inside that
description are the reporter's (a scare quote, a term, a title), not more of her words, so
the partial quote keeps no speaker. The description speaks for her only through a verb of
its own ('..., said Ortiz, adding that the plan was "sound"', '..., who called it "late"'):
a cue or an "-ing" participle in the stretch keeps the quote hers, and so does a stretch
that ends in punctuation ('..., he said of the plan, "because ..."': the quotation goes on).
"""

from __future__ import annotations

import re

from ..lexicon.compiled import active
from ..speakers.phrases import Mention
from ..text.scan import last_char, only_punct
from .marks import QuoteMarks

__all__ = ["in_speaker_description"]

_PARTICIPLE = re.compile(
    r"""
    \b[a-z]{2,}ing\b   # a lower-case "-ing" word: the speaker goes on doing something
    """,
    re.VERBOSE,
)

_NEW_CLAUSE = re.compile(
    r"""
    ,\x20(?:but|and|yet|so)\x20   # a comma and a conjunction: a clause of its own follows
    """,
    re.VERBOSE,
)


def in_speaker_description(
    folded: str, prev_end: int, attribution: tuple[Mention, tuple[int, int]], q: QuoteMarks
) -> bool:
    """Whether the partial quote ``q`` stands in the description of the speaker whom the
    cue right after the quotation ending at ``prev_end`` names.

    >>> from newsrecords.quotes.attribution import attribute_before
    >>> from newsrecords.quotes.marks import find_quote_marks
    >>> def read(text):
    ...     first, second = find_quote_marks(text, 0, len(text))[:2]
    ...     found = attribute_before(text, first.end, second.start)
    ...     return found is not None and in_speaker_description(text, first.end, found, second)
    >>> read('"We lost," said Lena Ortiz, whose book profiles "rebellious" mayors.')
    True
    >>> read('"We lost," said Lena Ortiz, adding that the plan was "sound."')
    False
    >>> read('"We lost," Ortiz said of the plan, "because it came too late."')
    False
    """
    mention, cue = attribution
    first = min(mention.span.start, cue[0])
    if first < prev_end or not only_punct(folded, prev_end, first):
        return False  # the cue does not attribute the quotation before
    lo = max(mention.span.end, cue[1])
    if lo >= q.start or only_punct(folded, lo, q.start):
        return False  # nothing between the attribution and the quote
    if last_char(folded, lo, q.start) in (",", ":", ";", "."):
        return False  # '..., he said of the plan, "because ...": the quotation goes on
    if _NEW_CLAUSE.search(folded, lo, q.start):
        return False  # '..., says Ortiz, but she was shocked by the "loophole"': a clause
    if _PARTICIPLE.search(folded, lo, q.start):
        return False  # '..., said Ortiz, calling it "late"'
    return active().reporting_pattern.search(folded, lo, q.start) is None

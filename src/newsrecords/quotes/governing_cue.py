"""Which of several cues governs a quote: the one of its own clause, not the nearest one.

A reader gives a quote to the cue whose report holds it. The nearest verb after a quote
can belong to another sentence ('Ortiz called the plan "reckless." Lee said he was
unsure.': Ortiz's words, not Lee's) or to a clause of its own joined by "and"; a cue at
the end of a sentence governs every quotation of the list before it ('words like "maybe"
and "perhaps", he told reporters'). Each rule here reads the sentence structure around
the quote (sentence ends, coordinators, the order of quote and cue), never a phrase list.
"""

from __future__ import annotations

import re

from ..models import QuoteKind
from ..speakers.phrases import Mention
from .attribution import Found, attribute_before

__all__ = ["list_joined", "own_sentence_first", "share_final_cue"]


Attribution = tuple[Mention, tuple[int, int]]


def own_sentence_first(
    folded: str, found: Attribution | None, next_sentence: int, before_start: int, at: int
) -> Attribution | None:
    """``found``, the attribution read after a quote opening at ``at``, unless its cue lies
    in the next sentence (at or past ``next_sentence``) while the quote's own sentence,
    from ``before_start``, has a cue before the quote: that cue reports it.

    >>> from newsrecords.speakers.phrases import mention_before
    >>> t = 'Ortiz called the plan "reckless." Lee said he was unsure.'
    >>> later = (mention_before(t, 34, 37), (38, 42))
    >>> own_sentence_first(t, later, 34, 0, 22)[0].name
    'Ortiz'
    >>> own_sentence_first(t, later, 60, 0, 22)[0].name  # the cue is in its own sentence
    'Lee'
    """
    if found is None or found[1][0] < next_sentence:
        return found
    return attribute_before(folded, before_start, at) or found


# What may stand between two quotations of one list: a comma, "and" / "or" (with a
# comma before them or not) and nothing else.
_LIST_GAP = re.compile(
    r"""
    \s*,?\s*             # an optional comma between the quotations
    (?:(?:and|or)\s+)?   # an optional coordinator before the second one
    \Z                   # and nothing else
    """,
    re.VERBOSE,
)


def list_joined(folded: str, end: int, start: int) -> bool:
    """Whether the stretch from one quotation's close (``end``) to the next one's opening
    (``start``) joins them as items of one list: ' and ', ', ', ', or '.

    >>> t = 'words like "maybe" and "perhaps", he said'
    >>> list_joined(t, 18, 23), list_joined('"a" to "b"', 3, 7)
    (True, False)
    """
    gap = folded[end:start]
    return len(gap) <= 8 and _LIST_GAP.match(gap) is not None


def share_final_cue(folded: str, items: list[Found]) -> None:
    """Give the quotations of a list the cue that follows the last of them: in 'words
    like "maybe" and "perhaps", he told reporters' both are his, whoever the sentence's
    subject is. A quotation with a cue of its own keeps it; ``items`` are one
    paragraph's quotes in order, changed in place.

    >>> from newsrecords.models import SpeakerKind
    >>> from newsrecords.quotes.marks import QuoteMarks
    >>> t = 'Voters fear "maybe" and "perhaps", Lee said.'
    >>> a = Found(QuoteKind.PARTIAL, 13, 18, 0, key=("voters", SpeakerKind.GROUP))
    >>> b = Found(QuoteKind.PARTIAL, 25, 32, 0, key=("lee", SpeakerKind.PERSON), cue=(39, 43))
    >>> a.marks = QuoteMarks(12, 19, 13, 18, True, False)
    >>> b.marks = QuoteMarks(24, 33, 25, 32, True, False)
    >>> share_final_cue(t, [a, b]); a.key
    ('lee', <SpeakerKind.PERSON: 'person'>)
    """
    for k in range(len(items) - 2, -1, -1):
        item, nxt = items[k], items[k + 1]
        if (
            item.cue is None
            and nxt.cue is not None
            and item.marks is not None
            and nxt.marks is not None
            and item.kind is QuoteKind.PARTIAL
            and nxt.cue[0] >= nxt.marks.end
            and list_joined(folded, item.marks.end, nxt.marks.start)
        ):
            item.key, item.mention, item.cue = nxt.key, nxt.mention, nxt.cue

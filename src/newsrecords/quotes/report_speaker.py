"""A partial quote inside reported speech takes the report's speaker.

'Cruz warned that the party was "growing nervous" about him': the words in quotes are part
of what Cruz is reported to have said, so a reader attributes them to Cruz, though no cue
stands next to the quote. The report is read by the indirect-speech finder
(:mod:`.indirect`) over the quote's sentence; the quote counts as inside it when the
report's content holds the whole quotation. Scare quotes, names and titles never get here
(:mod:`.terms` rules them out first), and a report read through a passive or with no
speaker phrase gives nothing.
"""

from __future__ import annotations

import re

from ..lexicon.grammar_words import PREPOSITIONS, SUBORDINATORS
from ..lexicon.speaker_words import LOOSE_DETERMINERS
from ..speakers.book import SpeakerBook
from ..text.document import Document
from .attribution import Found
from .indirect import find_all_indirect
from .marks import QuoteMarks

__all__ = ["holding_report", "inside_report", "modifier_quote"]

# Words that may follow a quoted modifier without making it one: they open a phrase or a
# clause of their own ('the "presumptive nominee" even as', 'a "mini-Dubai" in the making').
_PHRASE_OPENERS = frozenset(
    PREPOSITIONS | SUBORDINATORS | {"that", "which", "who", "and", "or", "but", "even", "than"}
)
_NEXT_WORD = re.compile(
    r"""\x20+        # the space after the closing mark (no comma: the phrase goes on)
    ([a-z]+)\b     # a lower-case word: the noun the quote modifies, or a phrase opener
    """,
    re.VERBOSE,
)
_MODIFIER_WORDS = 2  # words of a quote short enough to be a quoted modifier


def modifier_quote(folded: str, q: QuoteMarks) -> bool:
    """A short quote between a determiner and the noun it modifies ('pushed the "gun
    violence" narrative', 'a "provisional" period'): a scare quote inside a noun phrase,
    the reporter's marks on a word, not the report's words.

    >>> from newsrecords.quotes.marks import find_quote_marks
    >>> def read(text):
    ...     return modifier_quote(text, find_quote_marks(text, 0, len(text))[0])
    >>> read('They pushed the "gun violence" narrative.'), read('It is the "best plan" of all.')
    (True, False)
    >>> read('He said it was "a disaster" for them.')
    False
    """
    words = folded[q.content_start : q.content_end].split()
    if not words or len(words) > _MODIFIER_WORDS:
        return False
    before = folded[max(0, q.start - 40) : q.start].lower().split()[-2:]
    if not any(w in LOOSE_DETERMINERS or w == "its" for w in before):
        return False
    after = _NEXT_WORD.match(folded, q.end)
    return after is not None and after[1] not in _PHRASE_OPENERS


def inside_report(content: tuple[int, int], q: QuoteMarks) -> bool:
    """Whether a report's ``content`` holds the whole quotation ``q`` (its marks included,
    or the closing mark just past the content's end, as a clause end may cut it).

    >>> from newsrecords.quotes.marks import find_quote_marks
    >>> text = 'Cruz warned that the party was "growing nervous" about him.'
    >>> q = find_quote_marks(text, 0, len(text))[0]
    >>> inside_report((17, 58), q), inside_report((40, 58), q)
    (True, False)
    """
    start, end = content
    return start <= q.start and q.content_end <= end


def holding_report(
    doc: Document, sent_start: int, sent_end: int, q: QuoteMarks, index: int, book: SpeakerBook
) -> Found | None:
    """The report of the sentence from ``sent_start`` to ``sent_end`` whose content holds
    the partial quote ``q`` and whose speaker phrase stands before the quote: the innermost
    one when reports nest ("X said Y argued that "Z""), or None."""
    if modifier_quote(doc.folded, q):
        return None
    holding = None
    for report in find_all_indirect(doc, sent_start, sent_end, index, book):
        mention = report.mention
        if (
            mention is None
            or report.key is None
            or mention.span.end > q.start
            or not inside_report((report.start, report.end), q)
        ):
            continue
        holding = report
    return holding

"""Quotations that no speaker of the article says in their own voice: a section heading in
single marks (:mod:`.section_heading`), a quote inside a typewriter quotation
(:mod:`.inner_quotes`), a markup attribute's value (:mod:`.markup_value`), a term a
sentence defines (:mod:`.term_definition`) and a quote in a headline's deck
(:mod:`.deck_line`). Whatever speaker the rules before gave them is taken back, so the
precision of attributed quotes is not spent on words nobody said there.
"""

from __future__ import annotations

from collections.abc import Sequence

from ..models import QuoteKind, Span
from .attribution import Found
from .deck_line import is_deck_line
from .inner_quotes import inside_typewriter_quotation, single_mark_at
from .markup_value import is_markup_value
from .section_heading import is_section_heading
from .term_definition import defines_term

__all__ = ["clear_unspoken"]


def clear_unspoken(found: Sequence[Found], folded: str, lines: Sequence[Span]) -> None:
    """Take the speaker from each heading line and each quote inside a quote in ``found``
    (the article's quotes, with ``lines`` the paragraphs their ``paragraph`` indexes).

    >>> from newsrecords.models import SpeakerKind
    >>> from newsrecords.quotes.marks import QuoteMarks
    >>> t = "''She told me, 'Go home,' and I did,'' Lee said."
    >>> m = QuoteMarks(15, 25, 16, 23, True, False)
    >>> f = Found(QuoteKind.DIRECT, 16, 23, 0, m, key=("Lee", SpeakerKind.PERSON))
    >>> clear_unspoken([f], t, [Span(start=0, end=len(t))])
    >>> f.key is None
    True
    """
    if not lines:
        return
    article = (lines[0].start, lines[-1].end)
    deck = is_deck_line(folded, lines[0])
    for item in found:
        marks = item.marks
        if item.key is None or marks is None or item.kind is QuoteKind.INDIRECT:
            continue
        if not 0 <= item.paragraph < len(lines):
            continue  # a headline's quote (no body paragraph)
        para = lines[item.paragraph]
        heading = item.cue is None and is_section_heading(folded, marks, para.end, article)
        inner = single_mark_at(folded, marks.start) and inside_typewriter_quotation(
            folded, para.start, para.end, item.start, item.end
        )
        if (
            heading
            or inner
            or (deck and item.paragraph == 0)
            or is_markup_value(folded, marks)
            or defines_term(folded, para.start, marks)
        ):
            item.key = None
            item.mention = None

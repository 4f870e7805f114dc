"""Quotes and paragraphs: the paragraphs a quote extractor reads, and the speaker a quote
carries over a paragraph break.

A scraped page may mark paragraphs by single newlines; its lines are then paragraphs of
their own, and a quote at the start of one is a continuation of the speaker before it,
as news sets a long quotation over several paragraphs.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from ..models import QuoteKind, Span
from .attribution import Found
from .terms import title_case

__all__ = ["inherit_across_paragraphs", "line_paragraphs"]


def inherit_across_paragraphs(found: list[Found], folded: str) -> None:
    """A lone quote paragraph takes the speaker of the attributed quote just before it;
    a quote left open at a paragraph's end takes the speaker of the one that carries on.

    >>> from newsrecords.models import SpeakerKind
    >>> from newsrecords.quotes.marks import QuoteMarks
    >>> t = '"We will rebuild," Lee said.\\n\\n"And we will start now."'
    >>> key = ("Lee", SpeakerKind.PERSON)
    >>> first = Found(QuoteKind.DIRECT, 1, 16, 0, QuoteMarks(0, 17, 1, 16, True, True), key=key)
    >>> s = t.index('"And')
    >>> second = Found(QuoteKind.DIRECT, s + 1, len(t) - 1, 1,
    ...                QuoteMarks(s, len(t), s + 1, len(t) - 1, True, True))
    >>> inherit_across_paragraphs([first, second], t)
    >>> second.key == key
    True
    """
    for k, item in enumerate(found):
        if item.key is not None or item.marks is None or item.kind is not QuoteKind.DIRECT:
            continue
        if title_case(folded[item.start : item.end].split()):
            continue  # a heading in quotes, not more words from the last speaker
        if not item.marks.at_paragraph_start:
            continue
        prev = found[k - 1] if k else None
        if prev is not None and prev.key is not None and prev.paragraph == item.paragraph - 1:
            item.key = prev.key
    for k in range(len(found) - 2, -1, -1):
        item, nxt = found[k], found[k + 1]
        if (
            item.key is None
            and item.marks is not None
            and not item.marks.closed
            and nxt.key is not None
            and nxt.paragraph == item.paragraph + 1
            and nxt.marks is not None
            and nxt.marks.at_paragraph_start
        ):
            item.key = nxt.key


_LINE_BREAK = re.compile(
    r"""
    (?<=[.?!:"'])[\x20]*\n   # a line that ends a sentence or a quotation...
    (?=[\x20]*["'A-Z])        # ...followed by one that opens like a paragraph
    """,
    re.VERBOSE,
)


def line_paragraphs(folded: str, paragraphs: Sequence[Span]) -> list[Span]:
    """Split paragraphs whose lines are paragraphs themselves (single-newline pages);
    a hard-wrapped sentence stays whole because its lines do not end a sentence.

    >>> t = 'Lee spoke.\\n"We will win," she said.\\nA wrapped\\nline.'
    >>> [t[p.start : p.end] for p in line_paragraphs(t, [Span(start=0, end=len(t))])]
    ['Lee spoke.', '"We will win," she said.', 'A wrapped\\nline.']
    """
    out: list[Span] = []
    for para in paragraphs:
        if folded.find("\n", para.start, para.end) < 0:
            if folded[para.start : para.end].strip():
                out.append(para)  # one line: nothing to split (most paragraphs)
            continue
        pos = para.start
        for m in _LINE_BREAK.finditer(folded, para.start, para.end):
            if folded[pos : m.start()].strip():
                out.append(Span(start=pos, end=m.start()))
            pos = m.end()
        if folded[pos : para.end].strip():
            out.append(Span(start=pos, end=para.end))
    return out

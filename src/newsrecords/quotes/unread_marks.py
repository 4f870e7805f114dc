"""Quoted words in marks the quote finder does not read: reported speech by their attribution.

Some newspapers set quotations in the typewriter style ``''quoted,'' he said``. Unless a
parse is told to read two apostrophes as quote marks (``double_apostrophes``), they are no
quote marks, and the words between them were left with no record: the cue after them was
skipped as "the attribution of a quote the marks finder missed". A reader still knows who
spoke. So a sentence that opens with such a quotation and closes on an attribution
(``''...,'' Mr. Lew said``, ``''...,'' said Ann Lewis, a longtime adviser``) gives a
reported-speech record of the quoted words with that speaker, and a quotation that carries
straight on after it in the paragraph (``... said X. ''More words.''``) is the same
speaker's. The cue is then used: the indirect reader does not read it again, so the words
after a closing attribution are not taken for what was said.
"""

from __future__ import annotations

import re

from ..models import QuoteKind, Span
from ..speakers.book import SpeakerBook
from ..text.scan import last_char, only_punct, sentence_start, sentence_starts
from .attribution import Found, attribute_after, attribute_before

__all__ = ["typewriter_pairs", "unread_quotations"]

_TWO_APOSTROPHES = re.compile(
    r"""
    (?<!')''(?!')   # exactly two apostrophes: the typewriter double quote mark
    | '''           # three: a closing one after an inner single mark ("...by that?'''")
    """,
    re.VERBOSE,
)
_SENTENCE_END = frozenset({"", ".", "?", "!", ":"})  # what may stand before an opening mark
_ATTRIBUTIVE = frozenset({",", "!", "?"})  # a quotation's last mark before its attribution
_INTRODUCING = frozenset({",", ":"})  # what ends a cue that introduces a quotation


def typewriter_pairs(folded: str, start: int, end: int) -> list[tuple[int, int, int, int]]:
    """Each ``''...''`` pair in ``folded[start:end]``, in order, as (opening mark, content
    start, content end, closing mark end); an odd mark left over pairs with nothing.

    >>> t = "''A,'' he said. ''B.''"
    >>> [t[b:c] for _, b, c, _ in typewriter_pairs(t, 0, len(t))]
    ['A,', 'B.']
    """
    marks = list(_TWO_APOSTROPHES.finditer(folded, start, end))
    return [
        (opening.start(), opening.end(), closing.start(), closing.end())
        for opening, closing in zip(marks[::2], marks[1::2], strict=False)
    ]


def _opens_sentence(folded: str, start: int, at: int) -> bool:
    """Only the end of a sentence, or nothing, stands before ``at`` since ``start``.

    >>> _opens_sentence("He left. ''A''", 0, 9), _opens_sentence("He said ''A''", 0, 8)
    (True, False)
    """
    return last_char(folded, start, at) in _SENTENCE_END


def unread_quotations(folded: str, para: Span, index: int, book: SpeakerBook) -> list[Found]:
    """Reported speech for the ``''quoted''`` words of one paragraph that a closing
    attribution names, and for the quotations that carry on right after them.

    >>> t = "''We will win,'' Mr. Lew said. ''It is time.''"
    >>> book = SpeakerBook(t, 0, len(t), t)
    >>> found = unread_quotations(t, Span(start=0, end=len(t)), 0, book)
    >>> [(t[f.start : f.end], f.mention and f.mention.text) for f in found]
    [('We will win', 'Mr. Lew'), ('It is time.', 'Mr. Lew')]
    """
    s, e = para.start, para.end
    if folded.find("''", s, e) < 0:
        return []  # most paragraphs: no typewriter marks at all
    pairs = typewriter_pairs(folded, s, e)
    out: list[Found] = []
    tail = -1  # where the last record's attribution ends (-1: no record to carry on)
    for k, (opening, c_start, c_end, close) in enumerate(pairs):
        if not _opens_sentence(folded, s, opening):
            # "Mr. Smith wrote, ''...''": a cue before the quotation, set off by a comma
            introduced = _introduced(folded, s, opening, c_start, c_end, index, book)
            if introduced is not None:
                out.append(introduced)
            tail = -1
            continue
        stop = pairs[k + 1][0] if k + 1 < len(pairs) else e
        attributed = _attributed(folded, c_start, c_end, close, stop, index, book)
        if attributed is not None:
            found, tail = attributed
        elif tail >= 0 and only_punct(folded, tail, opening):
            # "... said X. ''More words.''": the same speaker carries on
            last = out[-1]
            found = Found(QuoteKind.INDIRECT, c_start, c_end, index, key=last.key)
            found.mention, found.cue, tail = last.mention, last.cue, close
        else:
            tail = -1
            continue
        out.append(found)
    return out


def _introduced(
    folded: str, s: int, opening: int, c_start: int, c_end: int, index: int, book: SpeakerBook
) -> Found | None:
    """The record of quoted words that a cue introduces before their opening mark
    ("he wrote, ''...''", "X said: ''...''"); None when no cue with a speaker does.

    >>> t = "In a memo, Ann Lee wrote, ''We are ready.''"
    >>> book = SpeakerBook(t, 0, len(t), t)
    >>> found = _introduced(t, 0, 26, 28, 41, 0, book)
    >>> t[found.start : found.end], found.mention.text
    ('We are ready.', 'Ann Lee')
    """
    if last_char(folded, s, opening) not in _INTRODUCING:
        return None
    attribution = attribute_before(folded, sentence_start(folded, s, opening), opening)
    if attribution is None:
        return None
    mention, cue = attribution
    found = Found(QuoteKind.INDIRECT, c_start, c_end, index, key=book.resolve(mention))
    found.mention, found.cue = mention, cue
    return found


def _attributed(
    folded: str, c_start: int, c_end: int, close: int, stop: int, index: int, book: SpeakerBook
) -> tuple[Found, int] | None:
    """The record of quoted words ``folded[c_start:c_end]`` whose closing mark ends at
    ``close``, when an attribution follows in the same sentence (before ``stop``, the
    next quotation), with where that sentence ends; else None."""
    attributive = last_char(folded, c_start, c_end) in _ATTRIBUTIVE
    starts = sentence_starts(folded, close, stop)
    end = starts[1] if len(starts) > 1 else stop
    attribution = attribute_after(folded, close, end, attributive)
    if attribution is None:
        return None
    mention, cue = attribution
    while c_end > c_start and folded[c_end - 1] in ", ":
        c_end -= 1  # "We will win," -> "We will win": the comma belongs to the attribution
    found = Found(QuoteKind.INDIRECT, c_start, c_end, index, key=book.resolve(mention))
    found.mention, found.cue = mention, cue
    return found, end

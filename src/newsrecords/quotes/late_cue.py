"""A cue after a quote that stands past the speaker named right after it: behind a long
description of that speaker ('"...," Anne Richards, assistant secretary of state for
population, refugees, and migration, said') or at the end of a passive ('"...,"
Braynard is quoted as saying', '"...," she can be heard saying').

:func:`~.attribution.attribute_after` reads the words between a quote and its cue as one
speaker phrase, with an appositive of at most one comma-bounded part; a description that
holds a list of its own, or a cue written "is quoted as saying", leaves the quote with no
speaker. A reader takes the phrase right after the quote as its speaker in both shapes,
so this reading runs only for a quote that has none.
"""

from __future__ import annotations

import re

from ..lexicon.compiled import active
from ..speakers.phrases import Mention, mention_after, mention_before
from ..text.scan import only_punct

__all__ = ["late_cue"]

_REACH = 220  # characters after a quote its speaker, description and cue may run
_DESCRIPTION_MAX = 170  # characters of a description between the speaker and its cue
_PASSIVE_SAYING = re.compile(
    r"""
    \s(?:is|was|were|are|has\x20been|had\x20been|can\x20be|could\x20be)  # a passive...
    \s+((?:quoted\s+as|heard|overheard|recorded|seen|filmed)  # ...of quoting or hearing
    \s+saying)\b                                            # ...then the words' cue
    """,
    re.VERBOSE,
)
_NAMED_PARTNER = re.compile(
    r"""
    \s(?:and|&)\s+[A-Z]  # "..., and Lena Ortiz, ...": a second speaker, not a description
    """,
    re.VERBOSE,
)


def late_cue(folded: str, start: int, end: int) -> tuple[Mention, tuple[int, int]] | None:
    """The speaker and cue of a quote ending at ``start`` whose cue stands past a long
    description of the speaker or ends a passive, within ``folded[start:end]`` (the rest
    of the quote's sentence); None for any other shape.

    >>> t = ' Anne Richards, head of health, schools, and roads, said.'
    >>> found = late_cue(t, 0, len(t))
    >>> found[0].name, t[found[1][0] : found[1][1]]
    ('Anne Richards', 'said')
    >>> t = ' Tom Riggs is quoted as saying.'
    >>> late_cue(t, 0, len(t))[0].name
    'Tom Riggs'
    >>> late_cue(' the mayor, who ran, said.', 0, 26) is None
    True
    """
    stop = min(end, start + _REACH)
    if " saying" in folded[start:stop]:
        passive = _passive_saying(folded, start, stop)
        if passive is not None:
            return passive
    if folded.find(",", start, stop) < 0:
        return None
    return _described_speaker(folded, start, stop)


def _passive_saying(folded: str, start: int, stop: int) -> tuple[Mention, tuple[int, int]] | None:
    """'"...," Braynard is quoted as saying', '"...," she can be heard saying': the phrase
    before the auxiliary speaks.

    >>> t = ' he was quoted as saying in 1990.'
    >>> _passive_saying(t, 0, len(t))[0].text
    'he'
    >>> t = ' Lena Ortiz was overheard saying.'
    >>> found = _passive_saying(t, 0, len(t))
    >>> found[0].name, t[found[1][0] : found[1][1]]
    ('Lena Ortiz', 'overheard saying')
    """
    passive = _PASSIVE_SAYING.search(folded, start, stop)
    if passive is None:
        return None
    mention = mention_before(folded, start, passive.start())
    if mention is None or not only_punct(folded, start, mention.span.start):
        return None  # the phrase must follow the quote: no clause between them
    return mention, (passive.start(1), passive.end())


def _described_speaker(
    folded: str, start: int, stop: int
) -> tuple[Mention, tuple[int, int]] | None:
    """'"...," NAME, DESCRIPTION, said': a personal name right after the quote, a
    description set off by commas with no quotation, clause end or second name in it,
    then a cue of saying after the description's closing comma.

    >>> t = ' Lena Ortiz, a clerk, a poet, and a mother, added.'
    >>> _described_speaker(t, 0, len(t))[0].name
    'Lena Ortiz'
    >>> t = ' Lena Ortiz, a clerk, and Tom Riggs, a poet, said.'
    >>> _described_speaker(t, 0, len(t)) is None
    True
    """
    mention = mention_after(folded, start, stop)
    if (
        mention is None
        or mention.head != "name"
        or not only_punct(folded, start, mention.span.start)
        or folded[mention.span.end : mention.span.end + 1] != ","
    ):
        return None
    cue = active().cue_pattern.search(folded, mention.span.end, stop)
    if cue is None or cue[0].endswith("ing") or cue[0].lower() in active().speaker_after:
        return None  # no cue, or a participle or "according to": another shape
    description = folded[mention.span.end : cue.start()]
    if (
        len(description) > _DESCRIPTION_MAX
        or not description.rstrip().endswith(",")
        or any(mark in description for mark in '";!?')
        or _NAMED_PARTNER.search(description) is not None
    ):
        return None
    return mention, (cue.start(), cue.end())

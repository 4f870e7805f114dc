"""The antecedent of a pronoun that opens a reported clause: the subject of the cue
right before it ("but Trump said he responded": "he" is Trump, not the sentence's first
subject "His wife").

The sentence's subject is the usual antecedent of a "he" / "she" later in the sentence,
but a reader takes the nearest reporting clause first: in "X said he", the pronoun is
the subject of what X reports, and mostly X. The rule reads the order of subject, cue
and pronoun only; gender is checked by the speaker book as for any antecedent.
"""

from __future__ import annotations

import re

from ..lexicon.compiled import active
from ..lexicon.grammar_words import PREPOSITIONS
from ..models import SpeakerKind
from .phrases import Mention, mention_before

__all__ = ["reporting_subject"]

_REACH = 40  # characters before the pronoun searched for its cue ("said that he")
_CUE_TO_PRONOUN = re.compile(
    r"""
    \s+            # the cue's end, a space...
    (?:that\s+)?   # ...an optional "that"...
    \Z             # ...and then the pronoun
    """,
    re.VERBOSE,
)
_SUBJECT_HEADS = frozenset({"name", "role"})  # subjects a "he" / "she" may stand for


def reporting_subject(folded: str, sent_start: int, pronoun: Mention) -> Mention | None:
    """The name or role that reports the clause a person pronoun opens ("Trump said he",
    "the mayor says that she"), None when no cue stands right before the pronoun.

    >>> import attrs
    >>> from newsrecords.speakers.phrase_reader import Offsets
    >>> t = "His wife warned him, but Trump said he responded"
    >>> he = Mention(Offsets(36, 38), "he", None, "pronoun", SpeakerKind.PERSON, noun="he")
    >>> reporting_subject(t, 0, he).name
    'Trump'
    >>> reporting_subject("He responded", 0, attrs.evolve(he, span=Offsets(0, 2))) is None
    True
    """
    at = pronoun.span.start
    if pronoun.head != "pronoun" or pronoun.kind is not SpeakerKind.PERSON or at <= sent_start:
        return None
    lo = max(sent_start, at - _REACH)
    cue = None
    for m in active().cue_pattern.finditer(folded, lo, at):
        cue = m
    if cue is None or not _CUE_TO_PRONOUN.match(folded[cue.end() : at]):
        return None
    subject = mention_before(folded, sent_start, cue.start())
    if subject is None or subject.head not in _SUBJECT_HEADS:
        return None
    if folded[subject.span.end : cue.start()].strip():
        return None  # (only a subject right before its cue: "X said", not "X, who said")
    before = folded[max(sent_start, subject.span.start - 12) : subject.span.start].split()
    if before and (before[-1].endswith(",") or before[-1].lower() in PREPOSITIONS):
        return None  # "Baker of Columbia, South Carolina says she": no subject of its own
    return subject

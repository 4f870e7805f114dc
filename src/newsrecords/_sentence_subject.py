"""The subject that opens a sentence, read as a speaker phrase.

A quote or cue with no speaker phrase of its own takes its sentence's subject ("Sanders,
a senator from Vermont, rallied ... saying"), reached past a dateline, an opening
conjunction, fronted adverbials and up to three opening phrases ("On July 6, 2015,
Sanders made ..."). A subject counts only with a verb after it.
"""

from __future__ import annotations

import re

from ._speaker_phrase import bare_word
from ._speaker_words import US_STATES
from ._text_scan import only_punct
from .speakers import Mention, mention_after

__all__ = ["VERB_AFTER_SUBJECT", "sentence_subject", "verb_follows_subject"]

VERB_AFTER_SUBJECT = re.compile(
    r"""
    \s+(?:also\s+|then\s+|[a-z]+ly\s+)?  # an adverb may come between: "openly admires"
    (?:[a-z]+(?:ed|s)                    # a verb in the past or the present tense
      | would|will|could|can|should|might|must|had|did|have|are|were  # or an auxiliary
      | took|made|gave|went|came|told|said|got|put|set|ran|saw|wrote|spoke|left|kept
      | held|brought|thought|found|sent|won|lost|met|paid|became|began|chose|drew|fell
      | felt|fought|heard|knew|led|let|read|sought|stood|struck|swore|threw|wore|sang
    )\b                                  # (or a common irregular past)
    """,
    re.VERBOSE,
)
_CONJUNCTION = re.compile(r"\s*(?:But|And|Yet|So|However|Still|Now|Then),?\s+")  # "But he ..."
_DATELINE = re.compile(
    r"""
    (?:[A-Z][A-Z.]+(?:\x20[A-Z][A-Z.]+)*    # a place in capitals: "LA CROSSE"
      (?:,\x20[A-Z][a-z]{1,4}\.(?:\x20\d{1,2})?)?  # ", Wisc." or ", Dec. 8"
      (?:\x20\([A-Za-z]{2,10}\))?           # " (UPI)"
    | [A-Z][a-z]+\x20\([A-Za-z]{2,10}\)     # or "Washington (AFP)"
    )
    \x20+-{1,2}\x20+                       # then a dash before the story
    """,
    re.VERBOSE,
)


def verb_follows_subject(folded: str, at: int) -> bool:
    """A verb right after a subject, past an appositive set off by commas."""
    if folded[at : at + 1] == ",":
        close = folded.find(",", at + 1, at + 120)
        if close < 0:
            return False
        at = close + 1
    return VERB_AFTER_SUBJECT.match(folded, at, at + 40) is not None


def sentence_subject(folded: str, start: int, end: int) -> Mention | None:
    """The speaker phrase opening a sentence, after an opening phrase such as "At a
    rally," when there is one."""
    dateline = _DATELINE.match(folded, start, end)
    if dateline is not None:
        start = dateline.end()  # "WASHINGTON, Dec. 8 (UPI) - Clinton's aide rallied ..."
    opener = _CONJUNCTION.match(folded, start, end)
    if opener is not None:
        start = opener.end()  # "But he told ..."
    subject = mention_after(folded, start, end)
    if (
        subject is not None
        and subject.head == "name"
        and (
            subject.text.split(None, 1)[0].endswith("ing")  # "Painting Trump as a threat"
            or (
                " " not in subject.text
                and subject.text.endswith("s")
                and not verb_follows_subject(folded, subject.span.end)
            )
        )
    ):
        # "Seeking to energize voters, X ...", "Preys on ...": a verb, not a name (but
        # "Sanders has pushed" and "Sanders, a senator from Vermont, rallied" are one)
        subject = None
    if (
        subject is not None
        and subject.head == "name"
        and " " not in subject.text
        and not verb_follows_subject(folded, subject.span.end)
    ):
        # "Early in his campaign, Trump attacked", "Publicly, the nominee feuds": a lone
        # capitalised word with no verb after it, and a subject with one past the comma;
        # the word opens a fronted adverbial, the phrase past the comma is the subject
        fronted = _after_fronted_phrase(folded, subject.span.end, end)
        if fronted is not None:
            return fronted
    # "On July 6, 2015, Sanders made ...": the subject follows up to three opening phrases
    comma = start - 1
    for _ in range(3):
        if subject is not None:
            break
        comma = folded.find(",", comma + 1, min(end, start + 100))
        if comma < 0:
            break
        subject = mention_after(folded, comma + 1, end)
        if subject is not None and not only_punct(folded, comma + 1, subject.span.start):
            return None
        if subject is not None and (
            folded[subject.span.end : subject.span.end + 1] == ","
            or bare_word(subject.text) in US_STATES
        ):
            # "Speaking in Salem, New Hampshire, Trump ...", "In Aspen, Colo., the
            # graduate ...": a place after a place
            subject = None
    return subject


_FRONTED_REACH = 60  # characters from a fronted phrase's first words to its comma


def _after_fronted_phrase(folded: str, at: int, end: int) -> Mention | None:
    """The subject right after the first comma past ``at``, when a verb follows it
    ("..., Trump attacked"); None when no such subject stands there."""
    comma = folded.find(",", at, min(end, at + _FRONTED_REACH))
    if comma < 0:
        return None
    found = mention_after(folded, comma + 1, end)
    if (
        found is None
        or not only_punct(folded, comma + 1, found.span.start)
        or VERB_AFTER_SUBJECT.match(folded, found.span.end, found.span.end + 40) is None
    ):
        return None
    return found

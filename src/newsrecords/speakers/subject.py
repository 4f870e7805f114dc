"""The subject that opens a sentence, read as a speaker phrase.

A quote or cue with no speaker phrase of its own takes its sentence's subject ("Sanders,
a senator from Vermont, rallied ... saying"), reached past a dateline, an opening
conjunction, fronted adverbials and up to three opening phrases ("On July 6, 2015,
Sanders made ..."). A subject counts only with a verb after it.
"""

from __future__ import annotations

import re

from ..lexicon.compiled import active
from ..lexicon.grammar_words import AUXILIARIES, IRREGULAR_PASTS
from ..lexicon.speaker_words import TIME_NOUNS, TIME_OPENERS, US_STATES
from ..lexicon.tables import word_trie
from ..page.metadata import match_dateline
from ..text.scan import only_punct
from .mentions import speaking_subject
from .phrase_reader import bare_word
from .phrases import Mention, mention_after

__all__ = ["cue_follows", "sentence_subject", "verb_follows_subject"]

# The space after a subject, with an adverb that may come before its verb ("Kerry then
# said", "openly admires", "Trump further summed up").
_SPACE_AND_ADVERB = re.compile(
    r"""
    \s+(?:(?:also|then|later|further|again|even|still|never|once)\s+  # a common adverb
      | [a-z]+ly\s+                                                 # or one in -ly
    )?
    """,
    re.VERBOSE,
)
_VERB_AFTER_SUBJECT = re.compile(
    rf"""
    {_SPACE_AND_ADVERB.pattern}          # the space, perhaps an adverb
    (?:[a-z]+(?:ed|s)                    # a verb in the past or the present tense
      | {word_trie(AUXILIARIES - {"may"})}  # or an auxiliary (is, was, has, does: above)
      | {word_trie(IRREGULAR_PASTS)}     # or a common irregular past
    )\b
    """,
    re.VERBOSE,
)
_CONJUNCTION = re.compile(
    r"""\s*(?:But|And|Yet|So|Nor|However|Still|Now|Then),?\s+  # "But he ..."
    (?:(?:then|now|yet|still|so),?\s+)?                       # "And then he ...": a second opener
    """,
    re.VERBOSE,
)
_DATELINE_REACH = 120  # characters a dateline may run before the story

_TIME_OPENER = word_trie(TIME_OPENERS)
_ASIDE = re.compile(
    rf"""
    \x20\([^()\n]{{1,25}}\)                 # a party or home state: " (R-Texas)", " (Maine)"
    | \x20(?:{_TIME_OPENER})                # or a time: " last week", " earlier this month"
      (?:\x20(?:{_TIME_OPENER}))?\x20(?:{word_trie(TIME_NOUNS)})\b
    """,
    re.VERBOSE,
)


def cue_follows(folded: str, at: int) -> bool:
    """A reporting verb right after a word ("PolitiFact rated", "Jones called")."""
    gap = _SPACE_AND_ADVERB.match(folded, at, at + 40)
    return (
        gap is not None
        and active().cue_pattern.match(folded, gap.end(), gap.end() + 30) is not None
    )


def verb_follows_subject(folded: str, at: int, *, open_appositive: bool = False) -> bool:
    """A verb right after a subject: a regular past or present form, a common irregular
    one or a known cue, past an aside ("Sen. Susan Collins (Maine) joined", "Trump last
    week invited") and an appositive set off by commas ("Sam Lau, the director, said").

    ``open_appositive`` also accepts an appositive left open up to a cue ("Sam Lau, the
    party's communications director said"): right for a subject already read as a
    speaker, wrong for a lone word that may open a fronted adverbial ("Conversely,
    PolitiFact rated"), whose comma has no partner either."""
    aside = _ASIDE.match(folded, at, at + 40)
    if aside is not None:
        at = aside.end()
    if folded[at : at + 1] == ",":
        close = folded.find(",", at + 1, at + 120)
        if close < 0:
            if not open_appositive:
                return False
            cue = active().cue_pattern.search(folded, at + 1, at + 120)
            return cue is not None and folded.find(".", at, cue.start()) < 0
        at = close + 1
    return _VERB_AFTER_SUBJECT.match(folded, at, at + 40) is not None or cue_follows(folded, at)


def sentence_subject(folded: str, start: int, end: int) -> Mention | None:
    """The speaker phrase opening a sentence, after an opening phrase such as "At a
    rally," when there is one; a phrase that names no speaker ("The first taste ...")
    gives way to the subject a reader takes instead
    (:func:`.mentions.speaking_subject`)."""
    subject = _opening_subject(folded, start, end)
    return None if subject is None else speaking_subject(folded, subject, end)


def _opening_subject(folded: str, start: int, end: int) -> Mention | None:
    """:func:`sentence_subject` before the test that the phrase names a speaker."""
    dateline = match_dateline(folded[start : min(end, start + _DATELINE_REACH)])
    if dateline is not None:
        start += dateline.end  # "WASHINGTON, Dec. 8 (UPI) - Clinton's aide rallied ..."
    opener = _CONJUNCTION.match(folded, start, end)
    if opener is not None:
        start = opener.end()  # "But he told ..."
    subject = mention_after(folded, start, end)
    lone_name = subject is not None and subject.head == "name" and " " not in subject.text
    verb_after = (
        subject is not None and lone_name and verb_follows_subject(folded, subject.span.end)
    )
    if (
        subject is not None
        and subject.head == "name"
        and (
            subject.text.split(None, 1)[0].endswith("ing")  # "Painting Trump as a threat"
            or (lone_name and subject.text.endswith("s") and not verb_after)
        )
    ):
        # "Seeking to energize voters, X ...", "Preys on ...": a verb, not a name (but
        # "Sanders has pushed" and "Sanders, a senator from Vermont, rallied" are one)
        subject = None
    if subject is not None and lone_name and not verb_after:
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
        or not verb_follows_subject(folded, found.span.end)
    ):
        return None
    return found

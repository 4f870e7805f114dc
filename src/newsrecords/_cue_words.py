"""Reporting cues: the verbs and phrases that attribute words to a speaker.

Compiled by hand from the five seed pages, general newswire style (AP and Reuters
attribution conventions) and the cue frequencies of the PolNeAR training split (only the
counts of cue words were used; no text was copied). Extend with :func:`register_cue_words`.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from ._word_tables import clean_entries, word_pattern

__all__ = ["cue_pattern", "is_speech_verb", "register_cue_words"]


def _words(text: str) -> set[str]:
    return set(text.split())


# Verbs of saying, every inflection written out so that matching is one alternation.
_SPEECH_VERBS: set[str] = _words(
    """
    said says say saying told tells tell telling added adds adding noted noting wrote
    writes writing warned warns argued argues arguing claimed claiming insisted insists
    insisting stressed stresses stressing explained explains explaining asked asks
    replied replies replying responded responds acknowledged acknowledges acknowledging
    admitted admits admitting announced announces announcing declared declares declaring
    stated stating suggested suggests suggesting continued continues recalled recalls
    recalling reiterated reiterates reiterating tweeted tweets tweeting lamented laments
    lamenting complained complains complaining conceded concedes conceding predicted
    predicts predicting estimated cautioned cautions cautioning urged urges urging vowed
    vows vowing pledged pledges pledging promised promising assured assures assuring
    confirmed confirms confirming denied denies denying reported observed observes
    emphasized emphasizes emphasizing emphasised emphasises underlined underscored
    indicated indicates indicating opined opines joked jokes joking quipped reads quoted
    mused charged asserted asserts asserting contended contends contending countered
    counters maintained maintains believes believe believed thinks think wondered called
    calls calling described describes describing branded brands labeled labelled dubbed
    accused accuses accusing criticized criticised criticizes praised praises praising
    lauded hailed touted defended defends blasted blasts slammed slams scolded mocked
    mocks decried denounced dismissed sings sang
    accuse describe criticize criticise blamed blames blaming urge warn
    insist deny argue add explain declare suggest predict dismiss
    ridiculed ridicule condemned condemns condemn cited cites citing referred refers
    commented comments commenting shouted shouts chanted chants yelled screamed likened
    speaking
    likens compared compares
    read states interjected exclaimed boasted bragged snapped retorted recounted remarked
    concluded proclaimed proclaims proclaiming
    notes quips muses concludes exclaims retorts recounts boasts brags answered answers
    echoed echoes demanded demands wonders
    write conclude recall acknowledge admit announce stress concede caution assure confirm
    observe emphasize maintain contend assert complain lament reiterate wonder warn
        """
)

# Multi-word cues, matched as phrases; "according to" puts the speaker after the cue.
_CUE_PHRASES: set[str] = set(
    """
    according to
    gave warning
    pointed out
    went on
    made clear
    put it
    puts it
    shot back
    fired back
    hit back
    cut in
    chimed in
    """.strip().splitlines()
)

# Cue words that put the speaker after them even without a preceding quote.
SPEAKER_AFTER: frozenset[str] = frozenset({"according to", "as reported by"})

# Verbs too weak to report speech without quotation marks nearby ("believe", "think").
WEAK_FOR_INDIRECT: frozenset[str] = frozenset(
    _words(
        """
        believe believed believes think thinks wondered continued continues went on asked
        asks
        """
    )
    | {"went on"}
)

_pattern: re.Pattern[str] | None = None


def _build(extra: Iterable[str] = ()) -> re.Pattern[str]:
    phrases = {p.strip() for p in _CUE_PHRASES if p.strip()}
    # a phrase may open a sentence: "According to X"
    words = _SPEECH_VERBS | set(extra) | phrases | {p[0].upper() + p[1:] for p in phrases}
    return word_pattern(words)


def cue_pattern() -> re.Pattern[str]:
    """The compiled cue matcher (rebuilt after :func:`register_cue_words`)."""
    global _pattern
    if _pattern is None:
        _pattern = _build()
    return _pattern


def is_speech_verb(word: str) -> bool:
    """True for a single-word cue.

    >>> is_speech_verb("said"), is_speech_verb("table")
    (True, False)
    """
    return word in _SPEECH_VERBS


def register_cue_words(words: Iterable[str]) -> None:
    """Add cue verbs or phrases (every inflection you want matched, e.g. "griped").

    Cues match lower-case text; a non-``str`` or blank entry raises
    :class:`~newsrecords.exceptions.RuleError`.

    >>> register_cue_words(["griped", "went on to say"])
    >>> bool(cue_pattern().search("he griped"))
    True
    """
    global _pattern
    for cleaned in clean_entries(words, "cue words"):
        cleaned = cleaned.lower()
        (_CUE_PHRASES if " " in cleaned else _SPEECH_VERBS).add(cleaned)
    _pattern = None

"""Reporting cues: the verbs and phrases that attribute words to a speaker.

Compiled by hand from the five seed pages, general newswire style (AP and Reuters
attribution conventions) and the cue frequencies of the PolNeAR training split (only the
counts of cue words were used; no text was copied). Extend with :func:`register_cue_words`.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from ._word_trie import word_pattern
from .exceptions import RuleError

__all__ = ["cue_pattern", "indirect_cue_pattern", "is_speech_verb", "register_cue_words"]


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
    """.strip().splitlines()
)

# Cue words that put the speaker after them even without a preceding quote.
SPEAKER_AFTER: frozenset[str] = frozenset({"according to"})

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

# Verbs of stance and cognition that report a position without quoting it ("X believes
# that...", "the poll shows..."): used for indirect speech only, never to attribute quotes.
_STANCE_VERBS: set[str] = _words(
    """
    expects expected expect shows showed shown show found finds find declined declines
    endorsed endorses seemed seems appears appeared supported supports supporting wants
    wanted want sees saw expressed expresses agreed agrees agree refused
    refuses proposed proposes offered offers pointed points plans planned questioned
    questions rejected rejects hopes hoped hoping attacked attacks concluded concludes
    opposed opposes opposing decided decides mentioned mentions considered considers
    raised raises fears feared fear knows knew feels felt worried worries echoed
    echoes learned thought thinks acknowledged demanded demands requested requests
    recommended recommends welcomed welcomes threatened threatens
    disputed disputes doubted doubts revealed reveals alleged alleges alleging signaled
    signalled signals hinted hints implied implies recognized recognizes conceded
    """
)

_pattern: re.Pattern[str] | None = None
_indirect_pattern: re.Pattern[str] | None = None


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


def indirect_cue_pattern() -> re.Pattern[str]:
    """Cues for indirect speech: the speech cues plus verbs of stance."""
    global _indirect_pattern
    if _indirect_pattern is None:
        _indirect_pattern = _build(_STANCE_VERBS)
    return _indirect_pattern


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
    global _pattern, _indirect_pattern
    for word in words:
        if not isinstance(word, str) or not word.strip():
            raise RuleError(f"cue words must be non-blank str, not {word!r}")
        cleaned = " ".join(word.lower().split())
        (_CUE_PHRASES if " " in cleaned else _SPEECH_VERBS).add(cleaned)
    _pattern = _indirect_pattern = None

"""Reporting cues: the verbs and phrases that attribute quoted words to a speaker.

The cues are the entries of :mod:`._speech_verbs` flagged :attr:`~._speech_verbs.Use.QUOTE`
(that table says where they came from and holds the indirect-speech cues too). Extend with
:func:`register_cue_words`.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from .reporting_verbs import register_reporting_verbs
from .speech_verbs import Use, entries, is_quote_cue, register
from .tables import clean_entries, word_pattern

__all__ = ["SPEAKER_AFTER", "cue_pattern", "is_quote_cue", "register_cue_words"]

# Cue words that put the speaker after them even without a preceding quote.
SPEAKER_AFTER: frozenset[str] = frozenset(entries(Use.SPEAKER_AFTER))

_pattern: re.Pattern[str] | None = None


def _build() -> re.Pattern[str]:
    cues = entries(Use.QUOTE)
    # a phrase may open a sentence: "According to X"
    return word_pattern(cues | {p[0].upper() + p[1:] for p in cues if " " in p})


def cue_pattern() -> re.Pattern[str]:
    """The compiled cue matcher (rebuilt after :func:`register_cue_words`)."""
    global _pattern
    if _pattern is None:
        _pattern = _build()
    return _pattern


def register_cue_words(words: Iterable[str], *, indirect: bool = False) -> None:
    """Add cue verbs or phrases (every inflection you want matched, e.g. "griped") that
    attribute a quotation. ``indirect=True`` also adds them as cues of indirect speech,
    as verbs of saying (see ``register_reporting_verbs(words, saying=True)``), so that
    "she griped the plan was late" is reported without quotation marks too.

    Cues match lower-case text; a non-``str`` or blank entry raises
    :class:`~newsrecords.exceptions.RuleError`.

    >>> register_cue_words(["griped", "went on to say"])
    >>> bool(cue_pattern().search("he griped")), is_quote_cue("went on to say")
    (True, True)
    """
    global _pattern
    cleaned = [word.lower() for word in clean_entries(words, "cue words")]
    register(cleaned, Use.QUOTE)
    if indirect:
        register_reporting_verbs(cleaned, saying=True)
    _pattern = None

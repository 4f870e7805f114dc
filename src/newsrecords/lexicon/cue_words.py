"""Quote cues: the verbs and phrases that attribute quoted words to a speaker.

The cues are the entries of :mod:`.speech_verbs` flagged :attr:`~.speech_verbs.Use.QUOTE`
(that table says where they came from and holds the indirect-speech cues too); a
:class:`~newsrecords.lexicon.Lexicon` may add more. This module builds their matcher.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from .tables import word_pattern

__all__ = ["build_cue_pattern"]


def build_cue_pattern(cues: Iterable[str]) -> re.Pattern[str]:
    """The matcher of quote cues in folded text: each cue in lower case, and a phrase also
    capitalised, since it may open a sentence ("According to X").

    >>> pattern = build_cue_pattern(["said", "according to"])
    >>> [m[0] for m in pattern.finditer("According to Lee, she said; unsaid")]
    ['According to', 'said']
    """
    cues = set(cues)
    return word_pattern(cues | {p[0].upper() + p[1:] for p in cues if " " in p})

"""A clause of its own between a quote and a later cue: no speaker slot.

'"Mr. Lee?" I had prepared a short statement to read': the words after the quote are a new
sentence with its own subject and verb ("I had prepared"), and the cue ("read") is an
infinitive inside it, so nothing in that gap is the quote's speaker. A reader tells the
gap from a speaker slot ('"...?" a staffer in the room wondered') by an auxiliary with
words after it, or by "to" right before the cue.
"""

from __future__ import annotations

from ..lexicon.grammar_words import AUXILIARIES

__all__ = ["clause_in_slot"]


def clause_in_slot(folded: str, start: int, cue_start: int) -> bool:
    """The gap ``folded[start:cue_start]`` before a cue holds a clause, not a speaker.

    >>> t = "I had prepared a short statement to read"
    >>> clause_in_slot(t, 0, t.index("read"))
    True
    >>> t = "a staffer in the room wondered"
    >>> clause_in_slot(t, 0, t.index("wondered"))
    False
    >>> t = "Lee had said"
    >>> clause_in_slot(t, 0, t.index("said"))
    False
    """
    words = folded[start:cue_start].split()
    if words and words[-1] == "to":
        return True  # "... a statement to read": the cue is an infinitive
    # an auxiliary with two or more words after it: a verb group of its own ("had said"
    # right before the cue is the cue's own)
    return any(w.lower() in AUXILIARIES for w in words[:-2])

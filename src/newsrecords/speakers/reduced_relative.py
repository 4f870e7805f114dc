"""A participle that describes the noun before a cue: "The document released Monday
said", "the group's memo obtained Friday said".

Without this step the participle reads as the head of a loose phrase ("document
released"): the speaker is the noun before it, which the speaker tables know.
"""

from __future__ import annotations

from ..lexicon.compiled import active

__all__ = ["ends_in_describing_participle"]


def ends_in_describing_participle(toks: list[tuple[int, int, str]]) -> bool:
    """Whether the last token is a lower-case participle in -ed that describes the known
    speaker noun right before it ("document released"), so the noun heads the phrase.

    >>> ends_in_describing_participle([(0, 3, "The"), (4, 12, "document"), (13, 21, "released")])
    True
    >>> ends_in_describing_participle([(0, 3, "the"), (4, 7, "red"), (8, 11, "bed")])
    False
    """
    if len(toks) < 2:
        return False
    last, noun = toks[-1][2], toks[-2][2].lower()
    if not (last.islower() and last.endswith("ed") and len(last) > 4):
        return False
    tables = active()
    return noun in tables.head_nouns or noun in tables.words["organization_heads"]

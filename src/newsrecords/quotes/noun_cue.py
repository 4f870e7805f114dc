"""A noun of speech with an owner as the cue of a partial quote: "Riggs's claim that the
port "was never safe"" is Riggs's, whoever the sentence's subject or verb is.

The sentence's main cue ("Lee blamed the press for an uproar over ...") reports its own
clause; the quoted words inside a noun phrase headed by an owned noun of speech (a claim,
promise, warning, call; the ``speech_nouns`` table) belong to its owner, a name before
"'s" or a possessive pronoun. The noun must stand between the main cue and the quotation,
with no other cue after it, so the owner is the nearest reporter of the words.
"""

from __future__ import annotations

import re

from ..lexicon.compiled import active
from ..speakers.mentions import owner_mention
from ..speakers.phrases import Mention, mention_before

__all__ = ["noun_cue_owner"]

_REACH = 140  # characters before a quotation searched for an owned noun of speech
_OWNED_NOUN = re.compile(
    r"""
    (?:
      ([A-Z][\w.-]*(?:\x20[A-Z][\w.-]*){0,3})  # a capitalised name...
      (?:'s|')                                # ...that owns the noun (text is folded)
      | \b(his|her|their|His|Her|Their)        # or a possessive pronoun
    )
    \x20(?:[a-z-]+\x20){0,2}?                  # up to two describing words ("recent")
    ([a-z]+)\b                                 # the noun
    """,
    re.VERBOSE,
)
_LINKS = frozenset({"that", "for", "to"})  # words that open a noun's content: "claim that"
_CONTENT_REACH = 70  # characters from the noun to the quotation its content holds


def noun_cue_owner(folded: str, start: int, at: int) -> tuple[Mention, tuple[int, int]] | None:
    """The owner of the last noun of speech in ``folded[start:at]`` (``at``: where a
    quotation opens), with the noun's span as the cue; None when there is none, or a cue
    verb stands between the noun and the quotation (its subject reports them instead).

    >>> t = 'An uproar over Tom Riggs\\'s claim that it "was never safe."'
    >>> owner, cue = noun_cue_owner(t, 0, t.index('"'))
    >>> owner.name, t[cue[0] : cue[1]]
    ('Tom Riggs', 'claim')
    >>> noun_cue_owner('Lee said "it was never safe."', 0, 9) is None
    True
    """
    nouns = active().words["speech_nouns"]
    last = None
    for m in _OWNED_NOUN.finditer(folded, max(start, at - _REACH), at):
        if m[3] in nouns:
            last = m
    if last is None:
        return None
    between = folded[last.end() : at]
    words = between.split()
    if not words or words[0] not in _LINKS or len(between) > _CONTENT_REACH:
        return None  # no content clause ("Ginsburg's comments "show bias"": a verdict on them)
    if any(c in between for c in ",.;:?!") or active().cue_pattern.search(between):
        return None
    if last[1] is not None:
        owner = mention_before(folded, last.start(1), last.end(1))
    else:
        owner = owner_mention(folded, last.start(2), last[2])
    return None if owner is None else (owner, (last.start(3), last.end(3)))

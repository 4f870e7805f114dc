"""The name a role in apposition describes: in 'Lena Ortiz, the clerk, who retired in May,
said: "..."' the speaker is Lena Ortiz, not "the clerk".

The phrase right before a cue can be the last link of a chain set off by commas: a name
opening the sentence, then a role describing it, then a relative clause. A reader takes
the name the chain describes. The rule reads the commas and the order of the phrases:
a role read as the speaker, a comma before it, and a name before that comma that opens
the stretch read for the speaker.
"""

from __future__ import annotations

from ..text.scan import only_punct
from .phrases import Mention, mention_before

__all__ = ["appositive_head"]


def appositive_head(folded: str, start: int, mention: Mention) -> Mention | None:
    """The name opening ``folded[start:]`` that a role ``mention`` after a comma stands
    in apposition to, or None.

    >>> t = "Lena Ortiz, the clerk, who retired in May, said"
    >>> clerk = mention_before(t, 0, 21)
    >>> clerk.text, appositive_head(t, 0, clerk).name
    ('the clerk', 'Lena Ortiz')
    >>> appositive_head("Then the clerk said", 5, mention_before("Then the clerk", 5, 14)) is None
    True
    """
    if mention.head != "role":
        return None
    comma = mention.span.start - 1
    while comma > start and folded[comma] == " ":
        comma -= 1
    if comma <= start or folded[comma] != ",":
        return None
    name = mention_before(folded, start, comma)
    if name is None or name.head != "name" or not only_punct(folded, start, name.span.start):
        return None
    return name

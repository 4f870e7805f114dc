"""The body an "It" opening a sentence stands for: the one the sentence before closed on.

"..., the White House said. / It listed Moscow's "efforts to undermine ..."": a reader
takes the "It" for the White House, the organisation whose attribution ends the sentence
before, not for the last thing named and not as a bare "it". Only an organisation is
carried (a person is no "it"), and only from a closing attribution (", X said."), the
one place where the body is the sentence's speaker whatever its other nouns.
"""

from __future__ import annotations

import bisect

import attrs

from ..models import Span
from ..speakers.phrases import Mention
from .attribution import closing_attribution

__all__ = ["reporter_before"]

_OPENING = 3  # characters before an "It" that still opens its sentence (a quote mark)


def _opening_it(mention: Mention, sent_start: int) -> bool:
    return (
        mention.head == "pronoun"
        and mention.text.lower() == "it"
        and mention.span.start - sent_start <= _OPENING
    )


def reporter_before(
    folded: str, starts: list[int], mention: Mention, prev_para: Span | None = None
) -> Mention | None:
    """The opening "It" read as the organisation closing the attribution of the sentence
    before (the last of ``prev_para`` when the "It" opens its paragraph), or None.

    >>> from newsrecords.models import SpeakerKind
    >>> from newsrecords.speakers.phrase_reader import Offsets
    >>> t = "Ten people were named, the White House said. It listed them."
    >>> it = Mention(Offsets(45, 47), "It", None, "pronoun", SpeakerKind.ORGANIZATION, noun="it")
    >>> body = reporter_before(t, [0, 45], it)
    >>> body.name, body.head, t[body.span.start : body.span.end]
    ('White House', 'organization', 'It')
    """
    k = bisect.bisect_right(starts, mention.span.start) - 1
    if k < 0 or not _opening_it(mention, starts[k]):
        return None
    if k > 0:
        lo, hi = starts[k - 1], starts[k]
    elif prev_para is not None:
        lo, hi = prev_para.start, prev_para.end
    else:
        return None
    body = closing_attribution(folded, lo, hi)
    if body is None or body.head != "organization" or body.span.end > hi:
        return None
    # the "It" itself, read as that organisation: the book then keeps "It" as one of the
    # organisation's spellings, at the span where it is written
    return attrs.evolve(mention, name=body.name, head=body.head, kind=body.kind, noun=None)

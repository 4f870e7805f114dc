"""A headline's second verb with no subject of its own: "X backs Y, says Z".

Headlines drop words. In "The Washington Post backs Hillary Clinton, says she is best
prepared" the second verb's subject is the headline's subject, the paper, left out after
the comma; the name before the comma is the first verb's object. Read as prose, that name
would be the second report's speaker, a wrong source. So a headline report whose speaker
phrase lies inside the content of the report before it, set off from its cue by a comma
alone, takes that earlier report's speaker.
"""

from __future__ import annotations

from collections.abc import Sequence
from itertools import pairwise

from .attribution import Found

__all__ = ["share_headline_subject"]


def share_headline_subject(folded: str, found: Sequence[Found]) -> None:
    """Give each headline report whose speaker is the object of the report before it
    (only a comma between that object and its cue) the earlier report's speaker.

    >>> from newsrecords.models import QuoteKind, SpeakerKind
    >>> from newsrecords.speakers.phrases import mention_before
    >>> t = "Post backs Lee, says she is ready"
    >>> post = mention_before(t, 0, 4)
    >>> first = Found(QuoteKind.INDIRECT, 11, 14, -2, key=("Post", SpeakerKind.ORGANIZATION))
    >>> first.mention, first.cue = post, (5, 10)
    >>> second = Found(QuoteKind.INDIRECT, 21, 33, -2, key=("Lee", SpeakerKind.PERSON))
    >>> second.mention, second.cue = mention_before(t, 0, 14), (16, 20)
    >>> share_headline_subject(t, [first, second])
    >>> second.key, second.mention.text
    (('Post', <SpeakerKind.ORGANIZATION: 'organization'>), 'Post')
    """
    for before, item in pairwise(found):
        said = item.mention
        if (
            said is None
            or item.cue is None
            or before.mention is None
            or not before.start <= said.span.start < before.end
            or folded[said.span.end : item.cue[0]].strip() != ","
        ):
            continue
        item.key, item.mention = before.key, before.mention

"""The owner of a document named as a speaker: "Riggs's letter said" is Riggs speaking
through a letter, as a reader lists it.

A document that speaks for itself ("the report said") stays a document; one owned by a
person, a group or an organisation, by a name before "'s" or a possessive pronoun
("Bush's Facebook post", "His letter", "the campaign's statement"), is the medium of its
owner, who is the speaker. The rule reads the shape of the phrase only.
"""

from __future__ import annotations

import re

from .mentions import owner_mention
from .phrases import Mention, mention_before

__all__ = ["document_owner"]

_POSSESSIVE = re.compile(r"(?:'s|\u2019s|(?<=s)'|(?<=s)\u2019)\x20")  # "Riggs's ", "Sanders' "
_PRONOUN_OWNER = re.compile(r"(His|Her|Their|his|her|their)\x20")  # "His letter"


def document_owner(folded: str, mention: Mention) -> Mention | None:
    """The owner a document mention names, or None when it names none (or is no document).

    >>> t = "From Mayor Tom Riggs's campaign post"
    >>> doc = mention_before(t, 0, len(t))
    >>> doc.head, document_owner(t, doc).name
    ('document', 'Tom Riggs')
    >>> document_owner("The report", mention_before("The report", 0, 10)) is None
    True
    """
    if mention.head != "document":
        return None
    start, end = mention.span.start, mention.span.end
    pronoun = _PRONOUN_OWNER.match(folded, start, end)
    if pronoun is not None:
        return owner_mention(folded, start, pronoun[1])
    mark = _POSSESSIVE.search(folded, start, end)
    if mark is None or mark.start() == start:
        return None
    owner = mention_before(folded, start, mark.start())
    if owner is None or owner.head in ("document", "pronoun") or owner.span.start != start:
        return None  # ("the report's authors": only an owner opening the phrase)
    return owner

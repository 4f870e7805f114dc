"""The organisation an "it" stands for when its own sentence opens with one.

When an "it" speaks later in a sentence that opens with an organisation ("The Transit Authority
condemned what it called "a clear breach"", "The council pledged sanctions against what
it called "a threat""), a reader lists that organisation, not a bare "it". The rule reads
the sentence's subject only; an "it" whose sentence names no organisation first is
resolved as before.
"""

from __future__ import annotations

from ..lexicon.compiled import active
from .phrases import Mention
from .subject import sentence_subject

__all__ = ["it_antecedent"]


def _is_it(mention: Mention) -> bool:
    return mention.head == "pronoun" and mention.text.lower() == "it"


def it_antecedent(folded: str, sent_start: int, mention: Mention) -> Mention | None:
    """The organisation opening the sentence of an "it" later in it, or None.

    >>> from newsrecords.models import SpeakerKind
    >>> from newsrecords.speakers.phrase_reader import Offsets
    >>> t = 'The Transit Authority condemned what it called "a breach."'
    >>> it = Mention(Offsets(37, 39), "it", None, "pronoun", SpeakerKind.ORGANIZATION, noun="it")
    >>> it_antecedent(t, 0, it).name
    'Transit Authority'
    """
    if not _is_it(mention) or mention.span.start <= sent_start:
        return None
    subject = sentence_subject(folded, sent_start, mention.span.start)
    if subject is None or subject.head != "organization" or subject.span.end >= mention.span.start:
        return None
    if (subject.name or "").lower() in active().words["places"]:
        return None  # a country's "it" is left to the book, which knows its other names
    return subject

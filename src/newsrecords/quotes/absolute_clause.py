"""A quote inside an absolute "with" clause is the words of that clause's own subject.

'The campaign denied it, with Lena Ortiz taking to Twitter to call the report "totally
false."' A reader gives the quote to Ortiz: "with NP doing ..." is a clause of its own
whose subject is the phrase after "with", and the quote sits inside it. The cue read
before the quote ("denied", or a participle such as "telling" whose object rule falls
back on the sentence's subject) names the main clause's subject instead.

The rule reads only structure: ", with", a speaker phrase right after it, a verb in
-ing right after that phrase, and no comma closing the clause before the quote (one
right before the quote, "with one aide asking, "...?"", still opens it).
"""

from __future__ import annotations

import re

from ..speakers.phrases import Mention, mention_after
from ..text.scan import only_punct

__all__ = ["absolute_clause_speaker"]

Attribution = tuple[Mention, tuple[int, int]]

_WITH = re.compile(r",\s+with\s+")  # the comma and "with" opening an absolute clause
_ING = re.compile(r"\s+([a-z]+ing)\b")  # the clause's verb, in -ing, right after its subject
_SPEAKING_HEADS = frozenset({"name", "role", "organization", "anonymous", "group"})


def absolute_clause_speaker(
    folded: str, start: int, q_start: int, found: Attribution
) -> Attribution | None:
    """The subject of a ", with NP doing" clause between the speaker of ``found`` and a
    quote opening at ``q_start`` (in the sentence from ``start``), with the clause's cue:
    ``found``'s cue when it stands inside the clause, else the -ing verb; None when no
    such clause holds the quote.

    >>> from newsrecords.speakers.phrases import mention_before
    >>> t = 'The firm denied it, with Lena Ortiz taking to Twitter to call it "false."'
    >>> firm = (mention_before(t, 0, 8), (9, 15))
    >>> absolute_clause_speaker(t, 0, t.index('"'), firm)[0].text
    'Lena Ortiz'
    >>> t = 'Ortiz spoke, with tears running down her face, saying "we lost."'
    >>> said = (mention_before(t, 0, 5), (47, 53))
    >>> absolute_clause_speaker(t, 0, t.index('"'), said) is None
    True
    """
    mention, cue = found
    openings = list(_WITH.finditer(folded, max(start, mention.span.end), q_start))
    if not openings:
        return None
    opening = openings[-1]  # the last "with" clause before the quote
    subject = mention_after(folded, opening.end(), q_start)
    if subject is None or subject.head not in _SPEAKING_HEADS:
        return None
    if subject.span.start != opening.end():
        return None  # the phrase must open the clause
    verb = _ING.match(folded, subject.span.end, q_start)
    if verb is None:
        return None
    comma = folded.find(",", verb.end(), q_start)
    if comma >= 0 and not only_punct(folded, comma, q_start):
        return None  # the clause closes before the quote: it is the main clause's
    inside = cue[0] >= verb.start(1) and cue[1] <= q_start
    return subject, cue if inside else (verb.start(1), verb.end(1))

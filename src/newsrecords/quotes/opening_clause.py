"""A quote inside a clause that opens its sentence is reported by that clause's own cue.

'When Tom Reed shouted, "Resign now," Ortiz laughed.' A reader gives the quote to
Reed: the subordinate clause ("When ... shouted") holds both the cue and the quoted
words, and the main clause after the quote ("Ortiz laughed") says what happened next.
The same holds for a partial quote ('While Lee called the article a "terrific piece,"
Ortiz fixated on the numbers'). The attribution read after the quote names the main
clause's subject; this module hands the quote back to the cue inside the opening clause.

The rule reads only sentence structure: a subordinator opening the sentence, a cue with
its own subject before the quote, no clause boundary (a comma) between the subordinator
and that subject nor after the cue's words before the quote, and a speaker after the
quote standing before its verb (a pronoun there is the clause's subject already).
'After Lee said he would quit, "It is over," Ortiz said.' keeps Ortiz: Lee's clause
closes before the quotation opens.
"""

from __future__ import annotations

from ..lexicon.grammar_words import SUBORDINATORS
from ..speakers.phrases import Mention
from ..text.scan import only_punct
from .attribution import attribute_before

__all__ = ["opening_clause_cue", "opens_with_subordinator"]

Attribution = tuple[Mention, tuple[int, int]]


def opens_with_subordinator(folded: str, start: int, end: int) -> bool:
    """Whether ``folded[start:end]`` opens with a subordinator ("When", "While", ...).

    >>> opens_with_subordinator("When a man shouted, ", 0, 20)
    True
    >>> opens_with_subordinator("A man shouted, ", 0, 15)
    False
    """
    first = folded[start : min(end, start + 12)].split(maxsplit=1)[:1]
    return bool(first) and first[0].lower() in SUBORDINATORS


def opening_clause_cue(
    folded: str, sent_start: int, q_start: int, q_end: int, after: Attribution
) -> Attribution | None:
    """The attribution of the cue inside a subordinate clause that opens the sentence at
    ``sent_start`` and holds the quote ``folded[q_start:q_end]``, instead of ``after``,
    the main clause's speaker read after the quote; None when the rule does not apply.

    >>> from newsrecords.speakers.phrases import mention_before
    >>> t = 'When Tom Reed shouted, "Resign," Ortiz laughed.'
    >>> main = (mention_before(t, 33, 39), (39, 46))
    >>> opening_clause_cue(t, 0, 23, 32, main)[0].text
    'Tom Reed'
    >>> t = 'After Lee said he would quit, "Resign," Ortiz laughed.'
    >>> main = (mention_before(t, 40, 46), (46, 53))
    >>> opening_clause_cue(t, 0, 30, 39, main) is None
    True
    """
    mention, cue = after
    if mention.span.start < q_end or mention.span.end > cue[0]:
        return None  # not a main-clause subject after the quote ("..., said Ortiz" is hers)
    if mention.head == "pronoun":
        return None  # 'Although Weiner admitted ..., he claimed': the pronoun is Weiner already
    if not only_punct(folded, q_end, mention.span.start):
        return None
    if not opens_with_subordinator(folded, sent_start, q_start):
        return None
    before = attribute_before(folded, sent_start, q_start)
    if before is None:
        return None
    inner, (cue_start, cue_end) = before
    if inner.span.start <= sent_start or inner.span.end > cue_start:
        return None  # the clause's cue needs its own subject inside the clause
    if "," in folded[sent_start : inner.span.start]:
        return None  # 'After Lee spoke, he warned, "..."': the opening clause closed already
    if "," in folded[cue_end:q_start] and not only_punct(folded, cue_end, q_start):
        return None  # the clause closes before the quote opens: the quote is the main clause's
    return before

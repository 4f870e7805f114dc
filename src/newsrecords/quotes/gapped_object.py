"""The content of a cue whose object has moved to the front of its clause: a relative
pronoun ("the alt-right, which Ortiz denounced on Thursday", "Rubio, who many in the party
had backed") or a demonstrative before "according to" ("That's according to the agency").

English leaves a gap where such a verb's object would stand; what the speaker backed,
denounced or reported is the pronoun that opens the clause (standing for the phrase before
it), not the adjunct or the next clause after the verb. Read only when the verb has no
object of its own: the next thing after it is a punctuation mark, the stretch's end, or a
word that opens an adjunct ("on Thursday", "in the hope of ...", "last year").
"""

from __future__ import annotations

import re

from ..lexicon.compiled import active
from ..lexicon.grammar_words import AUXILIARIES, PREPOSITIONS
from ..lexicon.reporting_verbs import CLAUSE_OPENERS, OBJECT_ADJUNCTS
from ..lexicon.tables import word_set

__all__ = ["gapped_object"]

_REACH = 80  # characters before a cue searched for the relative pronoun and its subject
# "which Senator Lena Ortiz (has) ", "who many in the party had ": a relative pronoun, then
# the words of its clause's subject (and auxiliaries) up to the cue, no punctuation between.
_RELATIVE = re.compile(
    r"""
    (?<![\w'-])(which|whom|who|that)  # the relative pronoun: the moved object
    ((?:\x20(?!(?:which|whom|who|that)\b)[\w'.-]+){1,6})  # one to six other words: the
    # clause's subject and auxiliaries
    \x20$                              # right before the cue
    """,
    re.VERBOSE,
)
# "That's according to ...", "This is according to ...": the demonstrative is the content.
_DEMONSTRATIVE = re.compile(
    r"""
    (?<![\w'-])(That|This|that|this)  # the demonstrative subject
    (?:'s|\x20is|\x20was)           # its verb
    \x20$                              # right before the cue
    """,
    re.VERBOSE,
)
# The word after a cue that says it has no object: an adjunct or a time phrase opens there.
_NO_OBJECT_WORDS = OBJECT_ADJUNCTS | CLAUSE_OPENERS | frozenset({"and", "or", "for"})
# Words of a relative clause that are not its subject: "who had backed" has no subject
# between the pronoun and the cue, so "who" is the subject and not a moved object.
_NOT_SUBJECT = AUXILIARIES | frozenset(
    word_set("be been being do not also never still just already once long often always")
)
# Nouns of manner, time, place and reason after which a relative "that" stands for "in
# which" ("the way that", "the day that"): an adjunct, never the verb's object.
_ADVERBIAL_HEADS = frozenset(
    word_set("way ways time times day days week month year years moment reason place extent")
)
_NEXT_WORD = re.compile(r"\x20*([\w']+|[^\w\x20]|$)")  # the token after the cue


def _no_object(folded: str, cue_end: int, end: int) -> bool:
    """Nothing after the cue is its object: a mark, the stretch's end, or an adjunct.

    >>> _no_object("denounced on Thursday", 9, 21), _no_object("denounced the plan", 9, 18)
    (True, False)
    >>> _no_object("backed.", 6, 7), _no_object("backed", 6, 6)
    (True, True)
    """
    m = _NEXT_WORD.match(folded, cue_end, end)
    if m is None or not m[1]:
        return True
    token = m[1]
    if token[0] == '"':  # a quotation after the cue is its object (the text is folded)
        return False  # 'supports "Hillary-style healthcare"': the quotation is its object
    return not (token[0].isalnum() or token[0] == "'") or token.lower() in _NO_OBJECT_WORDS


def gapped_object(
    folded: str, start: int, cue_start: int, cue_end: int, end: int, word: str
) -> tuple[int, int] | None:
    """The span of the pronoun that stands for the moved object of the cue ``word`` at
    ``cue_start:cue_end``, or None when the cue has an object of its own or no such pronoun
    opens its clause; ``start``/``end`` bound the stretch read. A cue whose source follows
    it ("according to") reports a demonstrative subject before it. A cue whose content is a
    clause ("which she thought was safe": the pronoun is the clause's subject), a noun cue,
    and an infinitive ("that he would have more to say on") move no object.

    >>> t = "the alt-right, which Lena Ortiz denounced on Thursday, and left"
    >>> span = gapped_object(t, 0, t.index("denounced"), t.index(" on"), len(t), "denounced")
    >>> t[span[0] : span[1]]
    'which'
    >>> t = "Rubio, who had backed in 2010 the plan"
    >>> gapped_object(t, 0, t.index("backed"), t.index(" in"), len(t), "backed") is None
    True
    >>> t = "the same way that we must respond now"
    >>> gapped_object(t, 0, t.index("respond"), t.index(" now"), len(t), "respond") is None
    True
    >>> t = "That's according to the agency."
    >>> span = gapped_object(t, 0, 7, 19, len(t), "according to")
    >>> t[span[0] : span[1]]
    'That'
    """
    lo = max(start, cue_start - _REACH)
    tables = active()
    if word in tables.speaker_after:
        m = _DEMONSTRATIVE.search(folded, lo, cue_start)
        return m.span(1) if m is not None else None
    if tables.takes_clause(word) or word in tables.noun_cues:
        return None
    if not _no_object(folded, cue_end, end):
        return None
    m = _RELATIVE.search(folded, lo, cue_start)
    if m is None:
        return None
    words = m[2].split()
    if words[-1].lower() == "to":
        return None  # "that he had more to say on": an infinitive, not the clause's verb
    before = folded[max(start, m.start(1) - 12) : m.start(1)].split()
    if before and before[-1].lower() in PREPOSITIONS:
        return None  # "the year in which X pushed through": a preposition's object
    if m[1] == "that" and before and before[-1].lower() in _ADVERBIAL_HEADS:
        return None  # "the same way that we must respond now": "that" stands for "in which"
    if words[0].lower() in _NOT_SUBJECT:
        return None  # "who are advocates", "that has backed": the pronoun is the subject
    if all(w.lower() in _NOT_SUBJECT or w.lower().endswith("ly") for w in words):
        return None  # "who had backed": the pronoun is the subject
    return m.span(1)

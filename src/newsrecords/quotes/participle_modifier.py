"""A cue word that is a past participle modifying the noun before it, not its verb.

"The sanctions, announced by the Treasury, were placed on people "who ..."" and "32 people
alleged to have meddled": the participle is a reduced relative clause ("which were
announced", "who are alleged"), so the noun before it is what was reported, never who
reported it. Set off by a comma and with an agent after "by", the agent reports ("the
plan, criticized by Democrats as "reckless""; without the comma, "the bill passed by" may
be a verb, and is left alone: it cost indirect precision on PolNeAR train); a raising
passive ("alleged to have", "said to be") names no one. A participle after a form of "be"
is a full passive, which :func:`.cue_subject.passive_report` reads.
"""

from __future__ import annotations

import re

from ..lexicon.grammar_words import BE_FORMS, RAISING_PARTICIPLES
from .cue_subject import past_participle

__all__ = ["agent_start", "raised_passive"]

# "by" and the start of the agent's phrase right after a participle: an article, a
# possessive pronoun or a capitalised word (not "by phone", "by 2020", "by far")
_BY_AGENT = re.compile(
    r"""
    \x20by\x20                                     # the agent's preposition
    (?=(?:the|a|an|his|her|their|its|[A-Z])\w*\b)  # an agent phrase opens here
    """,
    re.VERBOSE,
)
# "to be" or "to have" right after a raising participle: "alleged to have", "said to be"
_TO_BE_OR_HAVE = re.compile(r"\x20to\x20(?:be|have)\b")
# the lower-case word right before the participle (with an optional comma after it)
_NOUN_BEFORE = re.compile(r"(?<![A-Za-z])([a-z][a-z'-]*),?\x20$")
# Words after which a participle is a finite verb or a full passive, not a modifier
_NOT_NOUNS = frozenset(
    {"i", "we", "you", "he", "she", "they", "it", "who", "which", "that", "and", "or", "but"}
    | BE_FORMS
    | {"has", "have", "had", "also"}
    | {"not", "never", "then", "now", "will", "would", "could", "may", "might", "must"}
)


def _after_noun(folded: str, start: int, cue_start: int) -> bool:
    """A lower-case word that may end a noun phrase stands right before the participle.

    >>> _after_noun("the sanctions, announced", 0, 15), _after_noun("they announced", 0, 5)
    (True, False)
    """
    before = _NOUN_BEFORE.search(folded, max(start, cue_start - 30), cue_start)
    if before is None:
        return False
    word = before[1]
    return word not in _NOT_NOUNS and not word.endswith("ly")


def agent_start(folded: str, start: int, cue_start: int, cue_end: int, word: str) -> int | None:
    """Where the agent's phrase opens when the cue is a participle modifying the noun
    before it with an agent after "by" ("The sanctions, announced by the Treasury"), or
    None.

    >>> t = "The sanctions, announced by the Treasury, were placed on people"
    >>> t[agent_start(t, 0, 15, 24, "announced"):][:12]
    'the Treasury'
    >>> agent_start("The Treasury announced by the pier", 0, 13, 22, "announced") is None
    True
    """
    if not past_participle(word) or not _after_noun(folded, start, cue_start):
        return None
    if not folded.startswith(", ", cue_start - 2):
        return None  # set off by a comma only: "the bill passed by" may be a verb
    agent = _BY_AGENT.match(folded, cue_end)
    return agent.end() if agent is not None else None


def raised_passive(folded: str, start: int, cue_start: int, cue_end: int, word: str) -> bool:
    """The cue is a raising passive after a noun ("32 people alleged to have meddled", "a
    man believed to be the leader"): a report by no one named.

    >>> raised_passive("32 people alleged to have meddled", 0, 10, 17, "alleged")
    True
    >>> raised_passive("Aides alleged that he lied", 0, 6, 13, "alleged")
    False
    >>> raised_passive("He said to be careful", 0, 3, 7, "said")
    False
    """
    if word not in RAISING_PARTICIPLES or not _after_noun(folded, start, cue_start):
        return False
    return _TO_BE_OR_HAVE.match(folded, cue_end) is not None

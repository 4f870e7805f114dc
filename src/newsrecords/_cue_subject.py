"""Whether a cue word has a subject before it, and is a verb rather than a noun.

:mod:`._indirect` counts a cue only when it reports for someone: a speaker phrase the
speaker tables read, or a subject-like word they do not ("One in four voters said", "4 in
10 said", "Others, however, say", "X - a co-host - told"). A cue word that is as often a
noun ("support", "plans", "notes") is a noun after an article or an adjective ("the plan",
"a tax plan") and a verb after a plural subject ("most voters support") or before a clause
("the report notes that ..."). Each check reads a few words before or after the cue.
"""

from __future__ import annotations

import re

__all__ = [
    "CLAUSE_AFTER",
    "NOUN_DETERMINERS",
    "WORD_BEFORE",
    "after_verb_word",
    "has_subject",
    "infinitive",
    "noun_use",
    "plural_subject",
]

# Words before a noun-like cue that make it a noun ("the plan", "their support"); the
# speaker tables' DETERMINERS are a different set, of words opening a speaker phrase.
NOUN_DETERMINERS = frozenset(
    {"the", "a", "an", "this", "that", "these", "those", "its", "his", "her", "their", "our"}
    | {"my", "your", "no", "any", "every", "each"}
)
# Lower-case words after which a noun-like cue is a verb: "they support", "to plan".
_BEFORE_VERB = frozenset(
    {"i", "we", "you", "he", "she", "they", "it", "who", "which", "that", "to", "also"}
    | {"will", "would", "could", "may", "might", "must", "should", "can", "not", "never"}
    | {"still", "now", "often", "and", "but", "or", "do", "does", "did"}
)
# Verbs a poll's share of respondents answers with ("4 in 10 said", "43 percent agree").
_POLL_VERBS = frozenset(
    {"said", "say", "says", "think", "thought", "believe", "believed", "agree", "agreed"}
    | {"want", "wanted", "prefer", "preferred", "expect", "expected", "support", "oppose"}
    | {"supported", "opposed", "disagree", "disagreed", "feel", "felt"}
)
# A clause right after a cue word that is as often a noun makes it a verb: "the paper
# notes that ...", "the study notes the government ...", "the memo claims he ...".
CLAUSE_AFTER = re.compile(r"\s+(?:that|he|she|they|we|it|the\s+\w+\s+(?:is|was|has|had))\b")
# An adverb set off by commas between a subject and its verb: "Others, however, say".
_PARENTHETICAL = re.compile(r",\s*(?:however|though|too|meanwhile|instead|also),\s+$")
_DASH_BEFORE = re.compile(r"\w\x20-{1,2}\x20$")  # "... YouTube channel - told"
_NUMBER_BEFORE = re.compile(r"(?<![\d,.])\d+\s+$")  # a share as the subject: "4 in 10 said"
WORD_BEFORE = re.compile(r"([A-Za-z][A-Za-z']*)\s+$")  # the word right before a cue
# Words after which a cue word is a noun or an infinitive, not a reporting verb.
_NOT_BEFORE_VERB = frozenset(
    {"to", "the", "a", "an", "his", "her", "their", "its", "our", "my", "your", "this"}
    | {"these", "those", "of", "for", "in", "on", "with", "by", "from", "at", "as"}
    | {"no", "any", "some", "such", "public", "popular", "strong"}
    | {"broad", "whose", "if", "than", "into", "about", "without", "after", "before"}
)


def has_subject(folded: str, start: int, cue: int, word: str = "") -> bool:
    """A word that may end a subject or a verb group stands just before the cue, or a
    share: "53% say"."""
    if folded[max(start, cue - 2) : cue] == "% ":
        return True
    if _DASH_BEFORE.search(folded, max(start, cue - 4), cue):
        return True  # "Joyce - a lawyer who ... - told": an aside set off by dashes
    if word in _POLL_VERBS and _NUMBER_BEFORE.search(folded, max(start, cue - 12), cue):
        return True  # "more than 4 in 10 said", "43 said": a poll's share answers
    aside = _PARENTHETICAL.search(folded, max(start, cue - 30), cue)
    at = cue if aside is None else aside.start()  # "Others, however, say": past the aside
    before = WORD_BEFORE.search(folded, max(start, at - 40), at)
    return before is not None and before[1].lower() not in _NOT_BEFORE_VERB


def noun_use(folded: str, start: int, cue: int) -> bool:
    """A cue word that is as often a noun follows an article ("the plan") or another
    lower-case word that is not a pronoun, an auxiliary or an adverb ("a tax plan")."""
    before = folded[max(start, cue - 16) : cue].split()
    if not before:
        return False
    last = before[-1]
    if last in NOUN_DETERMINERS or last.lower() in NOUN_DETERMINERS:
        return True
    if last == "percent" or (len(last) > 3 and last.endswith("s") and not last.endswith("ss")):
        return False  # "1 percent support", "most voters support": a plural subject, a verb
    return (
        last.isalpha() and last.islower() and last not in _BEFORE_VERB and not last.endswith("ly")
    )


def plural_subject(folded: str, start: int, cue: int) -> bool:
    """A plural stands before a cue word that is as often a noun, which makes it a verb:
    "About three-quarters support", "most voters support" (not "36 percent support", "his
    outrageous views", "news reports").

    >>> plural_subject("most voters support", 0, 12), plural_subject("the tax plan", 0, 8)
    (True, False)
    """
    before = folded[max(start, cue - 24) : cue].split()
    if not before:
        return False
    last = before[-1]
    return (
        len(last) > 3
        and last.islower()
        and last.endswith("s")
        and not last.endswith(("ss", "us", "is"))
        and last != "news"
    )


def after_verb_word(folded: str, start: int, cue: int) -> bool:
    """A cue word that is as often a noun stands after a pronoun, a relative or an
    auxiliary, so it is a verb: "voters who support him", "they plan"."""
    before = WORD_BEFORE.search(folded, max(start, cue - 12), cue)
    return before is not None and before[1].lower() in _BEFORE_VERB


def infinitive(folded: str, start: int, cue: int) -> bool:
    """The cue is an infinitive ("declined to say whether", "the first to endorse him"):
    its subject stands earlier in the sentence, and its content follows as for the verb."""
    before = WORD_BEFORE.search(folded, max(start, cue - 4), cue)
    return before is not None and before[1] == "to"

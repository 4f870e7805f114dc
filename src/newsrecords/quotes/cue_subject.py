"""Whether a cue word has a subject before it, and is a verb rather than a noun.

:mod:`.indirect` counts a cue only when it reports for someone: a speaker phrase the
speaker tables read, or a subject-like word they do not ("One in four voters said", "4 in
10 said", "Others, however, say", "X - a co-host - told"). A cue word that is as often a
noun ("support", "plans", "notes") is a noun after an article or an adjective ("the plan",
"a tax plan") and a verb after a plural subject ("most voters support") or before a clause
("the report notes that ..."). :func:`not_a_report` rules out uses that report nothing: a
passive with no speaker ("can be found here"), "found itself", "appeared on CNN", and the
word as a noun or modifier ("a talk show", "a worker named X"); each was kept only where it
raised indirect precision on PolNeAR's dev and train splits without costing recall. Each
check reads a few words before or after the cue.
"""

from __future__ import annotations

import re

from ..lexicon.grammar_words import IRREGULAR_PASTS, STATE_PARTICIPLES

__all__ = [
    "CLAUSE_AFTER",
    "NOUN_DETERMINERS",
    "WORD_BEFORE",
    "after_verb_word",
    "has_subject",
    "infinitive",
    "not_a_report",
    "noun_use",
    "passive_report",
    "past_participle",
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


# --- cue words used in a way that reports nothing (issue 3) ---
# Verbs whose passive names no one who speaks ("can be found here", "were offered two
# stamps", "has been pushed to the left", "was named chief"); the passives PolNeAR reads
# as reports ("was told that", "is expected to") are not listed.
_PASSIVE_NOT_REPORT = frozenset(
    {"found", "offered", "pushed", "named", "posted", "shown", "compared"}
)
# ... unless an infinitive follows: "was found to use", "was shown to be false" report a
# finding, as "is expected to" does
_INFINITIVE_AFTER = re.compile(r"\s+to\s+([a-z]+)\b")  # "to" and a lower-case word
_QUANTIFIERS = frozenset({"some", "many", "more", "most", "all", "both", "few", "several"})
# A form of "be" (perhaps with one adverb) right before a participle: a passive.
_AGENT_AFTER = re.compile(r"\s+by\b")  # "was asked by a reporter": the agent is named
_BE_BEFORE = re.compile(
    r"""
    \b(?:be|been|being|is|are|was|were|'s|'re)\s+  # "can be", "has been", "were"
    (?:[a-z]+ly\s+|not\s+|also\s+|now\s+|still\s+)?  # "was recently named", "is not found"
    $""",
    re.VERBOSE,
)
# "find oneself somewhere": a state, not a finding
_REFLEXIVE = re.compile(
    r"\s+(?:itself|himself|herself|themselves|ourselves|myself|yourself|yourselves)\b"
)  # the reflexive object right after the cue
_FIND_WORDS = frozenset({"found", "find", "finds", "finding"})
# "appeared on CNN", "appeared at his side": a person showing up, not a stance ("appeared
# to", "appeared pleased")
_APPEAR_PLACE = re.compile(r"\s+(?:on|at|in|before|with|alongside|onstage|together)\b")  # a place
_APPEAR = frozenset({"appeared", "appear", "appears"})
# A noun the cue word modifies: "talk show", "talk radio", "a show host" ("talking points"
# is left alone: removing its reports shifted a later pronoun's speaker on PolNeAR train)
_MODIFIED_NOUN = re.compile(r"\s+(?:shows?|host|hosts|radio)\b")
_NOUN_MODIFIERS = frozenset({"talk", "talking", "show"})
_ARTICLES = frozenset({"a", "an", "the"})  # a gerund after one is a noun ("the backing")
# "named for Ali", "named after his father": a namesake
_NAMESAKE = re.compile(r"\s+(?:for|after)\b")  # the preposition right after "named"
# Every cue word a rule below may reject besides the -ing forms: any other ("said") reports
_MAY_NOT_REPORT = _PASSIVE_NOT_REPORT | _FIND_WORDS | _APPEAR | _NOUN_MODIFIERS  # ("named" too)


def past_participle(word: str) -> bool:
    """A regular or irregular past form, not a participle of a state of mind.

    >>> past_participle("announced"), past_participle("said"), past_participle("says")
    (True, True, False)
    """
    if " " in word or word in STATE_PARTICIPLES:
        return False
    return word.endswith(("ed", "en", "wn")) or word in IRREGULAR_PASTS


def passive_report(folded: str, start: int, cue_start: int, cue_end: int, word: str) -> bool:
    """The cue is a passive with no agent after it ("is widely viewed as", "was charged
    with", "are expected to"): its subject is what the report is about or who was told,
    never who speaks. A participle of a state ("are concerned that", "is convinced") is
    not such a passive: its subject holds the view.

    >>> text = "The pact is widely viewed as a snub."
    >>> passive_report(text, 0, 19, 25, "viewed")
    True
    >>> passive_report("Lee viewed it.", 0, 4, 10, "viewed")
    False
    >>> passive_report("Aides are concerned that it fails.", 0, 10, 19, "concerned")
    False
    """
    if not past_participle(word.split()[0]) or _AGENT_AFTER.match(folded, cue_end):
        return False
    return _BE_BEFORE.search(folded, max(start, cue_start - 24), cue_start) is not None


def not_a_report(folded: str, start: int, cue_start: int, cue_end: int, word: str) -> str:
    """Why a cue word reports nothing here, or "" when it may report: a passive with no
    speaker ("can be found here", "that's compared to X"), "find oneself", an appearance
    somewhere ("appeared on CNN"), or the cue used as a noun or adjective ("a talk show",
    "the backing of", "a man named X", "named for Ali").

    >>> not_a_report("The poll can be found here.", 0, 16, 21, "found")
    'passive'
    >>> not_a_report("She appeared on CNN on Sunday.", 0, 4, 12, "appeared")
    'appearance'
    >>> not_a_report("Polls found he leads.", 0, 6, 11, "found")
    ''
    """
    if word not in _MAY_NOT_REPORT and not word.endswith("ing"):
        return ""
    before = folded[max(start, cue_start - 24) : cue_start]
    if (
        word in _PASSIVE_NOT_REPORT
        and _BE_BEFORE.search(before)
        and not _infinitive_after(folded, cue_end)
    ):
        return "passive"
    if word in _FIND_WORDS and _REFLEXIVE.match(folded, cue_end):
        return "reflexive"
    if word in _APPEAR and _APPEAR_PLACE.match(folded, cue_end):
        return "appearance"
    last = before.split()[-1:] if before.strip() else []
    if word in _NOUN_MODIFIERS and _MODIFIED_NOUN.match(folded, cue_end):
        return "modifier"
    if word == "show" and last and last[0].lower() in _NOUN_MODIFIERS:
        return "modifier"  # "a Sunday talk show": the show is the noun
    if (word.endswith("ing") or word == "show") and last and last[0].lower() in _ARTICLES:
        return "gerund"  # "the backing of", "an offering", "the show": a noun
    if word == "named":
        if _NAMESAKE.match(folded, cue_end):
            return "named"
        # "a worker named Antonio": the name given, no speech (not after an adverb,
        # "recently named her", or a pronoun or auxiliary, "they named him")
        noun = last[0] if last else ""
        bare_noun = noun.isalpha() and noun.islower() and not noun.endswith("ly")
        if bare_noun and noun not in _BEFORE_VERB:
            return "named"
    return ""


def _infinitive_after(folded: str, at: int) -> bool:
    """An infinitive follows ``at`` ("found to use"), not a noun phrase ("pushed to some
    positions", "compared to the board").

    >>> _infinitive_after(" to use gas", 0), _infinitive_after(" to the board", 0)
    (True, False)
    """
    to = _INFINITIVE_AFTER.match(folded, at)
    return to is not None and to[1] not in NOUN_DETERMINERS and to[1] not in _QUANTIFIERS

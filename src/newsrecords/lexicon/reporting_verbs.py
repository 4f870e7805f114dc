"""Reporting cues for indirect speech: verbs of saying, reporting, believing, announcing,
supporting and opposing that introduce reported content without quotation marks.

The cues are the entries of :mod:`._speech_verbs` flagged
:attr:`~._speech_verbs.Use.INDIRECT` (that table says where they came from, holds the quote
cues too, and flags how each cue takes its content). Each cue also matches capitalised,
opening a sentence or in a title-case headline ("Asked about ...", "Trump Says ...").
Verbs that mostly open an ordinary action ("continued", "speaking", "raised") are left out.
Extend with :func:`register_reporting_verbs`; this module also holds the headline kickers
and the words that end an object.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from .speech_verbs import Use, entries, is_speech_verb, register
from .tables import clean_entries, word_pattern

__all__ = [
    "CLAUSE_OPENERS",
    "HEADLINE_SOURCE",
    "NOUN_CUES",
    "NOUN_LIKE",
    "OBJECT_ADJUNCTS",
    "TELL_VERBS",
    "is_headline_kicker",
    "is_speech_verb",
    "register_headline_kickers",
    "register_reporting_verbs",
    "reporting_cue_pattern",
    "takes_clause",
]


def _words(text: str) -> set[str]:
    return set(text.split())


_INDIRECT = entries(Use.INDIRECT)  # every cue, live: registering adds to it
_SAYING = entries(Use.SAYING)  # verbs of saying: content before or after, a clause
# Verbs of saying whose content is as often an object as a clause ("announced his
# resignation", "urged calm", "posted a video"): like most stance cues, they take the
# object noun phrase.
_SAYING_OBJECTS: frozenset[str] = frozenset(entries(Use.OBJECT))
# Verbs of thinking, finding and seeming among the stance cues: their content is a clause
# ("believes he will win", "the poll shows Clinton ahead"), as after verbs of saying.
_THINKING: frozenset[str] = frozenset(entries(Use.THINKING))
# Verbs whose object (the person told) comes before the reported content.
TELL_VERBS: frozenset[str] = frozenset(entries(Use.TELL))
# Cue words that are as often nouns ("his support", "the plan"): these need a speaker
# phrase next to them before they count.
NOUN_LIKE: frozenset[str] = frozenset(entries(Use.NOUN_LIKE))
# Noun phrases that report a stance ("her support for", "criticism of", "claims that"):
# their holder is often a possessive the speaker tables do not read, so they count
# without a speaker; the reported content follows them.
NOUN_CUES: frozenset[str] = frozenset(entries(Use.NOUN_CUE))

# Words that open a clause or a time phrase after reported content: an object ("endorsed
# Trump last week") and an infinitive's phrase ("vowed to work with both parties after
# the vote") both end before them.
CLAUSE_OPENERS: frozenset[str] = frozenset(
    _words(
        """
        after before since when while as because despite but so even though
        last this next yesterday today tonight earlier later
        Monday Tuesday Wednesday Thursday Friday Saturday Sunday
        """
    )
)

# Words that open a place, manner or time adjunct after an object ("discussed my sentence
# on Fox", "said so again"); an infinitive's phrase keeps them ("to work with").
OBJECT_ADJUNCTS: frozenset[str] = frozenset(
    _words(
        """
        on in at during by with without over through amid until ahead across throughout
        than again now then
        """
    )
)

# Labels that open a headline before a colon without naming a source ("The Latest: ...",
# "Breaking: ...", "Analysis: ..."): newsroom kickers and section names, compiled by hand
# from general news-site style; lower case. Extend with :func:`register_headline_kickers`.
_HEADLINE_KICKERS: set[str] = set(
    re.split(
        r"\s*\|\s*",
        """
    the latest | latest | breaking | breaking news | just in | exclusive | update | updated
    | live | live updates | watch | video | photos | audio | analysis | opinion | editorial
    | commentary | column | review | explainer | fact check | q&a | interview | wow | boom
    | busted | revealed | look | bombshell | byline | paid notice | correction | letters
    | obituary | read | listen | must see | flashback | editor's note | first read
    """.strip(),
    )
)

# A headline that opens "SOURCE: CLAIM" ("Issa: Clinton's honesty is in question", "Poll:
# Sanders leads"): one to four capitalised words at the start of a line, then a colon.
# Kept out of the cue pattern, which scans whole articles: as one more alternative there it
# made every scan about a third slower, and only headlines read it.
HEADLINE_SOURCE = re.compile(
    r"""
    [A-Z](?<![^\n][A-Z])             # a capital at the start of the text or of a line
    [\w.'&-]*(?:\x20[A-Z][\w.'&-]*){0,3}  # opening up to four capitalised words
    :(?=\x20)                        # and a colon before the claim
    """,
    re.VERBOSE,
)

_pattern: re.Pattern[str] | None = None


def _capitalised(words: Iterable[str]) -> set[str]:
    """Each cue as written, opening a sentence and in a title-case headline: "Asked about
    the wall, ...", "Trump Says Clinton Is Unfit", "Senator Calls For Inquiry".

    >>> sorted(_capitalised(["says", "calls for"]))
    ['Calls For', 'Calls for', 'Says', 'calls for', 'says']
    """
    out: set[str] = set()
    for word in words:
        out.add(word)
        out.add(word[:1].upper() + word[1:])
        out.add(" ".join(part[:1].upper() + part[1:] for part in word.split()))
    return out


def _build() -> re.Pattern[str]:
    return word_pattern(_capitalised(_INDIRECT))


def reporting_cue_pattern() -> re.Pattern[str]:
    """The compiled indirect-speech cue matcher (rebuilt after registering words).

    >>> [m[0] for m in reporting_cue_pattern().finditer("Poll: Sanders leads, Cruz says")]
    ['says']
    """
    global _pattern
    if _pattern is None:
        _pattern = _build()
    return _pattern


def takes_clause(word: str) -> bool:
    """True for a cue whose content is a clause, read to the clause's end, rather than
    the object noun phrase most cues take: a verb of saying (but not one of
    :data:`_SAYING_OBJECTS`) or of thinking.

    >>> takes_clause("said"), takes_clause("believes"), takes_clause("endorsed")
    (True, True, False)
    """
    return word in _THINKING or (word in _SAYING and word not in _SAYING_OBJECTS)


def register_reporting_verbs(words: Iterable[str], *, saying: bool = False) -> None:
    """Add indirect-speech cues: verbs (every inflection you want matched) or phrases.

    ``saying=True`` marks verbs of saying, whose content may also precede them ("...,
    the memo asserted") and is a whole clause; other verbs take an object ("backed the
    plan"), read up to the first time or place phrase. A non-``str`` or blank entry raises
    :class:`~newsrecords.exceptions.RuleError`.

    >>> register_reporting_verbs(["harrumphed", "went on to say"], saying=True)
    >>> bool(reporting_cue_pattern().search("she harrumphed the plan was late"))
    True
    """
    global _pattern
    for word in clean_entries(words, "reporting verbs"):
        if " " in word:
            register([word], Use.INDIRECT)
        else:
            register([word.lower()], Use.INDIRECT | Use.SAYING if saying else Use.INDIRECT)
    _pattern = None


def is_headline_kicker(label: str) -> bool:
    """True for a newsroom label that opens a headline before a colon without naming a
    source ("The Latest: ...", "Analysis: ...").

    >>> is_headline_kicker("The  Latest"), is_headline_kicker("Poll")
    (True, False)
    """
    return " ".join(label.split()).lower() in _HEADLINE_KICKERS


def register_headline_kickers(labels: Iterable[str]) -> None:
    """Add headline labels that name no source before their colon ("Morning Briefing").
    A non-``str`` or blank entry raises :class:`~newsrecords.exceptions.RuleError`.

    >>> register_headline_kickers(["Morning Briefing"])
    >>> is_headline_kicker("morning briefing")
    True
    """
    _HEADLINE_KICKERS.update(label.lower() for label in clean_entries(labels, "headline kickers"))

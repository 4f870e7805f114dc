"""A lexicon compiled for the rules, and the scope that says which one a parse reads.

:class:`Tables` holds what the rules ask of a :class:`~newsrecords.lexicon.Lexicon`: sets
by use, unions asked about together, and the two cue matchers. It is built once per
lexicon (cached) and never changed.

A parse reads the tables of the lexicon its :class:`~newsrecords.Parser` carries:
:func:`using` sets them for the length of the parse in a :mod:`contextvars` variable, so two
threads (or two asyncio tasks) parsing with two lexicons each see their own, and nothing
outside a parse is changed. Rules call :func:`active` once per call, not per word.
"""

from __future__ import annotations

import contextlib
import functools
import re
from collections.abc import Iterator, Mapping
from contextvars import ContextVar
from types import MappingProxyType

import attrs

from .cue_words import build_cue_pattern
from .lexicon import Lexicon
from .reporting_verbs import build_reporting_pattern
from .speaker_words import BARE_NOUN_TABLES, HEAD_NOUN_TABLES, PHRASE_TABLES
from .speech_verbs import Use

__all__ = ["Tables", "active", "compile_lexicon", "using"]


@attrs.frozen(slots=True)
class Tables:
    """What the rules read of one lexicon, in the form they read it."""

    quote_cues: frozenset[str]  # attribute a quotation
    indirect_cues: frozenset[str]  # introduce reported speech without quotation marks
    saying: frozenset[str]  # verbs of saying: content may precede them, a clause
    saying_objects: frozenset[str]  # saying, but the content is as often an object
    thinking: frozenset[str]  # content is a clause ("believes he will win")
    tell: frozenset[str]  # the person told comes before the content
    noun_like: frozenset[str]  # as often nouns: need a speaker phrase next to them
    noun_cues: frozenset[str]  # noun phrases of stance ("claims that")
    speaker_after: frozenset[str]  # the speaker follows ("according to X")
    cue_pattern: re.Pattern[str]  # quote cues in folded text
    reporting_pattern: re.Pattern[str]  # indirect cues in folded text
    words: Mapping[str, frozenset[str]]  # the speaker tables by name
    phrase_nouns: frozenset[str]  # the union of the PHRASE_TABLES
    bare_nouns: frozenset[str]  # the union of the BARE_NOUN_TABLES
    head_nouns: frozenset[str]  # the union of the HEAD_NOUN_TABLES
    headline_kickers: frozenset[str]  # lower case, single spaces
    outlets: frozenset[str]  # lower case

    def takes_clause(self, word: str) -> bool:
        """True for a cue whose content is a clause, read to the clause's end, rather than
        the object noun phrase most cues take: a verb of saying (but not one that as often
        takes an object) or of thinking.

        >>> tables = active()
        >>> tables.takes_clause("said"), tables.takes_clause("believes")
        (True, True)
        >>> tables.takes_clause("endorsed")
        False
        """
        return word in self.thinking or (word in self.saying and word not in self.saying_objects)

    def is_headline_kicker(self, label: str) -> bool:
        """True for a newsroom label that opens a headline before a colon without naming a
        source ("The Latest: ...", "Analysis: ...").

        >>> active().is_headline_kicker("The  Latest"), active().is_headline_kicker("Poll")
        (True, False)
        """
        return " ".join(label.split()).lower() in self.headline_kickers


@functools.lru_cache(maxsize=32)
def compile_lexicon(lexicon: Lexicon) -> Tables:
    """The tables of ``lexicon``, built once per distinct lexicon (the cue matchers are the
    costly part: a few milliseconds each)."""
    words = dict(lexicon.speaker_words)
    return Tables(
        quote_cues=lexicon.cues(Use.QUOTE),
        indirect_cues=lexicon.cues(Use.INDIRECT),
        saying=lexicon.cues(Use.SAYING),
        saying_objects=lexicon.cues(Use.OBJECT),
        thinking=lexicon.cues(Use.THINKING),
        tell=lexicon.cues(Use.TELL),
        noun_like=lexicon.cues(Use.NOUN_LIKE),
        noun_cues=lexicon.cues(Use.NOUN_CUE),
        speaker_after=lexicon.cues(Use.SPEAKER_AFTER),
        cue_pattern=build_cue_pattern(lexicon.cues(Use.QUOTE)),
        reporting_pattern=build_reporting_pattern(lexicon.cues(Use.INDIRECT)),
        words=MappingProxyType(words),
        phrase_nouns=frozenset().union(*(words[t] for t in PHRASE_TABLES)),
        bare_nouns=frozenset().union(*(words[t] for t in BARE_NOUN_TABLES)),
        head_nouns=frozenset().union(*(words[t] for t in HEAD_NOUN_TABLES)),
        headline_kickers=lexicon.headline_kickers,
        outlets=lexicon.outlets,
    )


_ACTIVE: ContextVar[Tables | None] = ContextVar("newsrecords_lexicon", default=None)


def active() -> Tables:
    """The tables of the lexicon the running parse uses (the default one outside a parse).

    >>> "said" in active().quote_cues
    True
    """
    tables = _ACTIVE.get()
    return _default_tables() if tables is None else tables


@functools.cache
def _default_tables() -> Tables:
    return compile_lexicon(Lexicon.default())


@contextlib.contextmanager
def using(lexicon: Lexicon) -> Iterator[Tables]:
    """Make ``lexicon`` the active one in this thread or task until the block ends.

    >>> mine = Lexicon.default().extend(cue_words=["griped"])
    >>> with using(mine):
    ...     "griped" in active().quote_cues
    True
    >>> "griped" in active().quote_cues
    False
    """
    tables = compile_lexicon(lexicon)
    token = _ACTIVE.set(tables)
    try:
        yield tables
    finally:
        _ACTIVE.reset(token)

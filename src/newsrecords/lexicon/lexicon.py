"""The :class:`Lexicon`: every word table a parse consults, as one frozen value.

A lexicon is data, not state: extending one returns a new lexicon and changes nothing that
any other parse sees. A :class:`~newsrecords.Parser` carries one; the rules read its
compiled form (:class:`~newsrecords.lexicon.compiled.Tables`) for the length of a parse.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping
from typing import Any

import attrs

from ..exceptions import RuleError
from .metadata_words import AGENCIES, OUTLETS
from .reporting_verbs import HEADLINE_KICKERS
from .speaker_words import WORDS
from .speech_verbs import DEFAULT_USES, Use

__all__ = ["SPEAKER_TABLES", "Lexicon"]

# The speaker tables a lexicon can extend, by the keyword that names each.
SPEAKER_TABLES: tuple[str, ...] = tuple(sorted(WORDS))

# Characters that would make a word a pattern: an entry is matched as written, so these can
# only be a mistake ("said|told", "grip(ed)", "cue*").
_METACHARACTERS = re.compile(r"[\\^$*+?{}\[\]|()]")


def _clean(words: object, what: str) -> tuple[str, ...]:
    """Entries of one table keyword, lower-cased with single spaces, each checked first.

    >>> _clean(["Went  on\\tto say", "griped"], "cue_words")
    ('went on to say', 'griped')
    >>> _clean(["ok", "said|told"], "cue_words")  # doctest: +ELLIPSIS
    Traceback (most recent call last):
    ...
    newsrecords.exceptions.RuleError: cue_words: 'said|told' holds a pattern character; ...
    """
    if isinstance(words, str) or not isinstance(words, Iterable):
        raise RuleError(f"{what} must be an iterable of str, not {type(words).__name__}")
    cleaned: list[str] = []
    for word in words:
        if not isinstance(word, str):
            raise RuleError(f"{what}: entries must be str, not {type(word).__name__} ({word!r})")
        if not word.strip():
            raise RuleError(f"{what}: entries must not be blank, got {word!r}")
        if _METACHARACTERS.search(word):
            raise RuleError(f"{what}: {word!r} holds a pattern character; entries are plain words")
        cleaned.append(" ".join(word.split()).lower())
    return tuple(cleaned)


def _frozen_uses(uses: Mapping[str, Use]) -> tuple[tuple[str, Use], ...]:
    return tuple(sorted(uses.items()))


@attrs.frozen(slots=True, cache_hash=True)
class Lexicon:
    """The word tables of a parse: cue verbs and their uses, speaker tables (titles, role
    nouns, organisations, given names...), headline kickers and outlet names.

    Build one with :meth:`default` and :meth:`extend`; it is frozen, comparable, hashable
    and picklable. Every entry is checked when the lexicon is built, so a bad entry raises
    :class:`~newsrecords.exceptions.RuleError` before any parsing.

    >>> base = Lexicon.default()
    >>> mine = base.extend(cue_words=["griped"], organizations=["Quad Secretariat"])
    >>> mine == base, "griped" in mine.cues(Use.QUOTE), "griped" in base.cues(Use.QUOTE)
    (False, True, False)
    >>> "quad secretariat" in mine.table("organizations")
    True
    """

    speech_verbs: tuple[tuple[str, Use], ...]
    speaker_words: tuple[tuple[str, frozenset[str]], ...]
    headline_kickers: frozenset[str]
    outlets: frozenset[str]

    @classmethod
    def default(cls) -> Lexicon:
        """The built-in tables (each module in :mod:`newsrecords.lexicon` says where its
        data came from)."""
        return _DEFAULT

    def cues(self, use: Use) -> frozenset[str]:
        """The cue words and phrases that carry every flag in ``use``.

        >>> sorted(Lexicon.default().cues(Use.TELL) & {"told", "said", "reminded"})
        ['reminded', 'told']
        """
        return frozenset(word for word, flags in self.speech_verbs if use in flags)

    def table(self, name: str) -> frozenset[str]:
        """One speaker table by name (see :data:`SPEAKER_TABLES`).

        >>> "senator" in Lexicon.default().table("titles")
        True
        """
        for table, words in self.speaker_words:
            if table == name:
                return words
        raise RuleError(f"unknown speaker table {name!r}; known: {list(SPEAKER_TABLES)}")

    def extend(
        self,
        *,
        cue_words: Iterable[str] = (),
        indirect_cue_words: Iterable[str] = (),
        reporting_verbs: Iterable[str] = (),
        saying_verbs: Iterable[str] = (),
        headline_kickers: Iterable[str] = (),
        outlets: Iterable[str] = (),
        **speaker_tables: Iterable[str],
    ) -> Lexicon:
        """A new lexicon with more entries; this one is unchanged.

        - ``cue_words``: verbs or phrases that attribute a quotation ("griped", every
          inflection you want matched); ``indirect_cue_words`` do that and also report
          speech without quotation marks, as verbs of saying ("she griped the plan was late");
        - ``reporting_verbs``: cues of indirect speech that take an object ("backed the
          plan"); ``saying_verbs``: cues of indirect speech whose content is a clause and may
          precede them ("..., the memo asserted");
        - ``headline_kickers``: labels that open a headline before a colon without naming a
          source ("Morning Briefing: ...");
        - ``outlets``: outlet names, for headline suffixes and bylines;
        - any speaker table by name (:data:`SPEAKER_TABLES`: ``titles``, ``organizations``,
          ``role_nouns``, ``male_names``...).

        An unknown keyword or a bad entry (not a ``str``, blank, or holding a pattern
        character) raises :class:`~newsrecords.exceptions.RuleError` naming it.

        >>> Lexicon.default().extend(colours=["red"])
        Traceback (most recent call last):
        ...
        newsrecords.exceptions.RuleError: unknown lexicon table 'colours'; ...
        """
        unknown = sorted(set(speaker_tables) - set(SPEAKER_TABLES))
        if unknown:
            raise RuleError(
                f"unknown lexicon table {unknown[0]!r}; known: cue_words, indirect_cue_words, "
                f"reporting_verbs, saying_verbs, headline_kickers, outlets, "
                + ", ".join(SPEAKER_TABLES)
            )
        uses = dict(self.speech_verbs)

        def add(words: Iterable[str], what: str, flags: Use) -> None:
            for word in _clean(words, what):
                # A phrase is never a verb of saying: nothing it reports comes before it.
                word_flags = flags & ~Use.SAYING if " " in word else flags
                uses[word] = uses.get(word, Use(0)) | word_flags

        add(cue_words, "cue_words", Use.QUOTE)
        add(indirect_cue_words, "indirect_cue_words", Use.QUOTE | Use.INDIRECT | Use.SAYING)
        add(reporting_verbs, "reporting_verbs", Use.INDIRECT)
        add(saying_verbs, "saying_verbs", Use.INDIRECT | Use.SAYING)
        tables = dict(self.speaker_words)
        for name, words in speaker_tables.items():
            tables[name] = tables[name] | frozenset(_clean(words, name))
        return attrs.evolve(
            self,
            speech_verbs=_frozen_uses(uses),
            speaker_words=tuple(sorted(tables.items())),
            headline_kickers=self.headline_kickers
            | frozenset(_clean(headline_kickers, "headline_kickers")),
            outlets=self.outlets | frozenset(_clean(outlets, "outlets")),
        )

    def __reduce__(self) -> tuple[Any, ...]:
        # The default lexicon unpickles as the shared instance, so its compiled tables are
        # built once per process, not once per copy sent to a worker.
        if self is _DEFAULT:
            return (Lexicon.default, ())
        return (
            Lexicon,
            (self.speech_verbs, self.speaker_words, self.headline_kickers, self.outlets),
        )


_DEFAULT = Lexicon(
    speech_verbs=_frozen_uses(DEFAULT_USES),
    speaker_words=tuple(sorted((name, frozenset(words)) for name, words in WORDS.items())),
    headline_kickers=frozenset(HEADLINE_KICKERS),
    outlets=frozenset(name.lower() for name in (*OUTLETS, *AGENCIES)),
)

"""The registration functions of earlier releases, kept as errors that say what replaced them.

They changed word tables for every later parse in the process, in every thread; a
:class:`~newsrecords.lexicon.Lexicon` given to a :class:`~newsrecords.Parser` does the same
for that parser alone.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import NoReturn

from ..exceptions import RuleError

__all__ = ["removed_registration"]


def removed_registration(name: str, keyword: str) -> Callable[..., NoReturn]:
    """A stand-in for the removed ``name`` that raises :class:`RuleError` pointing to the
    :meth:`~newsrecords.lexicon.Lexicon.extend` keyword that replaces it.

    >>> register_cue_words = removed_registration("register_cue_words", "cue_words")
    >>> register_cue_words(["griped"])  # doctest: +ELLIPSIS
    Traceback (most recent call last):
    ...
    newsrecords.exceptions.RuleError: register_cue_words() was removed: ... Use Parser(...) instead
    """

    def removed(*args: object, **kwargs: object) -> NoReturn:
        raise RuleError(
            f"{name}() was removed: it changed every parse in the process. Use "
            f"Parser(lexicon=Lexicon.default().extend({keyword}=[...])) instead"
        )

    removed.__name__ = removed.__qualname__ = name
    removed.__doc__ = f"Removed: use ``Lexicon.default().extend({keyword}=...)`` with a Parser."
    return removed

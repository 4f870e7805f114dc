"""Where a person noun owned by a name begins: "Hillary Clinton's right-hand woman",
"Tom Riggs's driver" read back from the cue after them.

The loose reading of a phrase before a cue (:mod:`.phrases`) opens at a determiner ("his
childhood friend said"); an owner's name in the possessive stands where the determiner
would, and the name runs back over its capitalised words. The phrase must open a clause,
as a loosely read phrase must: "met Clinton's right-hand woman" is no subject.
"""

from __future__ import annotations

from .phrase_reader import CLAUSE_OPENERS, is_capitalised

__all__ = ["owner_start"]

_OWNER_WORDS = 3  # capitalised words an owner's name may run, the possessive one included


def owner_start(toks: list[tuple[int, int, str]], owner: int) -> int | None:
    """The index of the first token of the phrase whose owner, a possessive name, ends at
    ``toks[owner]``; None when the owner is no capitalised name or the phrase does not
    open a clause.

    >>> toks = [(0, 0, w) for w in ", Hillary Clinton's right-hand woman".split()]
    >>> owner_start(toks, 2)
    1
    >>> owner_start([(0, 0, w) for w in "met Clinton's aide".split()], 1) is None
    True
    """
    if not is_capitalised(toks[owner][2]):
        return None
    start = owner
    while start > 0 and owner - start + 1 < _OWNER_WORDS and is_capitalised(toks[start - 1][2]):
        start -= 1
    if start > 0 and toks[start - 1][2].lower() not in CLAUSE_OPENERS:
        return None
    return start

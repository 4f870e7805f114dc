"""Organisation names the phrase reader's last-word rule misses: one named HEAD "of" WHAT
("Ministry of Foreign Affairs", "Bureau of Labor Statistics"), and one owned by a person
named before it ("opposition leader Alexei Navalny's Anti-Corruption Foundation").

The phrase reader tells an organisation by its last word ("... Institute", "... Agency");
a name built as HEAD "of" WHAT ends in what the body deals with ("Affairs", "Statistics"),
which then read as a person's surname with the rest as a title ("Ministry of Foreign" as
the title of "Affairs"). A reader takes the first word as the head. The words after "of"
must all be capitalised (or "and", "the", "for") and none a role noun, so "Department of
Justice spokesman Ben Ortiz" stays a person with a title. An owned organisation is the
capitalised words after the last possessive, ending in an organisation head; the whole
phrase read as one name would make "Anti-Corruption Foundation" a person with the owner as
title.
"""

from __future__ import annotations

from ..lexicon.compiled import active
from .names import is_possessive

__all__ = ["head_of_name", "owned_organization"]

_INSIDE = frozenset({"of", "and", "the", "for", "&"})  # small words inside such a name


def head_of_name(body: list[str]) -> bool:
    """The capitalised phrase ``body`` (its words, no determiner) is an organisation named
    HEAD "of" WHAT, its first word an organisation head.

    >>> head_of_name(["Ministry", "of", "Foreign", "Affairs"])
    True
    >>> head_of_name(["Secretary", "of", "State", "Antony", "Blinken"])
    False
    >>> head_of_name(["Department", "of", "Justice", "Spokesman", "Ben", "Ortiz"])
    False
    """
    if len(body) < 3 or body[1] != "of":
        return False
    words = active().words
    if body[0].lower() not in words["organization_heads"]:
        return False
    rest = body[2:]
    if not rest[-1][:1].isupper():
        return False
    for word in rest:
        low = word.lower().rstrip(".")
        if low in _INSIDE:
            continue
        if not word[:1].isupper() or low in words["role_nouns"] or is_possessive(word):
            return False
    return True


def owned_organization(body: list[str]) -> int | None:
    """Where an organisation owned by the name before it starts in ``body`` ("leader Alexei
    Navalny's Anti-Corruption Foundation": at "Anti-Corruption"), or None.

    >>> owned_organization(["leader", "Alexei", "Navalny's", "Anti-Corruption", "Foundation"])
    3
    >>> owned_organization(["NBC's", "Dante", "Chinni"]) is None
    True
    """
    if len(body) < 2 or body[-1].lower() not in active().words["organization_heads"]:
        return None  # (the cheap test first: most phrases end in no organisation head)
    owner = max((k for k, w in enumerate(body) if is_possessive(w)), default=-1)
    rest = body[owner + 1 :]
    if owner < 0 or not rest:
        return None
    if not all(w[:1].isupper() for w in rest):
        return None
    return owner + 1

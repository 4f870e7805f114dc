"""Whether a role noun may stand for a person seen earlier: "the senator" for "Vermont Sen.
Bernie Sanders", but "the vice president" not for "President X", "the New Jersey governor"
not for "Ohio Gov. X", "a spokeswoman for Janney" not for a Trump spokeswoman.

:class:`RoleWanted` holds what a role asks of a title; :mod:`.book` asks it of the
few recent speakers a role may reach back to.
"""

from __future__ import annotations

import attrs

from ..lexicon.compiled import active
from ..lexicon.speaker_words import DETERMINERS, FUNCTION_CAPS, ROLE_ABBREVIATIONS, US_STATES
from .phrase_reader import EMPLOYER_LINKS, Mention, bare_word

__all__ = ["RoleWanted"]

# Words of rank before a role noun that a title must say too: "the vice president" is not
# "President X" (compiled by hand from AP style titles).
_RANK_WORDS = frozenset({"vice", "deputy", "assistant", "associate", "lieutenant"})


def _qualifiers(words: list[str]) -> set[str]:
    """The capitalised words of a role or title that are no title word themselves: the
    place or body it is of ("Ohio", "New Jersey"; not "Democratic", "Sen.").

    >>> sorted(_qualifiers("The New Jersey".split())), _qualifiers(["Republican", "Sen."])
    (['jersey', 'new'], set())
    """
    tables = active().words
    titles, hon = tables["titles"], tables["honorifics"]
    return {
        low
        for w in words
        if w[:1].isupper()
        and (low := w.lower()) not in titles
        and low not in hon
        and bare_word(w) not in FUNCTION_CAPS
        and low not in DETERMINERS
    }


# Endings of the adjectives of nations ("Russian", "Chinese", "British", "French"): a
# role described by one ("the Russian president") is never a person whose title does
# not say it; from English morphology. US states that share an ending ("Michigan",
# "Kansas" does not) are places, as "the Ohio senator" is: see :func:`_is_nation`.
_DEMONYM_ENDINGS = ("an", "ese", "ish", "ch")


def _is_nation(word: str) -> bool:
    """A lower-case qualifier that names a nation's people ("russian"), not a US state.

    >>> _is_nation("russian"), _is_nation("michigan"), _is_nation("ohio")
    (True, False, False)
    """
    return word.endswith(_DEMONYM_ENDINGS) and word not in US_STATES


def _employer(role: Mention) -> str | None:
    """Whom "a spokesman for X" / "an adviser to X" works for: X's last word, lower-case."""
    if role.affiliation and any(f" {link} " in role.text for link in EMPLOYER_LINKS):
        return role.affiliation.split()[-1].lower()
    return None


@attrs.frozen(slots=True)
class RoleWanted:
    """What a role noun asks of a person's title ("the Vermont senator": "senator" or
    "Sen.", and no other state)."""

    noun: str
    abbreviations: tuple[str, ...]
    places: frozenset[str]
    nations: frozenset[str]  # of ``places``, those the title must say ("Russian")
    ranks: tuple[str, ...]
    employer: str | None

    @classmethod
    def of(cls, role: Mention, noun: str) -> RoleWanted:
        """What the role mention ``role`` (head noun ``noun``) asks of a title.

        >>> from newsrecords.speakers.phrase_reader import Offsets
        >>> from newsrecords.models import SpeakerKind
        >>> t = "the Russian president"
        >>> role = Mention(Offsets(0, len(t)), t, t, "role", SpeakerKind.PERSON)
        >>> w = RoleWanted.of(role, "president")
        >>> w.fits("President", None), w.fits("Russian President", None)
        (False, True)
        """
        words = role.text.split()[:-1]  # the describing words before the noun
        places = frozenset(_qualifiers(words))
        return cls(
            noun,
            ROLE_ABBREVIATIONS.get(noun, ()),
            places,
            frozenset(p for p in places if _is_nation(p)),
            tuple(w.lower() for w in words if w.lower() in _RANK_WORDS),
            _employer(role),
        )

    def fits(self, title: str | None, affiliation: str | None) -> bool:
        """Whether a person with this title (and affiliation) may be the role."""
        if not title:
            return False
        low = title.lower()
        said = low.split()  # whole words: "presidential" is no "president"
        if not (self.noun in said or any(a in said for a in self.abbreviations)):
            return False
        if any(r not in said for r in self.ranks):
            return False  # "the vice president" is not "President X"
        theirs = _qualifiers(title.split())
        if self.places and theirs and not self.places & theirs:
            return False  # "the New Jersey governor" is not "Ohio Gov. X"
        if self.nations - theirs:
            return False  # "the Russian president" is not "President X"
        employer = self.employer
        return employer is None or employer in f"{low} {(affiliation or '').lower()}"

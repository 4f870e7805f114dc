"""The speaker phrase that follows a cue or opens a clause ("said Rita Katz, the director
of ...", "Sen. Lee, a Democrat, rallied"): its name, title and affiliation.

:func:`mention_after` reads the window after the cue lazily, piece by piece, since such a
phrase is mostly a few words long; :mod:`.phrases` reads the phrase before a cue.
"""

from __future__ import annotations

import attrs

from ..lexicon.compiled import active
from ..lexicon.grammar_words import IRREGULAR_PASTS, PREPOSITIONS
from ..lexicon.speaker_words import DETERMINERS
from .names import name_run_word
from .phrase_parts import appositive_parts, quantity_mention
from .phrase_reader import (
    PRONOUNS,
    WINDOW_AFTER,
    Mention,
    is_capitalised,
    is_phrase_word,
    person_noun,
    phrase_tokens,
    pronoun_mention,
    read_phrase,
)

__all__ = ["LazyTokens", "mention_after", "mention_in_window"]

_PIECE = 48  # characters per piece of a lazily read window (then up to the next space)


class LazyTokens:
    """The tokens of ``text[start:end]``, read piece by piece only as far as a reader
    asks. Pieces are cut at a space, which no token spans, so together they give exactly
    the tokens of the whole window; a phrase after a cue is mostly a few words long."""

    __slots__ = ("_end", "_pos", "_text", "toks")

    def __init__(self, text: str, start: int, end: int) -> None:
        self._text, self._pos, self._end = text, start, end
        self.toks: list[tuple[int, int, str]] = []

    def has(self, i: int) -> bool:
        """True when the window has an ``i``-th token (reading on as needed)."""
        while len(self.toks) <= i and self._pos < self._end:
            cut = self._text.find(" ", self._pos + _PIECE, self._end)
            cut = self._end if cut < 0 else cut
            self.toks.extend(phrase_tokens(self._text, self._pos, cut))
            self._pos = cut
        return i < len(self.toks)

    def all(self) -> list[tuple[int, int, str]]:
        self.has(self._end - self._pos + len(self.toks))  # more tokens than characters left
        return self.toks


def _quantity_alone(text: str, window: LazyTokens) -> bool:
    """The window opens with a quantifier that stands alone: before punctuation ('," read
    one.') or a lower-case word that is no speaker word ('Another advised, "..."')."""
    if not window.has(0) or window.toks[0][2].lower() not in active().words["quantifiers"]:
        return False
    after = window.toks[0][1]
    if text[after : after + 1] in (".", ",", ";", ":") or not window.has(1):
        return True
    nxt = window.toks[1][2]
    if not nxt.islower() or is_phrase_word(nxt):
        return False
    if nxt in ("on", "in", "at"):
        return True  # "some on Twitter"
    # a verb ("advised,", "featured five photos"), not a describing word before the noun
    # it counts ("one unaligned Florida strategist")
    return nxt.endswith(("ed", "s")) and not (window.has(2) and is_capitalised(window.toks[2][2]))


def _describesperson_noun(caps: list[tuple[int, int, str]], word: str) -> bool:
    """Capitalised words that describe a person noun after them ("the Platte River
    employee"): a lower-case noun with a person ending after a name that is no plural
    subject ("The Republicans agree": a verb).

    >>> _describesperson_noun([(0, 6, "Platte"), (7, 12, "River")], "employee")
    True
    """
    return (
        person_noun(word)
        and all(is_capitalised(t[2]) for t in caps)
        and not caps[-1][2].endswith("s")
    )


def _continues_name(window: LazyTokens, k: int) -> bool:
    """:func:`name_run_word` for token ``k`` of a window read lazily (the token after it
    read first, when there is one)."""
    window.has(k + 1)
    return name_run_word(window.toks, k)


def _modifier_before_head(window: LazyTokens, k: int) -> bool:
    """Token ``k``, where the phrase walk stopped, is a lower-case word that describes the
    speaker noun right after it ("one former senior agency official"): a word no table
    knows, before a noun the tables know as a phrase's head. (Token ``k`` has been read.)

    >>> t = "one former senior agency official."
    >>> window = LazyTokens(t, 0, len(t))
    >>> window.has(3), _modifier_before_head(window, 3)
    (True, True)
    """
    word = window.toks[k][2]
    if not (word.islower() and word.isalpha() and window.has(k + 1)):
        return False
    head = window.toks[k + 1][2]
    if not head.islower():
        return False
    tables = active()
    if (
        word in DETERMINERS  # "one of the protesters", "one of his supporters"
        or word in PREPOSITIONS
        or word in tables.indirect_cues  # "the spokesman told"
        or word in tables.quote_cues
        or word.endswith(("ly", "ing", "ed"))  # "the official briefly", "Trump losing"
        or word in IRREGULAR_PASTS  # a verb: "Netanyahu rallied supporters", "Lee met aides"
        or (word.endswith("s") and not word.endswith("ss"))  # a verb: "Trump primes voters"
    ):
        return False
    return head in tables.head_nouns


def mention_after(text: str, start: int, end: int) -> Mention | None:
    """The speaker phrase that opens ``text[start:end]`` (after an inverted cue).

    >>> t = "Michael Shoebridge, director of defense at the Australian Strategic Policy Institute."
    >>> m = mention_after(t, 0, len(t))
    >>> m.name, m.title, m.affiliation
    ('Michael Shoebridge', 'director of defense', 'Australian Strategic Policy Institute')
    """
    return mention_in_window(text, LazyTokens(text, start, min(end, start + WINDOW_AFTER)))


def mention_in_window(text: str, window: LazyTokens) -> Mention | None:
    """:func:`mention_after` over a window already opened (a caller that reads its tokens
    again on a miss shares the ones read)."""
    has, toks = window.has, window.toks  # toks grows as has() reads on
    if has(0) and toks[0][2].lower() in PRONOUNS:
        return pronoun_mention(text, toks[0])
    k = 0
    while k < 2 and has(k) and toks[k][2].lower() in DETERMINERS:
        k += 1  # "the four leaders": an article and a number
    while has(k) and (
        (
            toks[k][2].lower() != "and"
            # "said Charles de Gaulle", "said Theresa May"
            and (is_phrase_word(toks[k][2]) or _continues_name(window, k))
        )
        # "said one former senior agency official": "agency" describes the official
        or (k > 0 and _modifier_before_head(window, k))
    ):
        k += 1
    loose = False
    if (
        k > 1
        and toks[0][2].lower() in DETERMINERS
        and has(k)
        and _describesperson_noun(toks[1:k], toks[k][2])
    ):
        k, loose = k + 1, True  # "The Platte River employee": a place describing a noun
    elif (
        k == 1
        and has(1)
        and toks[0][2].lower() in DETERMINERS
        and not toks[1][2].endswith("ed")  # 'Another advised, "..."': a verb, no noun
        and (not has(2) or toks[2][2] in {",", ":", ";"})
    ):
        k, loose = 2, True  # '," said the 46-year-old.': a word we have no table for
    found = None
    if k > 0:
        found = read_phrase(text, toks[:k], loose=loose)
    if found is None:
        # "Another advised,", "many followed", '," read one.': a quantity as the subject,
        # when the words after it read as no phrase ("one unaligned strategist" does)
        return quantity_mention(text, toks[:1]) if _quantity_alone(text, window) else None
    if has(k) and toks[k][2] == ",":
        rest = window.all()[k + 1 :]
        stop = next((i for i, t in enumerate(rest) if t[2] in {";", ":", "("}), len(rest))
        title, affiliation = appositive_parts(text, rest[:stop])
        if title is not None:
            found = attrs.evolve(
                found, title=found.title or title, affiliation=found.affiliation or affiliation
            )
    return found

"""Inline link junk: the hover cards The Hill glues into running text.

On those pages a linked name is followed, with no space, by the person's full name, then the
headlines of related stories, then ``MORE``::

    GOP Sen. John ThuneJohn Randolph ThuneHillicon Valley: ... to the GOP MORE (S.D.)

Collapsing it keeps the name as written ("John Thune") and drops everything from the glued
full name through ``MORE``, which leaves "GOP Sen. John Thune (S.D.)".

The search is linear: one regex pass finds the ``MORE`` markers; only lines holding one are
scanned for glued names, and each candidate costs a bounded look-ahead.
"""

from __future__ import annotations

import bisect
import re

__all__ = ["MAX_CARD", "collapse_link_junk", "find_link_junk"]

MAX_CARD = 1500  # longest hover card (full name + headlines) we collapse, in characters
_MAX_FULL_NAME = 80  # the glued full name: "Elizabeth (Liz) Lynn Cheney"

_MORE = re.compile(r"(?<![A-Za-z])MORE(?![A-Za-z])")  # the card's closing marker
_GLUED_NAME = re.compile(
    r"""
    (?<![A-Za-z])             # the display name's last word starts a word
    (?P<last>[A-Z][a-z'-]+)   # "Thune"
    (?=[A-Z])                 # glued to the capital that starts the full name
    """,
    re.VERBOSE,
)


_GIVEN_NAMES = re.compile(
    r"""
    [A-Z][\w.'-]*\                # "John ", "Elizabeth "
    (?:\(?[A-Z][\w.'-]*\)?\ ){0,4}  # "(Liz) ", "Randolph ", "Lynn "
    """,
    re.VERBOSE,
)


def find_link_junk(text: str, start: int = 0, end: int | None = None) -> list[tuple[int, int]]:
    """The ``(start, end)`` offsets of every hover card in ``text[start:end]``.

    ``text`` should be folded (straight quotes). A card is a glued full name that ends with
    the display name's last word, glued in turn to the card's headlines, closed by ``MORE``.

    >>> s = "Rep. Matt GaetzMatthew (Matt) GaetzHogan praises Kinzinger MORE (Fla.) said"
    >>> [s[a:b] for a, b in find_link_junk(s)]
    ['Matthew (Matt) GaetzHogan praises Kinzinger MORE']
    >>> find_link_junk("Sen. Mitch McConnell said MORE aid is coming.")
    []
    """
    stop = len(text) if end is None else end
    markers = [m.start() for m in _MORE.finditer(text, start, stop)]
    if not markers:
        return []
    cards: list[tuple[int, int]] = []
    pos = start
    for glue in _GLUED_NAME.finditer(text, start, stop):
        if glue.start() < pos:
            continue  # inside a card already collapsed
        card_start = glue.end()
        nearest = bisect.bisect_left(markers, card_start)
        if nearest == len(markers) or markers[nearest] - card_start > MAX_CARD:
            continue
        marker = markers[nearest]
        if "\n" in text[card_start:marker]:
            continue  # a card never spans lines
        # The full name repeats the display name's last word, glued to the headlines.
        last = glue["last"]
        name_end = _full_name_end(text, card_start, min(marker, card_start + _MAX_FULL_NAME), last)
        if name_end is None:
            continue
        card_end = marker + len("MORE")
        cards.append((card_start, card_end))
        pos = card_end
    return cards


def _full_name_end(text: str, start: int, limit: int, last: str) -> int | None:
    """End of the glued full name within ``[start, limit)``: capitalised given names, then
    ``last`` glued to a capital ("John Randolph ThuneHillicon")."""
    at = text.find(last, start, limit)
    while at != -1:
        after = at + len(last)
        if (
            after < len(text)
            and text[after].isupper()
            and _GIVEN_NAMES.fullmatch(text, start, at) is not None
        ):
            return after
        at = text.find(last, at + 1, limit)
    return None


def collapse_link_junk(text: str) -> str:
    """``text`` with its hover cards removed.

    >>> collapse_link_junk("GOP Sen. John ThuneJohn Randolph ThuneHillicon Valley: x MORE (S.D.)")
    'GOP Sen. John Thune (S.D.)'
    >>> collapse_link_junk("President TrumpDonald TrumpFederal prosecutors said MORE, accusing")
    'President Trump, accusing'
    """
    parts: list[str] = []
    pos = 0
    for start, end in find_link_junk(text):
        parts.append(text[pos:start])
        pos = end
    parts.append(text[pos:])
    return "".join(parts)

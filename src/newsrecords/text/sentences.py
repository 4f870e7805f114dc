"""Split text into sentences without moving offsets.

The splitter works on folded text (see :func:`~newsrecords.text.normalize.fold`) and returns
``(start, end)`` offsets, so the same offsets index the caller's original string. It is a
single left-to-right scan: a candidate boundary is sentence punctuation (plus any closing
quote or bracket) followed by white space and a capital, digit or opening quote; a line
break always ends a sentence. Candidates after a known abbreviation ("U.S.", "Mr.",
"Sen.", "Jan.") or a single initial ("R.") are skipped.
"""

from __future__ import annotations

import re

__all__ = ["ABBREVIATIONS", "PLACE_ABBREVIATIONS", "is_abbreviation_stop", "sentence_spans"]

# Words that end in a full stop without ending the sentence. Compiled by hand from
# newswire style (titles, months, common Latin and corporate abbreviations); lowercase.
ABBREVIATIONS: frozenset[str] = frozenset(
    {
        # titles and ranks
        "mr",
        "mrs",
        "ms",
        "dr",
        "sen",
        "rep",
        "gov",
        "gen",
        "lt",
        "col",
        "sgt",
        "capt",
        "cmdr",
        "adm",
        "maj",
        "st",
        "jr",
        "sr",
        "prof",
        "rev",
        "hon",
        "pres",
        "amb",
        "supt",
        # months as the AP stylebook abbreviates them
        "jan",
        "feb",
        "mar",
        "apr",
        "jun",
        "jul",
        "aug",
        "sep",
        "sept",
        "oct",
        "nov",
        "dec",
        # others
        "no",
        "nos",
        "vs",
        "v",
        "etc",
        "inc",
        "corp",
        "co",
        "ltd",
        "dept",
        "approx",
        "est",
        "u.s",
        "u.k",
        "u.n",
        "e.u",
        "d.c",
        "a.m",
        "p.m",
        "i.e",
        "e.g",
        "u.s.a",
    }
)
# Place abbreviations, matched as written (capitalised), since several are also words
# ("Ill.", "Miss.", "Wash."): AP's state abbreviations, "Mt." and "Ft.".
PLACE_ABBREVIATIONS: frozenset[str] = frozenset(
    {
        *("Ala", "Ariz", "Ark", "Calif", "Colo", "Conn", "Del", "Fla", "Ga", "Ill", "Ind"),
        *("Kan", "Ky", "La", "Md", "Mass", "Mich", "Minn", "Miss", "Mo", "Mont", "Neb"),
        *("Nev", "Okla", "Ore", "Pa", "Tenn", "Tex", "Va", "Vt", "Wash", "Wis", "Wyo"),
        *("Mt", "Ft"),
    }
)

# A boundary starts with one of four characters. A pattern that opens with a character
# class lets the regex engine skip to those characters without trying the rest at every
# position (about three times faster than ``[.!?]+...|\n``, which matches the same).
_BOUNDARY = re.compile(
    r"""
    [.!?\n]                # the only characters a boundary starts with
    (?:(?<=\n)             # a line break always ends a sentence
      | (?<=[.!?])[.!?]*   # sentence punctuation, possibly repeated ("?!", "...")
        ["')\]]*           # closing quotes or brackets that belong to the sentence
        (?=[ ]+["'(\[]?[A-Z0-9])  # followed by spaces and what can open a sentence
    )
    """,
    re.VERBOSE,
)


# How far back a word before a full stop is read. The longest abbreviation has six letters;
# the slack covers opening quotes and brackets, and a longer word is no abbreviation.
_LONGEST_WORD = 32


def is_abbreviation_stop(folded: str, dot: int, floor: int) -> bool:
    r"""True when the full stop at ``dot`` closes an abbreviation or an initial (the word
    before it is read back to ``floor`` at most).

    >>> text = "Sen. G.K. Lee of Aspen, Colo. left the U.S. Capitol. He"
    >>> [is_abbreviation_stop(text, i, 0) for i, c in enumerate(text) if c == "."]
    [True, True, True, True, True, True, False]
    >>> text = "Intro line.\n\nSen. Lee"  # the word starts at the floor, after the break
    >>> is_abbreviation_stop(text, text.index("Sen.") + 3, text.index("Sen."))
    True
    """
    if folded[dot] != ".":
        return False
    # Read back no further than ``floor`` nor than any abbreviation is long: when no space
    # is found the word starts at that bound, never at 0, which would copy (and lower-case)
    # the whole text before the stop at every candidate, quadratic time on a large page.
    bound = max(floor, dot - _LONGEST_WORD)
    word_start = max(bound - 1, folded.rfind(" ", bound, dot), folded.rfind("\n", bound, dot)) + 1
    word = folded[word_start:dot].lstrip("\"'([")
    initial = word.rsplit(".", 1)[-1]
    if len(initial) == 1 and initial.isalpha():
        return True  # an initial: "Joseph R. Biden", "G.K. Butterfield"
    return word.lower() in ABBREVIATIONS or word in PLACE_ABBREVIATIONS


def sentence_spans(folded: str, start: int = 0, end: int | None = None) -> list[tuple[int, int]]:
    """Sentence extents in ``folded[start:end]``, trimmed of surrounding white space.

    >>> text = "Mr. Biden met Sen. Thune on Jan. 28 in the U.S. Capitol. They talked."
    >>> [text[s:e] for s, e in sentence_spans(text)]
    ['Mr. Biden met Sen. Thune on Jan. 28 in the U.S. Capitol.', 'They talked.']
    >>> sentence_spans("  ")
    []
    """
    stop = len(folded) if end is None else end
    spans: list[tuple[int, int]] = []
    pos = start
    for match in _BOUNDARY.finditer(folded, start, stop):
        if match[0] != "\n" and is_abbreviation_stop(folded, match.start(), pos):
            continue
        _append_trimmed(folded, pos, match.end(), spans)
        pos = match.end()
    _append_trimmed(folded, pos, stop, spans)
    return spans


def _append_trimmed(folded: str, start: int, end: int, spans: list[tuple[int, int]]) -> None:
    while start < end and folded[start].isspace():
        start += 1
    while end > start and folded[end - 1].isspace():
        end -= 1
    if start < end:
        spans.append((start, end))

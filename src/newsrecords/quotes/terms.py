"""Quotation marks around a term rather than around someone's words.

A scare quote, a name or a title in quotes (the "Quad", 'USS Ronald Reagan', "Fox News
Sunday") quotes no one, so it gets no speaker; a cue of naming right before a
title-case phrase ('Trump called her "Miss Piggy"') still makes it the caller's words.
Split from :mod:`.attribution` and :mod:`.extract`; every check reads a few words.
"""

from __future__ import annotations

from ..lexicon.grammar_words import PREPOSITIONS
from ..lexicon.speaker_words import NAMING_CUES, TERM_MARKERS, TERM_OPENERS
from .marks import QuoteMarks

__all__ = ["is_term", "naming_cue", "title_case"]


def is_term(folded: str, sentence_start: int, q: QuoteMarks) -> bool:
    """A scare quote or a name in quotes: the "Quad", 'USS Ronald Reagan', "RINO", a show
    or a book title ("Fox News Sunday", 'All Bets Are Off.')."""
    words = folded[q.content_start : q.content_end].split()
    if len(words) > 6:
        return False
    if title_case(words):
        return True
    if len(words) > 4:
        return False
    before = folded[max(sentence_start, q.start - 20) : q.start].lower().split()
    last = before[-1] if before else ""
    known_as = tuple(before[-2:]) == ("known", "as")
    if last in TERM_MARKERS or known_as:
        return True
    return last == "the" and len(words) <= 3 and words[0][:1].isupper()


def title_case(words: list[str]) -> bool:
    """Every word capitalised except short function words: a name or a title.

    >>> title_case("State of the Union.".split()), title_case("We will win.".split())
    (True, False)
    """
    if not words or not words[0][:1].isupper():
        return False
    significant = [
        w
        for k, w in enumerate(words)
        if (len(w.strip(".,!?'\"")) > 3 and not _joining(words, k)) or w[:1].isupper()
    ]
    return all(w[:1].isupper() or not w[:1].isalpha() for w in significant)


def _joining(words: list[str], k: int) -> bool:
    """A lower-case preposition between two capitalised words ("The Nightly Show with Larry
    Wilmore", "America from Above"): a title's own styling keeps it small, whatever its
    length; before a small word ("I'm with her") it is a sentence's.

    >>> _joining("Show with Larry".split(), 1), _joining("I'm with her".split(), 1)
    (True, False)
    """
    return (
        words[k] in PREPOSITIONS
        and 0 < k < len(words) - 1
        and words[k - 1][:1].isupper()
        and words[k + 1][:1].isupper()
    )


def naming_cue(folded: str, cue: tuple[int, int], q: QuoteMarks) -> bool:
    """A cue of naming shortly before a title-case partial quote (not "said on CNN's
    "State of the Union"", where the quote is a show's name), with no
    "so-called" / "titled" / "the" right before the quote."""
    if not cue[1] <= q.start <= cue[1] + 80 or folded[cue[0] : cue[1]] not in NAMING_CUES:
        return False
    between = folded[cue[1] : q.start]
    if between.split() == ["the"]:
        return True  # 'what he calls the "Washington cartel"'
    return not folded[max(cue[1], q.start - 12) : q.start].rstrip().endswith(TERM_OPENERS)

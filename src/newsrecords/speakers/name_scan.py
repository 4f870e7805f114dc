"""An article's full names, read once: the names its surnames and pronouns resolve to.

:func:`scan_full_names` runs the full-name pattern over the article (and its headline)
and keeps each name written in full ("Bernie Sanders", "Melba Acosta Febo"), where it
stands, the surnames that lead to it, and the title written before it ("Vermont Sen.
Bernie Sanders"). :class:`~.book.SpeakerBook` reads it the first time a look-up needs it.
"""

from __future__ import annotations

import re

import attrs

from ..lexicon.compiled import active
from ..lexicon.speaker_words import FUNCTION_CAPS, PLAIN_HONORIFICS, WEEKDAYS
from .names import (
    first_of_two_surnames,
    full_name_pattern,
    given_name_opening,
    headline_names,
    is_given_name,
    name_keys,
    name_word,
    opens_name,
    repair_mojibake,
)
from .phrase_reader import bare_word, person_noun

__all__ = ["FullNames", "scan_full_names"]

# The head of a title that takes its office after "of" ("Secretary of State John Kerry",
# "Speaker of the House Paul Ryan"), read in the few characters before a run of capitals
_TITLE_OF = re.compile(
    r"""
    (?<![\w.])([A-Z][a-z]+)                # the title's head: "Secretary", "Speaker"
    \ of(?:\ the)?\ \Z                      # "of" or "of the", right before the run
    """,
    re.VERBOSE,
)
_TITLE_OF_REACH = 24  # characters read back for it: "Commissioner of the " fits


@attrs.define(slots=True)
class FullNames:
    """The full names of one article, in text order."""

    # surname (or other name key) -> the offsets and full names it leads to, in order
    surnames: dict[str, tuple[list[int], list[str]]] = attrs.Factory(dict)
    offsets: list[int] = attrs.Factory(list)  # where each full name starts
    names: list[str] = attrs.Factory(list)  # the full names, as written (repaired)
    titles: dict[str, str] = attrs.Factory(dict)  # "John Thune" -> "Sen."


def scan_full_names(
    text: str, scan_start: int, scan_end: int, headline: tuple[int, int] | None = None
) -> FullNames:
    """The full names written in ``text[scan_start:scan_end]``, with a ``headline``'s
    given-and-surname pairs first (the body's "Kerry" reads the headline's "John Kerry").

    >>> found = scan_full_names("Sen. Bernie Sanders spoke. Sanders left.", 0, 40)
    >>> found.names, found.titles, found.surnames["Sanders"][1]
    (['Bernie Sanders'], {'Bernie Sanders': 'Sen.'}, ['Bernie Sanders'])
    """
    found = FullNames()
    surnames, titles_of = found.surnames, found.titles
    found_at, names_found = found.offsets, found.names
    tables = active().words
    heads, titles = tables["organization_heads"], tables["titles"]
    hon = tables["honorifics"]
    pattern = full_name_pattern(tables["name_particles"], tables["name_hyphen_particles"])
    carried, carried_at = "", -1  # "Vermont Sen. Bernie Sanders": the "Sen." of a match
    # "Acosta" of "Melba Acosta Febo": kept apart, used only when no other name ends so
    paternal: dict[str, tuple[list[int], list[str]]] = {}
    if headline is not None:
        # (only a given name and a surname: the body's "Kerry" reads the headline's
        # "John Kerry"; the body's own full names, written later, come first after them)
        for m in pattern.finditer(text, *headline):
            for at, written in headline_names(m[0].split(), m.start(), hon, titles):
                name = repair_mojibake(written)
                for key in name_keys(name):
                    _index(surnames, key, at, name)
    for m in pattern.finditer(text, scan_start, scan_end):
        words = m[0].split()
        honorifics: list[str] = []
        if m.start() == carried_at:
            honorifics.append(carried)
        if text.startswith(". ", m.end()) and words[-1].lower() + "." in hon:
            # "Vermont Sen. Bernie Sanders": the match stopped at an abbreviated title;
            # with the words before it ("Vermont"), it describes the name right after
            while words and bare_word(words[0]) in FUNCTION_CAPS:
                words = words[1:]  # "But Sen. X"
            if not words or bare_word(words[-1]) in PLAIN_HONORIFICS:
                words = words[-1:]  # "Says Mr. Trump": "Mr." alone
            carried, carried_at = " ".join(words) + ".", m.end() + 2
            continue
        named_after = False
        if words[-1].lower() in heads or words[-1].lower() in tables["named_after_heads"]:
            # "State Department", "White House": no name; "The Rachel Maddow Show":
            # the person it is named after, when a given name opens the words
            named_after, words = True, words[:-1]
        # the name is the words after the last that cannot stand in one: a title
        # ("Vice President Dora Kell Smith"), a function word ("But McConnell"), a
        # place ("United States Hispanic"), a sentence's end ("Iraq. Joe Biden")
        if len(words) > 1 and (words[-1].lower() not in WEEKDAYS and is_given_name(words[-2])):
            k = len(words) - 1  # "Larry King", "Theresa May": after a given name, a surname
        else:
            while len(words) > 1 and bare_word(words[-1]) in FUNCTION_CAPS:
                words = words[:-1]  # "met Hillary Clinton Monday"
            k = len(words)
        while k > 0 and name_word(words[k - 1], k == len(words), hon, titles):
            if k < len(words) and words[k - 1].lower() in heads:
                break  # "Speaker of the House Newt Gingrich": a body before a name
            k -= 1
        while k < len(words) and not opens_name(words[k]):
            k += 1  # "Mayor de Blasio": a particle opens no full name
        if k > len(words) - 2:
            continue  # one word: a surname, not a full name
        if len(words) - k > 2 and not is_given_name(words[k]):
            # "Health Hillary Clinton" in a Title Case line: the name opens at the
            # first known given name after words that are none
            k = given_name_opening(words, k)
        # the title words right before the name ("Vice President"), not a body ("State
        # Department", "House") nor the end of a sentence ("Iraq.", "Tuesday")
        start = k
        while start > 0 and (
            (words[start - 1].lower() in titles or bare_word(words[start - 1]) in hon)
            and words[start - 1].lower() not in heads
        ):
            start -= 1
        honorifics.extend(words[start:k])
        if k and start in (0, k):
            # "Secretary of State John Kerry", "Speaker of the House Paul Ryan": the
            # words of the run before the name are the office of a title before it
            head = _TITLE_OF.search(text, max(0, m.start() - _TITLE_OF_REACH), m.start())
            if head is not None and head[1].lower() in titles:
                honorifics = [head[0] + " ".join(words[:k])]
        at = m.start() + sum(len(w) + 1 for w in words[:k])  # (words are one space apart)
        words = words[k:]
        if (named_after or words[0].lower() in tables["name_particles"]) and not is_given_name(
            words[0]
        ):
            continue  # "Van Hollen said": a surname with its particle, no full name
        if len(words) > 3:
            capitals = sum(1 for w in words if w[:1].isupper() and not w.endswith("."))
            if capitals > 4 or (capitals == 4 and not is_given_name(words[0])):
                continue  # a headline's run of capitals, not one name of four words
        if text.startswith(" ", m.end()) and _describes(text, m.end() + 1, words[0]):
            continue  # "a Platte River employee": a place or body describing a person
        name = repair_mojibake(" ".join(words))
        if honorifics and not all(bare_word(w) in PLAIN_HONORIFICS for w in honorifics):
            titles_of.setdefault(name, " ".join(honorifics))
        for key in name_keys(name):
            _index(surnames, key, at, name)
        first = first_of_two_surnames(name)
        if first is not None:
            _index(paternal, first, at, name)
        found_at.append(at)
        names_found.append(name)
    for first, (offsets, names) in paternal.items():
        if first not in surnames and len(set(names)) == 1:
            surnames[first] = (offsets, names)
    return found


def _index(index: dict[str, tuple[list[int], list[str]]], key: str, at: int, name: str) -> None:
    """Note the full ``name`` written at ``at`` under ``key``, in text order."""
    offsets, names = index.setdefault(key, ([], []))
    offsets.append(at)
    names.append(name)


def _describes(text: str, at: int, first: str) -> bool:
    """The lower-case word at ``at`` is a person noun ("employee") and ``first``, the
    first word of the capitalised words before it, no known given name: the words
    describe that person ("Platte River employee", not "Bernie Sanders spokesman")."""
    word = text[at : at + 24].split(" ", 1)[0].rstrip(".,;:")
    return person_noun(word) and not is_given_name(first)

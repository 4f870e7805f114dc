"""Nouns that state a person's gender, for matching "he" / "she" to the right person
("His wife had warned him ... but Trump said he responded": "he" is not the wife).

Kinship, courtesy and role nouns of English whose form is gendered, compiled by hand from
general English usage (the pairs of a standard grammar's list of gender-marked nouns);
words ending in "-woman" / "-man" are read by their ending in ``speakers.gender``. A
``Lexicon`` extends them as ``female_nouns`` and ``male_nouns``.
"""

from __future__ import annotations

from .tables import word_set

__all__ = ["FEMALE_NOUNS", "MALE_NOUNS"]

FEMALE_NOUNS = frozenset(
    word_set(
        """
        wife wives mother mom mum daughter daughters sister sisters grandmother grandma
        granddaughter aunt niece widow bride fiancee girlfriend stepmother stepdaughter
        queen princess duchess empress actress waitress heiress hostess mistress nun
        """
    )
)

MALE_NOUNS = frozenset(
    word_set(
        """
        husband husbands father dad son sons brother brothers grandfather grandpa
        grandson uncle nephew widower groom fiance boyfriend stepfather stepson
        king prince duke emperor actor waiter heir host monk
        """
    )
)

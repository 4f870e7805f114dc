"""Word tables for deduplication.

Compiled by hand from general newswire English and the seed pages: the function words that
say nothing about which event a quote or an entity belongs to, and the pronouns a quote
extractor may give as a speaker alias ("he", "she") that must never join two speakers.
Extend them per call through ``DedupeConfig(extra_stopwords=...)``.
"""

from __future__ import annotations

from .tables import word_set

__all__ = ["CAPITALISED_FUNCTION_WORDS", "PRONOUNS", "STOPWORDS"]


# Lower-case function words; a shared quote fragment made only of these is no evidence.
STOPWORDS: frozenset[str] = frozenset(
    word_set(
        """
        a about above after again against all also am an and any are as at be because been
        before being below between both but by can could did do does doing down during each
        few for from further had has have having he her here hers herself him himself his how
        i if in into is it its itself just me more most my myself no nor not now of off on
        once only or other our ours ourselves out over own same she should so some such than
        that the their theirs them themselves then there these they this those through to too
        under until up very was we were what when where which while who whom why will with
        would you your yours yourself yourselves said says say told going get got think
        don't it's i'm we're that's there's can't won't we'll i've isn't
        """
    )
)

# Speaker labels that refer back to someone rather than name them.
PRONOUNS: frozenset[str] = frozenset(
    word_set(
        """
        he she they it we i you him her them us me his hers their theirs our
        """
    )
)

# Capitalised words that open sentences or datelines but name nothing.
CAPITALISED_FUNCTION_WORDS: frozenset[str] = frozenset(
    word_set(
        """
        a an the this that these those it its he she they we i you his her their our in on at
        for from by with of and but or so if as when while after before since until what why
        how who where which there here mr mrs ms dr sen rep gov president monday tuesday
        wednesday thursday friday saturday sunday january february march april may june july
        august september october november december read more also however still even
        """
    )
)

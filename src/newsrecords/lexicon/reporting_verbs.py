"""Reporting cues for indirect speech: verbs of saying, reporting, believing, announcing,
supporting and opposing that introduce reported content without quotation marks.

The cues are the entries of :mod:`.speech_verbs` flagged
:attr:`~.speech_verbs.Use.INDIRECT` (that table says where they came from, holds the quote
cues too, and flags how each cue takes its content). Each cue also matches capitalised,
opening a sentence or in a title-case headline ("Asked about ...", "Trump Says ...").
Verbs that mostly open an ordinary action ("continued", "speaking", "raised") are left out.
This module builds their matcher and holds the headline kickers and the words that end an
object; a :class:`~newsrecords.lexicon.Lexicon` may add cues and kickers.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from .tables import word_pattern, word_set

__all__ = [
    "CLAUSE_OPENERS",
    "CONNECTIVES",
    "HEADLINE_KICKERS",
    "HEADLINE_SOURCE",
    "OBJECT_ADJUNCTS",
    "build_reporting_pattern",
]


# Words that open a clause or a time phrase after reported content: an object ("endorsed
# Trump last week") and an infinitive's phrase ("vowed to work with both parties after
# the vote") both end before them.
CLAUSE_OPENERS: frozenset[str] = frozenset(
    word_set(
        """
        after before since when while as because despite but so even though
        last this next yesterday today tonight earlier later
        Monday Tuesday Wednesday Thursday Friday Saturday Sunday
        """
    )
)

# Sentence connectives and adverbs that stand alone before a comma ("However, he added,
# ..."): written out from English grammar's conjunctive adverbs, as they open news copy.
# Such a word reports nothing by itself, and one before a source still opens the sentence
# ("But according to X, ...").
CONNECTIVES: frozenset[str] = frozenset(
    word_set(
        """
        But And Yet So Still Now Also However Meanwhile Instead Indeed Moreover
        Furthermore Nonetheless Nevertheless Otherwise Then Finally Separately Again
        Besides Likewise Similarly Thus Hence Overall Ultimately
        """
    )
)

# Words that open a place, manner or time adjunct after an object ("discussed my sentence
# on Fox", "said so again"); an infinitive's phrase keeps them ("to work with").
OBJECT_ADJUNCTS: frozenset[str] = frozenset(
    word_set(
        """
        on in at during by with without over through amid until ahead across throughout
        than again now then
        """
    )
)

# Labels that open a headline before a colon without naming a source ("The Latest: ...",
# "Breaking: ...", "Analysis: ..."): newsroom kickers and section names, compiled by hand
# from general news-site style; lower case. A lexicon may add more (``headline_kickers=``).
HEADLINE_KICKERS: frozenset[str] = frozenset(
    re.split(
        r"\s*\|\s*",
        """
    the latest | latest | breaking | breaking news | just in | exclusive | update | updated
    | live | live updates | watch | video | photos | audio | analysis | opinion | editorial
    | commentary | column | review | explainer | fact check | q&a | interview | wow | boom
    | busted | revealed | look | bombshell | byline | paid notice | correction | letters
    | obituary | read | listen | must see | flashback | editor's note | first read
    """.strip(),
    )
)

# A headline that opens "SOURCE: CLAIM" ("Issa: Clinton's honesty is in question", "Poll:
# Sanders leads"): one to four capitalised words at the start of a line, then a colon.
# Kept out of the cue pattern, which scans whole articles: as one more alternative there it
# made every scan about a third slower, and only headlines read it.
HEADLINE_SOURCE = re.compile(
    r"""
    [A-Z](?<![^\n][A-Z])             # a capital at the start of the text or of a line
    [\w.'&-]*(?:\x20[A-Z][\w.'&-]*){0,3}  # opening up to four capitalised words
    :(?=\x20)                        # and a colon before the claim
    """,
    re.VERBOSE,
)


def _capitalised(words: Iterable[str]) -> set[str]:
    """Each cue as written, opening a sentence and in a title-case headline: "Asked about
    the wall, ...", "Trump Says Clinton Is Unfit", "Senator Calls For Inquiry".

    >>> sorted(_capitalised(["says", "calls for"]))
    ['Calls For', 'Calls for', 'Says', 'calls for', 'says']
    """
    out: set[str] = set()
    for word in words:
        out.add(word)
        out.add(word[:1].upper() + word[1:])
        out.add(" ".join(part[:1].upper() + part[1:] for part in word.split()))
    return out


def build_reporting_pattern(cues: Iterable[str]) -> re.Pattern[str]:
    """The matcher of indirect-speech cues in folded text, each as written and capitalised.

    >>> pattern = build_reporting_pattern(["says", "calls for"])
    >>> [m[0] for m in pattern.finditer("Poll: Sanders leads, Cruz says; Lee Calls For calm")]
    ['says', 'Calls For']
    """
    return word_pattern(_capitalised(cues))

"""Indirect speech: a cue and a speaker with no quote marks ("Psaki said Biden ...").

The reported content is the clause after the cue (objects such as "told reporters" and
time phrases skipped), or the sentence before ", X said." / ", according to X." Verbs of
stance ("believes", "the poll shows") count here, never for quoted words.
"""

from __future__ import annotations

import re

from ._attribution import Found, last_char, only_punct, speaker_for_cue
from ._cue_words import SPEAKER_AFTER, indirect_cue_pattern
from ._document import Document
from ._speaker_book import SpeakerBook
from ._speaker_words import PREPOSITIONS
from .models import QuoteKind

__all__ = ["find_indirect"]

_TIME_OR_OBJECT = re.compile(
    r"""
    \s*(?:
      (?:on|last|this|next|late|early)\s+[A-Z]?[a-z]+   # "on Thursday", "last week"
      | (?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|today|yesterday)
      | (?:reporters|journalists|him|her|them|us|me|lawmakers|supporters|the\s+press)
      | in\s+(?:a|an|the|his|her|their)\s+(?:[a-z]+\s+)?   # "in a (written) statement"
        (?:statement|interview|speech|briefing|letter|post|tweet|email|message|conference|address)
      | , | that
    )(?![\w])
    """,
    re.VERBOSE,
)


def find_indirect(
    doc: Document,
    start: int,
    end: int,
    index: int,
    book: SpeakerBook,
    used_cues: frozenset[int] = frozenset(),
) -> Found | None:
    """Reported speech in a quote-free stretch of a sentence: "Psaki said Biden initiated
    the call". Cues already attributing a quote (``used_cues``, by start) are skipped."""
    folded = doc.folded
    for m in indirect_cue_pattern().finditer(folded, start, end):
        word = " ".join(m[0].split()).lower()
        if word == "quoted" or m.start() in used_cues:
            continue
        mention = speaker_for_cue(folded, start, end, m)
        if mention is None:
            continue
        if mention.span.start >= m.end():
            if only_punct(folded, start, m.start()):
                if word not in SPEAKER_AFTER:
                    continue  # '..." said X, director of ...': the rest of a quote's attribution
                # "According to X, CONTENT"
                comma = folded.find(",", mention.span.end, end)
                c_start, c_end = (comma + 1, end) if comma >= 0 else (end, end)
            else:
                c_start, c_end = start, m.start()  # "CONTENT, noted X."
        else:
            c_start, c_end = _after_cue(folded, m.end(), end, word), end
            if (
                len(folded[c_start : min(c_end, c_start + 60)].split()) < 3
                and last_char(folded, start, mention.span.start) == ","
            ):
                c_start, c_end = start, mention.span.start  # "CONTENT, X said."
        while c_start < c_end and not folded[c_start].isalnum():
            c_start += 1
        while c_end > c_start and not folded[c_end - 1].isalnum() and folded[c_end - 1] not in ")%":
            c_end -= 1
        head = folded[c_start : min(c_end, c_start + 100)].split()
        if head and head[0].lower() in PREPOSITIONS:
            after_that = folded[max(start, c_start - 6) : c_start].rstrip().endswith("that")
            that = None if after_that else _THAT.search(folded, c_start, min(c_end, c_start + 80))
            if that is not None:
                c_start = that.end() + 1  # "said in June that ...": the clause after "that"
                head = folded[c_start : min(c_end, c_start + 100)].split()
            elif not after_that and len(head) < 8:
                continue  # "said from the White House": a place, not reported content
        if len(head) < 4:
            continue
        item = Found(QuoteKind.INDIRECT, c_start, c_end, index)
        item.key = book.resolve(mention)
        item.mention, item.cue = mention, (m.start(), m.end())
        return item
    return None


def _after_cue(folded: str, start: int, end: int, word: str) -> int:
    """Where the reported content starts after a cue: past time phrases, "in a statement",
    the person told ("told the debate audience that"), and "that"."""
    if word in _TELL_VERBS:
        that = _THAT.search(folded, start, min(end, start + 80))
        if that is not None:
            return that.end()
        obj = _CAPITALISED_OBJECT.match(folded, start, end)
        if obj is not None:
            start = obj.end()
    skip = _TIME_OR_OBJECT.match(folded, start, end)
    while skip is not None and skip.end() > start:
        start = skip.end()
        skip = _TIME_OR_OBJECT.match(folded, start, end)
    return start


# Verbs whose object (the person told) comes before the reported content.
_TELL_VERBS = frozenset(
    {"told", "tells", "telling", "tell", "assured", "assures", "warned", "warns", "urged"}
    | {"reminded", "reminds", "informed", "informs"}
)
_THAT = re.compile(r"\bthat\b")
_CAPITALISED_OBJECT = re.compile(r"(?:\s*[A-Z][\w.'-]*)+")  # "told NBC News"

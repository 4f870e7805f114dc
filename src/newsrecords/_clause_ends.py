"""Where reported content ends: clause and phrase boundaries in folded text.

:mod:`._indirect` reads a report from its cue up to the end of the clause; this module
says where that is. A clause ends at a semicolon, a parenthesis, a spaced dash, a comma
before a new clause (", but", ", his decision was ..."), a subordinate clause
("because ..."), a second verb of the same subject ("... and stressed"), or a sentence end
the splitter missed ("GOP. They"). An object ends earlier, at a time or place phrase
("endorsed Trump last week"). Every search is bounded by the caller's window.
"""

from __future__ import annotations

import re

from ._reporting_verbs import CLAUSE_OPENERS, OBJECT_ADJUNCTS
from ._word_tables import word_trie
from .sentences import ABBREVIATIONS

__all__ = [
    "CLAUSE_OPENING",
    "FINITE_VERB",
    "FRONTED_CLAUSE",
    "HEAD_WINDOW",
    "MAIN_CLAUSE_VERB",
    "MIN_WORDS",
    "OBJECT_END",
    "PARTICIPLE_AND",
    "PUNCT_OPENING",
    "VERB_PHRASE_END",
    "clause_end",
    "clause_opening",
    "trimmed",
]

MIN_WORDS = 1  # one word can be the whole report: "backed Sanders"

HEAD_WINDOW = 100  # characters read to judge how the content opens

# Where a reported clause ends. Two searches that each open with a literal or a character
# class, which the regex engine skips to quickly: punctuation, then words.
_PUNCT_BREAK = re.compile(r"[;(,.-]")  # a candidate break, checked by clause_end

_NEW_CLAUSE = re.compile(
    r"""
    \s+(?:                           # after a comma, a word that opens a new clause
      (?:wh(?:ile|ereas|ich|om?|ere|en)|but|al?though|even|despite|because|since|as
        |after|before|unlike|including|according|adding|saying|noting|arguing|citing
        |pointing|calling|said|says|told|added|wrote|and\s+(?:he|she|they|it|then|later))\b
      | [a-z]+ing\b                  # ", prompting ...": a participle clause
    )
    """,
    re.VERBOSE,
)

_FINITE_AFTER_COMMA = re.compile(
    r"""
    \s+(?:and\s+|but\s+)?             # after a comma, a new clause: ", he is ready",
    (?:(?!and\b|or\b)[\w'.-]+\s+){0,4}  # ", his decision was overturned" (a subject of up
    (?:is|was|are|were|has|have|had     # to four words, not a list: ", France and
      |will|would|can|could|may|might  # Germany were")
      |should|must|does|did)\b
    """,
    re.VERBOSE,
)

_WORD_BREAK = re.compile(
    r"""
    \x20(?=                          # a subordinate clause without a comma
      (?:because|al?though|despite|unless|whereas|before|aside\s+from)\b
      | (?:and|but)\s+(?:then\s+|also\s+)?  # or a second verb of the same subject:
        (?:[a-z]+ed|said|says|told|made|gave|took|went|spoke  # "...and stressed"
          |has|have|had|is|was|were|will|would)\b          # "...and has been"
    )
    """,
    re.VERBOSE,
)

_SENTENCE_GAP = re.compile(
    r"""
    [A-Za-z]{2}\.      # a word of two letters or more ends ("Cruz.", "GOP.")
    \s+[\"'A-Z]        # and a new sentence opens: "...Mr. Cruz. ''I don't", "GOP. They"
    """,
    re.VERBOSE,
)

FINITE_VERB = re.compile(
    r"""
    \x20(?:is|was|were|are|has|have|had|will|would|could|can|may|might|should|must
      |cost|costs|[a-z]+ed)\b     # a verb that ends the noun phrase after a noun cue
    """,
    re.VERBOSE,
)


def _ends_before(words: frozenset[str]) -> re.Pattern[str]:
    """A comma, or the space before any of ``words``: where content read after a cue ends."""
    return re.compile(
        rf"""
        ,                            # an appositive or a new clause: "Trump, who ..."
        | \x20(?=(?:{word_trie(words)})\b)  # or a space before one of the words
        """,
        re.VERBOSE,
    )


OBJECT_END = _ends_before(CLAUSE_OPENERS | OBJECT_ADJUNCTS)  # "endorsed Trump last week"

VERB_PHRASE_END = _ends_before(CLAUSE_OPENERS)  # "vowed to work with both parties after"

CLAUSE_OPENING = re.compile(
    r"""
    [,;]\s*(?:(?:and|but|while|whereas)\s)?   # ", and", "; ", ", "
    | \s(?:and|but|while|whereas)\s          # " and " with no comma
    """,
    re.VERBOSE,
)

PUNCT_OPENING = re.compile(r"[,;]\s*(?:(?:and|but|while|whereas)\s)?")  # ", and", "; "

# A sentence that opens with a subordinate clause: a cue inside it ("After saying he was
# nervous, the man ...") reports no further than the clause's comma.
FRONTED_CLAUSE = re.compile(
    r"""
    \s*(?:After|Before|While|When|Whenever|Since|Although|Though|If|Because|Once|Until
      |Upon|Despite|Without|By|In\x20addition\x20to)\b   # a subordinator opening the sentence
    """,
    re.VERBOSE,
)

# A verb ending the relative clause a cue stands in ("a supporter who wants to give more
# could shell out"): the main clause's auxiliary resumes the sentence.
MAIN_CLAUSE_VERB = re.compile(
    r"""
    \x20(?:is|are|was|were|has|have|had|will|would|could|can|may|might|should|must|does|did)\b
    """,
    re.VERBOSE,
)

# A second participle joined to the cue's ("attacking Mr. Trump and visiting ..."): a new
# verb phrase of the same subject, not more content.
PARTICIPLE_AND = re.compile(r"\x20(?:and|or)\x20(?:by\x20)?[a-z]{2,}ing\b")


def clause_opening(folded: str, start: int, end: int, opening: re.Pattern[str]) -> int | None:
    """Where the last clause ``opening`` (", and", ";", " but ") in ``folded[start:end]``
    starts, or None."""
    starts = [found.start() for found in opening.finditer(folded, start, end)]
    return starts[-1] if starts else None


def trimmed(folded: str, start: int, end: int) -> tuple[int, int] | None:
    """``start:end`` without surrounding spaces and punctuation, or None when fewer than
    :data:`MIN_WORDS` words remain."""
    while start < end and not folded[start].isalnum():
        start += 1
    while end > start and not folded[end - 1].isalnum() and folded[end - 1] not in ")%":
        end -= 1
    if len(folded[start : min(end, start + HEAD_WINDOW)].split()) < MIN_WORDS:
        return None
    return start, end


def clause_end(folded: str, start: int, end: int) -> int:
    """Where the clause opened at ``start`` ends: at a semicolon, a parenthesis, a spaced
    dash, a comma before a new clause, or a subordinate clause; else at ``end``."""
    word = _WORD_BREAK.search(folded, start, end)
    stop = word.start() if word is not None else end
    for brk in _PUNCT_BREAK.finditer(folded, start, stop):
        ch, at = brk[0], brk.start()
        if ch == ",":
            if _NEW_CLAUSE.match(folded, at + 1, end) or _FINITE_AFTER_COMMA.match(
                folded, at + 1, min(end, at + 60)
            ):
                return at
        elif ch == ".":
            # a sentence end the splitter missed ("Mr. Cruz. ''I don't"), not "Sen. Thune"
            before = folded[max(start, at - 6) : at].split()
            if (
                at - 2 >= start
                and _SENTENCE_GAP.match(folded, at - 2, end)
                and before[-1].lower() not in ABBREVIATIONS
            ):
                return at
        elif ch != "-" or (folded[at - 1 : at] == " " and folded[at + 1 : at + 2] in (" ", "-")):
            return at  # ";", "(", or " - " / " -- " (an em dash folds to "-")
    return stop

"""Where reported content ends: clause and phrase boundaries in folded text.

:mod:`..quotes.indirect` reads a report from its cue up to the end of the clause; this module
says where that is. A clause ends at a semicolon, a parenthesis, a spaced dash, a comma
before a new clause (", but", ", his decision was ...", ", we got ..."), a comma before a
phrase describing what came before (", a recommendation Lynch adopted"), a subordinate
clause ("because ..."), a second verb of the same subject ("... and stressed"), two
apostrophes typed as a closing quotation mark ("is,'' said X"), or a sentence end the
splitter missed ("GOP. They", "the U.S. He says"). An object ends earlier, at a time or
place phrase ("endorsed Trump last week"). Every search is bounded by the caller's window.
"""

from __future__ import annotations

import re

from ..lexicon.grammar_words import AUXILIARIES, IRREGULAR_PASTS, SUBORDINATORS
from ..lexicon.reporting_verbs import CLAUSE_OPENERS, OBJECT_ADJUNCTS
from ..lexicon.tables import word_trie
from .sentences import ABBREVIATIONS

__all__ = [
    "AUXILIARY",
    "CLAUSE_OPENING",
    "FINITE_VERB",
    "FRONTED_CLAUSE",
    "HEAD_WINDOW",
    "MAIN_CLAUSE_VERB",
    "OBJECT_END",
    "OPENING_SUBORDINATOR",
    "PARTICIPLE_AND",
    "PUNCT_OPENING",
    "SUBORDINATOR",
    "VERB_PHRASE_END",
    "clause_end",
    "clause_opening",
    "trimmed",
]

HEAD_WINDOW = 100  # characters read to judge how the content opens

# Where a reported clause ends. Two searches that each open with a literal or a character
# class, which the regex engine skips to quickly: punctuation, then words.
_PUNCT_BREAK = re.compile(r"[;(,.-]")  # a candidate break, checked by clause_end

# The finite auxiliaries and the subordinators (lower-case, and capitalised to open a
# sentence) as regex sources, to be placed inside a group.
AUXILIARY = word_trie(AUXILIARIES)
SUBORDINATOR = word_trie(SUBORDINATORS)
OPENING_SUBORDINATOR = word_trie(w.capitalize() for w in SUBORDINATORS)

_NEW_CLAUSE = re.compile(
    rf"""
    \s+(?:                           # after a comma, a word that opens a new clause:
      (?:{SUBORDINATOR}    # a subordinator ("because", "although")
        |wh(?:ich|om?)|but|even|despite|unlike|including|according  # or another opener
        |said|says|told|added|wrote  # (a cue in "-ing" is a participle clause, below)
        |however|compared      # a linking adverb, a comparison (", compared with 64 percent")
        |and\s+(?:he|she|they|it|then|later))\b
      | [a-z]+ing\b                  # ", prompting ...": a participle clause
    )
    """,
    re.VERBOSE,
)

_FINITE_AFTER_COMMA = re.compile(
    r"""
    # after a comma, a new clause: ", he is ready", ", his decision was overturned"
    \s+(?:and\s+|but\s+)?(?:now\s+|then\s+)?
    (?:(?:(?!and\b|or\b)[\w'.-]+\s+){0,4}  # a subject of up to four words, not a list
                                           # (", France and Germany were")
      (?:(?:is|was|are|were|has|have|had   # then an auxiliary, perhaps negated:
        |can|could|might|should|must|does|did|would)(?:n't|n’t)?  # ", both sides aren't"
        |will|may|won't|won’t|aren't|aren’t)\b
    | (?:I|we|he|she|they)\s+(?!and\b|or\b)[a-z]{2,}\b)  # or a subject pronoun and its
                                           # verb: ", we got the biggest deal"
    """,
    re.VERBOSE,
)

# After a comma, "a" or "an" opens a phrase describing what came before ("..., a plan the
# billionaire has modified"), unless "and" or "or" later makes it a list item.
_APPOSITIVE = re.compile(r"\s+an?\s+[a-z]")
_LIST_JOIN = re.compile(r"\s(?:and|or)\s")

# The subordinators that end a report even without a comma before them ("said it was
# fine because ..."); the others ("when", "if", "though") often belong to the report
# itself ("said he would leave when the term ends", "kept it open even though").
_BREAKING_SUBORDINATORS = SUBORDINATORS & {"because", "although", "unless", "whereas", "before"}

# The irregular pasts that after "and" show a second verb of the subject: those that are
# never a noun or an adjective too ("and paid leave", "and lost jobs", "and set agendas"
# are more of the content).
_SECOND_VERBS = IRREGULAR_PASTS & {"said", "told", "made", "gave", "took", "went", "spoke"}

_WORD_BREAK = re.compile(
    rf"""
    \x20(?=                          # a subordinate clause without a comma
      (?:{word_trie(_BREAKING_SUBORDINATORS)}|despite|aside\s+from)\b
      | (?:and|but)\s+(?:then\s+|also\s+)?  # or a second verb of the same subject:
        (?:[a-z]+ed|says|{word_trie(_SECOND_VERBS)}  # "...and stressed", "...and spoke"
          |has|have|had|is|was|were|will|would)\b          # "...and has been"
    )
    """,
    re.VERBOSE,
)

# A subject pronoun, "The" or "But" after a full stop opens a sentence even after an
# abbreviation: "... attacks in the U.S. He says ...".
_PRONOUN_SENTENCE = re.compile(r"\s+(?:He|She|They|We|It|I|The|But)\x20")


_SENTENCE_GAP = re.compile(
    r"""
    [A-Za-z]{2}\.      # a word of two letters or more ends ("Cruz.", "GOP.")
    \s+[\"'A-Z]        # and a new sentence opens: "...Mr. Cruz. ''I don't", "GOP. They"
    """,
    re.VERBOSE,
)

FINITE_VERB = re.compile(
    rf"""
    \x20(?:{AUXILIARY}
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

_JOINERS = r"(?:and|but|while|whereas)"  # words that join a new clause to the last one

PUNCT_OPENING = re.compile(rf"[,;]\s*(?:{_JOINERS}\s)?")  # ", and", "; ", ", "

CLAUSE_OPENING = re.compile(rf"{PUNCT_OPENING.pattern}|\s{_JOINERS}\s")  # also " and " alone

# A sentence that opens with a subordinate clause: a cue inside it ("After saying he was
# nervous, the man ...") reports no further than the clause's comma. Every subordinator,
# and the prepositions that open a clause of their own before a participle.
FRONTED_CLAUSE = re.compile(
    rf"""
    \s*(?:{OPENING_SUBORDINATOR}  # "When", "Although"...
      |Upon|Despite|Without|By|In\x20addition\x20to)\b   # or "By saying", "Despite noting"
    """,
    re.VERBOSE,
)

# A verb ending the relative clause a cue stands in ("a supporter who wants to give more
# could shell out"): the main clause's auxiliary resumes the sentence.
MAIN_CLAUSE_VERB = re.compile(
    rf"""
    \x20(?:{AUXILIARY})\b
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
    """``start:end`` without surrounding spaces and punctuation, or None when nothing is
    left. One word can be the whole report ("backed Sanders")."""
    while start < end and not folded[start].isalnum():
        start += 1
    while end > start and not folded[end - 1].isalnum() and folded[end - 1] not in ")%":
        end -= 1
    if start >= end:
        return None
    return start, end


def _closing_marks(folded: str, start: int, stop: int) -> int:
    """Where two apostrophes typed as a closing quotation mark end the content in
    ``folded[start:stop]`` ("is,'' said X"), else ``stop``. A pair after a space opens a
    quotation; one opened inside the content is closed inside it ("allowing ''no
    daylight'' between"). A search for the pair, not a scan of each character.

    >>> _closing_marks("he is,'' said X", 0, 15), _closing_marks("a ''b'' c", 0, 9)
    (6, 9)
    """
    opened = False
    pair = folded.find("''", start, stop)
    while pair >= 0:
        after = folded[pair + 2 : pair + 3]
        if (
            pair > start
            and not folded[pair - 1].isspace()
            and not (after.isalnum() or after == "_")
        ):
            if not opened:
                return pair
            opened = False  # the pair opened inside the content closes here
        else:
            opened = True
        pair = folded.find("''", pair + 2, stop)
    return stop


def clause_end(folded: str, start: int, end: int) -> int:
    """Where the clause opened at ``start`` ends: at a semicolon, a parenthesis, a spaced
    dash, a comma before a new clause, a subordinate clause, or two apostrophes typed as a
    closing quotation mark; else at ``end``.

    >>> t = "you can discount how important he is,'' said Stanley Greenberg."
    >>> t[: clause_end(t, 0, len(t))]
    'you can discount how important he is,'
    """
    word = _WORD_BREAK.search(folded, start, end)
    stop = word.start() if word is not None else end
    stop = _closing_marks(folded, start, stop)
    for brk in _PUNCT_BREAK.finditer(folded, start, stop):
        ch, at = brk[0], brk.start()
        if ch == ",":
            if _NEW_CLAUSE.match(folded, at + 1, end) or _FINITE_AFTER_COMMA.match(
                folded, at + 1, min(end, at + 60)
            ):
                return at
            if _APPOSITIVE.match(folded, at + 1, end) and not _LIST_JOIN.search(
                folded, at + 1, stop
            ):
                # ", a recommendation Lynch adopted": a phrase about the content, unless
                # the sentence's verb follows it ("PAC, an outside group, made ...")
                close = folded.find(",", at + 1, stop)
                if close < 0 or not FINITE_VERB.match(folded, close + 1, stop):
                    return at
        elif ch == ".":
            # a sentence end the splitter missed ("Mr. Cruz. ''I don't"), not "Sen. Thune"
            before = folded[max(start, at - 6) : at].split()
            if (
                at - 2 >= start
                and _SENTENCE_GAP.match(folded, at - 2, end)
                and before[-1].lower() not in ABBREVIATIONS
            ) or _PRONOUN_SENTENCE.match(folded, at + 1, end):
                return at
        elif ch != "-" or (folded[at - 1 : at] == " " and folded[at + 1 : at + 2] in (" ", "-")):
            return at  # ";", "(", or " - " / " -- " (an em dash folds to "-")
    return stop

"""What a reporting cue reports: the content after it ("said (that) CONTENT", "told
reporters on Tuesday that CONTENT", "called for CONTENT") or, for a closing attribution,
before it ("CONTENT, he said.").

:func:`reported_content` is :mod:`.indirect`'s reading of one cue once its speaker phrase
is known: it skips the person told and time phrases after the cue, cuts an object at its
adjuncts, and ends the content where its clause does. Each read is bounded by the
caller's window.
"""

from __future__ import annotations

import re

from ..lexicon.compiled import active
from ..lexicon.grammar_words import PREPOSITIONS, SUBORDINATORS
from ..text.clauses import (
    AUXILIARY,
    FINITE_VERB,
    FRONTED_CLAUSE,
    HEAD_WINDOW,
    MAIN_CLAUSE_VERB,
    OBJECT_END,
    PARTICIPLE_AND,
    VERB_PHRASE_END,
    clause_end,
    trimmed,
)
from ..text.scan import last_char, only_punct, sentence_start
from .cue_subject import (
    NOUN_DETERMINERS,
    WORD_BEFORE,
)
from .report_before import (
    ANY_VERB,
    FINDING,
    content_up_to,
    opens_sentence,
    subject_comma,
)

__all__ = ["reported_content"]

_TIME_OR_OBJECT = re.compile(
    r"""
    \s*(?:
      (?:on|last|this|next|late|early)\s+[A-Z]?[a-z]+(?!')  # "on Thursday", not "on Friday's"
      | (?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|today|yesterday)
        (?:\s+(?:night|morning|afternoon|evening))?  # "Tuesday night"
      | on\s+[A-Z][a-z]{2,8}\.?\s+\d{1,2}   # "on Nov. 9"
      | (?:recently|earlier|later|again|repeatedly|simply|dryly|quietly|flatly|bluntly)
      | (?:reporters|journalists|lawmakers|supporters|the\s+press)
      | in\s+(?:a|an|the|his|her|their)\s+(?:[a-z]+\s+)?   # "in a (written) statement"
        (?:statement|interview|speech|briefing|letter|post|tweet|email|message|conference|address)
      | (?:for\s+(?:example|instance)|in\s+fact|of\s+course|however)(?=,)  # "believes, in fact,"
      | , | that
    )(?![\w])
    """,
    re.VERBOSE,
)
# The person told, skipped after a verb of saying ("told him", "assured them"); after any
# other cue the pronoun is the content ("endorsed her").
_PRONOUN_OBJECT = re.compile(r"\s*(?:him|her|them|us|me)\b(?!\s+[a-z]+(?:ing|s)\b)")
_RELATIVE_SUBJECTS = frozenset({"who", "that", "which"})  # "voters who want ...", "polls that show"
# Words that open a pronoun or quantity object even after a verb of saying ("said as much
# in an interview", "said so in the earlier poll"), unless a verb follows ("said it was").
_PRONOUN_OBJECTS = frozenset({"so", "as", "nothing", "little", "much", "it", "this", "that"})
_THAT = re.compile(r"\bthat\b")
# Words opening a subordinate clause at the head of reported content ("said if she wins,
# she will run"): the content runs on past its comma to the main clause.
_OPENING_REACH = 120  # characters an opening phrase or clause may run before its comma
_APPOSITIVE_REACH = 100  # characters of a title set off by commas after a source's name
_MAIN_CLAUSE = re.compile(
    rf"""
    ,\s+(?:[\w'.-]+\s+){{0,5}}?       # after the comma, a subject of up to six words
    (?:{AUXILIARY}
      |[a-z]+(?:ed|es))\b           # and a finite verb: ", Clinton will have"
    """,
    re.VERBOSE,
)
_PARTICIPLE = re.compile(r"[a-z]{2,}ing\b")  # ", he said, wiping sweat": a participle clause
# The one told and when, closing a sentence: "told a Senate panel Wednesday", "told
# POLITICO earlier this week" (no verb, no infinitive, no "that").
_TOLD_TAIL = re.compile(r"(?!to\b|that\b)[\w'.-]+(?:\s+(?!to\b|that\b)[\w'.-]+){0,5}")
_CAPITALISED_OBJECT = re.compile(r"(?:\s*[A-Z][\w.'-]*)+")  # "told NBC News"


def reported_content(
    folded: str,
    start: int,
    end: int,
    m: re.Match[str],
    word: str,
    who_start: int,
    who_end: int,
) -> tuple[int, int] | None:
    """The reported content of cue ``m`` whose speaker phrase is at ``who_start``."""
    cue_start, cue_end = m.span()
    tables = active()
    speech, clause = word in tables.saying, tables.takes_clause(word)  # asked again and again below
    if who_start >= cue_end:
        if opens_sentence(folded, start, cue_start):
            if word not in tables.speaker_after:
                return None  # '..." said X, director of ...': the rest of a quote's attribution
            # "According to X, CONTENT"
            comma = folded.find(",", who_end, end)
            if comma < 0:
                return None
            second = folded.find(",", comma + 1, min(end, comma + _APPOSITIVE_REACH))
            if second > 0 and FINITE_VERB.search(folded, comma, second) is None:
                comma = second  # "According to X, Clinton's vote director, CONTENT"
            return trimmed(folded, comma + 1, clause_end(folded, comma + 1, end))
        return trimmed(
            folded, sentence_start(folded, start, cue_start), cue_start
        )  # "CONTENT, noted X."
    c_start = _after_cue(folded, cue_end, end, word)
    while c_start < end and folded[c_start] == " ":
        c_start += 1  # "said that because ...": the clause opens at its first word
    c_end = clause_end(folded, c_start, end)
    if folded.find(",", start, cue_start) < 0 and (
        FRONTED_CLAUSE.match(folded, start, cue_start)
        or (word.endswith("ing") and only_punct(folded, start, cue_start))
    ):
        # no comma yet: the cue is inside the opening clause
        comma = folded.find(",", c_start, c_end)
        c_end = c_end if comma < 0 else comma
    if word.endswith("ing"):
        joined = PARTICIPLE_AND.search(folded, c_start, c_end)
        c_end = c_end if joined is None else joined.start()
    if who_start == who_end:
        # a subject the tables do not read ("..., police said"): it opens after a comma
        # a closing attribution ("..., a source close to him said.") may run longer
        closing = speech and only_punct(folded, cue_end, c_end)
        comma_at = subject_comma(folded, start, who_start, 6 if closing else 4)
        if comma_at is not None:
            who_start = comma_at + 1
    if (speech or word in FINDING) and (
        len(folded[c_start : min(c_end, c_start + 60)].split()) < 3
        or (
            # "CONTENT, Ash Carter told a Senate panel Wednesday.": the one told
            word in tables.tell
            and last_char(folded, start, who_start) == ","
            and len(folded[c_start:c_end].split()) <= 6
            and len(folded[sentence_start(folded, start, who_start) : who_start].split()) > 4
            and _TOLD_TAIL.fullmatch(folded, c_start, c_end) is not None
        )
        or (
            "," in folded[cue_end:c_start]
            and _PARTICIPLE.match(folded, c_start, c_end) is not None
            and not _THAT.search(folded, cue_end, c_start)
        )
    ):
        # "CONTENT, he said." and "CONTENT, he said, wiping sweat off his face": what
        # follows the cue is not its content
        if last_char(folded, start, who_start) == ",":
            # "CONTENT, X said."
            return content_up_to(folded, start, who_start)
        tail_comma = subject_comma(folded, start, who_start)
        if (
            tail_comma is not None
            and not folded[c_start:c_end].strip(" .,")
            and not only_punct(folded, tail_comma + 1, who_start)
        ):
            # "CONTENT, the news site X reported.": the speaker phrase read is the tail
            # of a longer subject
            return content_up_to(folded, start, tail_comma)
    kept = trimmed(folded, c_start, c_end)
    if kept is None:
        return None
    c_start, c_end = kept
    opening = folded[c_start : c_start + 12].split()[:1]
    # "claimed victory in a tweet", "agreed a phone call on Wednesday": a verb of saying
    # or thinking with a noun phrase and no verb after it takes an object, as other cues do
    noun_phrase = (
        opening
        and opening[0] in NOUN_DETERMINERS
        and not ANY_VERB.search(folded, c_start, min(c_end, c_start + HEAD_WINDOW))
    )
    if (not clause or noun_phrase or (opening and opening[0].lower() in _PRONOUN_OBJECTS)) and (
        not _THAT.search(folded, cue_end, c_start)
    ):
        # "endorsed Trump last week", "discussed my sentence on Fox": the object, without
        # the time and place adjuncts that follow it
        infinitive = folded.startswith("to ", c_start)
        stop = (VERB_PHRASE_END if infinitive else OBJECT_END).search(folded, c_start + 1, c_end)
        if stop is not None and (
            not clause or not FINITE_VERB.search(folded, c_start, stop.start())
        ):
            cut = trimmed(folded, c_start, stop.start())
            if cut is not None:
                c_end = cut[1]
    relative = WORD_BEFORE.search(folded, max(start, cue_start - 12), cue_start)
    if (
        (not clause or folded.startswith("to ", c_start))
        and relative is not None
        and relative[1].lower() in _RELATIVE_SUBJECTS
    ):
        # "a supporter who wants to give more could shell out": the relative clause ends
        # where the main clause's verb resumes
        verb = MAIN_CLAUSE_VERB.search(folded, c_start, c_end)
        if verb is not None and verb.start() > c_start:
            c_end = verb.start()
    head = folded[c_start : min(c_end, c_start + HEAD_WINDOW)].split()
    first = head[0].lower()
    if first == "to" and len(head) > 1 and head[1].islower() and head[1] not in NOUN_DETERMINERS:
        return (c_start, c_end)  # "vowed to work with both parties": an infinitive
    after_that = folded[max(start, c_start - 7) : c_start].rstrip(" ,").endswith("that")
    if (after_that and first in PREPOSITIONS) or first in SUBORDINATORS:
        # "argue that by month's end, Clinton will ...", "said if she wins, she will ...":
        # an opening phrase or clause, then the content's main clause after its comma
        comma = folded.find(",", c_start, min(c_end + 1, c_start + _OPENING_REACH))
        if comma > 0 and _has_main_clause(folded, comma, end):
            return trimmed(folded, c_start, clause_end(folded, comma + 1, end))
    if first in PREPOSITIONS:
        if first == "by" and not after_that:
            return None  # "was backed by X": a passive, the content is not after the cue
        that = None if after_that else _THAT.search(folded, c_start, min(c_end, c_start + 80))
        if that is not None:
            # "said in June that ...": the clause after "that"
            return trimmed(folded, that.end(), clause_end(folded, that.end(), end))
        if speech and not after_that and len(head) < 8:
            if last_char(folded, start, who_start) == ",":
                # "CONTENT, he said after meeting Thursday with aides": content before
                return content_up_to(folded, start, who_start)
            return None  # "said from the White House": a place, not reported content
        if not speech:
            # "called for the overthrow", "pointed to the polls": the object follows
            c_start += len(head[0])
            return trimmed(folded, c_start, c_end)
    return (c_start, c_end)


def _has_main_clause(folded: str, comma: int, end: int) -> bool:
    """A main clause, a subject and its verb, follows the comma at ``comma``."""
    return _MAIN_CLAUSE.match(folded, comma, min(end, comma + 80)) is not None


def _after_cue(folded: str, start: int, end: int, word: str) -> int:
    """Where the reported content starts after a cue: past time phrases, "in a statement",
    the person told ("told the debate audience that"), and "that"."""
    tables = active()
    if word in tables.tell:
        that = _THAT.search(folded, start, min(end, start + 80))
        if that is not None:
            return that.end()
        obj = _CAPITALISED_OBJECT.match(folded, start, end)
        if obj is not None:
            start = obj.end()
    told = word in tables.tell or word in tables.saying
    while True:
        skip = _TIME_OR_OBJECT.match(folded, start, end) or (
            _PRONOUN_OBJECT.match(folded, start, end) if told else None
        )
        if skip is None or skip.end() <= start:
            return start
        start = skip.end()

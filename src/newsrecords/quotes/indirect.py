"""Indirect speech: a cue and a speaker with no quote marks ("Psaki said Biden ...").

One compiled cue regex (:mod:`._reporting_verbs`) runs over a quote-free stretch of a
sentence; each hit with a speaker phrase next to it gives the reported content:

* "X said (that) CONTENT": the clause after the cue, objects such as "told reporters",
  time phrases and a leading preposition ("called for the overthrow") skipped;
* "CONTENT, X said.", "CONTENT, said X, the director of ...", "CONTENT, according to X.":
  the sentence before the attribution;
* "According to X, CONTENT", "As reported by X, CONTENT": the clause after the source;
* a headline's "SOURCE: CLAIM" ("Poll: Sanders leads"): the claim, no speaker;
* "her support for CONTENT", "claims that CONTENT": a noun cue, its holder unread.

When the speaker tables know no phrase next to the cue, a subject-like word before it
("One in four voters said") or a short closing attribution ("CONTENT, the regional daily
reported.") still gives a report, with no speaker. Reports nest ("X said Y wants Z"
gives "Y wants Z" and "Z"). Content after a cue ends where its clause does (";", a dash,
a parenthesis, a comma that opens a new clause, "because", "and stressed", a second
participle: "attacking X and visiting Y"), else at the sentence's end; a cue inside an
opening subordinate clause ("After saying X, the man ...") reports up to its comma, and
one inside a relative clause ("voters who want X could ...") up to the main verb. Verbs
of stance ("believes", "the poll shows") count here, never for quoted words. Each cue hit
reads a bounded window, so a stretch is read in linear time. Clause boundaries live in
:mod:`._clause_ends`, content read back from an attribution in :mod:`._report_before`,
and the tests for a cue's subject in :mod:`._cue_subject`.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from ..lexicon.compiled import active
from ..lexicon.reporting_verbs import HEADLINE_SOURCE
from ..lexicon.speaker_words import PREPOSITIONS, SUBORDINATORS
from ..models import QuoteKind
from ..speakers.book import SpeakerBook
from ..text.clauses import (
    AUXILIARY,
    CLAUSE_OPENING,
    FINITE_VERB,
    FRONTED_CLAUSE,
    HEAD_WINDOW,
    MAIN_CLAUSE_VERB,
    OBJECT_END,
    PARTICIPLE_AND,
    PUNCT_OPENING,
    VERB_PHRASE_END,
    clause_end,
    clause_opening,
    trimmed,
)
from ..text.document import Document
from ..text.scan import last_char, only_punct
from .attribution import Found, speaker_for_cue
from .cue_subject import (
    CLAUSE_AFTER,
    NOUN_DETERMINERS,
    WORD_BEFORE,
    after_verb_word,
    has_subject,
    infinitive,
    not_a_report,
    noun_use,
    passive_report,
    plural_subject,
)
from .report_before import (
    ANY_VERB,
    FINDING,
    SUBJECT_REACH,
    content_before,
    content_up_to,
    headline_source,
    inverted_report,
    opens_sentence,
    sentence_start,
    subject_comma,
)

__all__ = ["find_all_indirect", "scan_pattern"]

_MAX_CONTENT = 1500  # characters a report may run before or after its cue
_MARKS = frozenset("'\"")  # a cue right after a quotation mark attributes the quote
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
# "Asked (by a reporter) whether ...", "when asked about ...": the question put to the
# sentence's subject is reported, from its first question word to the clause's comma.
_QUESTION_WORD = re.compile(r"\b(?:about|whether|if|what|why|how|which|who|where)\b")
_QUESTION_REACH = 100  # characters between "asked" and its question word ("by host X on Y")
# Words after which "asked" is passive or opens a clause: "When asked", "was asked".
_BEFORE_ASKED = frozenset(
    {"when", "after", "if", "once", "while", "was", "were", "is", "are", "been", "being", "be"}
)
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


def scan_pattern() -> re.Pattern[str]:
    """The cue regex ``quotes.py`` may use to pick the paragraphs worth a closer look:
    every indirect-speech cue (a superset of the quote cues' verbs of saying)."""
    return active().reporting_pattern


def find_all_indirect(
    doc: Document,
    start: int,
    end: int,
    index: int,
    book: SpeakerBook,
    used_cues: frozenset[int] = frozenset(),
    *,
    limit: int = 0,
    lead_in: bool = False,
    cues: Iterable[re.Match[str]] | None = None,
) -> list[Found]:
    """Every reported speech in a quote-free stretch of a sentence, in order (at most
    ``limit`` when it is positive). Cues already attributing a quote (``used_cues``, by
    start) are skipped. Nested reports give one record each ("X said Y wants Z": "Y
    wants Z" and "Z"), and a report ends where the next clause's speaker opens ("A said
    X, and B argued Y"). In the ``lead_in`` to a quotation, content that runs on into the
    quote is dropped: 'X said he did "great"' is one mixed report, not an indirect one.
    ``cues`` are the cue pattern's hits in the stretch when the caller has scanned for them
    already; by default the stretch is scanned here."""
    folded = doc.folded
    tables = active()
    out: list[Found] = []
    hits = tables.reporting_pattern.finditer(folded, start, end) if cues is None else cues
    if index < 0:  # a headline: "Poll: X leads" opens it, and its label is no cue
        label = HEADLINE_SOURCE.search(folded, start, end)
        if label is not None and only_punct(folded, start, label.start()):
            headline = headline_source(folded, end, label, index)
            if headline is not None:
                out.append(headline)
            hits = (m for m in hits if m.start() >= label.end())
    for m in hits:
        cue_start, cue_end = m.span()  # read a dozen times per cue below
        if cue_start in used_cues:
            continue
        word = " ".join(m[0].split()).lower()
        if word == "quoted" or last_char(folded, max(start, cue_start - 3), cue_start) in _MARKS:
            continue  # '..., '' said X': the attribution of a quote the marks finder missed
        if folded.endswith("according to ", max(start, cue_start - 13), cue_start):
            continue  # "according to reports": the source of another cue's content
        if not_a_report(folded, start, cue_start, cue_end, word):
            continue  # "can be found here", "a talk show": the cue word reports nothing
        if (
            word in tables.noun_like
            and noun_use(folded, start, cue_start)
            and not CLAUSE_AFTER.match(folded, cue_end, end)
        ):
            continue  # "the plan", "a tax plan": a noun, and no speaker phrase to look for
        # a cue inside earlier content ("X said Y wants Z") has its speaker inside it too
        nested = bool(out) and out[-1].start <= cue_start < out[-1].end
        lo = out[-1].start if nested else start
        # each cue reads a bounded window, so a page-long "sentence" stays linear
        lo, hi = max(lo, cue_start - _MAX_CONTENT), min(end, cue_end + _MAX_CONTENT)
        if word == "asked":
            question = _asked_question(folded, lo, hi, m)
            if question is not None:
                out.append(Found(QuoteKind.INDIRECT, *question, index, cue=(cue_start, cue_end)))
                if len(out) == limit:
                    break
                continue
        opening_participle = word.endswith("ing") and folded.startswith(" that ", cue_end)
        bare = only_punct(folded, lo, cue_start)  # no word before the cue in its window
        if word not in tables.speaker_after and bare and not opening_participle:
            continue  # '"...," said X': a quote's attribution, no content before or after
        # a capitalised cue after other words ("Senate Leader Says Vote Will Wait") is in a
        # title-case headline, where capitals do not mark names: no speaker phrase is read
        title_case = m[0][:1].isupper() and not bare
        # a noun cue inside earlier content ("repeating a false claim that ...") is part
        # of that content's noun phrase: the words before it are not its holder
        nested_noun = nested and word in tables.noun_cues
        inverted = (
            inverted_report(folded, lo, hi, m, word)
            if not title_case and "," in folded[max(lo, cue_start - 3) : cue_start]
            else None
        )
        if inverted is not None:
            # "CONTENT, said Rita Katz, the director of ...": the clause before the cue
            source, (c_start, c_end) = inverted
            item = Found(QuoteKind.INDIRECT, c_start, c_end, index, key=book.resolve(source))
            item.mention, item.cue = source, (cue_start, cue_end)
            out.append(item)
            if len(out) == limit:
                break
            continue
        mention = None if title_case or nested_noun else speaker_for_cue(folded, lo, hi, m)
        if mention is not None and passive_report(folded, lo, cue_start, cue_end, word):
            # "the pact is widely viewed as ...", "he was charged with": by nobody named
            mention, who = None, (cue_start, cue_start)
        elif mention is not None:
            who = (mention.span.start, mention.span.end)
        elif (
            title_case
            or word in tables.noun_cues
            or (
                (
                    word not in tables.noun_like
                    or after_verb_word(folded, lo, cue_start)
                    or plural_subject(folded, lo, cue_start)
                )
                and has_subject(folded, lo, cue_start, word)
            )
            or infinitive(folded, lo, cue_start)
            # "The employee, a registered Republican ..., said she became pregnant"
            or (word in tables.saying and CLAUSE_AFTER.match(folded, cue_end, hi) is not None)
            or (word.endswith("ing") and " " not in word and word not in tables.noun_like)
        ):
            # "by talking about the wall", "In addition to stating that ...": a participle
            # whose subject stands elsewhere in the sentence
            who = (cue_start, cue_start)  # "One in four voters ... said": no speaker phrase
        else:
            before = content_before(folded, lo, hi, m, word)
            if before is not None:
                out.append(Found(QuoteKind.INDIRECT, *before, index, cue=(cue_start, cue_end)))
                if len(out) == limit:
                    break
            continue
        content = _content(folded, lo, hi, m, word, *who)
        if content is None:
            continue
        c_start, c_end = content
        if lead_in and c_start > cue_start and _runs_into_quote(folded, c_end, end):
            continue
        if word in tables.noun_cues and not word.endswith(" that"):
            # "her support for the tax plan cost her votes": the noun phrase, not the clause
            verb = FINITE_VERB.search(folded, c_start, c_end)
            if verb is not None and verb.start() > c_start:
                c_end = verb.start()
        # the report this clause's subject stands in: the last one, or the one a nested
        # report sits in ("X said they were worried about Y, and 4 in 10 said Z")
        outer = None
        for earlier in reversed(out[-3:]):
            if earlier.start < who[0] < earlier.end:
                outer = earlier
                break
        if outer is not None:
            # "A said X, and B argued Y", "... economy, and more than 4 in 10 said Z": the
            # first content ends where the second clause opens
            opening = clause_opening(folded, max(outer.start, who[0] - 12), who[0], CLAUSE_OPENING)
            if opening is None and mention is None:
                # a subject the tables do not read: only a comma or semicolon marks its clause
                lo_subject = max(outer.start, who[0] - SUBJECT_REACH)
                opening = clause_opening(folded, lo_subject, who[0], PUNCT_OPENING)
            cut = trimmed(folded, outer.start, opening) if opening is not None else None
            if cut is not None:
                outer.end = cut[1]
        if out and out[-1].start == c_start:
            continue
        item = Found(QuoteKind.INDIRECT, c_start, c_end, index)
        if mention is not None:
            item.key = book.resolve(mention)
        item.mention, item.cue = mention, (cue_start, cue_end)
        out.append(item)
        if len(out) == limit:
            break
    return out


def _content(
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


def _asked_question(folded: str, start: int, end: int, m: re.Match[str]) -> tuple[int, int] | None:
    """The question of a passive or clause-opening "asked" ("Asked whether he would run,
    the mayor said ...", "she was asked by a reporter about the merger"): from its first
    question word to the clause's comma. None for an active "X asked ...", read as any
    other cue."""
    if not only_punct(folded, start, m.start()):
        before = WORD_BEFORE.search(folded, max(start, m.start() - 20), m.start())
        if before is None or before[1].lower() not in _BEFORE_ASKED:
            return None
    stop = clause_end(folded, m.end(), min(end, m.end() + _MAX_CONTENT))
    question = _QUESTION_WORD.search(folded, m.end(), min(stop, m.end() + _QUESTION_REACH))
    if question is None:
        return None
    comma = folded.find(",", question.end(), stop)  # "Asked if X, 46 percent said"
    return trimmed(folded, question.start(), stop if comma < 0 else comma)


def _has_main_clause(folded: str, comma: int, end: int) -> bool:
    """A main clause, a subject and its verb, follows the comma at ``comma``."""
    return _MAIN_CLAUSE.match(folded, comma, min(end, comma + 80)) is not None


def _runs_into_quote(folded: str, c_end: int, end: int) -> bool:
    """Content read up to the quotation that closes a lead-in runs on into it ('he did
    "great"'), unless a sentence ends between them ('... the test. "[Ted] knows ..."').

    >>> _runs_into_quote('he did "great"', 6, 7), _runs_into_quote('the test. "Ted', 8, 10)
    (True, False)
    """
    gap = folded[c_end:end]
    return only_punct(folded, c_end, end) and not any(ch in gap for ch in ".?!")


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

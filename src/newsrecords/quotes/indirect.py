"""Indirect speech: a cue and a speaker with no quote marks ("Psaki said Biden ...").

One compiled cue regex (:mod:`..lexicon.reporting_verbs`) runs over a quote-free stretch of a
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
reads a bounded window, so a stretch is read in linear time. The content of one cue is
read by :mod:`.report_content`, content read back from an attribution by
:mod:`.report_before`, clause boundaries by :mod:`..text.clauses`, and the tests for a
cue's subject are in :mod:`.cue_subject`.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from ..lexicon.compiled import active
from ..lexicon.grammar_words import BE_FORMS
from ..lexicon.reporting_verbs import HEADLINE_SOURCE
from ..models import QuoteKind
from ..speakers.book import SpeakerBook
from ..text.clauses import (
    CLAUSE_OPENING,
    FINITE_VERB,
    PUNCT_OPENING,
    clause_end,
    clause_opening,
    trimmed,
)
from ..text.document import Document
from ..text.scan import last_char, only_punct
from .attribution import Found, speaker_for_cue
from .cue_subject import (
    CLAUSE_AFTER,
    WORD_BEFORE,
    after_verb_word,
    has_subject,
    infinitive,
    not_a_report,
    noun_use,
    passive_report,
    plural_subject,
)
from .gapped_object import gapped_object
from .report_before import (
    SUBJECT_REACH,
    content_before,
    headline_source,
    inverted_report,
)
from .report_content import reported_content

__all__ = ["find_all_indirect", "scan_pattern"]

_MAX_CONTENT = 1500  # characters a report may run before or after its cue
_MARKS = frozenset("'\"")  # a cue right after a quotation mark attributes the quote
# "Asked (by a reporter) whether ...", "when asked about ...": the question put to the
# sentence's subject is reported, from its first question word to the clause's comma.
_QUESTION_WORD = re.compile(r"\b(?:about|whether|if|what|why|how|which|who|where)\b")
_QUESTION_REACH = 100  # characters between "asked" and its question word ("by host X on Y")
# Words after which "asked" is passive or opens a clause: "When asked", "was asked".
_BEFORE_ASKED = BE_FORMS | {"when", "after", "if", "once", "while"}


def scan_pattern() -> re.Pattern[str]:
    """The cue regex :mod:`.extract` uses to pick the paragraphs worth a closer look:
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
        mention = None if title_case or nested_noun else speaker_for_cue(folded, lo, hi, m, word)
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
        content = gapped_object(folded, lo, cue_start, cue_end, hi, word) or reported_content(
            folded, lo, hi, m, word, *who
        )
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


def _runs_into_quote(folded: str, c_end: int, end: int) -> bool:
    """Content read up to the quotation that closes a lead-in runs on into it ('he did
    "great"'), unless a sentence ends between them ('... the test. "[Ted] knows ..."').

    >>> _runs_into_quote('he did "great"', 6, 7), _runs_into_quote('the test. "Ted', 8, 10)
    (True, False)
    """
    gap = folded[c_end:end]
    return only_punct(folded, c_end, end) and not any(ch in gap for ch in ".?!")

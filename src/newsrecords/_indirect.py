"""Indirect speech: a cue and a speaker with no quote marks ("Psaki said Biden ...").

One compiled cue regex (:mod:`._reporting_verbs`) runs over a quote-free stretch of a
sentence; each hit with a speaker phrase next to it gives the reported content:

* "X said (that) CONTENT": the clause after the cue, objects such as "told reporters",
  time phrases and a leading preposition ("called for the overthrow") skipped;
* "CONTENT, X said." / "CONTENT, according to X.": the sentence before the attribution;
* "According to X, CONTENT": the clause after the source;
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
:mod:`._clause_ends`.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from ._attribution import Found, last_char, only_punct, speaker_for_cue
from ._clause_ends import (
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
from ._cue_words import SPEAKER_AFTER
from ._document import Document
from ._reporting_verbs import (
    NOUN_CUES,
    NOUN_LIKE,
    TELL_VERBS,
    is_speech_verb,
    reporting_cue_pattern,
    takes_clause,
)
from ._speaker_book import SpeakerBook
from ._speaker_words import PREPOSITIONS
from .models import QuoteKind

__all__ = ["find_all_indirect", "scan_pattern"]

_MAX_CONTENT = 1500  # characters a report may run before or after its cue
_MARKS = frozenset("'\"")  # a cue right after a quotation mark attributes the quote
_TIME_OR_OBJECT = re.compile(
    r"""
    \s*(?:
      (?:on|last|this|next|late|early)\s+[A-Z]?[a-z]+   # "on Thursday", "last week"
      | (?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|today|yesterday)
      | (?:reporters|journalists|him|her|them|us|me|lawmakers|supporters|the\s+press)
      | in\s+(?:a|an|the|his|her|their)\s+(?:[a-z]+\s+)?   # "in a (written) statement"
        (?:statement|interview|speech|briefing|letter|post|tweet|email|message|conference|address)
      | (?:for\s+(?:example|instance)|in\s+fact|of\s+course|however)(?=,)  # "believes, in fact,"
      | , | that
    )(?![\w])
    """,
    re.VERBOSE,
)
_RELATIVE_SUBJECTS = frozenset({"who", "that", "which"})  # "voters who want ...", "polls that show"
# "Asked (by a reporter) whether ...", "when asked about ...": the question put to the
# sentence's subject is reported, from its first question word to the clause's comma.
_QUESTION_WORD = re.compile(r"\b(?:about|whether|if|what|why|how|which|who|where)\b")
_QUESTION_REACH = 100  # characters between "asked" and its question word ("by host X on Y")
# Words after which "asked" is passive or opens a clause: "When asked", "was asked".
_BEFORE_ASKED = frozenset(
    {"when", "after", "if", "once", "while", "was", "were", "is", "are", "been", "being", "be"}
)
_SUBJECT_REACH = 60  # characters a subject with no speaker phrase ("more than 4 in 10") spans
# Lower-case words after which a noun-like cue is a verb: "they support", "to plan".
_BEFORE_VERB = frozenset(
    {"i", "we", "you", "he", "she", "they", "it", "who", "which", "that", "to", "also"}
    | {"will", "would", "could", "may", "might", "must", "should", "can", "not", "never"}
    | {"still", "now", "often", "and", "but", "or", "do", "does", "did"}
)
# Words that open a pronoun or quantity object even after a verb of saying ("said as much
# in an interview", "said so in the earlier poll"), unless a verb follows ("said it was").
_PRONOUN_OBJECTS = frozenset({"so", "as", "nothing", "little", "much", "it", "this", "that"})
_FINDING = frozenset({"show", "shows", "showed", "found", "finds", "suggest", "suggests"})
_DETERMINERS = frozenset(
    {"the", "a", "an", "this", "that", "these", "those", "its", "his", "her", "their", "our"}
    | {"my", "your", "no", "any", "every", "each"}
)
_THAT = re.compile(r"\bthat\b")
_WORD_BEFORE = re.compile(r"([A-Za-z][A-Za-z']*)\s+$")  # the word right before a cue
# Words after which a cue word is a noun or an infinitive, not a reporting verb.
_NOT_BEFORE_VERB = frozenset(
    {"to", "the", "a", "an", "his", "her", "their", "its", "our", "my", "your", "this"}
    | {"these", "those", "of", "for", "in", "on", "with", "by", "from", "at", "as"}
    | {"no", "any", "some", "such", "public", "popular", "strong"}
    | {"broad", "whose", "if", "than", "into", "about", "without", "after", "before"}
)
_CAPITALISED_OBJECT = re.compile(r"(?:\s*[A-Z][\w.'-]*)+")  # "told NBC News"


def scan_pattern() -> re.Pattern[str]:
    """The cue regex ``quotes.py`` may use to pick the paragraphs worth a closer look:
    every indirect-speech cue (a superset of the quote cues' verbs of saying)."""
    return reporting_cue_pattern()


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
    out: list[Found] = []
    hits = reporting_cue_pattern().finditer(folded, start, end) if cues is None else cues
    for m in hits:
        if m.start() in used_cues:
            continue
        word = " ".join(m[0].split()).lower()
        if word == "quoted" or last_char(folded, max(start, m.start() - 3), m.start()) in _MARKS:
            continue  # '..., '' said X': the attribution of a quote the marks finder missed
        if word in NOUN_LIKE and _noun_use(folded, start, m.start()):
            continue  # "the plan", "a tax plan": a noun, and no speaker phrase to look for
        # a cue inside earlier content ("X said Y wants Z") has its speaker inside it too
        nested = bool(out) and out[-1].start <= m.start() < out[-1].end
        lo = out[-1].start if nested else start
        # each cue reads a bounded window, so a page-long "sentence" stays linear
        lo, hi = max(lo, m.start() - _MAX_CONTENT), min(end, m.end() + _MAX_CONTENT)
        if word == "asked":
            question = _asked_question(folded, lo, hi, m)
            if question is not None:
                out.append(Found(QuoteKind.INDIRECT, *question, index, cue=(m.start(), m.end())))
                if len(out) == limit:
                    break
                continue
        if word not in SPEAKER_AFTER and only_punct(folded, lo, m.start()):
            continue  # '"...," said X': a quote's attribution, no content before or after
        # a capitalised cue after other words ("Senate Leader Says Vote Will Wait") is in a
        # title-case headline, where capitals do not mark names: no speaker phrase is read
        title_case = m[0][:1].isupper() and not only_punct(folded, lo, m.start())
        # a noun cue inside earlier content ("repeating a false claim that ...") is part
        # of that content's noun phrase: the words before it are not its holder
        nested_noun = nested and word in NOUN_CUES
        mention = None if title_case or nested_noun else speaker_for_cue(folded, lo, hi, m)
        if mention is not None:
            who = (mention.span.start, mention.span.end)
        elif (
            title_case
            or word in NOUN_CUES
            or (
                (word not in NOUN_LIKE or _after_verb_word(folded, lo, m.start()))
                and _has_subject(folded, lo, m.start())
            )
            or _infinitive(folded, lo, m.start())
            or (word.endswith("ing") and " " not in word and word not in NOUN_LIKE)
        ):
            # "by talking about the wall", "In addition to stating that ...": a participle
            # whose subject stands elsewhere in the sentence
            who = (m.start(), m.start())  # "One in four voters ... said": no speaker phrase
        else:
            before = _content_before(folded, lo, hi, m, word)
            if before is not None:
                out.append(Found(QuoteKind.INDIRECT, *before, index, cue=(m.start(), m.end())))
                if len(out) == limit:
                    break
            continue
        content = _content(folded, lo, hi, m, word, *who)
        if content is None:
            continue
        c_start, c_end = content
        if lead_in and c_start > m.start() and only_punct(folded, c_end, end):
            continue
        if word in NOUN_CUES and not word.endswith(" that"):
            # "her support for the tax plan cost her votes": the noun phrase, not the clause
            verb = FINITE_VERB.search(folded, c_start, c_end)
            if verb is not None and verb.start() > c_start:
                c_end = verb.start()
        if out and out[-1].start < who[0] < out[-1].end:
            # "A said X, and B argued Y", "... economy, and more than 4 in 10 said Z": the
            # first content ends where the second clause opens
            opening = clause_opening(
                folded, max(out[-1].start, who[0] - 12), who[0], CLAUSE_OPENING
            )
            if opening is None and mention is None:
                # a subject the tables do not read: only a comma or semicolon marks its clause
                lo_subject = max(out[-1].start, who[0] - _SUBJECT_REACH)
                opening = clause_opening(folded, lo_subject, who[0], PUNCT_OPENING)
            cut = trimmed(folded, out[-1].start, opening) if opening is not None else None
            if cut is not None:
                out[-1].end = cut[1]
        if out and out[-1].start == c_start:
            continue
        item = Found(QuoteKind.INDIRECT, c_start, c_end, index)
        if mention is not None:
            item.key = book.resolve(mention)
        item.mention, item.cue = mention, (m.start(), m.end())
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
    if who_start >= m.end():
        if only_punct(folded, start, m.start()):
            if word not in SPEAKER_AFTER:
                return None  # '..." said X, director of ...': the rest of a quote's attribution
            # "According to X, CONTENT"
            comma = folded.find(",", who_end, end)
            if comma < 0:
                return None
            return trimmed(folded, comma + 1, clause_end(folded, comma + 1, end))
        return trimmed(folded, start, m.start())  # "CONTENT, noted X."
    c_start = _after_cue(folded, m.end(), end, word)
    while c_start < end and folded[c_start] == " ":
        c_start += 1  # "said that because ...": the clause opens at its first word
    c_end = clause_end(folded, c_start, end)
    if folded.find(",", start, m.start()) < 0 and FRONTED_CLAUSE.match(folded, start, m.start()):
        # no comma yet: the cue is inside the opening clause
        comma = folded.find(",", c_start, c_end)
        c_end = c_end if comma < 0 else comma
    if word.endswith("ing"):
        joined = PARTICIPLE_AND.search(folded, c_start, c_end)
        c_end = c_end if joined is None else joined.start()
    if who_start == who_end:
        # a subject the tables do not read ("..., police said"): it opens after a comma
        subject_comma = _subject_comma(folded, start, who_start)
        if subject_comma is not None:
            who_start = subject_comma + 1
    if (is_speech_verb(word) or word in _FINDING) and len(
        folded[c_start : min(c_end, c_start + 60)].split()
    ) < 3:
        if last_char(folded, start, who_start) == ",":
            return trimmed(folded, start, who_start)  # "CONTENT, X said."
        subject_comma = _subject_comma(folded, start, who_start)
        if (
            subject_comma is not None
            and not folded[c_start:c_end].strip(" .,")
            and not only_punct(folded, subject_comma + 1, who_start)
        ):
            # "CONTENT, the news site X reported.": the speaker phrase read is the tail
            # of a longer subject
            return trimmed(folded, start, subject_comma)
    kept = trimmed(folded, c_start, c_end)
    if kept is None:
        return None
    c_start, c_end = kept
    opening = folded[c_start : c_start + 12].split()[:1]
    if (not takes_clause(word) or (opening and opening[0].lower() in _PRONOUN_OBJECTS)) and (
        not _THAT.search(folded, m.end(), c_start)
    ):
        # "endorsed Trump last week", "discussed my sentence on Fox": the object, without
        # the time and place adjuncts that follow it
        infinitive = folded.startswith("to ", c_start)
        stop = (VERB_PHRASE_END if infinitive else OBJECT_END).search(folded, c_start + 1, c_end)
        if stop is not None and (
            not takes_clause(word) or not FINITE_VERB.search(folded, c_start, stop.start())
        ):
            cut = trimmed(folded, c_start, stop.start())
            if cut is not None:
                c_end = cut[1]
    relative = _WORD_BEFORE.search(folded, max(start, m.start() - 12), m.start())
    if (
        (not takes_clause(word) or folded.startswith("to ", c_start))
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
    if first == "to" and len(head) > 1 and head[1].islower() and head[1] not in _DETERMINERS:
        return (c_start, c_end)  # "vowed to work with both parties": an infinitive
    if first in PREPOSITIONS:
        if first == "by":
            return None  # "was backed by X": a passive, the content is not after the cue
        after_that = folded[max(start, c_start - 7) : c_start].rstrip(" ,").endswith("that")
        that = None if after_that else _THAT.search(folded, c_start, min(c_end, c_start + 80))
        if that is not None:
            # "said in June that ...": the clause after "that"
            return trimmed(folded, that.end(), clause_end(folded, that.end(), end))
        if is_speech_verb(word) and not after_that and len(head) < 8:
            return None  # "said from the White House": a place, not reported content
        if not is_speech_verb(word):
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
        before = _WORD_BEFORE.search(folded, max(start, m.start() - 20), m.start())
        if before is None or before[1].lower() not in _BEFORE_ASKED:
            return None
    stop = clause_end(folded, m.end(), min(end, m.end() + _MAX_CONTENT))
    question = _QUESTION_WORD.search(folded, m.end(), min(stop, m.end() + _QUESTION_REACH))
    if question is None:
        return None
    comma = folded.find(",", question.end(), stop)  # "Asked if X, 46 percent said"
    return trimmed(folded, question.start(), stop if comma < 0 else comma)


def _content_before(
    folded: str, start: int, end: int, m: re.Match[str], word: str
) -> tuple[int, int] | None:
    """The content of a cue whose source the speaker tables do not know: 'According to
    port officials, CONTENT', 'CONTENT, the regional daily reported.', 'CONTENT,
    according to the new poll.' (a short attribution closing the sentence)."""
    if word in SPEAKER_AFTER and only_punct(folded, start, m.start()):
        comma = folded.find(",", m.end(), min(end, m.end() + 80))
        return (
            trimmed(folded, comma + 1, clause_end(folded, comma + 1, end)) if comma >= 0 else None
        )
    if word not in SPEAKER_AFTER and not (is_speech_verb(word) or word in _FINDING):
        return None
    comma = folded.rfind(",", max(start, m.start() - _SUBJECT_REACH), m.start())
    if comma < 0 or "," in folded[m.end() : end]:
        return None
    if word not in SPEAKER_AFTER and _subject_comma(folded, start, m.start()) is None:
        return None  # a subject of up to four words: "fundraising documents show"
    if len(folded[m.end() : end].split()) > 6:
        return None  # a short tail: "reported Thursday", "according to the new poll"
    return trimmed(folded, start, comma)


def _subject_comma(folded: str, start: int, at: int) -> int | None:
    """The comma before a short subject that ends at ``at`` ("..., fundraising documents
    show", "..., police said"): the last one within :data:`_SUBJECT_REACH` characters,
    when at most four words follow it; else None."""
    comma = folded.rfind(",", max(start, at - _SUBJECT_REACH), at)
    if comma < 0 or len(folded[comma:at].split()) > 5:
        return None
    return comma


def _noun_use(folded: str, start: int, cue: int) -> bool:
    """A cue word that is as often a noun follows an article ("the plan") or another
    lower-case word that is not a pronoun, an auxiliary or an adverb ("a tax plan")."""
    before = folded[max(start, cue - 16) : cue].split()
    if not before:
        return False
    last = before[-1]
    if last in _DETERMINERS or last.lower() in _DETERMINERS:
        return True
    if last == "percent" or (len(last) > 3 and last.endswith("s") and not last.endswith("ss")):
        return False  # "1 percent support", "most voters support": a plural subject, a verb
    return (
        last.isalpha() and last.islower() and last not in _BEFORE_VERB and not last.endswith("ly")
    )


def _infinitive(folded: str, start: int, cue: int) -> bool:
    """The cue is an infinitive ("declined to say whether", "the first to endorse him"):
    its subject stands earlier in the sentence, and its content follows as for the verb."""
    before = _WORD_BEFORE.search(folded, max(start, cue - 4), cue)
    return before is not None and before[1] == "to"


def _after_verb_word(folded: str, start: int, cue: int) -> bool:
    """A cue word that is as often a noun stands after a pronoun, a relative or an
    auxiliary, so it is a verb: "voters who support him", "they plan"."""
    before = _WORD_BEFORE.search(folded, max(start, cue - 12), cue)
    return before is not None and before[1].lower() in _BEFORE_VERB


def _has_subject(folded: str, start: int, cue: int) -> bool:
    """A word that may end a subject or a verb group stands just before the cue, or a
    share: "53% say"."""
    if folded[max(start, cue - 2) : cue] == "% ":
        return True
    before = _WORD_BEFORE.search(folded, max(start, cue - 40), cue)
    return before is not None and before[1].lower() not in _NOT_BEFORE_VERB


def _after_cue(folded: str, start: int, end: int, word: str) -> int:
    """Where the reported content starts after a cue: past time phrases, "in a statement",
    the person told ("told the debate audience that"), and "that"."""
    if word in TELL_VERBS:
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

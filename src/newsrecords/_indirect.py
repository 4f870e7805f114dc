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
a parenthesis, a comma that opens a new clause, "because", "and stressed"), else at the
sentence's end. Verbs of stance ("believes", "the poll shows") count here, never for
quoted words. Each cue hit reads a bounded window, so a stretch is read in linear time.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from ._attribution import Found, last_char, only_punct, speaker_for_cue
from ._cue_words import SPEAKER_AFTER
from ._document import Document
from ._reporting_verbs import (
    CLAUSE_OPENERS,
    NOUN_CUES,
    NOUN_LIKE,
    OBJECT_ADJUNCTS,
    TELL_VERBS,
    is_speech_verb,
    reporting_cue_pattern,
    takes_clause,
)
from ._speaker_book import SpeakerBook
from ._speaker_words import PREPOSITIONS
from ._word_tables import word_trie
from .models import QuoteKind
from .sentences import ABBREVIATIONS

__all__ = ["find_all_indirect", "scan_pattern"]

_MAX_CONTENT = 1500  # characters a report may run before or after its cue
_MIN_WORDS = 1  # one word can be the whole report: "backed Sanders"
_MARKS = frozenset("'\"")  # a cue right after a quotation mark attributes the quote
_HEAD_WINDOW = 100  # characters read to judge how the content opens

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
# Where a reported clause ends. Two searches that each open with a literal or a character
# class, which the regex engine skips to quickly: punctuation, then words.
_PUNCT_BREAK = re.compile(r"[;(,.-]")  # a candidate break, checked by _clause_end
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
_SENTENCE_GAP = re.compile(r"[a-z]{2}\.\s+[\"'A-Z]")  # "...Mr. Cruz. ''I don't": a new sentence
_FINITE_VERB = re.compile(
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


_OBJECT_END = _ends_before(CLAUSE_OPENERS | OBJECT_ADJUNCTS)  # "endorsed Trump last week"
_VERB_PHRASE_END = _ends_before(CLAUSE_OPENERS)  # "vowed to work with both parties after"
_CLAUSE_OPENING = re.compile(
    r"""
    [,;]\s*(?:(?:and|but|while|whereas)\s)?   # ", and", "; ", ", "
    | \s(?:and|but|while|whereas)\s          # " and " with no comma
    """,
    re.VERBOSE,
)
_PUNCT_OPENING = re.compile(r"[,;]\s*(?:(?:and|but|while|whereas)\s)?")  # ", and", "; "
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
        lo = out[-1].start if out and out[-1].start <= m.start() < out[-1].end else start
        # each cue reads a bounded window, so a page-long "sentence" stays linear
        lo, hi = max(lo, m.start() - _MAX_CONTENT), min(end, m.end() + _MAX_CONTENT)
        if word not in SPEAKER_AFTER and only_punct(folded, lo, m.start()):
            continue  # '"...," said X': a quote's attribution, no content before or after
        mention = speaker_for_cue(folded, lo, hi, m)
        if mention is not None:
            who = (mention.span.start, mention.span.end)
        elif (
            word in NOUN_CUES
            or (word not in NOUN_LIKE and _has_subject(folded, lo, m.start()))
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
            verb = _FINITE_VERB.search(folded, c_start, c_end)
            if verb is not None and verb.start() > c_start:
                c_end = verb.start()
        if out and out[-1].start < who[0] < out[-1].end:
            # "A said X, and B argued Y", "... economy, and more than 4 in 10 said Z": the
            # first content ends where the second clause opens
            opening = _clause_opening(
                folded, max(out[-1].start, who[0] - 12), who[0], _CLAUSE_OPENING
            )
            if opening is None and mention is None:
                # a subject the tables do not read: only a comma or semicolon marks its clause
                lo_subject = max(out[-1].start, who[0] - _SUBJECT_REACH)
                opening = _clause_opening(folded, lo_subject, who[0], _PUNCT_OPENING)
            cut = _trimmed(folded, out[-1].start, opening) if opening is not None else None
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
            return _trimmed(folded, comma + 1, _clause_end(folded, comma + 1, end))
        return _trimmed(folded, start, m.start())  # "CONTENT, noted X."
    c_start = _after_cue(folded, m.end(), end, word)
    while c_start < end and folded[c_start] == " ":
        c_start += 1  # "said that because ...": the clause opens at its first word
    c_end = _clause_end(folded, c_start, end)
    if who_start == who_end:
        # a subject the tables do not read ("..., police said"): it opens after a comma
        subject_comma = _subject_comma(folded, start, who_start)
        if subject_comma is not None:
            who_start = subject_comma + 1
    if (
        (is_speech_verb(word) or word in _FINDING)
        and len(folded[c_start : min(c_end, c_start + 60)].split()) < 3
        and last_char(folded, start, who_start) == ","
    ):
        return _trimmed(folded, start, who_start)  # "CONTENT, X said."
    trimmed = _trimmed(folded, c_start, c_end)
    if trimmed is None:
        return None
    c_start, c_end = trimmed
    opening = folded[c_start : c_start + 12].split()[:1]
    if (not takes_clause(word) or (opening and opening[0].lower() in _PRONOUN_OBJECTS)) and (
        not _THAT.search(folded, m.end(), c_start)
    ):
        # "endorsed Trump last week", "discussed my sentence on Fox": the object, without
        # the time and place adjuncts that follow it
        infinitive = folded.startswith("to ", c_start)
        stop = (_VERB_PHRASE_END if infinitive else _OBJECT_END).search(folded, c_start + 1, c_end)
        if stop is not None and (
            not takes_clause(word) or not _FINITE_VERB.search(folded, c_start, stop.start())
        ):
            cut = _trimmed(folded, c_start, stop.start())
            if cut is not None:
                c_end = cut[1]
    head = folded[c_start : min(c_end, c_start + _HEAD_WINDOW)].split()
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
            return _trimmed(folded, that.end(), _clause_end(folded, that.end(), end))
        if is_speech_verb(word) and not after_that and len(head) < 8:
            return None  # "said from the White House": a place, not reported content
        if not is_speech_verb(word):
            # "called for the overthrow", "pointed to the polls": the object follows
            c_start += len(head[0])
            return _trimmed(folded, c_start, c_end)
    return (c_start, c_end)


def _content_before(
    folded: str, start: int, end: int, m: re.Match[str], word: str
) -> tuple[int, int] | None:
    """The content of a cue whose source the speaker tables do not know: 'According to
    port officials, CONTENT', 'CONTENT, the regional daily reported.', 'CONTENT,
    according to the new poll.' (a short attribution closing the sentence)."""
    if word in SPEAKER_AFTER and only_punct(folded, start, m.start()):
        comma = folded.find(",", m.end(), min(end, m.end() + 80))
        return (
            _trimmed(folded, comma + 1, _clause_end(folded, comma + 1, end)) if comma >= 0 else None
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
    return _trimmed(folded, start, comma)


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


def _clause_opening(folded: str, start: int, end: int, opening: re.Pattern[str]) -> int | None:
    """Where the last clause ``opening`` (", and", ";", " but ") in ``folded[start:end]``
    starts, or None."""
    starts = [found.start() for found in opening.finditer(folded, start, end)]
    return starts[-1] if starts else None


def _has_subject(folded: str, start: int, cue: int) -> bool:
    """A word that may end a subject or a verb group stands just before the cue."""
    before = _WORD_BEFORE.search(folded, max(start, cue - 40), cue)
    return before is not None and before[1].lower() not in _NOT_BEFORE_VERB


def _trimmed(folded: str, start: int, end: int) -> tuple[int, int] | None:
    """``start:end`` without surrounding spaces and punctuation, or None when fewer than
    :data:`_MIN_WORDS` words remain."""
    while start < end and not folded[start].isalnum():
        start += 1
    while end > start and not folded[end - 1].isalnum() and folded[end - 1] not in ")%":
        end -= 1
    if len(folded[start : min(end, start + _HEAD_WINDOW)].split()) < _MIN_WORDS:
        return None
    return start, end


def _clause_end(folded: str, start: int, end: int) -> int:
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

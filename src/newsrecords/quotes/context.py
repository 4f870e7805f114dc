"""Speakers found from a quote's context rather than a cue next to it.

A quote introduced by a colon with no cue takes the phrase before it ("Sanders made the
following comment:", 'From the report:'); a partial quote with no cue takes its
sentence's subject ("Cruz branded Trump a "liar""); a quoted sentence with no cue takes
the subject of the clause or sentence that introduces it; a pronoun cue ("he said") is
matched to the subject it most likely stands for; a paragraph that only signs the quote
above it ("- Bernie Sanders.") names that quote's speaker. Split from :mod:`.extract`;
every reader is bounded to a sentence, a paragraph or a short window.
"""

from __future__ import annotations

import bisect
import re

from ..lexicon.compiled import active
from ..lexicon.speaker_words import PLACE_WORDS
from ..models import QuoteKind, Span, SpeakerKind
from ..speakers.book import SpeakerBook
from ..speakers.mentions import loose_subject, mention_after_cue
from ..speakers.phrase_reader import Offsets
from ..speakers.phrases import Mention, mention_after, mention_before
from ..speakers.subject import cue_follows, sentence_subject, verb_follows_subject
from ..text.clauses import OPENING_SUBORDINATOR, SUBORDINATOR
from ..text.scan import last_char, only_punct, sentence_start, sentence_starts
from .attribution import Found, attribute_before, closing_attribution
from .marks import QuoteMarks, find_quote_marks
from .terms import title_case

__all__ = [
    "colon_intro",
    "colon_speaker",
    "context_speaker",
    "partial_subject",
    "possessive_speaker",
    "pronoun_antecedent",
    "sign_quotes",
]

# "It is", "It was", "It's": an empty subject, never a speaker
_EXPLETIVE = re.compile(r"[Ii]t(?:\s+(?:is|was|wasn't|isn't|seems|seemed)\b|'s\b)")


def partial_subject(folded: str, sent_start: int, end: int, book: SpeakerBook) -> Mention | None:
    """Who chose the words of a partial quote that has no cue ("Cruz branded Trump a
    "liar""): the sentence's subject before a verb; failing that, a subject read
    loosely ("The GOP front-runner complained that ...") or a name owning a noun of
    speech ("Trump's claim that ..."). ``end``: where the quote opens."""
    subject = sentence_subject(folded, sent_start, end)
    if subject is not None and _EXPLETIVE.match(folded, subject.span.start):
        subject = None  # "It is strange that Trump would denounce "self-deportation""
    if (
        subject is not None
        and (
            subject.head != "name"
            or " " in subject.text
            or book.knows_surname(subject.text)
            or cue_follows(folded, subject.span.end)  # "Jones called it"
        )
        and verb_follows_subject(folded, subject.span.end, open_appositive=True)
    ):
        return subject
    if subject is not None and subject.head == "name":
        return None  # a lone capitalised word that may not be a name at all
    return loose_subject(folded, sent_start, end) or possessive_speaker(folded, sent_start, end)


_CONTEXT_HEADS = frozenset({"name", "pronoun", "organization", "role", "group", "anonymous"})


def pronoun_antecedent(
    folded: str,
    starts: list[int],
    sent_start: int,
    mention: Mention,
    prev_para: Span | None,
    book: SpeakerBook,
) -> Mention | None:
    """The subject a "he" / "she" most likely stands for: the one of its own sentence
    ("Kerry said ..., and he urged") or, when the pronoun opens the sentence, the one of
    the sentence before in the paragraph ("Husted said .... He said") or, opening a
    paragraph, the person the paragraph before was about. ``book`` tells one-word names
    of people from other capitalised words."""
    if mention.head != "pronoun":
        return None
    opener = _SUBORDINATOR.match(folded, sent_start, mention.span.start)
    if opener is not None:
        # "Although Weiner admitted ..., he claimed": the clause before names him
        subject = mention_after(folded, opener.end(), mention.span.start)
        if subject is not None and subject.head in ("name", "role"):
            return subject
    k = bisect.bisect_left(starts, sent_start)
    if mention.span.start > sent_start and not only_punct(folded, sent_start, mention.span.start):
        subject = sentence_subject(folded, sent_start, mention.span.start)
        if subject is not None and (
            subject.span.start >= mention.span.start
            or folded.count('"', sent_start, subject.span.start) % 2
        ):
            subject = None  # (not a word inside the quotation: '"A plan," he said')
        if (
            mention.kind is SpeakerKind.PERSON
            and mention.span.start - sent_start > 12
            and (subject is None or subject.head not in _PERSON_HEADS)
            and folded[sent_start : sent_start + 1].isalpha()  # (a sentence of prose)
        ):
            # "..., said analyst Hayton, the plan ... . Instead it should ..., he added":
            # the attribution of this sentence or the one before, not "it"
            lo = starts[k - 1] if k > 0 else sent_start
            subject = _inverted_speaker(folded, lo, mention.span.start) or subject
        if subject is not None:
            return subject
    if k > 0 and mention.span.start - sent_start <= 12:
        return sentence_subject(folded, starts[k - 1], sent_start)
    if k == 0 and prev_para is not None and mention.kind is SpeakerKind.GROUP:
        # '"...," they said' opening a paragraph: the group the paragraph before names
        return sentence_subject(
            folded, sentence_start(folded, prev_para.start, prev_para.end), prev_para.end
        )
    if k == 0 and prev_para is not None and mention.span.start - sent_start <= 12:
        # "Obama departs for Germany today. ... / But he leaves behind": a pronoun opening
        # a paragraph stands for the person the paragraph before was about
        return _last_person_subject(folded, prev_para, book)
    return None


_PERSON_HEADS = frozenset({"name", "role", "pronoun"})


def _inverted_speaker(folded: str, start: int, end: int) -> Mention | None:
    """The person of the last inverted attribution (", said X") in ``folded[start:end]``.

    >>> t = "For now, said analyst Ana Ruiz, it waits. Instead it should act, he added."
    >>> _inverted_speaker(t, 0, t.index("he added")).name
    'Ana Ruiz'
    """
    found = None
    tables = active()
    places = tables.words["places"]
    for m in tables.cue_pattern.finditer(folded, start, end):
        before = folded[max(start, m.start() - 4) : m.start()].rstrip()
        if not before.endswith(",") or before[:-1].endswith(('"', "'")):
            # ", said X" in prose only: a quotation's '," said X' is already the latest
            # speaker when the pronoun is read
            continue
        named = mention_after_cue(folded, m.end(), end)
        if (
            named is not None
            and named.head in ("name", "role")
            and (named.name or "").lower() not in places
        ):
            found = named
    return found


_SUBJECT_LOOKBACK = 3  # sentences of the paragraph before that a pronoun may reach back to


def _last_person_subject(folded: str, para: Span, book: SpeakerBook) -> Mention | None:
    """The subject of the latest of the last few sentences of ``para`` whose subject is a
    person named outside quotation marks: a role, or a name that is no place ("Maricopa
    County") and, when one word, a surname the article writes in full (not "Continue
    fracking"). A sentence that opens with a quotation stops the search: its speaker is
    the latest speaker, which is what the pronoun falls back to."""
    starts = sentence_starts(folded, para.start, para.end)
    ends = [*starts[1:], para.end]
    for j in range(len(starts) - 1, max(-1, len(starts) - 1 - _SUBJECT_LOOKBACK), -1):
        head = folded[starts[j] : ends[j]].lstrip()[:1]
        if head in ('"', "'"):
            return None
        subject = sentence_subject(folded, starts[j], ends[j])
        if (
            subject is not None
            # (counted from the paragraph's start: a sentence may open inside a quotation
            # that runs over several, '"He is ignorant. First of all, Mateen was ..."')
            and folded.count('"', para.start, subject.span.start) % 2 == 0
            and _names_person(subject, book)
        ):
            return subject
    return None


def _names_person(subject: Mention, book: SpeakerBook) -> bool:
    if subject.head == "role":
        return True
    if subject.head != "name":
        return False
    words = subject.text.split()
    if any(w in PLACE_WORDS for w in words):
        return False
    return len(words) > 1 or book.knows_surname(words[0])


# A subordinator opening a sentence ("Although", "Even though"), from the one table.
_OPENING_SUBORDINATOR = rf"Even\x20(?:{SUBORDINATOR})|{OPENING_SUBORDINATOR}"
# A subordinate clause opens the sentence; its subject follows ("Although Weiner ...").
_SUBORDINATOR = re.compile(rf"(?:{_OPENING_SUBORDINATOR})\x20+")

_POSSESSIVE_NAME = re.compile(
    rf"""
    (?:(?:But|And|Yet|So|{_OPENING_SUBORDINATOR}  # an opening word: a conjunction
      |For\x20example,|For\x20instance,|Of\x20course,)\x20+)?  # or a linking phrase
    ([A-Z][\w.-]*(?:\x20[A-Z][\w.-]*){{0,3}})  # a capitalised name...
    (?:'s|')\x20                            # ...that owns what follows
    """,
    re.VERBOSE,
)


def possessive_speaker(folded: str, sent_start: int, end: int) -> Mention | None:
    """The name owning a noun of speech that opens the sentence ("Trump's recent
    assertion that "thousands" ...", "Rubio's catch phrase was that Crist "would say
    or do anything""): that name chose the quoted words. The noun may follow up to
    three describing words."""
    m = _POSSESSIVE_NAME.match(folded, sent_start, end)
    if m is None:
        return None
    nouns = active().words["speech_nouns"]
    if not any(w.strip(",") in nouns for w in folded[m.end() : min(end, m.end() + 50)].split()[:4]):
        return None
    span = Offsets(m.start(1), m.end(1))
    return Mention(span, m[1], m[1], "name", SpeakerKind.PERSON)


def context_speaker(
    folded: str,
    starts: list[int],
    sent_start: int,
    before_start: int,
    q: QuoteMarks,
    prev_para: Span | None,
) -> Mention | None:
    """Who says a quoted sentence that has no cue: the subject of the clause that
    introduces it ('He concluded, "..."') or, for a quote opening a sentence, the
    subject of the sentence before ('Lynch announced the lawsuit. "We are ..."')."""
    if title_case(folded[q.content_start : q.content_end].split()):
        return None  # a heading or a name in quotes
    opener = not only_punct(folded, before_start, q.start)
    if opener:
        if last_char(folded, before_start, q.start) not in (",", ":"):
            return None
        subject = sentence_subject(folded, sent_start, q.start)
        # 'Indeed, "..."': a lone opening word names no one; look one sentence back
        opener = subject is not None or len(folded[sent_start : q.start].split()) > 1
    if not opener:
        k = bisect.bisect_left(starts, sent_start)
        if before_start > sent_start:
            return None
        if k > 0:
            prev, prev_end = starts[k - 1], sent_start
        elif prev_para is not None and last_char(folded, prev_para.start, prev_para.end) in ".:":
            # a paragraph that opens with the quote: the last sentence of the paragraph
            # before introduces it, unless that one ended in a quotation of its own
            prev = sentence_start(folded, prev_para.start, prev_para.end)
            prev_end = prev_para.end
            if find_quote_marks(folded, prev_para.start, prev_end):
                return None  # the quote continues the one before: inherited later
        else:
            return None
        closing = _closing_attribution(folded, prev, prev_end)
        if closing is not None:
            return closing  # '..., Schiff said. "The other factor ..."': Schiff goes on
        subject = sentence_subject(folded, prev, prev_end)
        if subject is None or not verb_follows_subject(
            folded, subject.span.end, open_appositive=True
        ):
            return None
    if (
        subject is None
        or subject.head not in _CONTEXT_HEADS
        or _EXPLETIVE.match(folded, subject.span.start)  # "It wasn't just the cries of"
    ):
        return None
    return subject


def _closing_attribution(folded: str, start: int, end: int) -> Mention | None:
    """The speaker of a sentence that closes on its attribution ("..., Schiff said."),
    when that speaker is a person, group or body a reader would carry on to the next
    sentence's quote."""
    found = closing_attribution(folded, start, end)
    return found if found is not None and found.head in _CONTEXT_HEADS else None


_SIGNATURE = re.compile(r"[\x20]*-+[\x20]*(?=[A-Z])")  # "- Bernie Sanders." under a quote
_SIGNATURE_CHARS = 120  # a name with a short description ("- Michelle Marks, Philadelphia.")


def sign_quotes(folded: str, para: Span, index: int, found: list[Found], book: SpeakerBook) -> None:
    """A paragraph that only signs the quote paragraph above it ('"..."' then '- Bernie
    Sanders.', digest and fact-check style) names that quote's speaker."""
    sign = _SIGNATURE.match(folded, para.start, para.end)
    if (
        sign is None
        or para.end - para.start > _SIGNATURE_CHARS  # a bullet point, not a signature
        or folded.find('"', para.start, para.end) >= 0
        or not found
        or found[-1].paragraph != index - 1
        or found[-1].key
    ):
        return
    mention = mention_after(folded, sign.end(), para.end)
    if mention is None or mention.head not in ("name", "organization"):
        return
    key = None
    dash = folded.index("-", sign.start())  # the sign's dash stands as its cue
    for item in reversed(found):
        if item.paragraph != index - 1:
            break
        if item.key is None and item.marks is not None and item.kind is QuoteKind.DIRECT:
            key = key or book.resolve(mention)
            item.key, item.mention, item.cue = key, mention, (dash, dash + 1)


_FROM_SOURCE = re.compile(r"(?:^|(?<=[\s-]))(?:[Ff]rom|More\x20from)\x20")  # 'From X: "..."'
_REPORTS_COLON = re.compile(r"\breports\s*:")  # "The New York Times reports:"


def colon_intro(folded: str, start: int, end: int) -> tuple[Mention, tuple[int, int]] | None:
    """A quote-free paragraph that ends "He said:" introduces the next paragraph's quote."""
    stop = end - 1
    while stop > start and folded[stop].isspace():
        stop -= 1
    if folded[stop] != ":" or folded.find('"', start, stop) >= 0:
        return None
    reports = _REPORTS_COLON.search(folded, max(start, stop - 12), stop + 1)
    if reports is not None:
        mention = mention_before(folded, start, reports.start())
        return (mention, (reports.start(), reports.start() + 7)) if mention else None
    found = attribute_before(folded, max(start, stop - 300), stop)
    if found is None:
        # "Sanders made the following comment:" introduces what follows, without a cue
        named = colon_speaker(folded, max(start, stop - 300), stop)
        found = (named, (stop, stop + 1)) if named is not None else None
    return found


def colon_speaker(folded: str, start: int, colon: int) -> Mention | None:
    """Who introduces a quote with a colon and no cue: 'pollster Daron Shaw: "..."',
    'Here's Clinton in December 1992: "..."': the sentence's subject when it is a name
    or a pronoun, else the name just before the colon, else a name owning a noun of
    speech ("Trump's answer:"). One reader for a colon inside a paragraph and for one
    ending the paragraph before the quote."""
    source = _FROM_SOURCE.search(folded, max(start, colon - 80), colon)
    if source is not None:
        # 'From the report: "..."', 'More from Jones: "..."': the source after "from"
        named = mention_after(folded, source.end(), colon)
        if named is not None and named.head != "pronoun" and named.span.end >= colon - 1:
            return named
    dash = folded.rfind(" - ", start, colon)
    if dash >= 0:
        # 'HEADLINE OF A DIGEST ITEM - Mark Blumenthal and Jon Cohen: "..."': who is quoted
        # follows the dash
        signed = mention_after(folded, dash + 3, colon)
        if signed is not None and signed.head in ("name", "organization", "group"):
            return signed
    subject = sentence_subject(folded, start, colon)
    if (
        subject is not None
        and subject.head in ("name", "pronoun", "document", "organization")
        and subject.text.lower() != "it"  # "Wait, it gets better:": no one speaks
    ):
        return subject
    named = mention_before(folded, start, colon)
    if named is not None and named.head == "name":
        return named
    # "Trump's answer:": the name owning a noun of speech
    return possessive_speaker(folded, start, colon)

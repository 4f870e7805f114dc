"""Attribution without a verb: credit lines, transcript turns and Title Case summary lines.

A reader gives quoted words a speaker even where no verb of saying stands next to them:

* a credit line right under a pull-quote, with or without a dash ('"We will win."' then
  'Lena Ortiz' or '- Lena Ortiz, mayor'): it names the quote's speaker, over a speaker
  only guessed from the paragraph before;
* a transcript, whose turns open with an upper-case label ('SANDERS: We will win.'): the
  turn is the labelled speaker's words. With no quotation marks it is reported speech of
  that speaker (as for any words without marks); quotations inside it are that speaker's.
  One label alone is no transcript ('CORRECTION: ...', 'UPDATE: ...'): at least two turns
  with two distinct labels are;
* a Title Case line ('Ortiz Said Taxes Are "Too High"'): capitals do not mark names there,
  so its subject is a speaker only when the article writes that word as a person's
  surname elsewhere; the line's quotations are then that speaker's words (their Title Case
  says nothing about being a name, since every word of the line has it).

Every reader here is bounded to one paragraph or a short line.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from ..lexicon.compiled import active
from ..models import QuoteKind, Span, SpeakerKind
from ..speakers.book import SpeakerBook
from ..speakers.phrases import Mention, Offsets, mention_after
from ..text.clauses import trimmed
from ..text.scan import sentence_start
from .attribution import LABEL_WORDS, Found, label_mention
from .terms import is_term, title_case

__all__ = ["credit_line", "line_speakers", "speaker_turns", "title_line_speaker", "turn_records"]

_CREDIT_CHARS = 120  # a name with a short description ("Lena Ortiz, mayor of Springfield")
_CREDIT = re.compile(
    r"""
    [\x20]*(?:-+[\x20]*)?   # an optional dash ("- Lena Ortiz", an em dash folded to "-")
    (?=[A-Z])               # then a capitalised name
    """,
    re.VERBOSE,
)
_CREDIT_TAIL = frozenset({"", ",", "."})  # what may follow the name in a credit line


def credit_line(folded: str, para: Span, index: int, found: list[Found], book: SpeakerBook) -> None:
    """A short line that only names someone, right under a paragraph that is one quote
    with no cue of its own, names that quote's speaker.

    >>> t = '"We will win."\\nLena Ortiz'
    >>> book = SpeakerBook(t, 0, len(t), t)
    >>> found = [Found(QuoteKind.DIRECT, 1, 13, 0)]
    >>> credit_line(t, Span(start=15, end=len(t)), 1, found, book)
    >>> found[0].key
    ('Lena Ortiz', <SpeakerKind.PERSON: 'person'>)
    """
    if para.end - para.start > _CREDIT_CHARS or folded.find('"', para.start, para.end) >= 0:
        return
    quoted = [f for f in found[-3:] if f.paragraph == index - 1]
    if not quoted or any(f.cue is not None or f.kind is not QuoteKind.DIRECT for f in quoted):
        return  # the quote has a cue of its own (or is no pull-quote)
    lead = _CREDIT.match(folded, para.start, para.end)
    if lead is None:
        return
    mention = mention_after(folded, lead.end(), para.end)
    dashed = "-" in folded[para.start : lead.end()]
    if (
        mention is None
        or mention.head not in (("name", "organization") if dashed else ("name",))
        or (not dashed and " " not in mention.text)  # one word alone may be a heading
        or mention.text.isupper()  # "TRUMP COUNTER.": a heading in capitals
        or folded[mention.span.end : para.end].strip()[:1] not in _CREDIT_TAIL
    ):
        return
    key = book.resolve(mention)
    if key is None:
        return
    dash = folded.find("-", para.start, lead.end())
    cue = (dash, dash + 1) if dash >= 0 else None
    for item in quoted:
        item.key, item.mention, item.cue = key, mention, cue


_TURN_LABEL = re.compile(
    rf"""
    [\x20]*
    {LABEL_WORDS}  # an upper-case label of up to 3 words
    :\x20+(?=\S)  # a colon, then the turn's words
    """,
    re.VERBOSE,
)


def _label(folded: str, para: Span) -> re.Match[str] | None:
    """The upper-case speaker label opening a paragraph, when it may name a person (no
    newsroom kicker, "UPDATE:", and no place, "WASHINGTON:")."""
    m = _TURN_LABEL.match(folded, para.start, para.end)
    if m is None:
        return None
    tables = active()
    label = m[1].lower()
    if tables.is_headline_kicker(label) or label in tables.words["places"]:
        return None
    return m


def speaker_turns(folded: str, paragraphs: Sequence[Span]) -> dict[int, Mention]:
    """The transcript turns of an article, by paragraph index: each paragraph opening
    with an upper-case label, when at least two do with two distinct labels.

    >>> t = "TAPPER: Why now?\\nFALLIN: Because we can."
    >>> paras = [Span(start=0, end=16), Span(start=17, end=len(t))]
    >>> [(k, m.name) for k, m in speaker_turns(t, paras).items()]
    [(0, 'Tapper'), (1, 'Fallin')]
    >>> speaker_turns(t, paras[:1])
    {}
    """
    labels: dict[int, re.Match[str]] = {}
    for k, para in enumerate(paragraphs):
        if "A" <= folded[para.start : para.start + 1] <= "Z" and (m := _label(folded, para)):
            labels[k] = m
    if len(labels) < 2 or len({m[1] for m in labels.values()}) < 2:
        return {}
    return {k: label_mention(m) for k, m in labels.items()}


def turn_records(
    folded: str, para: Span, index: int, label: Mention, found: list[Found], book: SpeakerBook
) -> list[Found]:
    """The labelled speaker for the quotes of one transcript turn that have none (not
    terms in quotes), and the turn's words as that speaker's reported speech."""
    key = book.resolve(label)
    for item in found:
        if (
            item.paragraph == index
            and item.key is None
            and item.marks is not None
            and not is_term(folded, sentence_start(folded, para.start, item.start), item.marks)
        ):
            item.key, item.mention = key, label
    words = trimmed(folded, label.span.end + 1, para.end)
    if key is None or words is None or folded[label.span.end + 1 : words[0]].strip():
        return []  # a quoted turn is read as a quote ('PENCE: "..."' and '"PENCE: ..."')
    turn = Found(QuoteKind.INDIRECT, *words, index, key=key)
    turn.mention, turn.cue = label, (label.span.end, label.span.end + 1)
    return [turn]


_TITLE_SUBJECT = 3  # words of a Title Case line's subject before its cue ("Sen. Lena Ortiz")


def title_line_speaker(
    folded: str, start: int, end: int, book: SpeakerBook
) -> tuple[Mention, tuple[int, int]] | None:
    """The speaker of a Title Case line ('Ortiz Said Taxes Are "Too High"'): the words
    before its first cue, when their last one is a surname the article writes in full
    (that surname is the mention).

    >>> t = 'Ortiz Said Taxes Are "Too High"\\nLena Ortiz spoke.'
    >>> book = SpeakerBook(t, 0, len(t), t)
    >>> found = title_line_speaker(t, 0, 31, book)
    >>> found[0].text, t[slice(*found[1])]
    ('Ortiz', 'Said')
    >>> title_line_speaker(t, 32, len(t), book) is None  # not Title Case
    True
    """
    if not title_case(folded[start:end].split()):
        return None
    cue = active().reporting_pattern.search(folded, start, end)
    if cue is None or not cue[0][:1].isupper():
        return None
    subject = folded[start : cue.start()].split()
    if not 0 < len(subject) <= _TITLE_SUBJECT or not book.knows_surname(subject[-1].strip(",")):
        return None
    text = subject[-1].strip(",")  # the surname: the book resolves it to the full name
    at = folded.rindex(text, start, cue.start())
    mention = Mention(Offsets(at, at + len(text)), text, text, "name", SpeakerKind.PERSON)
    return mention, cue.span()


def line_speakers(
    folded: str,
    para: Span,
    index: int,
    turn: Mention | None,
    found: list[Found],
    book: SpeakerBook,
) -> list[Found]:
    """The verbless speaker of one paragraph's records ``found``: a transcript turn's label
    (``turn``) or a Title Case line's subject, for the records left without a speaker;
    returns the turn's own record of reported speech, if any."""
    if turn is not None:
        return turn_records(folded, para, index, turn, found, book)
    if not any(item.key is None for item in found):
        return []
    titled = title_line_speaker(folded, para.start, para.end, book)
    if titled is not None:
        mention, cue = titled
        key = book.resolve(mention)
        for item in found:
            if item.key is None:
                item.key, item.mention, item.cue = key, mention, item.cue or cue
    return []

"""Find quotes and attribute them to speakers.

Per paragraph: pair the quotation marks (:mod:`._quote_marks`), then look for a cue next
to each quote: first in the rest of its sentence after the quote ("," he said"), then
before it ("Thune said:", "according to X,"). The words next to the cue name the speaker
(:mod:`.speakers`), which :class:`~newsrecords.speakers.SpeakerBook` resolves against
the article so far. A quote left without a cue inherits the speaker of the quote it
continues: the second half of a split quote, or a lone quote paragraph right after an
attributed one. Sentences without quote marks that hold a cue and a speaker give
indirect speech. Every step is a bounded scan of one paragraph, so the work is linear.
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Sequence

import attrs

from ._attribution import (
    VERB_AFTER_SUBJECT,
    Found,
    attribute_after,
    attribute_before,
    colon_intro,
    colon_speaker,
    is_term,
    only_punct,
    quote_kind,
    sentence_starts,
    sentence_subject,
    title_case,
    transcript_label,
)
from ._cue_words import indirect_cue_pattern, register_cue_words
from ._document import Document
from ._indirect import find_indirect
from ._quote_marks import find_quote_marks
from ._speaker_book import SpeakerBook
from .models import Quote, QuoteKind, Span, Speaker
from .normalize import normalize_text, strip_quote_marks
from .speakers import Mention, register_speaker_words

__all__ = ["QuoteResult", "extract_quotes", "register_cue_words", "register_speaker_words"]


@attrs.frozen(slots=True)
class QuoteResult:
    """What :func:`extract_quotes` found in one article."""

    quotes: tuple[Quote, ...]
    speakers: tuple[Speaker, ...]


def _quotes_in_paragraph(
    doc: Document,
    para: Span,
    index: int,
    book: SpeakerBook,
    found: list[Found],
    intro: tuple[Mention, tuple[int, int]] | None,
) -> list[tuple[int, int]]:
    """Append the paragraph's quotes to ``found``; return its quote-free sentence ranges."""
    folded = doc.folded
    s, e = para.start, para.end
    marks = find_quote_marks(folded, s, e)
    starts = sentence_starts(folded, s, e)
    ends = [*starts[1:], e]
    if not marks:
        return list(zip(starts, ends, strict=False))
    previous: Found | None = None
    mark_starts = [m.start for m in marks]
    for i, q in enumerate(marks):
        seg_before = marks[i - 1].end if i else s
        seg_after = marks[i + 1].start if i + 1 < len(marks) else e
        sent_start = starts[bisect.bisect_right(starts, q.start) - 1]
        before_start = max(seg_before, sent_start)
        nxt = bisect.bisect_left(starts, q.end)
        if folded[q.content_end - 1] in "?!":
            while nxt < len(starts) and not folded[q.end : starts[nxt]].strip():
                nxt += 1  # '"...?" Graham asked.': the question mark does not end the sentence
        after_end = min(starts[nxt], seg_after) if nxt < len(starts) else seg_after
        if only_punct(folded, q.end, after_end) and nxt < len(starts):
            # '"... missing." Trump said.': a short attribution written as its own sentence
            short_end = min(starts[nxt + 1], seg_after) if nxt + 1 < len(starts) else seg_after
            if len(folded[q.end : short_end].split()) <= 5:
                after_end = short_end
        kind = quote_kind(folded, sent_start, q)
        item = Found(kind, q.content_start, q.content_end, index, q)
        label = transcript_label(folded, item) if q.at_paragraph_start else None
        attribution = (label, (label.span.end, label.span.end + 1)) if label else None
        if attribution is None and q.closed:
            closing = folded[q.content_end : q.end].rstrip("\"' ")[-1:]
            attributive = closing in (",", "!", "?") or folded[q.content_end - 1] in "!?"
            attribution = attribute_after(folded, q.end, after_end, attributive)
        if attribution is None:
            attribution = attribute_before(folded, before_start, q.start)
        if attribution is None and before_start > sent_start:
            # 'Morrison said the "Quad" meeting was "an historical moment"': the cue stands
            # before the sentence's first quotation
            first = marks[bisect.bisect_left(mark_starts, sent_start)]
            attribution = attribute_before(folded, sent_start, first.start)
        if attribution is None and intro is not None and q.at_paragraph_start:
            attribution = intro
        colon = folded.rfind(":", before_start, q.start)
        if attribution is None and colon >= 0 and only_punct(folded, colon, q.start):
            named = colon_speaker(folded, before_start, colon)
            if named is not None:
                attribution = named, (colon, colon + 1)
        term = kind is QuoteKind.PARTIAL and is_term(folded, sent_start, q)
        if term:
            pass  # a name or a scare quote: no one is quoted, so no speaker at all
        elif attribution is not None:
            mention, cue = attribution
            item.key = book.resolve(mention)
            item.mention, item.cue = mention, cue
        elif (
            previous is not None
            and previous.key is not None
            and only_punct(folded, before_start, q.start)
            and kind is QuoteKind.DIRECT
        ):
            # the second half of "A," he said. "B."
            item.key, item.mention, item.cue = previous.key, previous.mention, previous.cue
        elif (
            previous is not None
            and previous.key is not None
            and kind is QuoteKind.PARTIAL
            and previous.marks is not None
            and previous.marks.start >= sent_start
        ):
            # 'X described Y as "a politician" who "never worked"': one speaker, one sentence
            item.key, item.mention, item.cue = previous.key, previous.mention, previous.cue
        elif kind is QuoteKind.PARTIAL:
            # "Cruz branded Trump a "liar"": the sentence's subject chose the words
            subject = sentence_subject(folded, sent_start, q.start)
            if (
                subject is not None
                and (
                    subject.head != "name"
                    or " " in subject.text
                    or book.knows_surname(subject.text)
                )
                and VERB_AFTER_SUBJECT.match(folded, subject.span.end, subject.span.end + 40)
            ):
                item.key, item.mention = book.resolve(subject), subject
        found.append(item)
        previous = item
    # each sentence's stretch after its last quotation, where indirect speech may follow
    # ('Bemoaning the "phony system," Trump accused Holt of ...'); one merge pass
    plain: list[tuple[int, int]] = []
    k = 0
    for a, b in zip(starts, ends, strict=False):
        while k < len(marks) and marks[k].end <= a:
            k += 1
        tail = a
        j = k
        while j < len(marks) and marks[j].start < b:
            tail = max(tail, marks[j].end)
            j += 1
        if b - tail > 20:
            plain.append((tail, b))
    return plain


def _inherit_across_paragraphs(found: list[Found], folded: str) -> None:
    """A lone quote paragraph takes the speaker of the attributed quote just before it;
    a quote left open at a paragraph's end takes the speaker of the one that carries on."""
    for k, item in enumerate(found):
        if item.key is not None or item.marks is None or item.kind is not QuoteKind.DIRECT:
            continue
        if title_case(folded[item.start : item.end].split()):
            continue  # a heading in quotes, not more words from the last speaker
        if not item.marks.at_paragraph_start:
            continue
        prev = found[k - 1] if k else None
        if prev is not None and prev.key is not None and prev.paragraph == item.paragraph - 1:
            item.key = prev.key
    for k in range(len(found) - 2, -1, -1):
        item, nxt = found[k], found[k + 1]
        if (
            item.key is None
            and item.marks is not None
            and not item.marks.closed
            and nxt.key is not None
            and nxt.paragraph == item.paragraph + 1
            and nxt.marks is not None
            and nxt.marks.at_paragraph_start
        ):
            item.key = nxt.key


_LINE_BREAK = re.compile(
    r"""
    (?<=[.?!:"'])[\x20]*\n   # a line that ends a sentence or a quotation...
    (?=[\x20]*["'A-Z])        # ...followed by one that opens like a paragraph
    """,
    re.VERBOSE,
)


def _line_paragraphs(folded: str, paragraphs: Sequence[Span]) -> list[Span]:
    """Split paragraphs whose lines are paragraphs themselves (single-newline pages);
    a hard-wrapped sentence stays whole because its lines do not end a sentence."""
    out: list[Span] = []
    for para in paragraphs:
        pos = para.start
        for m in _LINE_BREAK.finditer(folded, para.start, para.end):
            if folded[pos : m.start()].strip():
                out.append(Span(start=pos, end=m.start()))
            pos = m.end()
        if folded[pos : para.end].strip():
            out.append(Span(start=pos, end=para.end))
    return out


def extract_quotes(doc: Document, paragraphs: Sequence[Span]) -> QuoteResult:
    """Quotes in the given paragraphs of one article, with the article's distinct speakers.

    >>> text = 'Intro.\\n\\n"We are ready," Thune said. "It is time."'
    >>> doc = Document.build(text)
    >>> result = extract_quotes(doc, [Span(start=0, end=6), Span(start=8, end=len(text))])
    >>> [(q.text, q.kind.value, q.speaker.name) for q in result.quotes]
    [('We are ready', 'direct', 'Thune'), ('It is time.', 'direct', 'Thune')]
    """
    if not paragraphs:
        return QuoteResult((), ())
    folded = doc.folded
    book = SpeakerBook(folded, paragraphs[0].start, paragraphs[-1].end, doc.text)
    # one scan for cues over the whole article; paragraphs with neither a cue nor a quote
    # mark (most of a long page) are then skipped without further work
    cue_starts = [
        m.start()
        for m in indirect_cue_pattern().finditer(folded, paragraphs[0].start, paragraphs[-1].end)
    ]

    def has_cue(start: int, end: int) -> bool:
        i = bisect.bisect_left(cue_starts, start)
        return i < len(cue_starts) and cue_starts[i] < end

    found: list[Found] = []
    intro: tuple[Mention, tuple[int, int]] | None = None
    for index, para in enumerate(_line_paragraphs(folded, paragraphs)):
        next_intro = colon_intro(folded, para.start, para.end)
        if (
            not has_cue(para.start, para.end)
            and folded.find('"', para.start, para.end) < 0
            and folded.find("'", para.start, para.end) < 0
        ):
            intro = next_intro
            continue
        pre_count = len(found)
        plain = _quotes_in_paragraph(doc, para, index, book, found, intro)
        used_cues = frozenset(f.cue[0] for f in found[pre_count:] if f.cue is not None)
        intro = next_intro
        for a, b in plain:
            if not has_cue(a, b):
                continue
            indirect = find_indirect(doc, a, b, index, book, used_cues)
            if indirect is not None:
                found.append(indirect)
        if len(found) > pre_count + 1:
            found[pre_count:] = sorted(found[pre_count:], key=lambda f: f.start)
    _inherit_across_paragraphs(found, doc.folded)
    records = book.speakers()
    quotes: list[Quote] = []
    for item in found:
        speaker = records.get(book.canonical(item.key)) if item.key else None
        quotes.append(
            Quote(
                text=normalize_text(strip_quote_marks(doc.text[item.start : item.end])),
                kind=item.kind,
                speaker=speaker,
                span=Span(start=item.start, end=item.end),
                speaker_span=item.mention.span if item.mention else None,
                cue=normalize_text(doc.text[item.cue[0] : item.cue[1]]) if item.cue else None,
                cue_span=Span(start=item.cue[0], end=item.cue[1]) if item.cue else None,
            )
        )
    used = {book.canonical(item.key) for item in found if item.key}
    return QuoteResult(tuple(quotes), tuple(records[k] for k in records if k in used))

"""Find quotes and attribute them to speakers.

Per paragraph: pair the quotation marks (:mod:`.marks`), then look for a cue next
to each quote: first in the rest of its sentence after the quote ("," he said"), then
before it ("Thune said:", "according to X,"). The words next to the cue name the speaker
(:mod:`..speakers.phrases`), which :class:`~newsrecords.speakers.book.SpeakerBook` resolves against
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

from ..lexicon.reporting_verbs import (
    HEADLINE_SOURCE,
)
from ..models import Quote, QuoteKind, Span, Speaker, SpeakerKind
from ..speakers.appositive_head import appositive_head
from ..speakers.book import SpeakerBook
from ..speakers.document_owner import document_owner
from ..speakers.phrases import Mention
from ..speakers.reporting_subject import reporting_subject
from ..speakers.thing_pronoun import it_antecedent
from ..text.document import Document
from ..text.scan import last_char, only_punct, sentence_starts
from .absolute_clause import absolute_clause_speaker
from .across_paragraphs import inherit_across_paragraphs, line_paragraphs
from .attribution import (
    Found,
    attribute_after,
    attribute_before,
    quote_kind,
    source_at_end,
    transcript_label,
)
from .context import (
    colon_intro,
    colon_speaker,
    context_speaker,
    partial_subject,
    pronoun_antecedent,
    sign_quotes,
)
from .governing_cue import own_sentence_first, share_final_cue
from .headline_subject import share_headline_subject
from .indirect import find_all_indirect, scan_pattern
from .it_reporter import reporter_before
from .late_cue import late_cue
from .marks import find_quote_marks
from .noun_cue import noun_cue_owner
from .opening_clause import opening_clause_cue
from .records import quote_records, speaker_key
from .report_speaker import holding_report
from .speaker_description import in_speaker_description
from .terms import is_term, naming_cue
from .unread_marks import unread_quotations
from .unspoken import clear_unspoken
from .verbless import credit_line, line_speakers, speaker_turns

__all__ = [
    "QuoteResult",
    "extract_quotes",
]


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
    prev_para: Span | None = None,
) -> list[tuple[int, int, bool]]:
    """Append the paragraph's quotes to ``found``; return its quote-free sentence ranges,
    each flagged when it runs up to a quotation (the lead-in of a quote)."""
    folded = doc.folded
    s, e = para.start, para.end
    marks = find_quote_marks(folded, s, e)
    starts = sentence_starts(folded, s, e)
    ends = [*starts[1:], e]
    if not marks:
        return [(a, b, False) for a, b in zip(starts, ends, strict=False)]
    own_first = len(found)  # where the paragraph's quotes start in ``found``
    previous: Found | None = None
    speaking: Found | None = None  # the paragraph's last quote with a speaker
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
            # (not 'He added, "B."': a lead-in that ends in a comma or colon introduces
            # the next quote)
            if len(folded[q.end : short_end].split()) <= 5 and last_char(
                folded, q.end, short_end
            ) not in (",", ":"):
                after_end = short_end
        kind = quote_kind(folded, sent_start, q)
        item = Found(kind, q.content_start, q.content_end, index, q)
        label = transcript_label(folded, item) if q.at_paragraph_start else None
        attribution = (label, (label.span.end, label.span.end + 1)) if label else None
        if attribution is None and q.closed:
            closing = folded[q.content_end : q.end].rstrip("\"' ")[-1:]
            attributive = closing in (",", "!", "?") or folded[q.content_end - 1] in "!?"
            attribution = attribute_after(folded, q.end, after_end, attributive)
            if attribution is None and attributive:  # '"...," Anne Richards, ..., said'
                attribution = late_cue(folded, q.end, after_end)
            if attribution is not None and nxt < len(starts):
                attribution = own_sentence_first(
                    folded, attribution, starts[nxt], before_start, q.start
                )
            if (
                attribution is not None
                and i + 1 < len(marks)
                and last_char(folded, attribution[1][1], marks[i + 1].start) in (",", ":")
                and only_punct(folded, attribution[1][1], marks[i + 1].start)
            ):
                # 'When someone shouted, "Cruz," Beck joked, "..."': the cue after the quote
                # introduces the next one; a cue before it in its own stretch wins
                attribution = attribute_before(folded, before_start, q.start) or attribution
            if attribution is not None and before_start == sent_start:
                # 'When a man shouted, "Resign," Ortiz laughed': the opening clause's cue
                opening = opening_clause_cue(folded, sent_start, q.start, q.end, attribution)
                attribution = opening or attribution
        if attribution is None:
            attribution = attribute_before(folded, before_start, q.start)
        if attribution is None and before_start > sent_start:
            # 'Morrison said the "Quad" meeting was "an historical moment"': the cue stands
            # before the sentence's first quotation
            first = marks[bisect.bisect_left(mark_starts, sent_start)]
            attribution = attribute_before(folded, sent_start, first.start)
        if attribution is None and intro is not None and q.at_paragraph_start:
            attribution = intro
        if attribution is None:
            # '... engaged in a "massive scheme," according to the complaint' / '..., as
            # a memo put it': the source is named at the end of the sentence
            k = bisect.bisect_right(starts, q.end)
            attribution = source_at_end(folded, q.end, starts[k] if k < len(starts) else e)
        colon = folded.rfind(":", before_start, q.start)
        if attribution is None and colon >= 0 and only_punct(folded, colon, q.start):
            named = colon_speaker(folded, before_start, colon)
            if named is not None:
                attribution = named, (colon, colon + 1)
        if attribution is not None and attribution[0].span.end <= q.start:
            # '..., with Ortiz taking to Twitter to call it "false"': the clause's subject
            held = absolute_clause_speaker(folded, sent_start, q.start, attribution)
            attribution = held or attribution
        term = kind is QuoteKind.PARTIAL and (
            is_term(folded, sent_start, q)
            or (  # '"A," said Ortiz, whose book profiles "rebellious" mayors'
                attribution is not None
                and previous is not None
                and previous.cue == attribution[1]  # the cue attributes the quote before
                and before_start == seg_before
                and in_speaker_description(folded, seg_before, attribution, q)
            )
        )
        if term and attribution is not None and naming_cue(folded, attribution[1], q):
            term = False  # 'Trump called her "Miss Piggy"': a title-case phrase he coined
        if term:
            pass  # a name or a scare quote: no one is quoted, so no speaker at all
        elif attribution is not None:
            mention, cue = attribution
            mention = document_owner(folded, mention) or mention  # "Bush's Facebook post"
            if mention.span.end <= cue[0]:  # 'Lena Ortiz, the clerk, who ..., said:'
                lo = q.end if mention.span.start >= q.end else sent_start
                mention = appositive_head(folded, lo, mention) or mention
            subject = reporting_subject(folded, sent_start, mention) or pronoun_antecedent(
                folded, starts, sent_start, mention, prev_para, book
            )
            body = it_antecedent(folded, sent_start, mention) or reporter_before(
                folded, starts, mention, prev_para
            )  # "what it called", "..., the White House said. It listed": the body
            item.key = book.resolve(body) if body else book.resolve_pronoun(mention, subject)
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
            and previous.key is None
            and speaking is not None
            and speaking.marks is not None
            and previous.marks is not None
            and is_term(folded, speaking.marks.start, previous.marks)
            and only_punct(folded, before_start, q.start)
            and kind is QuoteKind.DIRECT
        ):
            # '"A," Cuban said on NBC's "Meet the Press." "B."': a show's name in quotes
            # stands between the halves of one speaker's quote
            item.key, item.mention, item.cue = speaking.key, speaking.mention, speaking.cue
        elif (
            previous is not None
            and previous.key is not None
            and kind is QuoteKind.PARTIAL
            and previous.marks is not None
            and previous.marks.start >= sent_start
        ):
            # 'X described Y as "a politician" who "never worked"': one speaker, one sentence
            item.key, item.mention, item.cue = previous.key, previous.mention, previous.cue
        elif kind is QuoteKind.DIRECT and (
            context := context_speaker(folded, starts, sent_start, before_start, q, prev_para)
        ):
            item.key = _resolve_subject(folded, starts, context, book, prev_para)
            item.mention = context
        elif kind is QuoteKind.PARTIAL and (
            subject := partial_subject(folded, sent_start, q.start, book)
        ):
            # "Cruz branded Trump a "liar"": the sentence's subject chose the words
            item.key = _resolve_subject(folded, starts, subject, book, prev_para)
            item.mention = subject
        elif (
            kind is QuoteKind.PARTIAL
            and not term
            and (report := holding_report(doc, sent_start, after_end, q, index, book))
        ):
            # 'Cruz warned that the party was "growing nervous"': the report's speaker
            item.key, item.mention, item.cue = report.key, report.mention, report.cue
        if kind is QuoteKind.PARTIAL and not term and item.cue is None:
            # 'An uproar over Riggs's claim that the port "was never safe"': Riggs's words
            owned = noun_cue_owner(folded, before_start, q.start)
            owner = _resolve_subject(folded, starts, owned[0], book, prev_para) if owned else None
            if owned is not None and owner != item.key:  # (the same speaker keeps its mention)
                item.key, (item.mention, item.cue) = owner, owned
        found.append(item)
        previous = item
        if item.key is not None:
            speaking = item
    share_final_cue(folded, found[own_first:])
    # each sentence's stretch after its last quotation, where indirect speech may follow
    # ('Bemoaning the "phony system," Trump accused Holt of ...'); one merge pass
    plain: list[tuple[int, int, bool]] = []
    k = 0
    for a, b in zip(starts, ends, strict=False):
        while k < len(marks) and marks[k].end <= a:
            k += 1
        tail = a
        j = k
        while j < len(marks) and marks[j].start < b:
            tail = max(tail, marks[j].end)
            j += 1
        if j > k and marks[k].start - a > 20:
            # 'X said Y, adding: "..."', 'X said Y, telling Z that "..."': before the quote
            # (a cue that attributes the quote itself is skipped as used)
            plain.append((a, marks[k].start, True))
        if b - tail > 20:
            plain.append((tail, b, False))
    return plain


def _resolve_subject(
    folded: str, starts: list[int], subject: Mention, book: SpeakerBook, prev_para: Span | None
) -> tuple[str, SpeakerKind] | None:
    """Resolve a subject read as the speaker; a "he" / "she" as a cue's pronoun is ("But
    he leaves behind ... his warning of the "back of the queue"": the person the text
    was about, not merely the latest speaker)."""
    at = subject.span.start
    if subject.head != "pronoun" or at < starts[0]:
        return book.resolve(subject)
    # "..., the White House said. It listed": the body closing the sentence before
    body = reporter_before(folded, starts, subject, prev_para)
    if body is not None:
        return book.resolve(body)
    sent_start = starts[bisect.bisect_right(starts, at) - 1]
    return book.resolve_pronoun(
        subject, pronoun_antecedent(folded, starts, sent_start, subject, prev_para, book)
    )


_HEADLINE = -2  # the headline's paragraph index: not next to the body's first paragraph,
# so no body quote takes a headline's speaker as "the quote just before"


def extract_quotes(
    doc: Document,
    paragraphs: Sequence[Span],
    *,
    headline: Span | None = None,
    indirect: bool = True,
) -> QuoteResult:
    """Quotes in the given paragraphs of one article, with the article's distinct speakers.

    A ``headline`` is read for indirect speech only ("Poll finds Clinton would beat
    Trump"): its quotation marks mostly set off terms and titles, and its quoted words
    come again in the body. It is read once, so a headline repeated on the page never
    doubles a record. ``indirect=False`` skips reported speech without quotation marks.

    >>> text = 'Intro.\\n\\n"We are ready," Thune said. "It is time."'
    >>> doc = Document.build(text)
    >>> result = extract_quotes(doc, [Span(start=0, end=6), Span(start=8, end=len(text))])
    >>> [(q.text, q.kind.value, q.speaker.name) for q in result.quotes]
    [('We are ready', 'direct', 'Thune'), ('It is time.', 'direct', 'Thune')]
    """
    if not paragraphs:
        return QuoteResult((), ())
    folded = doc.folded
    head = (headline.start, headline.end) if headline is not None else None
    book = SpeakerBook(folded, paragraphs[0].start, paragraphs[-1].end, doc.text, head)
    # one scan for cues over the whole article; paragraphs with neither a cue nor a quote
    # mark (most of a long page) are then skipped without further work
    cue_hits = list(scan_pattern().finditer(folded, paragraphs[0].start, paragraphs[-1].end))
    cue_starts = [m.start() for m in cue_hits]

    def has_cue(start: int, end: int) -> bool:
        i = bisect.bisect_left(cue_starts, start)
        return i < len(cue_starts) and cue_starts[i] < end

    def cues_in(start: int, end: int) -> list[re.Match[str]] | None:
        """The article scan's cue hits inside ``start:end``, or None when a hit straddles
        either edge (a scan of the stretch alone could then read a different cue there)."""
        i = bisect.bisect_left(cue_starts, start)
        j = bisect.bisect_left(cue_starts, end, i)
        if (i and cue_hits[i - 1].end() > start) or (j > i and cue_hits[j - 1].end() > end):
            return None
        return cue_hits[i:j]

    found: list[Found] = []
    if (
        indirect
        and headline is not None
        and (
            scan_pattern().search(folded, headline.start, headline.end)
            or HEADLINE_SOURCE.search(folded, headline.start, headline.end)
        )
    ):
        # up to its first quotation mark: 'X says Y "Z"' is a mixed report, not indirect
        mark = folded.find('"', headline.start, headline.end)
        head_end = headline.end if mark < 0 else mark
        found.extend(
            find_all_indirect(
                doc, headline.start, head_end, _HEADLINE, book, lead_in=head_end < headline.end
            )
        )
        if any(f.key is None for f in found):
            line_speakers(folded, headline, _HEADLINE, None, found, book)  # "Ortiz Says ..."
        share_headline_subject(folded, found)  # "X backs Y, says Z": X says Z
    intro: tuple[Mention, tuple[int, int]] | None = None
    lines = line_paragraphs(folded, paragraphs)
    turns = speaker_turns(folded, lines)  # "SANDERS: ..." paragraphs of a transcript
    for index, para in enumerate(lines):
        prev_para = lines[index - 1] if index else None
        next_intro = colon_intro(folded, para.start, para.end)
        if "-" in folded[para.start : para.start + 3]:
            sign_quotes(folded, para, index, found, book)  # "- Bernie Sanders."
        if found and found[-1].paragraph == index - 1:
            credit_line(folded, para, index, found, book)  # '"..."' then 'Lena Ortiz'
        if (
            index not in turns
            and not has_cue(para.start, para.end)
            and folded.find('"', para.start, para.end) < 0
            and folded.find("'", para.start, para.end) < 0
        ):
            intro = next_intro
            continue
        pre_count = len(found)
        plain = _quotes_in_paragraph(doc, para, index, book, found, intro, prev_para)
        if indirect:
            found.extend(unread_quotations(folded, para, index, book))  # "''A,'' X said."
        turn = line_speakers(folded, para, index, turns.get(index), found[pre_count:], book)
        if indirect:
            found.extend(turn)
        used_cues = frozenset(f.cue[0] for f in found[pre_count:] if f.cue is not None)
        intro = next_intro
        for a, b, lead_in in plain:
            if not indirect or not has_cue(a, b):
                continue
            found.extend(
                find_all_indirect(
                    doc, a, b, index, book, used_cues, lead_in=lead_in, cues=cues_in(a, b)
                )
            )
        if len(found) > pre_count + 1:
            found[pre_count:] = sorted(found[pre_count:], key=lambda f: f.start)
            # the indirect speech was resolved after the quotes: note the paragraph's
            # speakers again in text order, for the pronouns that follow
            for f in found[pre_count:]:
                if f.key is not None:
                    book.note(f.key)
    inherit_across_paragraphs(found, doc.folded)
    clear_unspoken(found, folded, lines)  # section headings, quotes inside quotes
    used = {book.canonical(key) for key in map(speaker_key, found) if key}
    records = book.speakers(used)
    quotes = quote_records(doc, found, book, records)
    return QuoteResult(quotes, tuple(records.values()))

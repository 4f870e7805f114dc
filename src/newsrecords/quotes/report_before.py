"""Reported content read back from its attribution, and a headline's "SOURCE: CLAIM".

:mod:`.indirect` reads most content after its cue; these helpers read it before one:
"CONTENT, said Rita Katz, the director of ...", "CONTENT, a source close to him said.",
"CONTENT, according to exit polls reported by CNN.", and after a source that opens the
sentence ("According to X, a spokesman, CONTENT"). Content read back starts at its
sentence's start, never in the sentence before, and an opening phrase with no verb ("In
an interview, Durbin said ...") reports nothing. Every search is bounded by the caller's
window.
"""

from __future__ import annotations

import re

from ..lexicon.compiled import active
from ..lexicon.grammar_words import PREPOSITIONS
from ..lexicon.reporting_verbs import CONNECTIVES
from ..models import QuoteKind
from ..speakers.mentions import mention_after_cue
from ..speakers.phrases import Mention
from ..text.clauses import AUXILIARY, clause_end, trimmed
from ..text.scan import last_char, sentence_start
from .attribution import Found

__all__ = [
    "ANY_VERB",
    "FINDING",
    "SUBJECT_REACH",
    "content_before",
    "content_up_to",
    "headline_source",
    "inverted_report",
    "opens_sentence",
    "subject_comma",
]

SUBJECT_REACH = 60  # characters a subject with no speaker phrase ("more than 4 in 10") spans
# Verbs of finding whose content may also precede them ("..., fundraising documents show").
FINDING = frozenset({"show", "shows", "showed", "found", "finds"})  # ("suggests" is a saying)
# Any word that is likely a finite verb: an auxiliary, a past form, or a present form
# after a noun ("the plan works"): reported content with none is a noun phrase.
ANY_VERB = re.compile(
    rf"""
    \b(?:{AUXILIARY}
      |do|be|been|[a-z]+ed|[a-z]{{2,}}[^s\W]s)\b   # "works", "leads" (not "boss", "news")
    """,
    re.VERBOSE,
)


def inverted_report(
    folded: str, start: int, end: int, m: re.Match[str], word: str
) -> tuple[Mention, tuple[int, int]] | None:
    """An inverted attribution closing reported content: "CONTENT, said Rita Katz, the
    director of ...". The speaker phrase follows the cue and the content is the clause
    before its comma; None for any other shape."""
    if word not in active().saying or " " in word or word.endswith("ing"):
        return None
    comma = m.start() - 1
    while comma > start and folded[comma] == " ":
        comma -= 1
    if comma <= start or folded[comma] != ",":
        return None
    content = content_up_to(folded, start, comma)
    if content is None or len(folded[content[0] : content[1]].split()) < 3:
        return None  # "Others, however, say ...": a parenthetical, not reported content
    mention = mention_after_cue(folded, m.end(), end)
    if mention is None or folded[mention.span.end : mention.span.end + 2].strip()[:1] not in (
        ",",
        ".",
        ";",
        "",
    ):
        # "X, a spokesman, said the plan ...": a phrase the verb reports, not its speaker
        return None
    return mention, content


def content_before(
    folded: str, start: int, end: int, m: re.Match[str], word: str
) -> tuple[int, int] | None:
    """The content of a cue whose source the speaker tables do not know: 'According to
    port officials, CONTENT', 'CONTENT, the regional daily reported.', 'CONTENT,
    according to the new poll.' (a short attribution closing the sentence)."""
    tables = active()
    if word in tables.speaker_after and opens_sentence(folded, start, m.start()):
        comma = folded.find(",", m.end(), min(end, m.end() + 80))
        return (
            trimmed(folded, comma + 1, clause_end(folded, comma + 1, end)) if comma >= 0 else None
        )
    if word not in tables.speaker_after and not (word in tables.saying or word in FINDING):
        return None
    if word in tables.speaker_after and last_char(folded, start, m.start()) == ",":
        # "CONTENT, according to exit polls reported by CNN and other networks.": the
        # source may run long, and the whole sentence before it is reported
        comma = folded.rfind(",", start, m.start())
        return content_up_to(folded, start, comma)
    comma = folded.rfind(",", max(start, m.start() - SUBJECT_REACH), m.start())
    if comma < 0 or "," in folded[m.end() : end]:
        return None
    if word not in tables.speaker_after and subject_comma(folded, start, m.start()) is None:
        return None  # a subject of up to four words: "fundraising documents show"
    if len(folded[m.end() : end].split()) > 6:
        return None  # a short tail: "reported Thursday", "according to the new poll"
    return content_up_to(folded, start, comma)


def headline_source(folded: str, end: int, m: re.Match[str], index: int) -> Found | None:
    """A headline's "SOURCE: CLAIM" ("Issa: Clinton's honesty is in question"): the claim
    reported. As for a title-case headline's cue, no speaker is read: a headline's
    capitals do not mark names, and its source must not become the speaker the body's
    pronouns resolve to. A newsroom kicker ("The Latest:", "Analysis:") names no source."""
    label = " ".join(m[0][:-1].split())
    if active().is_headline_kicker(label) or label.isupper():
        return None  # "BREAKING:", "BOOM:": shouted kickers
    content = trimmed(folded, m.end(), end)
    if content is None:
        return None
    return Found(QuoteKind.INDIRECT, *content, index, cue=(m.end() - 1, m.end()))


def content_up_to(folded: str, start: int, at: int) -> tuple[int, int] | None:
    """The content before a closing attribution ending at ``at``: from its sentence's
    start, unless that is only an opening phrase with no verb ("In an interview, Durbin
    said on Thursday he ..."), or a connective ("However, he added, the ..."), which
    report nothing.

    >>> t = "In an interview, Durbin said"
    >>> content_up_to(t, 0, 15) is None, content_up_to("Sales fell, he said", 0, 10)
    (True, (0, 10))
    >>> content_up_to("However, he added", 0, 8) is None
    True
    """
    content = trimmed(folded, sentence_start(folded, start, at), at)
    if content is None or opens_sentence(folded, content[0], content[1]):
        return None
    head = folded[content[0] : content[0] + 12].split()[:1]
    if head and head[0].lower() in PREPOSITIONS and not ANY_VERB.search(folded, *content):
        return None
    return content


def opens_sentence(folded: str, start: int, cue: int) -> bool:
    """Nothing but punctuation or one connective ("But", "However") stands before the cue.

    >>> opens_sentence("But according to", 0, 4), opens_sentence("He said", 0, 3)
    (True, False)
    """
    head = folded[start:cue].split()
    return not head or (len(head) == 1 and head[0].strip(",") in CONNECTIVES)


def subject_comma(folded: str, start: int, at: int, words: int = 4) -> int | None:
    """The comma before a short subject that ends at ``at`` ("..., fundraising documents
    show", "..., police said"): the last one within :data:`SUBJECT_REACH` characters,
    when at most ``words`` words follow it; else None."""
    comma = folded.rfind(",", max(start, at - SUBJECT_REACH), at)
    if comma < 0 or len(folded[comma:at].split()) > words + 1:
        return None
    return comma

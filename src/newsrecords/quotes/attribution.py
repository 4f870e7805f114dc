"""Attribution: the cue next to a quote, and the speaker phrase next to the cue.

A quote's cue is looked for first in the rest of its sentence ("," he said", "," said the
official"), then before it ("Thune said:", "according to X,", "..., saying"). Failing a
cue, a signature line ("- Name"), a transcript label ("PENCE:") or the sentence's subject
before a verb may name the speaker. Every search is bounded to a sentence or a window.
"""

from __future__ import annotations

import re

import attrs

from ..lexicon.compiled import active
from ..lexicon.grammar_words import BE_FORMS, PREPOSITIONS, SUBORDINATORS
from ..lexicon.speaker_words import TERM_MARKERS
from ..models import QuoteKind, SpeakerKind
from ..speakers.mentions import loose_subject, mention_after_cue, slot_mention
from ..speakers.modified_subject import modified_subject
from ..speakers.phrase_reader import RELATIVES
from ..speakers.phrases import Mention, Offsets, mention_after, mention_before
from ..speakers.subject import sentence_subject, verb_follows_subject
from ..text.scan import last_char, only_punct
from .marks import QuoteMarks
from .participle_modifier import agent_start, raised_passive
from .terms import title_case

__all__ = [
    "LABEL_WORDS",
    "Found",
    "attribute_after",
    "attribute_before",
    "closing_attribution",
    "quote_kind",
    "source_at_end",
    "speaker_for_cue",
    "transcript_label",
]

_AFTER_CUE_WINDOW = 220  # a speaker phrase (with an appositive) between a quote and its cue
# An upper-case speaker label of up to three words ("PENCE", "SEN. LEE"), as a group
LABEL_WORDS = r"([A-Z][A-Z.'-]+(?:\x20[A-Z][A-Z.'-]+){0,2})"
_LABEL = re.compile(
    rf"""
    {LABEL_WORDS}  # an upper-case speaker label
    :\s           # a colon, then the turn
    """,
    re.VERBOSE,
)
_VERB_AND = re.compile(r"\s[a-z]+ed\s+and\s*$")  # "I laughed and said"
_AND_AUXILIARY = re.compile(
    r"""
    \s(?:and|but)\s+        # a second verb of the sentence's subject...
    (?:has|have|had|also|then|later|has\x20also|had\x20also)\s*$  # ...after an auxiliary
    """,
    re.VERBOSE,
)  # "Trump has made his wealth a centerpiece of his campaign and has boasted"
_AS_SAYING = re.compile(r"\s+as\s+saying\b")  # "quoted X as saying"
_AS_AFTER = re.compile(r"\s+as\b")  # "described the impact as": the words before are an object
_ANY_VERB = re.compile(
    r"""
    \b(
      [a-z]+(?:ed|s)                                   # a regular past or present verb
      | shot|spoke|read|put|went|began|kept|gave|made|sang|swore  # common irregulars
    )\b
    """,
    re.VERBOSE,
)
_DASH_SIGNATURE = re.compile(r"[\x20,]*(-+)\x20*(?=[A-Z])")  # '" - Carlos Raul'


@attrs.define(slots=True)
class Found:
    """A quote while the article is being read; the speaker key is resolved at the end."""

    kind: QuoteKind
    start: int
    end: int
    paragraph: int
    marks: QuoteMarks | None = None
    key: tuple[str, SpeakerKind] | None = None
    mention: Mention | None = None
    cue: tuple[int, int] | None = None


def attribute_after(
    folded: str, start: int, end: int, attributive: bool
) -> tuple[Mention, tuple[int, int]] | None:
    """A cue right after a quote: "," Biden said", "," said the official", ", reads the
    letter". ``attributive``: the quote ends in a comma, "!" or "?", the punctuation of
    a quote whose attribution follows, so any verb will do ("This is fantastic!" beamed X).
    """
    m = active().cue_pattern.search(folded, start, min(end, start + _AFTER_CUE_WINDOW))
    if m is None:
        return _uncued_after(folded, start, end, attributive)
    cue = (m.start(), m.end())
    if only_punct(folded, start, m.start()) and _participle(m[0]):
        # '"New York values," saying the city ...': what follows a participle is what
        # was said, not who said it; the sentence's subject speaks (read before the quote)
        return None
    if only_punct(folded, start, m.start()) or m[0] == "quoted":
        mention = mention_after_cue(folded, m.end(), end)
        if mention is None:
            return None
        describing = m[0] not in _INVERTING_CUES and m[0] != "quoted"
        if describing and _AS_AFTER.match(folded, mention.span.end, end):
            # '"terrible," denounced her record as ...': a verb of describing with "as"
            # after its object; the subject before the verb speaks, never the object
            return None
        # "Reuters quoted X as saying": X speaks, not Reuters
        if m[0] == "quoted" and not _AS_SAYING.match(folded, mention.span.end, end):
            return None
        return mention, cue
    if m[0].lower() in active().speaker_after:
        return None
    inverted = _inverted(folded, start, m, end)
    if inverted is not None:
        return inverted, cue
    mention = mention_before(folded, start, m.start())
    if attributive and (mention is None or not only_punct(folded, start, mention.span.start)):
        slot = slot_mention(folded, start, m.start())
        if slot is not None and not _coordinate(folded, start, slot.span.start):
            return slot, cue  # '"...," CBS co-anchor DeMarco Morgan said'
    if mention is None and folded[start : m.start()].rstrip().endswith(","):
        # '"...take our country back" appeals to ..., said Alan Abramowitz'
        mention = mention_after(folded, m.end(), end)
        return (mention, cue) if mention is not None and mention.head != "pronoun" else None
    if mention is None or mention.text.lower() in RELATIVES:
        return None  # ('"...," and Sanders, who says': the clause reports what follows)
    between = folded[start : mention.span.start]
    between_words = between.split()
    if len(between_words) > 3 and not between.rstrip().endswith(","):
        return None  # the speaker follows the quote closely, or opens a clause (", she said")
    if any(w in _SUBORDINATORS for w in between.rpartition(",")[2].split()):
        # '"kind of riding the fence" until Haley said': a clause of its own (not one
        # closed by a comma before the speaker: '"I held" families before leaving, he said')
        return None
    if _coordinate(folded, start, mention.span.start):
        return None
    return mention, cue


def _coordinate(folded: str, start: int, at: int) -> bool:
    """Whether "and" or "but" opens the clause of the subject at ``at``, after a quote
    ending at ``start`` ('... as "a six-lane highway," and Johnson talks about'): a
    clause of its own, whose subject says what follows, not the quote before it."""
    return folded[start:at].rpartition(",")[2].split()[-1:] in (["and"], ["but"])


def _uncued_after(
    folded: str, start: int, end: int, attributive: bool
) -> tuple[Mention, tuple[int, int]] | None:
    """No known cue after the quote: a signature ("- Carlos Raul") or, after attributive
    punctuation, "NAME verbed" / "verbed NAME" with a verb the tables do not know."""
    dash = _DASH_SIGNATURE.match(folded, start, end)
    if dash is not None:
        signed = mention_after(folded, dash.end(), end)
        return (signed, (dash.start(1), dash.end(1))) if signed and signed.head == "name" else None
    if not attributive:
        return None
    verb = _ANY_VERB.search(folded, start, min(end, start + 80))
    if verb is None:
        return None
    cue = (verb.start(1), verb.end(1))
    if only_punct(folded, start, verb.start(1)):
        mention = mention_after_cue(folded, verb.end(1), end)
        return (mention, cue) if mention and mention.head == "name" else None
    mention = mention_before(folded, start, verb.start(1))
    if mention is not None and _coordinate(folded, start, mention.span.start):
        return None
    if mention is None or not only_punct(folded, start, mention.span.start):
        mention = slot_mention(folded, start, verb.start(1))  # '"...," an angry Hollande retorted'
    return (mention, cue) if mention is not None else None


_CLOSING_REACH = 80  # characters of a closing attribution read back from a sentence's end


def closing_attribution(folded: str, start: int, end: int) -> Mention | None:
    """The speaker of a sentence ``folded[start:end]`` that closes on its attribution
    ("..., Schiff said."), or None.

    >>> closing_attribution("Talks resume Monday, Schiff said.", 0, 33).name
    'Schiff'
    """
    comma = folded.rfind(",", max(start, end - _CLOSING_REACH), end)
    if comma < 0 or len(folded[comma:end].split()) > 6:
        return None
    found = attribute_after(folded, comma + 1, end, True)
    return None if found is None else found[0]


def attribute_before(folded: str, start: int, end: int) -> tuple[Mention, tuple[int, int]] | None:
    """The nearest cue before a quote in its sentence that has a speaker: "Thune said:",
    "according to X,", "..., saying" (the sentence's subject speaks)."""
    cues = list(active().cue_pattern.finditer(folded, start, end))[-4:]
    for k in range(len(cues) - 1, -1, -1):
        last = cues[k]
        found = speaker_for_cue(folded, start, end, last)
        if found is None:
            continue
        if found.head in _INNER_HEADS:
            outer = _outer_report(folded, start, end, cues[:k], found)
            if outer is not None:
                return outer
        return found, (last.start(), last.end())
    return None


# prepositions whose object may stand right before a cue ("speaking to Fox News said");
# not "of" ("the head of Fox News said"), nor those opening a clause whose subject speaks
# ("with Trump tweeting", "hours after Sanders said")
_OBJECT_PREPOSITIONS = PREPOSITIONS - {"of", "with", "after", "before"}


def _object_of_preposition(folded: str, start: int, at: int) -> bool:
    """Whether the word before ``at`` (in the sentence from ``start``) is a preposition.

    >>> _object_of_preposition("A source speaking to Fox News said", 0, 21)
    True
    >>> _object_of_preposition("A conversation Fox News said", 0, 15)
    False
    """
    lo = max(start, at - 12)  # (12 holds the longest preposition with a space before it)
    words = (chunk := folded[lo:at]).split()
    if not words or words[-1] not in _OBJECT_PREPOSITIONS:
        return False
    return len(words) > 1 or lo == start or chunk[0].isspace()


_PASSIVE_AUXILIARIES = BE_FORMS - {"be", "is", "are"}  # "X was asked": not X's


# Speakers of a cue inside another cue's report whose words a reader takes as the
# reporter's: "Obama said he expected that Americans will say "no"" (a pronoun there
# mostly is the reporter, and stays: "Trump said he believes it was "a mistake"")
_INNER_HEADS = frozenset({"group", "anonymous"})


def _outer_report(
    folded: str, start: int, end: int, earlier: list[re.Match[str]], inner: Mention
) -> tuple[Mention, tuple[int, int]] | None:
    """The attribution of an earlier cue whose report holds ``inner`` ("Obama said
    Americans will say"): its speaker stands before it and ``inner`` after it."""
    for cue in reversed(earlier):
        if folded.find(";", cue.end(), inner.span.start) >= 0:
            return None  # a new clause: the later cue is not inside this one's report
        found = speaker_for_cue(folded, start, end, cue)
        if found is None or found.span.end > cue.start() or inner.span.start < cue.end():
            continue
        return found, (cue.start(), cue.end())
    return None


def _opens_sentence(folded: str, start: int, subject: Mention) -> bool:
    """The subject stands first in the sentence that begins at ``start``, perhaps after
    the owner of an organisation it names ("Alexei Navalny's Anti-Corruption Foundation").

    >>> from newsrecords.speakers.phrase_reader import Offsets
    >>> from newsrecords.models import SpeakerKind
    >>> t = "Lee's Clean Air Fund, in a letter, asked"
    >>> org = Mention(Offsets(6, 20), t[6:20], t[6:20], "organization", SpeakerKind.ORGANIZATION)
    >>> _opens_sentence(t, 0, org)
    True
    """
    if only_punct(folded, start, subject.span.start):
        return True
    before = folded[start : subject.span.start]
    return (
        subject.head == "organization"
        and before.endswith("'s ")
        and not any(mark in before for mark in ",.;:")
    )


def speaker_for_cue(
    folded: str, start: int, end: int, cue: re.Match[str], word: str | None = None
) -> Mention | None:
    """The speaker phrase a cue reports, before it ("X said"), after it ("said X",
    "according to X") or, for "..., saying" and "... and said", the sentence's subject.
    ``word`` is the cue's words, one space apart and lower-cased, when the caller has them."""
    if word is None:
        word = " ".join(cue[0].split()).lower()
    if word in active().speaker_after or word == "quoted":
        return mention_after_cue(folded, cue.end(), end)
    if raised_passive(folded, start, cue.start(), cue.end(), word):
        return None  # "32 people alleged to have meddled": a report by no one named
    agent = agent_start(folded, start, cue.start(), cue.end(), word)
    if agent is not None:  # "The sanctions, announced by the Treasury,": the agent's
        return mention_after_cue(folded, agent - 1, end)
    if word in TERM_MARKERS and _title_follows(folded, cue.end(), end):
        # 'his campaign aired a short film called "Tenemos Familias"': the phrase before
        # names the thing the title belongs to, not anyone quoted; whoever made the
        # thing, the sentence's subject, chose the title (a name or pronoun coins one; with
        # no subject read, the phrase is kept, a known gap)
        named = mention_before(folded, start, cue.start())
        if named is None or named.head not in ("name", "pronoun"):
            maker = sentence_subject(folded, start, cue.start())
            if maker is not None and named is not None and maker.span.start < named.span.start:
                return maker
    before = folded[max(start, cue.start() - 8) : cue.start()].rstrip()
    if word == "asked" and (before.split() or [""])[-1] in _PASSIVE_AUXILIARIES:
        # "Sanders was asked by host Bill Maher, "...?"": the question is the asker's,
        # named after "by", or nobody's we know ("Trump was asked, "...?"")
        if not folded.startswith(" by ", cue.end()):
            return None
        return mention_after_cue(folded, cue.end() + 4, end)
    after_comma = before.endswith(",")
    inverted = _inverted(folded, start, cue, end) if after_comma else None
    if inverted is not None:
        return inverted
    if before.endswith((" and", " but")) or _AND_AUXILIARY.search(
        folded, max(start, cue.start() - 24), cue.start()
    ):
        # "X bemoaned the unrest in Charlotte and said": X, the subject, said; and
        # "I laughed and said": the word before the first verb
        subject = sentence_subject(folded, start, cue.start())
        if subject is None:
            verb = _VERB_AND.search(folded, max(start, cue.start() - 30), cue.start())
            if verb is not None:
                subject = mention_before(folded, start, verb.start())
        return subject
    if word.endswith("ing") and after_comma:
        # "X spoke about ... in Tulsa, Oklahoma, arguing that": the subject argues
        mention = sentence_subject(folded, start, cue.start()) or loose_subject(
            folded, start, cue.start()
        )
        if mention is not None:
            return mention
        if _participle(word):
            # "... the refugees coming from Syria, pledging to": the place before the
            # comma is no subject; only a phrase opening the sentence may be one
            mention = mention_before(folded, start, cue.start())
            return mention if mention and only_punct(folded, start, mention.span.start) else None
    mention = mention_before(folded, start, cue.start())
    if (
        mention is not None
        and " and " not in mention.text
        and _object_of_preposition(folded, start, mention.span.start)
    ):
        # "A source speaking to Fox News said", "Clinton responded on Facebook writing":
        # an object of a preposition; the subject opening the sentence speaks (not after
        # an opening phrase, "Amid ..., a story by the website X says", nor past "and")
        subject = sentence_subject(folded, start, mention.span.start)
        if subject is not None and _opens_sentence(folded, start, subject):
            return subject
    if mention is not None and mention.head not in ("name", "pronoun") and _participle(word):
        # "The town released a statement saying", "emailed supporters saying": the phrase
        # before a participle is the verb's object; the sentence's subject speaks
        subject = sentence_subject(folded, start, mention.span.start)
        if subject is not None and verb_follows_subject(folded, subject.span.end):
            return subject
        subject = loose_subject(folded, start, mention.span.start)
        if subject is not None:
            return subject
    if mention is None and (word.endswith("ing") or after_comma):
        mention = mention_after(folded, start, cue.start())
    if mention is None and only_punct(folded, start, cue.start()) and not _participle(word):
        mention = mention_after_cue(folded, cue.end(), end)
    if mention is None and not word.endswith("ing"):
        mention = modified_subject(folded, start, cue.start())  # "Leaders of the group said"
    return mention


_TITLE_REACH = 100  # characters of a title in quotes read after a naming cue


def _title_follows(folded: str, at: int, end: int) -> bool:
    """A title-case quotation right after a naming cue at ``at`` (' called "Tenemos
    Familias"'), with ``end`` where the quotation opens."""
    opening = folded[at:end]
    if not only_punct(folded, at, end) or ('"' not in opening and folded[end : end + 1] != '"'):
        return False
    content = end + 1 if folded[end : end + 1] == '"' else at + opening.index('"') + 1
    close = folded.find('"', content, content + _TITLE_REACH)
    return close > content and title_case(folded[content:close].split())


# Cues that, set off by a comma, invert with the speaker after them: '"A challenge" for
# Clinton, said Kunin', 'The paradox of Nancy, says Carl Anthony, is that ...'
_INVERTING_CUES = frozenset(
    {"said", "says", "added", "adds", "wrote", "writes", "noted", "explained", "explains"}
)


def _inverted(folded: str, start: int, cue: re.Match[str], end: int) -> Mention | None:
    """The speaker named right after a comma-led inverted cue (", said Kunin"), which a
    reader takes over a name that merely ends the words before the comma."""
    if cue[0] not in _INVERTING_CUES or not folded[start : cue.start()].rstrip().endswith(","):
        return None
    after = mention_after(folded, cue.end(), end)
    if (
        after is None
        or after.head in ("pronoun", "document")
        or not only_punct(folded, cue.end(), after.span.start)  # "said of Cruz"
        or folded[after.span.end : after.span.end + 3].strip()[:1] not in (".", ",", ";", "")
    ):
        return None  # ', said Obamacare has been': the name opens the reported clause
    return after


# (not "since" or "before": also prepositions, "since December 2010, the group said")
# Words between a quote and its speaker that make the speaker's clause one of its own
# ('"..." until Haley said'): the subordinators, less "as", which opens an attribution
# ('"...," as Haley said').
_SUBORDINATORS = SUBORDINATORS - {"as"}
_NOT_PARTICIPLES = frozenset({"quoting", "citing"})  # these name the source after them


def _participle(cue: str) -> bool:
    """A cue in the -ing form ("saying", "telling", "calling"), which reports for the
    subject of its clause and never names its speaker after it.

    >>> _participle("saying"), _participle("said"), _participle("quoting")
    (True, False, False)
    """
    return cue.endswith("ing") and " " not in cue and cue.lower() not in _NOT_PARTICIPLES


_SOURCE_AT_END = re.compile(
    r"""
    ,?\s(?:
      according\s+to\s                       # "..., according to show insiders"
      | (as)\s(?=[^,.;]{1,80}?\sput\s+it\b)  # "..., as a Homeland Security memo put it"
      | per\s                                 # "..., per the party's bylaws"
    )
    """,
    re.VERBOSE,
)


def source_at_end(folded: str, start: int, end: int) -> tuple[Mention, tuple[int, int]] | None:
    """A source named at the end of a quote's sentence: "according to X", "as X put it",
    "per X" (the nearest one after the quote, within ``folded[start:end]``)."""
    m = _SOURCE_AT_END.search(folded, start, min(end, start + 300))
    if m is None:
        return None
    mention = mention_after_cue(folded, m.end(), end)
    if mention is None or mention.head == "pronoun":
        return None
    cue_start = m.start(1) if m[1] else folded.find(m[0].strip(" ,")[:3], m.start(), m.end())
    return mention, (cue_start, m.end() - 1)


def quote_kind(folded: str, sentence_start: int, q: QuoteMarks) -> QuoteKind:
    before = last_char(folded, sentence_start, q.start)
    first = folded[q.content_start]
    if not before or before == ":":
        return QuoteKind.DIRECT
    if before == "," and (first.isupper() or not first.isalpha()):
        return QuoteKind.DIRECT
    return QuoteKind.PARTIAL


def transcript_label(folded: str, item: Found) -> Mention | None:
    """A speaker label opening a quoted transcript turn ("PENCE: Well, ...")."""
    m = _LABEL.match(folded, item.start, item.end)
    if m is None:
        return None
    item.start = m.end()
    while item.start < item.end and folded[item.start].isspace():
        item.start += 1
    return label_mention(m)


def label_mention(m: re.Match[str]) -> Mention:
    """The person an upper-case label (group 1 of ``m``) names, as "Pence" for "PENCE".

    >>> label_mention(re.match(LABEL_WORDS, "SEN. LEE: yes")).name
    'Sen. Lee'
    """
    name = " ".join(w.capitalize() for w in m[1].split())
    return Mention(Offsets(m.start(1), m.end(1)), m[1], name, "name", SpeakerKind.PERSON)

"""A subject set apart from its cue by a prepositional modifier or a dashed aside.

"Leaders of the organization said ...", "A source familiar with the probe said ...",
"The nominee for the fall election later said ...": the phrase right before the cue is
the modifier's object ("the organization"), which the phrase reader rightly does not take
for a speaker. A reader takes the noun the modifier hangs on, the subject opening the
clause. This is read only when no other speaker phrase was found for the cue; it names a
role, a group or an anonymous source (a name with a modifier is read by the phrase reader
itself), and only one that opens its clause, so an object ("met leaders of the group")
never becomes the speaker.

An aside between dashes ("Gingrich - mentioned by the paper as the leading choice - told")
is read the same way: the speaker stands before the opening dash, as before the first
comma of an appositive.
"""

from __future__ import annotations

import re

from ..lexicon.compiled import active
from ..lexicon.grammar_words import AUXILIARIES, MODIFIER_ADJECTIVES, MODIFIER_PREPOSITIONS
from ..lexicon.speaker_words import SKIPPABLE_BEFORE_CUE
from ..text.scan import last_char, only_punct
from .phrase_reader import Mention, person_noun
from .phrases import mention_before, names_no_speaker

__all__ = ["modified_subject"]

_REACH = 90  # characters before the cue a subject and its modifier may take
_MODIFIER_WORDS = 6  # words of the modifier, its preposition included
# Words that end a clause's subject before the cue: a relative or a clause opens there.
_CLAUSE_WORDS = frozenset({"that", "who", "which", "whom", "whose", "and", "or", "but"})
# Words before the subject that open its clause ("But leaders of ...", ", where ...").
_CLAUSE_OPENERS = frozenset({"but", "and", "where", "when", "while", "because", "that"})
_WORD = re.compile(
    r"""[A-Za-z0-9]      # a word opens with a letter or digit
    [\w.'&-]*            # and runs on with word characters, abbreviation dots, apostrophes
    \Z                   # and nothing else: no comma, colon or bracket
    """,
    re.VERBOSE,
)
# The tables whose nouns name people who may speak ("leaders", "officials", "secretary").
_PERSON_TABLES = ("role_nouns", "group_nouns", "anonymous_nouns", "titles")
_TOKEN = re.compile(r"\S+")  # the words of the window, a space apart
_PREPOSITION = re.compile(
    rf"""\x20(?:{"|".join(sorted(MODIFIER_PREPOSITIONS))})\x20  # a modifier's preposition
    """,
    re.VERBOSE | re.IGNORECASE,
)
_ASIDE_REACH = 120  # characters a dashed aside and its dashes may take before the cue
_DASH = re.compile(
    r"""\x20-{1,2}\x20  # a dash set off by spaces (folded text writes an em dash "-"), not
                       # the hyphen inside a word ("anti-immigration")
    """,
    re.VERBOSE,
)


def _opens_clause(folded: str, start: int, at: int) -> bool:
    """Whether a phrase at ``at`` opens its clause: nothing but punctuation before it
    since ``start``, or a comma, semicolon or a clause-opening word right before it.

    >>> _opens_clause("But leaders of it", 0, 4), _opens_clause("He met leaders", 0, 7)
    (True, False)
    """
    if only_punct(folded, start, at):
        return True
    before = folded[max(start, at - 12) : at].rstrip()
    if before.endswith((",", ";", ":")):
        return True
    words = before.split()
    return bool(words) and words[-1].lower() in _CLAUSE_OPENERS


def _person_head(mention: Mention) -> bool:
    """Whether the phrase ends in a noun of people: a role, group or source noun of the
    tables, or a noun with a person ending ("the outline", "a comparison" name no one).

    >>> import attrs
    >>> from newsrecords.models import SpeakerKind
    >>> from newsrecords.speakers.phrase_reader import Offsets
    >>> m = Mention(Offsets(0, 7), "Leaders", "Leaders", "group", SpeakerKind.GROUP)
    >>> _person_head(m), _person_head(attrs.evolve(m, text="The outline"))
    (True, False)
    """
    return _person_word(mention.text.split()[-1].lower())


def _person_word(low: str) -> bool:
    """:func:`_person_head` on the phrase's last word, lower-cased."""
    tables = active().words
    return person_noun(low) or any(low in tables[t] for t in _PERSON_TABLES)


def _before_aside(folded: str, start: int, cue_start: int) -> Mention | None:
    """The speaker phrase before an aside between two dashes that ends right before the
    cue, when it opens its clause; None when no such aside stands there.

    >>> text = "On Friday, Gingrich - named by the paper as a choice - told"
    >>> _before_aside(text, 0, 55).text
    'Gingrich'
    """
    lo = max(start, cue_start - _ASIDE_REACH)
    if last_char(folded, lo, cue_start) != "-":
        return None  # (most cues: read nothing more)
    dashes = list(_DASH.finditer(folded, lo, cue_start + 1))
    if len(dashes) < 2 or folded[dashes[-1].end() - 1 : cue_start].strip():
        return None  # no aside closing right before the cue
    opening, closing = dashes[-2], dashes[-1]
    if any(c in folded[opening.end() : closing.start()] for c in '.;:"'):
        return None  # a sentence or a quotation inside: no aside
    head = mention_before(folded, start, opening.start())
    if (
        head is None
        or folded[head.span.end : opening.start()].strip()
        or names_no_speaker(head)
        or not _opens_clause(folded, start, head.span.start)
    ):
        return None
    return head


def modified_subject(folded: str, start: int, cue_start: int) -> Mention | None:
    """The role, group or anonymous source opening the clause before ``cue_start`` when a
    prepositional modifier stands between it and the cue, or None.

    >>> text = "Leaders of the organization said"
    >>> modified_subject(text, 0, 28).text
    'Leaders'
    >>> text = "But a source familiar with the probe later said"
    >>> modified_subject(text, 0, 43).text
    'a source'
    >>> modified_subject("He met leaders of the group said", 0, 28) is None
    True
    """
    aside = _before_aside(folded, start, cue_start)
    if aside is not None:
        return aside
    lo = max(start, cue_start - _REACH)
    if _PREPOSITION.search(folded, lo, cue_start) is None:
        return None  # no modifier can stand there (most cues: read nothing more)
    toks = [(m.start() + lo, m[0]) for m in _TOKEN.finditer(folded[lo:cue_start])]
    while toks and toks[-1][1].lower() in SKIPPABLE_BEFORE_CUE:
        toks.pop()  # "later said", "have said": no part of the modifier
    # walk back over the modifier's plain words to its preposition
    for k in range(len(toks) - 1, max(-1, len(toks) - _MODIFIER_WORDS - 1), -1):
        at, word = toks[k]
        low = word.lower()
        if not _WORD.match(word) or low in AUXILIARIES or low in _CLAUSE_WORDS:
            return None  # a comma, a verb or a clause: no plain modifier
        if low not in MODIFIER_PREPOSITIONS or k == len(toks) - 1 or k == 0:
            continue
        adjective = toks[k - 1][1].lower() in MODIFIER_ADJECTIVES
        if low == "to" and not adjective:
            return None  # "want leaders to use": an infinitive, no modifier
        if adjective:
            k -= 1  # "a source familiar with": the adjective belongs to the modifier
            at = toks[k][0]
        if k == 0 or not _person_word(toks[k - 1][1].lower()):
            return None  # the head noun, which ends right before the modifier, names no one
        head = mention_before(folded, start, at)
        if (
            head is not None
            and head.head in ("role", "group", "anonymous")
            and _person_head(head)
            and not folded[head.span.end : at].strip()
            and not names_no_speaker(head)
            and _opens_clause(folded, start, head.span.start)
        ):
            return head
        return None
    return None

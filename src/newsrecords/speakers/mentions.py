"""A speaker phrase read loosely where its position already says a speaker stands there:
right after an inverted cue ('," said X'), between a quote and its cue ('"...?" a
staffer in the room wondered') or as the subject of a participle cue ("The town released
a statement saying").

The cue has already placed a speaker there, so describing words may come before a
capitalised name, a place after "of" is dropped and an appositive name set off by commas
is the speaker. A phrase that names no speaker (an event, a noun of speech, a clause:
:func:`.speakers.names_no_speaker`) is dropped between a quote and its cue and after an
inverted cue; a sentence's subject that names none gives way to the subject a reader
takes instead (:func:`speaking_subject`). Split from :mod:`..quotes.attribution`, which calls
these readers.
"""

from __future__ import annotations

import re

import attrs

from ..lexicon.grammar_words import AUXILIARIES, IRREGULAR_PASTS
from ..lexicon.speaker_words import DETERMINERS, LOOSE_SUBJECT_OPENERS, MODIFIER_ONLY, NOT_SPEAKERS
from ..lexicon.tables import word_trie
from ..models import SpeakerKind
from ..text.clauses import SUBORDINATOR
from ..text.scan import only_punct
from .phrase_after import LazyTokens, mention_in_window
from .phrase_parts import mention_in_slot
from .phrase_reader import (
    CONNECTORS,
    LOOSE_NOUN,
    RELATIVES,
    WINDOW_AFTER,
    Mention,
    Offsets,
    in_table,
    is_capitalised,
    org_label,
    pronoun_mention,
)
from .phrases import CLAUSE_OPENING_WORDS, is_speech_noun, mention_after, names_no_speaker
from .slot_clause import clause_in_slot

__all__ = [
    "loose_subject",
    "mention_after_cue",
    "owner_mention",
    "slot_mention",
    "speaking_subject",
]


# Words that end a speaker phrase read after an inverted cue ('," said X who ...').
_PHRASE_STOPS = frozenset(
    {
        *("who", "whose", "which", "that", "in", "on", "at", "about", "after", "before"),
        *("during", "as", "when", "while", "to", "from", "with", "and", "but", "told"),
        *("said", "says", "adding", "noting", "referring", "speaking", "according"),
        *("than", "because", "since", "via", "by", "for", "under"),
    }
)
# Auxiliaries, written lower-case: a speaker phrase has none, so one ends the phrase ('X, a
# former envoy, said the plan was weak': "the plan" is no speaker). Matched
# case-sensitively: "Will Hurd" is a name.
_VERB_STOPS = AUXILIARIES | {"do"}
_MAX_LOOSE_WORDS = 11


def mention_after_cue(text: str, start: int, end: int) -> Mention | None:
    """The speaker phrase right after an inverted cue ('," said X'), read more loosely
    than :func:`mention_after`: the cue has already placed a speaker there, so any
    describing words are allowed before a capitalised name ("said Republican political
    consultant Chris Russell"), a place after "of" is dropped ("Sen. Tom Carper of
    Delaware"), and a determiner with a lower-case head reads as a role ("said a 2008
    Clinton veteran").

    >>> t = "said Sen. Tom Carper of Delaware."
    >>> mention_after_cue(t, 4, len(t)).name
    'Tom Carper'
    """
    window = LazyTokens(text, start, min(end, start + WINDOW_AFTER))
    found = mention_in_window(text, window)
    if found is not None and not names_no_speaker(found):
        return _partitive(found)
    toks = window.all()  # the same tokens, read once
    words: list[tuple[int, int, str]] = []
    for tok in toks:
        word = tok[2]
        if word == "and" and words and in_table("titles", words[-1][2]):
            words.append(tok)  # "former Pennsylvania Gov. and DNC Chairman Ed Rendell"
            continue
        if not word[:1].isalnum() or word.lower() in _PHRASE_STOPS or word in _VERB_STOPS:
            break
        if len(words) >= 2 and word.islower() and word.endswith("ed"):
            break  # "a civil complaint filed by ...": a participle ends the phrase
        if (
            word == "of"
            and len(words) >= 2
            and words[-1][2][:1].isupper()
            and words[-2][2][:1].isupper()
        ):
            break  # "Tom Carper of Delaware": the name ends before its place
        words.append(tok)
        if len(words) > _MAX_LOOSE_WORDS or text[tok[1] : tok[1] + 1] == ".":
            break  # a sentence end ("leader."): the phrase ends with it
    if not words or len(words) > _MAX_LOOSE_WORDS:
        return None
    named = _appositive_name(text, toks, words)
    if named is not None:
        return named
    while words and words[-1][2] in CONNECTORS:
        words.pop()
    if not words:
        return None
    span = Offsets(words[0][0], words[-1][1])
    raw = text[span.start : span.end]
    last = [w[2] for w in words]
    k = len(last)
    while k > 0 and is_capitalised(last[k - 1]) and not in_table("titles", last[k - 1]):
        k -= 1
    name = last[k:]
    if len(name) >= 2 and k > 0 and not any(w.endswith("'s") for w in name):
        title = " ".join(last[:k])
        affiliation = org_label(last[:k])
        return Mention(span, raw, " ".join(name), "name", SpeakerKind.PERSON, title, affiliation)
    head = last[-1]
    low = head.lower()
    if (
        len(last) >= 2
        and last[0].lower() in DETERMINERS
        and head.islower()
        and LOOSE_NOUN.fullmatch(head)
        and low not in NOT_SPEAKERS
        and low not in MODIFIER_ONLY
    ):
        label = " ".join(last[1:])
        role = Mention(span, raw, label, "role", SpeakerKind.PERSON, None, org_label(last[1:]), low)
        # 'tweeted a warning. "..."': a noun of speech is what was said, not who said it.
        # (A thing here is the verb's object, 'described the emotional impact as "..."':
        # kept until the subject before the verb is read as the speaker instead.)
        return None if names_no_speaker(role, things=False) else _partitive(role)
    return None


def _appositive_name(
    text: str, toks: list[tuple[int, int, str]], words: list[tuple[int, int, str]]
) -> Mention | None:
    """'said Rubio's deputy campaign manager, Rich Beeson, who ...': the name set off by
    commas after a describing phrase is the speaker, the phrase its title."""
    at = len(words)
    if at >= len(toks) or toks[at][2] != "," or words[-1][2][:1].isupper():
        return None
    run = at + 1
    while run < len(toks) and is_capitalised(toks[run][2]) and not in_table("titles", toks[run][2]):
        run += 1
    ends = (
        run == len(toks)
        or toks[run][2] in {",", ";", "("}
        or text[toks[run - 1][1] : toks[run - 1][1] + 1] == "."
    )
    if run - at - 1 < 2 or not ends:
        return None  # a name of two words or more, closing the appositive
    named = toks[at + 1 : run]
    span, title = Offsets(named[0][0], named[-1][1]), text[words[0][0] : words[-1][1]]
    name, affiliation = " ".join(t[2] for t in named), org_label([w[2] for w in words])
    return Mention(
        span, text[span.start : span.end], name, "name", SpeakerKind.PERSON, title, affiliation
    )


_WORD_START = re.compile(r"[^\W_]")  # a letter or digit: where a phrase may open


def slot_mention(folded: str, start: int, cue_start: int) -> Mention | None:
    """The phrase right after a quote's closing punctuation and before its cue, read as
    the speaker when it fills that gap ('"...?" a staffer in the room wondered')."""
    first = _WORD_START.search(folded, start, cue_start)
    if first is None or folded.find('"', first.start(), cue_start) >= 0:
        return None
    if clause_in_slot(folded, first.start(), cue_start):
        return None  # '"Mr. Lee?" I had prepared a statement to read': a clause, no slot
    return _speaking(mention_in_slot(folded, first.start(), cue_start))


# Quantities that pick one or some out of a group after "of" ("one of the prosecutors").
_PARTITIVE_ONE = frozenset({"one", "another"})
_PARTITIVE_SOME = frozenset({"some", "many", "several", "two", "three", "four", "five", "both"})


def _speaking(found: Mention | None) -> Mention | None:
    """A loosely read mention, or None when it names no speaker (an event, a noun of
    speech, an ordinal: :func:`~.speakers.names_no_speaker`)."""
    if found is None or names_no_speaker(found):
        return None
    return _partitive(found)


def _partitive(found: Mention) -> Mention:
    """A quantity before "of" read whole: "one of the former prosecutors" is one person
    the whole phrase describes, not "of the former prosecutors"; "some of the X" is part
    of a group."""
    first, _, rest = found.text.partition(" ")
    quantity = first.lower()
    if rest.startswith("of ") and (quantity in _PARTITIVE_ONE or quantity in _PARTITIVE_SOME):
        if quantity in _PARTITIVE_ONE:
            return attrs.evolve(found, name=found.text, kind=SpeakerKind.PERSON)
        return attrs.evolve(found, name=found.text, head="group", kind=SpeakerKind.GROUP)
    return found


_SUBJECT_WORDS = 6  # words a loosely read subject may run before its verb
_LOOSE_WORD = re.compile(r"\S+")  # a word, for the loose subject's bounded walk
_LOOSE_VERB = re.compile(
    rf"""
    \s+(?:[a-z]+ly\s+)?             # an adverb may come between: "quickly blasted"
    (?:[a-z]+ed                       # an action in the past ("released", "tried"), not
      | {word_trie(IRREGULAR_PASTS)}  # "is" or "has"
    )\b
    """,
    re.VERBOSE,
)


def loose_subject(folded: str, start: int, end: int) -> Mention | None:
    """A sentence's subject read loosely: a determiner, up to a few words (a phrase after
    a preposition dropped) and a verb ("The town released", "One operative inside Trump
    Tower tried"), for the participle cues whose speaker is the subject."""
    words: list[re.Match[str]] = []
    for m in _LOOSE_WORD.finditer(folded, start, end):
        words.append(m)
        if len(words) > _SUBJECT_WORDS:
            break
    if len(words) < 2 or words[0][0].lower() not in LOOSE_SUBJECT_OPENERS:
        return None
    for w in words[1:]:
        if w[0][-1] in ',;:"' or w[0][0] in '"(':
            return None  # a comma or a quotation before any verb: no plain subject
        if w[0] in _VERB_STOPS or w[0] in RELATIVES:
            # "One danger is that X could be met", "The lawyer who ran ... is": the
            # subject's own verb came first, or the verb belongs to a relative clause
            return None
        if _LOOSE_VERB.match(folded, w.end(), w.end() + 40):
            found = mention_in_slot(folded, words[0].start(), w.end())
            return None if found is None else speaking_subject(folded, found, end)
    return None


# A possessive opening a subject, as the subject pronoun that stands for its owner ("His
# comments came ...": he chose the words).
_OWNER_PRONOUNS = {"his": "he", "her": "she", "their": "they", "our": "we", "my": "i"}
_NEXT_CLAUSE_REACH = 160  # characters from a subject that names no speaker to the next comma
_NEXT_CLAUSE_OPENER = re.compile(rf"\s*(?:(?:{SUBORDINATOR})\s+)?")  # ", when X"


def speaking_subject(folded: str, found: Mention, end: int) -> Mention | None:
    """``found``, a sentence's subject, or when it names no speaker
    (:func:`~.speakers.names_no_speaker`: "The first taste ...", "His comments came")
    the subject a reader takes instead: the owner of a noun of speech ("His comments
    came ..." is his; "the inconsistencies between her claim that she ..." hers) or the
    subject of the next clause, with its verb (", when Sanders protesters interrupted
    her speech, shouting"); None when none stands there before ``end``.

    An abstract thing or event ("The performance prompted ...") gives way only to a
    subject found after it; with none it is kept, since dropping it loses more matched
    quotes than it fixes (the words around rarely name anyone else)."""
    if not names_no_speaker(found):
        return found
    instead = (
        _clause_subject(folded, found, end)
        or _next_clause_subject(folded, found.span.end, end)
        or _last_speech_owner(folded, found.span.end, end)
    )
    if not names_no_speaker(found, things=False):
        return instead or found  # a thing or an event
    first, _, rest = found.text.partition(" ")
    if rest.split()[-1:] and is_speech_noun(rest.split()[-1].lower().strip(",.;:")):
        owner = owner_mention(folded, found.span.start, first)
        if owner is not None:
            return owner
    return instead


# Indefinite pronouns for a person: an anonymous speaker as a clause's subject.
_INDEFINITE_PERSON = re.compile(r"(?:some|any)(?:one|body)\b", re.IGNORECASE)


def _indefinite_person(folded: str, at: int, end: int) -> Mention | None:
    """ "someone" at ``at`` as an anonymous speaker."""
    m = _INDEFINITE_PERSON.match(folded, at, end)
    if m is None:
        return None
    span = Offsets(m.start(), m.end())
    return Mention(span, m[0], m[0], "anonymous", SpeakerKind.ANONYMOUS, noun=m[0].lower())


# Words that open a clause inside a subject ("The question of whether someone issued").
_CLAUSE_OPENER = re.compile(rf"\b(?:{word_trie(CLAUSE_OPENING_WORDS)})\s+")


def _clause_subject(folded: str, found: Mention, end: int) -> Mention | None:
    """The subject, with its verb, of a clause inside a phrase that names no speaker:
    whoever "issued a "stand down"" in "The question of whether someone issued"."""
    opener = _CLAUSE_OPENER.search(folded, found.span.start, found.span.end)
    if opener is None:
        return None
    after = mention_after(folded, opener.end(), end) or _indefinite_person(
        folded, opener.end(), end
    )
    if (
        after is None
        or after.span.start != opener.end()
        or names_no_speaker(after)
        or not _LOOSE_VERB.match(folded, after.span.end, after.span.end + 40)
    ):
        return None
    return after


def owner_mention(folded: str, at: int, word: str) -> Mention | None:
    """The owner a possessive pronoun ``word`` at ``at`` names, as a subject pronoun
    ("her claim": she), or None for any other word."""
    pronoun = _OWNER_PRONOUNS.get(word.lower())
    if pronoun is not None:
        return pronoun_mention(folded, (at, at + len(word), pronoun))
    return None


def _next_clause_subject(folded: str, at: int, end: int) -> Mention | None:
    """The subject of the clause after the next comma, with its verb ("..., when
    Sanders protesters interrupted")."""
    comma = folded.find(",", at, min(end, at + _NEXT_CLAUSE_REACH))
    if comma < 0 or folded.find(".", at, comma) >= 0:
        return None
    opener = _NEXT_CLAUSE_OPENER.match(folded, comma + 1, end)
    start = comma + 1 if opener is None else opener.end()
    after = mention_after(folded, start, end)
    if (
        after is None
        or not only_punct(folded, start, after.span.start)
        or names_no_speaker(after)
        or not _LOOSE_VERB.match(folded, after.span.end, after.span.end + 40)
    ):
        return None
    return after


# A possessive pronoun and a noun of speech ("her claim that", "his remark"): its owner
# chose the words that follow.
_PRONOUN_SPEECH = re.compile(r"\b(his|her|their)\s+([a-z]+)\b", re.IGNORECASE)
_OWNER_REACH = 200  # characters before ``end`` searched for an owned noun of speech


def _last_speech_owner(folded: str, at: int, end: int) -> Mention | None:
    """The owner of the last noun of speech before ``end`` ("... between her claim that
    she "never sent ..."" is hers)."""
    last = None
    for m in _PRONOUN_SPEECH.finditer(folded, max(at, end - _OWNER_REACH), end):
        if is_speech_noun(m[2].lower().strip(",.;:")):
            last = m
    return None if last is None else owner_mention(folded, last.start(1), last[1])

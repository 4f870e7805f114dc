"""Speaker mentions: recognise the phrase that names a speaker, and resolve it.

A mention is read from the words next to a cue, in either direction ("White House press
secretary Jen Psaki said", "said the senior administration official"), and split into a
name, a title and an affiliation (:mod:`.phrase_reader` reads a phrase once found).
:mod:`.book` then resolves pronouns, surnames, "Mr Biden" and role nouns ("the
senator") to a full speaker seen earlier in the article.
"""

from __future__ import annotations

import enum
from typing import Literal

import attrs

from ..lexicon.compiled import active
from ..lexicon.grammar_words import AUXILIARIES
from ..lexicon.speaker_words import (
    DETERMINERS,
    FUNCTION_CAPS,
    SKIPPABLE_BEFORE_CUE,
    TIME_NOUNS,
    TIME_OPENERS,
    US_STATES,
    WEEKDAYS,
)
from .names import given_then_surname, is_possessive, name_run_word
from .owned_role import owner_start
from .phrase_after import mention_after
from .phrase_parts import NUMBER, appositive_parts, quantity_mention
from .phrase_reader import (
    CLAUSE_OPENERS,
    CONNECTORS,
    LOOSE_OPENERS,
    PEOPLE_PRONOUNS,
    PRONOUNS,
    RELATIVES,
    WINDOW,
    Mention,
    Offsets,
    bare_word,
    classify_phrase,
    is_capitalised,
    is_phrase_word,
    person_noun,
    phrase_tokens,
    pronoun_mention,
    read_phrase,
)
from .reduced_relative import ends_in_describing_participle

__all__ = [
    "CLAUSE_OPENING_WORDS",
    "Mention",
    "Offsets",
    "mention_after",
    "mention_before",
    "names_no_speaker",
]


def _loose_phrase_start(toks: list[tuple[int, int, str]]) -> int | None:
    """Where "DET word word NOUN" ends the tokens (up to three words after a determiner,
    the last one lower-case), unless a preposition comes before the determiner. Before a
    person noun ("employee"), describing words may be capitalised ("the Platte River
    employee")."""
    # (a body's noun, too: "the Iranian government", "the British embassy")
    person = bool(toks) and (
        person_noun(toks[-1][2]) or toks[-1][2] in active().words["organization_heads"]
    )
    for size in (2, 3, 4):
        d = len(toks) - size
        if d < 0:
            return None
        words = [t[2] for t in toks[d + 1 :]]
        if any(
            not (w.islower() or (person and is_capitalised(w)))
            or w in FUNCTION_CAPS
            or (w.endswith("ed") and w != words[-1])
            for w in words
        ):
            return None  # only lower-case describing words: "his childhood friend"
        if toks[d][2].lower() in LOOSE_OPENERS:
            if d > 0 and toks[d - 1][2].lower() not in CLAUSE_OPENERS:
                return None  # the phrase must open a clause, not follow a verb or preposition
            return d if words[-1][:1].islower() else None
        if person and is_possessive(toks[d][2].lower()):
            return owner_start(toks, d)  # "Hillary Clinton's right-hand woman"
    return None


# Words that open a clause, and with them the words that make a verb phrase: a phrase
# holding one after its first word is no noun phrase ("The question of whether someone",
# "the party may host").
CLAUSE_OPENING_WORDS = frozenset({"whether", "that", "how", "what", "why", "if"})
_CLAUSE_WORDS = CLAUSE_OPENING_WORDS | {"be"} | AUXILIARIES


def is_speech_noun(low: str) -> bool:
    """A lower-case noun of what is said ("warning", "claim") that is not also a document
    that speaks for itself ("statement").

    >>> is_speech_noun("warning"), is_speech_noun("statement")
    (True, False)
    """
    tables = active().words
    return low in tables["speech_nouns"] and low not in tables["document_nouns"]


def names_no_speaker(mention: Mention, *, things: bool = True) -> bool:
    """True when a phrase read as a role, group, anonymous source or document cannot be
    a speaker: it holds a clause ("The question of whether someone"), or its head noun
    (the last word, or the one before "of") is an ordinal after "the" ("The first"), a
    noun of speech that is no document ("a warning", "His comments") or, when
    ``things``, an abstract thing or event ("The performance", "Another back-and-forth").

    >>> from newsrecords.models import SpeakerKind
    >>> m = Mention(Offsets(0, 11), "The listing", "listing", "role", SpeakerKind.PERSON)
    >>> names_no_speaker(m), names_no_speaker(attrs.evolve(m, text="The lawyer"))
    (True, False)
    """
    if mention.head in ("name", "organization", "pronoun"):
        return False
    low = [bare_word(w) for w in mention.text.split()]
    if any(w in _CLAUSE_WORDS for w in low[1:]):
        return True
    heads = {low[-1]} if low else set()
    if "of" in low[1:]:
        heads.add(low[low.index("of", 1) - 1])  # "the question of ...": the head is "question"
    tables = active().words
    for head in heads:
        if head in tables["ordinals"] and low[0] == "the":
            return True  # (not "a third said", part of a group, nor "Obama's first five")
        if is_speech_noun(head):
            return True
        if things and head in tables["non_speaker_nouns"]:
            return True
    return False


_TAIL = 45  # characters read first before a cue; the rest of the window only when needed


class _Tail(enum.Enum):  # an enum member, which the type checker tells from a mention
    NEED_MORE = "the tokens before the tail could change the reading"


def mention_before(text: str, start: int, end: int) -> Mention | None:
    """The speaker phrase that ends ``text[start:end]`` (the words before a cue).

    >>> m = mention_before("Secretary of State Antony Blinken on Friday", 0, 43)
    >>> m.name, m.title
    ('Antony Blinken', 'Secretary of State')
    """
    lo = max(start, end - WINDOW)
    # Most phrases are a few words long: read the window's tail first (cut at a space, which
    # no token spans, so its tokens are the window's last ones), the rest only when needed.
    cut = text.rfind(" ", lo, end - _TAIL) if end - _TAIL > lo else -1
    if cut > lo:
        tail = phrase_tokens(text, cut, end)
        found = _read_before(text, tail.copy(), True)
        if found is not _Tail.NEED_MORE:
            return found
        toks = phrase_tokens(text, lo, cut) + tail
    else:
        toks = phrase_tokens(text, lo, end)
    whole = _read_before(text, toks, False)
    return None if whole is _Tail.NEED_MORE else whole  # (read whole, it never asks for more)


def _drop_party_note(toks: list[tuple[int, int, str]]) -> list[tuple[int, int, str]] | None:
    """The tokens without a closing "(R-Fla.)" style note ("Rep. John Mica (R-Fla.) said");
    None when a ")" ends them with no "(" within the last seven tokens."""
    if not toks or toks[-1][2] != ")":
        return toks
    for k in range(len(toks) - 2, max(-1, len(toks) - 8), -1):
        if toks[k][2] == "(":
            return toks[:k]
    return None


def _read_before(
    text: str, toks: list[tuple[int, int, str]], partial: bool
) -> Mention | Literal[_Tail.NEED_MORE] | None:
    """:func:`mention_before` on the window's tokens; ``partial``: only its last tokens are
    given, so answer ``NEED_MORE`` where a step runs out of them (a comma is looked for 40
    tokens back, a parenthesis 7, a loose phrase reads 6, the phrase walk to the first)."""
    # drop adverbs and time words between the speaker and the cue
    while toks:
        low = toks[-1][2].lower()
        if len(toks) > 1 and given_then_surname(toks[-2][2], toks[-1][2]):
            break  # "Theresa May said": a surname, not a modal
        if (
            low in SKIPPABLE_BEFORE_CUE
            or low in WEEKDAYS
            or (low.endswith("ly") and len(low) > 4 and toks[-1][2].islower())
        ):  # "Kelly said": a name, not an adverb
            toks.pop()
            if toks and toks[-1][2].lower() in {"on", "last"}:
                toks.pop()
            continue
        if low in TIME_NOUNS and len(toks) > 1 and toks[-2][2].lower() in TIME_OPENERS:
            del toks[-2:]  # "Feinstein last week said", "Ryan earlier this month said"
            continue
        break
    if ends_in_describing_participle(toks):
        toks.pop()  # "The document released Monday said": the document speaks
    if toks and toks[-1][2].lower() in RELATIVES:
        # "Trump, who has called the pact "insanity"": the relative pronoun is the
        # mention as written; the phrase it stands for says who the speaker is
        relative = toks.pop()
        if toks and toks[-1][2] == ",":
            toks.pop()
        antecedent = _read_before(text, toks, partial)
        if antecedent is None or antecedent is _Tail.NEED_MORE or antecedent.head == "pronoun":
            return antecedent if antecedent is _Tail.NEED_MORE else None
        span = Offsets(relative[0], relative[1])
        return attrs.evolve(antecedent, span=span, text=relative[2])
    if partial and len(toks) < 2:
        return _Tail.NEED_MORE
    if len(toks) > 1 and toks[-1][2] == "," and toks[-2][2] == ")":
        toks.pop()  # "Gov. John Kasich (R-OH), said"
    if toks and toks[-1][2] == ")":
        dropped = _drop_party_note(toks)
        if dropped is not None:
            toks = dropped
            if partial and len(toks) < 2:
                return _Tail.NEED_MORE
        elif partial and len(toks) < 7:
            return _Tail.NEED_MORE
    appositive: list[tuple[int, int, str]] = []
    if toks and toks[-1][2] == ",":
        # "Mr Frye, author of ..., told": the speaker stands before the first comma
        for k in range(len(toks) - 2, max(-1, len(toks) - 40), -1):
            if toks[k][2] == ",":
                appositive = toks[k + 1 : -1]
                # "Cory James, 22, of Flint, Mich., said": a state after a city is part
                # of the description; the speaker stands before an earlier comma
                if (
                    len(appositive) == 1
                    and bare_word(appositive[0][2]) in US_STATES
                    and k > 0
                    and is_capitalised(toks[k - 1][2])
                ):
                    earlier = next(
                        (j for j in range(k - 1, max(-1, k - 40), -1) if toks[j][2] == ","), None
                    )
                    if earlier is not None:
                        appositive, k = toks[earlier + 1 : k], earlier
                    elif partial:
                        return _Tail.NEED_MORE
                if k > 1 and toks[k - 1][2].isdigit() and toks[k - 2][2] == ",":
                    k -= 2  # "Jim Smith, 45, a retiree from Dayton, said": an age
                toks = toks[:k]
                dropped = _drop_party_note(toks)  # "Sen. X (D-Mo.), who backs Y, said"
                if dropped is not None:
                    toks = dropped
                elif partial:
                    return _Tail.NEED_MORE
                break
        else:
            if partial and len(toks) < 40:
                return _Tail.NEED_MORE
            # "Kremlin spokesman Dmitry Peskov, speaking of ...", but not "The sanctions,
            # announced by ...": only a name may stand before a lone comma
            toks = toks[:-1]
            if not toks or not is_capitalised(toks[-1][2]):
                return None
        if appositive and all(is_capitalised(t[2]) for t in appositive):
            # "Another critic, Laurence H. Tribe, likened": the name is the appositive
            named = classify_phrase(text, appositive)
            if named is not None and named.head == "name":
                return named
        if partial and len(toks) < 2:
            return _Tail.NEED_MORE
    if toks and toks[-1][2].lower() in PRONOUNS:
        return pronoun_mention(text, toks[-1])
    # (a quantity ends in a quantifier, "percent" or a number: checked before the call)
    last = toks[-1][2].lower() if toks else ""
    quantity = (
        quantity_mention(text, toks)
        if last in active().words["quantifiers"] or last == "percent" or NUMBER.fullmatch(last)
        else None
    )
    if quantity is not None:
        if partial and quantity.span.start == toks[0][0]:
            return _Tail.NEED_MORE  # what stands before it decides
        return quantity  # "most said", "21 percent said": part of a group
    k = len(toks)
    while k > 0 and (
        is_phrase_word(toks[k - 1][2])
        # "de Gaulle said", "Theresa May said"
        or name_run_word(toks, k - 1)
    ):
        k -= 1
    for _ in range(2):  # "the four leaders": an article and a number
        if k > 0 and toks[k - 1][2].lower() in DETERMINERS:
            k -= 1
    if partial and k == 0:
        return _Tail.NEED_MORE
    while k < len(toks) and toks[k][2].lower() in CONNECTORS:
        k += 1
    phrase = toks[k:]
    loose = False
    if not phrase or (phrase[-1][2][:1].isupper() is False and len(phrase) == 1):
        if partial and len(toks) < 6:
            return _Tail.NEED_MORE
        loose_start = _loose_phrase_start(toks)
        if loose_start is not None:
            # "the announcer said", "his childhood friend told", not "through the streets"
            phrase, loose = toks[loose_start:], True
    if not phrase:
        return None if appositive else _past_adjunct(text, toks, partial)
    if len(phrase) > 1 and phrase[-1][2].lower() in PEOPLE_PRONOUNS:
        phrase = phrase[-1:]
    found = read_phrase(text, phrase, loose=loose)
    if found is None or not appositive:
        return found
    title, affiliation = appositive_parts(text, appositive)
    if title is None:
        return found
    return attrs.evolve(
        found, title=found.title or title, affiliation=found.affiliation or affiliation
    )


_ADJUNCT_OPENERS = frozenset({"in", "at", "during", "on", "after", "before", "from"})
_ADJUNCT_WORDS = 6  # tokens an adjunct between a speaker and a cue may run


def _past_adjunct(
    text: str, toks: list[tuple[int, int, str]], partial: bool
) -> Mention | Literal[_Tail.NEED_MORE] | None:
    """A name before a short adjunct that stands between it and the cue ("Sanders during
    a rally thanked", "Trump in his announcement speech called")."""
    for k in range(len(toks) - 1, max(-1, len(toks) - _ADJUNCT_WORDS - 1), -1):
        word = toks[k][2]
        if not word[:1].isalnum():
            return None  # a comma or a bracket: not one plain adjunct
        if word in _ADJUNCT_OPENERS:
            if k == len(toks) - 1:
                return None  # "on Twitter before claiming": no adjunct, a conjunction
            if k == 0:
                return _Tail.NEED_MORE if partial else None
            if not is_capitalised(toks[k - 1][2]):
                return None
            found = _read_before(text, toks[:k], partial)
            if found is _Tail.NEED_MORE:
                return found
            return found if found is not None and found.head == "name" else None
    return None

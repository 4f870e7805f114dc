"""Speaker phrases read in three set positions: the words between a quote and its cue
(:func:`mention_in_slot`), an appositive's title and affiliation (:func:`appositive_parts`),
and a quantity standing as a clause's subject (:func:`quantity_mention`).

Each reads tokens :mod:`.phrase_reader` has already cut and classifies them with it; the
position tells what may stand there, so each is looser or stricter than a phrase read
next to a cue.
"""

from __future__ import annotations

import re

import attrs

from ..lexicon.compiled import active
from ..lexicon.grammar_words import PREPOSITIONS
from ..lexicon.speaker_words import DETERMINERS
from ..models import SpeakerKind
from .phrase_reader import (
    CLAUSE_OPENERS,
    Mention,
    Offsets,
    classify_phrase,
    in_table,
    is_capitalised,
    org_label,
    phrase_tokens,
)

__all__ = ["NUMBER", "appositive_parts", "mention_in_slot", "quantity_mention"]

_SLOT_MAX = 10  # tokens a speaker phrase between a quote and its cue may run
_SLOT_CUTS = PREPOSITIONS - {"of"}  # "a staffer in the room": the phrase ends before "in"
_COUNTS = frozenset({"two", "three", "four", "five", "six", "both"})  # "the two write"


def mention_in_slot(text: str, start: int, end: int) -> Mention | None:
    """The speaker phrase that fills ``text[start:end]``, the words between a quote and
    its cue ('"...," an angry Hollande retaliated'): the position already says a speaker
    stands there, so describing words may precede a name and a phrase after a
    preposition is dropped ("a spokesman for committee Democrats").

    >>> t = "a Democratic staffer in the room"
    >>> m = mention_in_slot(t, 0, len(t))
    >>> m.text, m.head
    ('a Democratic staffer', 'anonymous')
    """
    toks = phrase_tokens(text, start, end)
    if not toks or len(toks) > _SLOT_MAX or not toks[0][2][:1].isalnum():
        return None
    cut = next((k for k in range(1, len(toks)) if toks[k][2] in _SLOT_CUTS), len(toks))
    toks = toks[:cut]
    if any(not t[2][:1].isalnum() for t in toks):
        return None  # a comma or a bracket: an appositive or an aside, read elsewhere
    if len(toks) == 2 and toks[0][2].lower() == "the" and toks[1][2].lower() in _COUNTS:
        span = Offsets(toks[0][0], toks[1][1])
        label = text[span.start : span.end]
        return Mention(span, label, label, "group", SpeakerKind.GROUP, noun=toks[1][2].lower())
    found = classify_phrase(text, toks, loose=True)
    if found is None or found.head == "pronoun":
        return None
    if found.title and not any(in_table("titles", w) for w in found.title.split()):
        return attrs.evolve(found, title=None)  # "an angry Brandt": a mood, not a title
    return found


def appositive_parts(text: str, toks: list[tuple[int, int, str]]) -> tuple[str | None, str | None]:
    """Title and affiliation from "director of X at the Y Institute" style phrases."""
    if not toks:
        return None, None
    words = [t[2] for t in toks]
    first = 1 if words[0].lower() in DETERMINERS else 0
    tables = active().words
    if first >= len(words) or not (
        words[first].lower() in tables["titles"] or words[first].lower() in tables["role_nouns"]
    ):
        return None, None
    cut = len(toks)
    affiliation: str | None = None
    for k, w in enumerate(words):
        if w in {"at", "of", "for"} and k > first:
            j = k + 1
            if j < len(words) and words[j].lower() == "the":
                j += 1
            run = j
            while run < len(words) and (
                is_capitalised(words[run]) or words[run] in {"of", "&", "and"}
            ):
                run += 1
            if run > j and (w == "at" or org_label(words[j:run])):
                affiliation = " ".join(words[j:run])
                if w == "at":
                    cut = k
                break
    title_toks = toks[first:cut]
    if affiliation is None:
        stop = next((i for i, t in enumerate(title_toks) if t[2] == ","), len(title_toks))
        title_toks = title_toks[:stop]
    if not title_toks:
        return None, affiliation
    return text[title_toks[0][0] : title_toks[-1][1]], affiliation


# What may stand before a quantity that opens a clause ("to which 21 percent said").
_BEFORE_QUANTITY = CLAUSE_OPENERS | {"which", "about", "roughly", "nearly", "almost", "only"}
NUMBER = re.compile(r"\d[\d,.]*|one|two|three|four|five|six|seven|eight|nine|ten")  # a count


def quantity_mention(text: str, toks: list[tuple[int, int, str]]) -> Mention | None:
    """A quantity opening a clause as its subject, part of a group already named:
    "Several", "most", "Another", "21 percent", "About four in 10" (the tokens
    before a cue, which must end with the quantity).

    >>> t = "About four in 10"
    >>> quantity_mention(t, phrase_tokens(t, 0, len(t))).text
    'four in 10'
    """
    if not toks:
        return None
    last = toks[-1][2].lower()
    k = len(toks) - 1
    if last in active().words["quantifiers"]:
        pass
    elif last == "percent" and k > 0 and NUMBER.fullmatch(toks[k - 1][2].lower()):
        k -= 1  # "21 percent"
    elif (
        k > 1
        and NUMBER.fullmatch(last)
        and toks[k - 1][2] in ("in", "of")
        and NUMBER.fullmatch(toks[k - 2][2].lower())
    ):
        k -= 2  # "four in 10", "nine of 10"
    else:
        return None
    if k > 0 and toks[k - 1][2].lower() not in _BEFORE_QUANTITY:
        return None  # "the last several", "Trump's 40 percent": not a clause's subject
    span = Offsets(toks[k][0], toks[-1][1])
    raw = text[span.start : span.end]
    kind = SpeakerKind.PERSON if last in ("another", "one") else SpeakerKind.GROUP
    return Mention(span, raw, raw, "group", kind, noun=last)

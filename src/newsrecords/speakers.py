"""Speaker mentions: recognise the phrase that names a speaker, and resolve it.

A mention is read from the words next to a cue, in either direction ("White House press
secretary Jen Psaki said", "said the senior administration official"), and split into a
name, a title and an affiliation. :mod:`._speaker_book` then resolves pronouns, surnames,
"Mr Biden" and role nouns ("the senator") to a full speaker seen earlier in the article.
"""

from __future__ import annotations

import enum
import re
from typing import Literal, NamedTuple

import attrs

from ._speaker_words import (
    BARE_NOUNS,
    DETERMINERS,
    FUNCTION_CAPS,
    LOOSE_DETERMINERS,
    MODIFIER_ONLY,
    NOT_SPEAKERS,
    PHRASE_NOUNS,
    PRONOUNS_GROUP,
    PRONOUNS_PERSON,
    PRONOUNS_THING,
    SKIPPABLE_BEFORE_CUE,
    WEEKDAYS,
    WORDS,
    register_speaker_words,
)
from .models import SpeakerKind

__all__ = ["Mention", "Offsets", "mention_after", "mention_before", "register_speaker_words"]

_TOKEN = re.compile(
    r"""
    [^\W_][\w.'&-]*              # a word (any script: "García"), inner dots, apostrophes
    | [,:;()]                     # punctuation that bounds a phrase
    """,
    re.VERBOSE,
)
_WINDOW = 110  # how far back from a cue a speaker phrase may start, in characters
_WINDOW_AFTER = 200  # how far a phrase after a cue may run, appositive included
_CONNECTORS = frozenset({"of", "for", "and", "&"})
_PRONOUNS = PRONOUNS_PERSON | PRONOUNS_GROUP | PRONOUNS_THING
_PEOPLE_PRONOUNS = PRONOUNS_PERSON | PRONOUNS_GROUP
_PRONOUN_KINDS = {
    **dict.fromkeys(PRONOUNS_GROUP, SpeakerKind.GROUP),
    **dict.fromkeys(PRONOUNS_PERSON, SpeakerKind.PERSON),
}
# (unions and differences of fixed tables built once, not on every call)
_LEADING_FUNCTION_WORDS = FUNCTION_CAPS - DETERMINERS  # dropped before a phrase
_LOOSE_OPENERS = LOOSE_DETERMINERS | {"one", "another"}
# What may stand before a loosely read speaker phrase: a clause boundary.
_CLAUSE_OPENERS = frozenset(
    {",", ";", ":", "(", "and", "but", "that", "while", "when", "as", "because", "so", "yet"}
)
_LOOSE_NOUN = re.compile(r"[a-z0-9]+(?:-[a-z0-9]+)*")  # "announcer", "43-year-old"


class Offsets(NamedTuple):
    """Where a mention stands, as plain offsets: the public ``Span`` (a validated model,
    many times dearer to build) is made only for the records that are returned."""

    start: int
    end: int

    def slice(self, text: str) -> str:
        """The part of ``text`` these offsets cover (as :meth:`Span.slice`).

        >>> Offsets(5, 9).slice("said Cruz")
        'Cruz'
        """
        return text[self.start : self.end]


@attrs.frozen(slots=True)
class Mention:
    """A speaker phrase as written, with what it says about the speaker."""

    span: Offsets
    text: str
    name: str | None  # a proper name ("Jen Psaki", "Psaki"), None for pronouns and roles
    head: str  # "pronoun", "name", "organization", "role", "anonymous", "group", "document"
    kind: SpeakerKind
    title: str | None = None
    affiliation: str | None = None
    noun: str | None = None  # the head noun of a role/anonymous/group/document phrase


def _tokens(text: str, start: int, end: int) -> list[tuple[int, int, str]]:
    out: list[tuple[int, int, str]] = []
    for m in _TOKEN.finditer(text, start, end):
        word = m[0]
        if "'" in word and word.split("'")[0].lower() in _PRONOUNS:
            # "He's claiming": the pronoun, without the contracted verb
            head = word.split("'")[0]
            out.append((m.start(), m.start() + len(head), head))
        elif word[-1] == "." and len(word) > 4 and "." not in word[:-1]:
            out.append((m.start(), m.end() - 1, word[:-1]))  # a full stop, not "Sen."
        else:
            out.append((m.start(), m.end(), word))
    return out


_PIECE = 48  # characters per piece of a lazily read window (then up to the next space)


class _LazyTokens:
    """The tokens of ``text[start:end]``, read piece by piece only as far as a reader
    asks. Pieces are cut at a space, which no token spans, so together they give exactly
    the tokens of the whole window; a phrase after a cue is mostly a few words long."""

    __slots__ = ("_end", "_pos", "_text", "toks")

    def __init__(self, text: str, start: int, end: int) -> None:
        self._text, self._pos, self._end = text, start, end
        self.toks: list[tuple[int, int, str]] = []

    def has(self, i: int) -> bool:
        """True when the window has an ``i``-th token (reading on as needed)."""
        while len(self.toks) <= i and self._pos < self._end:
            cut = self._text.find(" ", self._pos + _PIECE, self._end)
            cut = self._end if cut < 0 else cut
            self.toks.extend(_tokens(self._text, self._pos, cut))
            self._pos = cut
        return i < len(self.toks)

    def all(self) -> list[tuple[int, int, str]]:
        self.has(self._end - self._pos + len(self.toks))  # more tokens than characters left
        return self.toks


def _bare(word: str) -> str:
    """A word lower-cased without its final full stops, for table look-ups.

    >>> _bare("Sen.")
    'sen'
    """
    return word.lower().rstrip(".")


def _in(table: str, word: str) -> bool:
    """Table membership with or without a trailing full stop ("Sen." / "sen")."""
    low = word.lower()
    entries = WORDS[table]
    return low in entries or low.rstrip(".") in entries or low + "." in entries


def _is_cap(word: str) -> bool:
    return word[:1].isupper() and word.lower().rstrip(".") not in FUNCTION_CAPS


def _phrase_word(word: str) -> bool:
    """Could this word sit inside a speaker phrase (names, titles, role words)?"""
    low = word.lower()
    if word[:1].isupper() and low.rstrip(".") not in FUNCTION_CAPS:
        return True  # a capitalised word (as _is_cap)
    return word.endswith("'s") or low in PHRASE_NOUNS or low in _CONNECTORS


def _org_label(words: list[str]) -> str | None:
    """An organisation name at the start of a capitalised run ("White House press ...")."""
    caps: list[str] = []
    for w in words:
        if not w[:1].isupper():
            break
        caps.append(w)
    while caps:
        label = " ".join(caps)
        low = label.lower()
        if low in WORDS["organizations"] or _bare(caps[-1]) in WORDS["organization_heads"]:
            return label
        caps.pop()
    return None


def _pronoun(text: str, tok: tuple[int, int, str]) -> Mention:
    """A lone pronoun as a mention (what :func:`_classify` reads it as, read directly)."""
    low = tok[2].lower()
    kind = _PRONOUN_KINDS.get(low, SpeakerKind.ORGANIZATION)  # "it": a body or a thing
    return Mention(Offsets(tok[0], tok[1]), text[tok[0] : tok[1]], None, "pronoun", kind, noun=low)


def _classify(
    text: str, toks: list[tuple[int, int, str]], *, loose: bool = False
) -> Mention | None:
    """Read a phrase (its tokens, determiner included) as a speaker mention; ``loose``
    accepts an unknown noun after a determiner ("the announcer said")."""
    pronoun = len(toks) == 1 and toks[0][2].lower() in _PRONOUNS
    while toks and not pronoun and _bare(toks[0][2]) in _LEADING_FUNCTION_WORDS:
        toks = toks[1:]
    while toks and toks[-1][2].lower() in _CONNECTORS:
        toks = toks[:-1]
    if not toks:
        return None
    if len(toks) == 1 and toks[0][2].lower() in _PRONOUNS:
        return _pronoun(text, toks[0])
    span = Offsets(toks[0][0], toks[-1][1])
    words = [t[2] for t in toks]
    raw = text[span.start : span.end]
    det = words[0].lower() in DETERMINERS
    body = words[1:] if det else words
    if not body:
        return None
    if len(body) == 1 and body[0].lower() in BARE_NOUNS:
        body = [body[0].lower()]  # "Critics said", "Officials say": a sentence-initial noun
    if len(body) == 1 and len(body[0]) > 4 and body[0].isupper():
        return None  # "WASHINGTON (AP)", "VIDEO": a dateline or a label, not a speaker
    if _is_cap(body[-1]):
        whole = " ".join(body)
        if whole.lower() in WORDS["organizations"] or (
            _bare(body[-1]) in WORDS["organization_heads"]
            and not any(_in("honorifics", b) for b in body[:-1])
        ):
            return Mention(span, raw, whole, "organization", SpeakerKind.ORGANIZATION)
        k = len(body)
        while (
            k > 0
            and _is_cap(body[k - 1])
            and not _in("honorifics", body[k - 1])
            and not (k < len(body) and _in("titles", body[k - 1]))  # "Lawyer Ben Ortiz"
            and not (k > 1 and body[k - 2].lower() == "of")  # "Secretary of State"
            and not body[k - 1].lower().endswith("'s")  # "NBC's Dante Chinni"
        ):
            k -= 1
        if k == len(body) and len(body) > 1 and _bare(body[-2]) in {"mr", "ms", "mrs", "dr"}:
            k -= 1  # "Mr. King": the name may look like a title
        name_words = body[k:]
        if not name_words and det:
            # "one New Hampshire Democrat": a person described, not named
            return Mention(
                span, raw, " ".join(body), "role", SpeakerKind.PERSON, noun=body[-1].lower()
            )
        if not name_words or any(w.lower().endswith(("'s", "s'")) for w in name_words):
            return None
        title_words = body[:k]
        title = " ".join(title_words) or None
        if title and all(_bare(w) in {"mr", "ms", "mrs", "dr"} for w in title_words):
            title = None
        affiliation = _org_label(title_words) if title_words else None
        if det and not title:
            # "the IMF said": a body named with an article
            return Mention(
                span, raw, " ".join(name_words), "organization", SpeakerKind.ORGANIZATION
            )
        return Mention(
            span, raw, " ".join(name_words), "name", SpeakerKind.PERSON, title, affiliation
        )
    noun = body[-1].lower()
    label = raw if len(body) == 1 and not det else " ".join(body)
    affiliation = _org_label(body)
    for table, head, kind in (
        ("document_nouns", "document", SpeakerKind.DOCUMENT),
        ("anonymous_nouns", "anonymous", SpeakerKind.ANONYMOUS),
        ("group_nouns", "group", SpeakerKind.GROUP),
        ("role_nouns", "role", SpeakerKind.PERSON),
    ):
        if noun in WORDS[table]:
            if head == "role" and not det and len(body) == 1:
                return None
            return Mention(span, raw, label, head, kind, None, affiliation, noun)
    if noun in WORDS["organization_heads"] and det:
        return Mention(span, raw, label, "organization", SpeakerKind.ORGANIZATION, noun=noun)
    if (
        (loose or body[-1] in WORDS["titles"])
        and det
        and _LOOSE_NOUN.fullmatch(noun)
        and noun not in NOT_SPEAKERS
        and noun not in MODIFIER_ONLY
    ):
        return Mention(span, raw, label, "role", SpeakerKind.PERSON, None, affiliation, noun)
    return None


def _loose_phrase_start(toks: list[tuple[int, int, str]]) -> int | None:
    """Where "DET word word NOUN" ends the tokens (up to three words after a determiner,
    the last one lower-case), unless a preposition comes before the determiner."""
    for size in (2, 3, 4):
        d = len(toks) - size
        if d < 0:
            return None
        words = [t[2] for t in toks[d + 1 :]]
        if any(
            not w.islower() or w in FUNCTION_CAPS or (w.endswith("ed") and w != words[-1])
            for w in words
        ):
            return None  # only lower-case describing words: "his childhood friend"
        if toks[d][2].lower() in _LOOSE_OPENERS:
            if d > 0 and toks[d - 1][2].lower() not in _CLAUSE_OPENERS:
                return None  # the phrase must open a clause, not follow a verb or preposition
            return d if words[-1][:1].islower() else None
    return None


_TAIL = 45  # characters read first before a cue; the rest of the window only when needed


class _Tail(enum.Enum):  # an enum member, which the type checker tells from a mention
    NEED_MORE = "the tokens before the tail could change the reading"


def mention_before(text: str, start: int, end: int) -> Mention | None:
    """The speaker phrase that ends ``text[start:end]`` (the words before a cue).

    >>> m = mention_before("Secretary of State Antony Blinken on Friday", 0, 43)
    >>> m.name, m.title
    ('Antony Blinken', 'Secretary of State')
    """
    lo = max(start, end - _WINDOW)
    # Most phrases are a few words long: read the window's tail first (cut at a space, which
    # no token spans, so its tokens are the window's last ones), the rest only when needed.
    cut = text.rfind(" ", lo, end - _TAIL) if end - _TAIL > lo else -1
    if cut > lo:
        tail = _tokens(text, cut, end)
        found = _read_before(text, tail.copy(), True)
        if found is not _Tail.NEED_MORE:
            return found
        toks = _tokens(text, lo, cut) + tail
    else:
        toks = _tokens(text, lo, end)
    whole = _read_before(text, toks, False)
    return None if whole is _Tail.NEED_MORE else whole  # (read whole, it never asks for more)


def _read_before(
    text: str, toks: list[tuple[int, int, str]], partial: bool
) -> Mention | Literal[_Tail.NEED_MORE] | None:
    """:func:`mention_before` on the window's tokens; ``partial``: only its last tokens are
    given, so answer ``NEED_MORE`` where a step runs out of them (a comma is looked for 40
    tokens back, a parenthesis 7, a loose phrase reads 6, the phrase walk to the first)."""
    # drop adverbs and time words between the speaker and the cue
    while toks:
        low = toks[-1][2].lower()
        if (
            low in SKIPPABLE_BEFORE_CUE
            or low in WEEKDAYS
            or (low.endswith("ly") and len(low) > 4 and toks[-1][2].islower())
        ):  # "Kelly said": a name, not an adverb
            toks.pop()
            if toks and toks[-1][2].lower() in {"on", "last"}:
                toks.pop()
            continue
        break
    if partial and len(toks) < 2:
        return _Tail.NEED_MORE
    if len(toks) > 1 and toks[-1][2] == "," and toks[-2][2] == ")":
        toks.pop()  # "Gov. John Kasich (R-OH), said"
    if toks and toks[-1][2] == ")":
        # "Rep. John Mica (R-Fla.) said": skip the party-and-state note
        opener = next(
            (k for k in range(len(toks) - 2, max(-1, len(toks) - 8), -1) if toks[k][2] == "("), None
        )
        if opener is not None:
            toks = toks[:opener]
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
                toks = toks[:k]
                break
        else:
            if partial and len(toks) < 40:
                return _Tail.NEED_MORE
            # "Kremlin spokesman Dmitry Peskov, speaking of ...", but not "The sanctions,
            # announced by ...": only a name may stand before a lone comma
            toks = toks[:-1]
            if not toks or not _is_cap(toks[-1][2]):
                return None
        if appositive and all(_is_cap(t[2]) for t in appositive):
            # "Another critic, Laurence H. Tribe, likened": the name is the appositive
            named = _classify(text, appositive)
            if named is not None and named.head == "name":
                return named
        if partial and len(toks) < 2:
            return _Tail.NEED_MORE
    if toks and toks[-1][2].lower() in _PRONOUNS:
        return _pronoun(text, toks[-1])
    k = len(toks)
    while k > 0 and _phrase_word(toks[k - 1][2]):
        k -= 1
    for _ in range(2):  # "the four leaders": an article and a number
        if k > 0 and toks[k - 1][2].lower() in DETERMINERS:
            k -= 1
    if partial and k == 0:
        return _Tail.NEED_MORE
    while k < len(toks) and toks[k][2].lower() in _CONNECTORS:
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
        return None
    if len(phrase) > 1 and phrase[-1][2].lower() in _PEOPLE_PRONOUNS:
        phrase = phrase[-1:]
    found = _classify(text, phrase, loose=loose)
    if found is None or not appositive:
        return found
    title, affiliation = _appositive(text, appositive)
    if title is None:
        return found
    return attrs.evolve(
        found, title=found.title or title, affiliation=found.affiliation or affiliation
    )


def _appositive(text: str, toks: list[tuple[int, int, str]]) -> tuple[str | None, str | None]:
    """Title and affiliation from "director of X at the Y Institute" style phrases."""
    if not toks:
        return None, None
    words = [t[2] for t in toks]
    first = 1 if words[0].lower() in DETERMINERS else 0
    if first >= len(words) or not (
        words[first].lower() in WORDS["titles"]
        or words[first].lower() in WORDS["role_nouns"]
        or words[first].lower() in {"retired", "former", "senior", "chief", "deputy"}
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
            while run < len(words) and (_is_cap(words[run]) or words[run] in {"of", "&", "and"}):
                run += 1
            if run > j and (w == "at" or _org_label(words[j:run])):
                affiliation = " ".join(words[j:run])
                if w == "at":
                    cut = k
                break
        if w == "," and affiliation is None and cut == len(toks):
            pass
    title_toks = toks[first:cut]
    if affiliation is None:
        stop = next((i for i, t in enumerate(title_toks) if t[2] == ","), len(title_toks))
        title_toks = title_toks[:stop]
    if not title_toks:
        return None, affiliation
    return text[title_toks[0][0] : title_toks[-1][1]], affiliation


def mention_after(text: str, start: int, end: int) -> Mention | None:
    """The speaker phrase that opens ``text[start:end]`` (after an inverted cue).

    >>> t = "Michael Shoebridge, director of defense at the Australian Strategic Policy Institute."
    >>> m = mention_after(t, 0, len(t))
    >>> m.name, m.title, m.affiliation
    ('Michael Shoebridge', 'director of defense', 'Australian Strategic Policy Institute')
    """
    window = _LazyTokens(text, start, min(end, start + _WINDOW_AFTER))
    has, toks = window.has, window.toks  # toks grows as has() reads on
    if has(0) and toks[0][2].lower() in _PRONOUNS:
        return _pronoun(text, toks[0])
    k = 0
    while k < 2 and has(k) and toks[k][2].lower() in DETERMINERS:
        k += 1  # "the four leaders": an article and a number
    while has(k) and _phrase_word(toks[k][2]) and toks[k][2].lower() not in {"and"}:
        k += 1
    loose = False
    if (
        k == 1
        and has(1)
        and toks[0][2].lower() in DETERMINERS
        and (not has(2) or toks[2][2] in {",", ":", ";"})
    ):
        k, loose = 2, True  # '," said the 46-year-old.': a word we have no table for
    if k == 0:
        return None
    found = _classify(text, toks[:k], loose=loose)
    if found is None:
        return None
    if has(k) and toks[k][2] == ",":
        rest = window.all()[k + 1 :]
        stop = next((i for i, t in enumerate(rest) if t[2] in {";", ":", "("}), len(rest))
        title, affiliation = _appositive(text, rest[:stop])
        if title is not None:
            found = attrs.evolve(
                found, title=found.title or title, affiliation=found.affiliation or affiliation
            )
    return found

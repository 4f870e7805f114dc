"""Speaker phrases: the tokens of a phrase next to a cue, and what the phrase says.

:func:`classify_phrase` reads a run of tokens as a :class:`Mention` (a name with its title and
affiliation, a role, a group, a document, a pronoun); :mod:`.phrases` finds the runs
next to a cue and :mod:`.mentions` reads them loosely where the position already
says a speaker stands there. Split from :mod:`.phrases`; every step is a walk over a
bounded window of tokens.
"""

from __future__ import annotations

import re
from typing import NamedTuple

import attrs

from ..lexicon.compiled import active
from ..lexicon.speaker_words import (
    DETERMINERS,
    FUNCTION_CAPS,
    LOOSE_DETERMINERS,
    MODIFIER_ONLY,
    NOT_SPEAKERS,
    PERSON_NOUN_ENDINGS,
    PLAIN_HONORIFICS,
    PRONOUNS_GROUP,
    PRONOUNS_PERSON,
    PRONOUNS_THING,
)
from ..models import SpeakerKind
from .names import given_then_surname, is_name_particle, is_possessive, is_suffix, run_on_stop
from .org_of import head_of_name, owned_organization

__all__ = [
    "CLAUSE_OPENERS",
    "CONNECTORS",
    "EMPLOYER_LINKS",
    "LOOSE_NOUN",
    "LOOSE_OPENERS",
    "PEOPLE_PRONOUNS",
    "PRONOUNS",
    "RELATIVES",
    "WINDOW",
    "WINDOW_AFTER",
    "Mention",
    "Offsets",
    "bare_word",
    "classify_phrase",
    "in_table",
    "is_capitalised",
    "is_phrase_word",
    "org_label",
    "person_noun",
    "phrase_tokens",
    "pronoun_mention",
    "read_phrase",
]

_TOKEN = re.compile(
    r"""
    [^\W_][\w.'&\x80-\xbf\u0300-\u036f-]*  # a word (any script: "García"), inner dots,
                                  # apostrophes, combining accents ("Garci\u0301a") and the
                                  # stray Latin-1 signs of UTF-8 read as Latin-1 ("JosÃ©")
    | [,:;()]                     # punctuation that bounds a phrase
    """,
    re.VERBOSE,
)
WINDOW = 110  # how far back from a cue a speaker phrase may start, in characters
WINDOW_AFTER = 200  # how far a phrase after a cue may run, appositive included
CONNECTORS = frozenset({"of", "for", "and", "&"})
PRONOUNS = PRONOUNS_PERSON | PRONOUNS_GROUP | PRONOUNS_THING
PEOPLE_PRONOUNS = PRONOUNS_PERSON | PRONOUNS_GROUP
_PRONOUN_KINDS = {
    **dict.fromkeys(PRONOUNS_GROUP, SpeakerKind.GROUP),
    **dict.fromkeys(PRONOUNS_PERSON, SpeakerKind.PERSON),
}
# (unions and differences of fixed tables built once, not on every call)
_LEADING_FUNCTION_WORDS = FUNCTION_CAPS - DETERMINERS  # dropped before a phrase
LOOSE_OPENERS = LOOSE_DETERMINERS | {"one", "another"}
# What may stand before a loosely read speaker phrase: a clause boundary.
CLAUSE_OPENERS = frozenset(
    {",", ";", ":", "(", "and", "but", "that", "while", "when", "as", "because", "so", "yet"}
)
# Prepositions after a role noun that name whom the person works for ("a spokesman for X").
EMPLOYER_LINKS = frozenset({"for", "to"})
RELATIVES = frozenset({"who", "which"})  # relative pronouns that open a speaker's clause
LOOSE_NOUN = re.compile(r"[a-z0-9]+(?:-[a-z0-9]+)*")  # "announcer", "43-year-old"


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


def phrase_tokens(text: str, start: int, end: int) -> list[tuple[int, int, str]]:
    """The words and bounding punctuation of ``text[start:end]`` as (start, end, word): a
    contracted pronoun keeps only the pronoun ("He's" -> "He"), and a sentence's full stop
    is dropped from a word, never an abbreviation's ("Sen.")."""
    out: list[tuple[int, int, str]] = []
    for m in _TOKEN.finditer(text, start, end):
        word = m[0]
        if "." in word[:-1] and (stop := run_on_stop(word)) > 0:
            # "Sanders.Voters": a sentence ends inside the token, and its stop bounds a phrase
            at = m.start() + stop
            out += phrase_tokens(text, m.start(), at)
            out += [(at, at + 1, "."), *phrase_tokens(text, at + 1, m.end())]
        elif "'" in word and word.split("'")[0].lower() in PRONOUNS:
            # "He's claiming": the pronoun, without the contracted verb
            head = word.split("'")[0]
            out.append((m.start(), m.start() + len(head), head))
        elif (
            word[-1] == "."
            and "." not in word[:-1]
            and (len(word) > 4 or _short_surname(out, word))
        ):
            out.append((m.start(), m.end() - 1, word[:-1]))  # a full stop, not "Sen."
        else:
            out.append((m.start(), m.end(), word))
    return out


def _short_surname(before: list[tuple[int, int, str]], word: str) -> bool:
    """A short word with a full stop after a known given name is a surname ending a
    sentence ("said Jim Lee.", "said Theresa May."), not an abbreviation like "Jr.".

    >>> _short_surname([(0, 3, "Jim")], "Lee."), _short_surname([(0, 3, "Jim")], "Jr.")
    (True, False)
    >>> _short_surname([(0, 4, "John")], "F.")
    False
    """
    return (
        bool(before)
        and len(word) > 3  # not an initial: "John F. Kerry"
        and not is_suffix(word)
        and not in_table("honorifics", word)
        and given_then_surname(before[-1][2], word)
    )


def person_noun(word: str) -> bool:
    """A lower-case noun with an ending only person nouns have ("employee"; not a body's
    "committee")."""
    return (
        word.islower()
        and word.endswith(PERSON_NOUN_ENDINGS)
        and word not in active().words["organization_heads"]
    )


def bare_word(word: str) -> str:
    """A word lower-cased without its final full stops, for table look-ups.

    >>> bare_word("Sen.")
    'sen'
    """
    return word.lower().rstrip(".")


def in_table(table: str, word: str) -> bool:
    """Table membership with or without a trailing full stop ("Sen." / "sen")."""
    low = word.lower()
    entries = active().words[table]
    return low in entries or low.rstrip(".") in entries or low + "." in entries


def is_capitalised(word: str) -> bool:
    """A capitalised word that may belong to a name: not a function word that merely
    opens a sentence ("But", "However")."""
    if word[:1].islower():
        return "-" in word[:4] and is_name_particle(word)  # "al-Assad"
    return word[:1].isupper() and word.lower().rstrip(".") not in FUNCTION_CAPS


def is_phrase_word(word: str) -> bool:
    """Could this word sit inside a speaker phrase (names, titles, role words)?"""
    low = word.lower()
    if is_capitalised(word):
        return True
    return word.endswith("'s") or low in active().phrase_nouns or low in CONNECTORS


def org_label(words: list[str]) -> str | None:
    """An organisation name at the start of a capitalised run ("White House press ...")."""
    caps: list[str] = []
    for w in words:
        if not w[:1].isupper():
            break
        caps.append(w)
    tables = active().words
    while caps:
        label = " ".join(caps)
        if (
            label.lower() in tables["organizations"]
            or bare_word(caps[-1]) in tables["organization_heads"]
        ):
            return label
        caps.pop()
    return None


def pronoun_mention(text: str, tok: tuple[int, int, str]) -> Mention:
    """A lone pronoun as a mention (what :func:`classify_phrase` reads it as, read directly)."""
    low = tok[2].lower()
    kind = _PRONOUN_KINDS.get(low, SpeakerKind.ORGANIZATION)  # "it": a body or a thing
    return Mention(Offsets(tok[0], tok[1]), text[tok[0] : tok[1]], None, "pronoun", kind, noun=low)


def classify_phrase(
    text: str, toks: list[tuple[int, int, str]], *, loose: bool = False
) -> Mention | None:
    """Read a phrase (its tokens, determiner included) as a speaker mention; ``loose``
    accepts an unknown noun after a determiner ("the announcer said")."""
    tables = active().words
    pronoun = len(toks) == 1 and toks[0][2].lower() in PRONOUNS
    while toks and not pronoun and bare_word(toks[0][2]) in _LEADING_FUNCTION_WORDS:
        toks = toks[1:]
    while toks and toks[-1][2].lower() in CONNECTORS:
        toks = toks[:-1]
    if not toks:
        return None
    if len(toks) == 1 and toks[0][2].lower() in PRONOUNS:
        return pronoun_mention(text, toks[0])
    span = Offsets(toks[0][0], toks[-1][1])
    words = [t[2] for t in toks]
    raw = text[span.start : span.end]
    det = words[0].lower() in DETERMINERS
    body = words[1:] if det else words
    if not body:
        return None
    if len(body) == 1 and body[0].lower() in active().bare_nouns:
        body = [body[0].lower()]  # "Critics said", "Officials say": a sentence-initial noun
    if len(body) == 1 and len(body[0]) > 4 and body[0].isupper():
        return None  # "WASHINGTON (AP)", "VIDEO": a dateline or a label, not a speaker
    if is_capitalised(body[-1]) or (len(body) > 1 and given_then_surname(body[-2], body[-1])):
        whole = " ".join(body)
        owned = owned_organization(body)  # "Alexei Navalny's Anti-Corruption Foundation"
        if owned is not None:
            at = toks[len(words) - len(body) + owned][0]
            org = " ".join(body[owned:])
            return Mention(
                Offsets(at, span.end),
                text[at : span.end],
                org,
                "organization",
                SpeakerKind.ORGANIZATION,
            )
        if (
            whole.lower() in tables["organizations"]
            or (
                bare_word(body[-1]) in tables["organization_heads"]
                and not any(in_table("honorifics", b) for b in body[:-1])
            )
            or head_of_name(body)  # "Ministry of Foreign Affairs"
        ):
            return Mention(span, raw, whole, "organization", SpeakerKind.ORGANIZATION)
        k = len(body)
        while k > 0 and (
            (  # a particle inside a name: "Charles de Gaulle"
                k < len(body) and body[k - 1] in tables["name_particles"]
            )
            or (  # a surname that looks like a month or a modal: "Theresa May"
                k == len(body) and k > 1 and given_then_surname(body[k - 2], body[k - 1])
            )
            or (
                is_capitalised(body[k - 1])
                and not in_table("honorifics", body[k - 1])
                # "Lawyer Ben Ortiz", but "Martin Luther King Jr."
                and not (
                    k < len(body) and in_table("titles", body[k - 1]) and not is_suffix(body[k])
                )
                and not (k > 1 and body[k - 2].lower() == "of")  # "Secretary of State"
                and not is_possessive(body[k - 1].lower())  # "NBC's Dante Chinni"
            )
        ):
            k -= 1

        if k == len(body) and len(body) > 1 and bare_word(body[-2]) in PLAIN_HONORIFICS:
            k -= 1  # "Mr. King": the name may look like a title
        name_words = body[k:]
        if not name_words and det:
            # "one New Hampshire Democrat": a person described, not named
            return Mention(
                span, raw, " ".join(body), "role", SpeakerKind.PERSON, noun=body[-1].lower()
            )
        if not name_words or any(is_possessive(w.lower()) for w in name_words):
            return None
        title_words = body[:k]
        if (
            len(title_words) > 1
            and title_words[-1] in EMPLOYER_LINKS
            and title_words[-2].lower() in tables["role_nouns"]
        ):
            # "a spokesman for Platte River", "an adviser to Clinton": the name is whom
            # the person works for; the speaker is the person, a role
            noun, employer = title_words[-2].lower(), " ".join(name_words)
            label = " ".join(body)
            return Mention(span, raw, label, "role", SpeakerKind.PERSON, None, employer, noun)
        title = " ".join(title_words) or None
        if title and all(bare_word(w) in PLAIN_HONORIFICS for w in title_words):
            title = None
        affiliation = org_label(title_words) if title_words else None
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
    owned = not det  # (set below when an owner stands as the determiner)
    if not det and len(body) > 1 and is_possessive(body[-2].lower()):
        det = True  # "Trump's campaign manager": an owner stands as a determiner
    elif not det and len(body) > 2 and is_possessive(body[-3].lower()):
        det = True  # "Clinton's top aide", "the group's executive director"
    owned = owned and det
    affiliation = org_label(body)
    for table, head, kind in (
        ("document_nouns", "document", SpeakerKind.DOCUMENT),
        ("anonymous_nouns", "anonymous", SpeakerKind.ANONYMOUS),
        ("group_nouns", "group", SpeakerKind.GROUP),
        ("role_nouns", "role", SpeakerKind.PERSON),
    ):
        if noun in tables[table]:
            if head == "role" and not det and len(body) == 1:
                return None
            return Mention(span, raw, label, head, kind, None, affiliation, noun)
    if noun in tables["organization_heads"] and det:
        return Mention(span, raw, label, "organization", SpeakerKind.ORGANIZATION, noun=noun)
    if (
        (loose or body[-1] in tables["titles"] or (owned and person_noun(noun)))
        and det
        and LOOSE_NOUN.fullmatch(noun)
        and noun not in NOT_SPEAKERS
        and noun not in MODIFIER_ONLY
    ):
        return Mention(span, raw, label, "role", SpeakerKind.PERSON, None, affiliation, noun)
    return None


def name_of_place(text: str, toks: list[tuple[int, int, str]]) -> Mention | None:
    """A name followed by where its bearer is from ("Rep. Tom Cole of Oklahoma"): the
    name, when at least two capitalised words stand before "of" and the last is no title
    ("Secretary of State" and "Bank of America" stay whole)."""
    of = next((k for k in range(len(toks) - 2, 1, -1) if toks[k][2] == "of"), None)
    if (
        of is None
        or not all(is_capitalised(t[2]) for t in toks[of - 2 : of] + toks[of + 1 :])
        or in_table("titles", toks[of - 1][2])
    ):
        return None
    found = classify_phrase(text, toks[:of])
    return found if found is not None and found.head == "name" else None


def read_phrase(
    text: str, toks: list[tuple[int, int, str]], *, loose: bool = False
) -> Mention | None:
    """:func:`classify_phrase`, except that a person's full name before "of" and a place
    is the name ("Sen. Chuck Schumer of New York" is Chuck Schumer, not "York"); a phrase
    :func:`classify_phrase` cannot read may still be a name before its place.

    >>> t = "Sen. Tom Carper of New Mexico"
    >>> read_phrase(t, phrase_tokens(t, 0, len(t))).name
    'Tom Carper'
    """
    found = classify_phrase(text, toks, loose=loose)
    if found is None:
        return name_of_place(text, toks)
    if found.head != "name" or not found.name or " of " not in found.text:
        return found
    if found.name not in found.text[found.text.rindex(" of ") + 4 :]:
        return found  # the name stands before "of": "Supervisor of Elections Susan Bucher"
    named = name_of_place(text, toks)
    if named is None or named.name is None or " " not in named.name:
        return found  # a full name only: "Supervisor of Elections Susan Bucher" keeps Bucher
    return named

"""The shapes of the words in a personal name, as English-language news writes them.

A name is mostly capitalised words ("Mitch McConnell"), but it may hold initials ("G.K.
Butterfield", "George W. Bush"), lower-case particles ("Charles de Gaulle"), a hyphened
particle ("Bashar al-Assad") and a suffix ("Martin Luther King Jr."); a later mention may
give the surname alone or with its particle ("de Gaulle", "Van Hollen"). The word tables
are in :mod:`newsrecords.lexicon.speaker_words` ("name_particles", "name_suffixes"...),
which a :class:`~newsrecords.lexicon.Lexicon` may extend.
"""

from __future__ import annotations

import functools
import re
import unicodedata
from collections.abc import Set as AbstractSet

from ..lexicon.compiled import active
from ..lexicon.given_names import FEMALE_GIVEN_NAMES, MALE_GIVEN_NAMES
from ..lexicon.speaker_words import FUNCTION_CAPS, PLACE_WORDS, WEEKDAYS
from ..text.sentences import ABBREVIATIONS, PLACE_ABBREVIATIONS

__all__ = [
    "first_of_two_surnames",
    "full_name_pattern",
    "gender_of_given",
    "given_name_opening",
    "given_then_surname",
    "headline_names",
    "is_given_name",
    "is_name_particle",
    "is_possessive",
    "is_suffix",
    "name_keys",
    "name_run_word",
    "name_word",
    "opens_name",
    "repair_mojibake",
    "run_on_stop",
    "surname_of",
]

INITIALS = re.compile(r"(?:[A-Z]\.){1,2}")  # "W.", "G.K."
_HYPHENED = re.compile(r"([a-z]{1,3})-[A-Z]")  # "al-Assad": a particle joined by a hyphen
# A capital inside a word after a short prefix: "McConnell", "O'Rourke", "VandeHei".
_INNER_CAPITAL = re.compile(r"[A-Z]([a-z]{0,4}['\u2019]?)[A-Z]")


def is_possessive(word: str) -> bool:
    """A possessive written with a straight apostrophe ("NBC's", "senators'").

    >>> is_possessive("NBC's"), is_possessive("senators'"), is_possessive("NBC")
    (True, True, False)
    """
    return word.endswith(("'s", "s'"))


def is_initials(word: str) -> bool:
    """An initial or a pair of initials ("W.", "G.K."), not a place written so ("U.S.").

    >>> is_initials("W."), is_initials("G.K."), is_initials("U.S."), is_initials("Sen.")
    (True, True, False, False)
    """
    if not INITIALS.fullmatch(word):
        return False
    return word.lower().rstrip(".") not in active().words["place_initials"]


# A full stop that ends a sentence though no space follows it ("Bernie Sanders.Voters
# prefer ..."), which the sentence splitter, asking for a space, does not see.
_RUN_ON_STOP = re.compile(
    r"""
    (?<=[^\W\d_]{2})    # two letters before it: no initial ("G.K.", "U.S.")
    \.
    (?=[A-Z][a-z])      # a capitalised word right after it: not "Ph.D." nor "U.S.A."
    """,
    re.VERBOSE,
)


def run_on_stop(word: str) -> int:
    """Where a sentence ends inside one written word with no space after its full stop
    ("Sanders.Voters" -> 7), or -1: a name never runs across it. Initials ("G.K.
    Butterfield", "U.S."), abbreviations ("Sen.Warren", "Calif.") and a final stop ("Jr.")
    end no sentence here.

    >>> run_on_stop("Sanders.Voters"), run_on_stop("G.K."), run_on_stop("Sen.Warren")
    (7, -1, -1)
    >>> run_on_stop("U.S.Senate"), run_on_stop("Ph.D."), run_on_stop("Jr.")
    (-1, -1, -1)
    """
    for stop in _RUN_ON_STOP.finditer(word):
        before = word[: stop.start()].rsplit(".", 1)[-1].lstrip("\"'([")
        if before.lower() not in ABBREVIATIONS and before not in PLACE_ABBREVIATIONS:
            return stop.start()
    return -1


def gender_of_given(word: str) -> str | None:
    """The gender a given name tells ("m", "f"), or None when the tables do not know it:
    the hand tables first (users extend them), then the census-style lists.

    >>> gender_of_given("Theresa"), gender_of_given("Psaki")
    ('f', None)
    """
    given, words = word.lower(), active().words
    if given in words["male_names"]:
        return "m"
    if given in words["female_names"]:
        return "f"
    return "m" if given in MALE_GIVEN_NAMES else "f" if given in FEMALE_GIVEN_NAMES else None


def is_given_name(word: str) -> bool:
    """A given name the tables know ("Theresa"), so that the capitalised word after it is
    a surname even when it looks like a month, a modal or a title ("Theresa May", "Larry
    King").

    >>> is_given_name("Theresa"), is_given_name("Psaki")
    (True, False)
    """
    return gender_of_given(word) is not None


def given_then_surname(given: str, word: str) -> bool:
    """Whether capitalised ``word`` after ``given`` is a surname ("Theresa May").

    >>> given_then_surname("Theresa", "May"), given_then_surname("Theresa", "may")
    (True, False)
    """
    return word[:1].isupper() and is_given_name(given)


def name_run_word(toks: list[tuple[int, int, str]], k: int) -> bool:
    """Whether token ``k`` continues a name though it is no phrase word: a particle before
    a capitalised word ("de Gaulle"), or a capitalised word after a known given name
    ("Theresa May", where "May" looks like a month or a modal).

    >>> toks = [(0, 7, "Charles"), (8, 10, "de"), (11, 17, "Gaulle")]
    >>> name_run_word(toks, 1), name_run_word(toks, 2)
    (True, False)
    """
    word = toks[k][2]
    if word in active().words["name_particles"]:
        return k + 1 < len(toks) and toks[k + 1][2][:1].isupper()
    return k > 0 and given_then_surname(toks[k - 1][2], word)


def is_name_particle(word: str) -> bool:
    """A lower-case word that stands inside a name ("de", "van", "bin"), or a particle
    joined to a surname by a hyphen ("al-Assad").

    >>> is_name_particle("de"), is_name_particle("al-Assad"), is_name_particle("and")
    (True, True, False)
    """
    if word in active().words["name_particles"]:
        return True
    hyphened = _HYPHENED.match(word)
    return hyphened is not None and hyphened[1] in active().words["name_hyphen_particles"]


def is_suffix(word: str) -> bool:
    """A suffix after a surname ("Jr.", "III").

    >>> is_suffix("Jr."), is_suffix("III"), is_suffix("Smith")
    (True, True, False)
    """
    return word.lower() in active().words["name_suffixes"] and word[:1].isupper()


def known_inner_capital(word: str) -> bool:
    """Whether a word's capitals are those of a name: none inside it, or one after a known
    prefix ("McConnell", "O'Rourke", "DeSantis"), not a brand's ("YouTube", "WikiLeaks").

    >>> [known_inner_capital(w) for w in ("Psaki", "McConnell", "O'Rourke", "YouTube")]
    [True, True, True, False]
    """
    inner = _INNER_CAPITAL.match(word)
    if inner is None:
        return True
    return (word[0] + inner[1]).lower() in active().words["name_prefixes"]


def surname_of(name: str) -> str:
    """The surname that ends a full name, its suffix left out.

    >>> surname_of("Martin Luther King Jr."), surname_of("Bashar al-Assad")
    ('King', 'Assad')
    """
    words = name.split()
    while len(words) > 1 and is_suffix(words[-1]):
        words.pop()
    last = words[-1] if words else name
    hyphened = _HYPHENED.match(last)
    if hyphened is not None and hyphened[1] in active().words["name_hyphen_particles"]:
        return last[len(hyphened[1]) + 1 :]
    return last


def name_keys(name: str) -> list[str]:
    """The short forms by which a later mention may give a full name: its surname, and
    each run of its last words that starts with a capitalised word or a particle ("Van
    Hollen", "de Gaulle", "Wasserman Schultz"), suffixes left out.

    >>> name_keys("Charles de Gaulle"), name_keys("Robert F. Kennedy Jr.")
    (['Gaulle', 'de Gaulle', 'De Gaulle'], ['Kennedy'])
    >>> name_keys("Bashar al-Assad")
    ['Assad', 'al-Assad']
    """
    words = name.split()
    while len(words) > 1 and is_suffix(words[-1]):
        words.pop()
    keys = [surname_of(words[-1])]
    if keys[0] != words[-1]:
        keys.append(words[-1])
    for k in range(len(words) - 2, 0, -1):
        if is_initials(words[k]):
            break
        keys.append(" ".join(words[k:]))
        if words[k][:1].islower():  # "De Blasio said": a sentence opens with the particle
            keys.append(words[k][:1].upper() + keys[-1][1:])
    return keys


def first_of_two_surnames(name: str) -> str | None:
    """The first of two surnames after known given names ("Melba Acosta Febo" -> "Acosta",
    the Spanish and Portuguese paternal surname a later mention may give alone); none when
    a word is an initial, a particle or a suffix, or when no given name opens the name.

    >>> first_of_two_surnames("Melba Acosta Febo")
    'Acosta'
    >>> first_of_two_surnames("Juan Carlos Varela Rodriguez")
    'Varela'
    >>> first_of_two_surnames("Mary Ann Smith"), first_of_two_surnames("George W. Bush")
    (None, None)
    """
    words = name.split()
    if len(words) < 3 or not is_given_name(words[0]):
        return None
    j = 1
    while j < len(words) and is_given_name(words[j]):
        j += 1  # "José Luis": given names
    if len(words) - j != 2:
        return None
    first, last = words[j], words[j + 1]
    plain = all(w[:1].isupper() and w[1:].isalpha() and w[1:].islower() for w in (first, last))
    return first if plain and not is_suffix(last) else None


# A capitalised word of a name: "Psaki", "José" (with combining accents, or UTF-8 read as
# Latin-1), "McConnell" / "O'Rourke" (an inner capital after a short prefix, checked by
# known_inner_capital), "Ocasio-Cortez". Every repetition is bounded, and each part opens
# with a different character class, so a match never backtracks far.
_NAME_WORD = r"""
    (?:(?:[a-z]{1,4}|['\u2019])[A-Z])?      # an inner capital: "McC", "O'R", "VandeH"
    [a-z\x80-\xff\u0300-\u036f]+            # the rest of the word
    (?:-[A-Z][a-z]+)?                       # a hyphened second part
"""
_NAME_TEMPLATE = r"""
    [A-Z](?<!\w.)                           # a capital that opens a word (written first, so
                                            # the scan skips to the next capital fast)
    (?:[a-z]{1,3}\.\s[A-Z])?                 # an abbreviated title: "Sen. ", "Gov. "
    (?:\.(?:[A-Z]\.)?\s[A-Z]WORD TAIL{0,5}   # initials and a word: "J.D. Vance", "C. Stewart"
      |WORD TAIL{1,5})                      # or (the rest of) a word and up to five more
    (?![\w\x80-\xbf\u0300-\u036f])           # the end of a word ("Ramírez", "SarukhÃ¡n")
"""
_NAME_TAIL = r"""
    (?:\s                                   # one more word of a name:
       (?:[A-Z]\.(?:[A-Z]\.)?(?=\s)          # an initial: "W.", "F."
         |[JS]r\.|I{2,3}\b|IV\b                # a suffix: "Jr.", "III"
         |(?:(?:PARTICLES)\s){0,2}            # particles ("de", "van der") before
          (?:(?:HYPHENS)-)?                   # a particle joined by a hyphen: "al-"
          [A-Z]WORD))                       # a capitalised word
"""


@functools.lru_cache(maxsize=4)
def full_name_pattern(particles: frozenset[str], hyphens: frozenset[str]) -> re.Pattern[str]:
    """The pattern of a run of capitalised words that may hold a name, with the particles
    of the tables (built again only when a user adds to them)."""

    def alternation(words: frozenset[str]) -> str:
        return "|".join(re.escape(w) for w in sorted(words, key=lambda w: (-len(w), w)))

    pattern = (
        _NAME_TEMPLATE.replace("TAIL", _NAME_TAIL)
        .replace("WORD", _NAME_WORD)
        .replace("PARTICLES", alternation(particles))
        .replace("HYPHENS", alternation(hyphens))
    )
    return re.compile(pattern, re.VERBOSE)


def name_word(word: str, last: bool, hon: AbstractSet[str], titles: AbstractSet[str]) -> bool:
    """Whether ``word`` of a capitalised run may stand inside a personal name: a
    capitalised word that is no title, function word, place word or brand ("YouTube"),
    initials ("W."), a particle ("de", "al-Assad"), or, last, a suffix ("Jr.").

    >>> name_word("McConnell", True, set(), set()), name_word("Jr.", False, set(), set())
    (True, False)
    """
    low = word.lower()
    rest = word[1:]
    if rest.islower() and rest.isalpha():  # (most words: "Psaki", "Senate", "But")
        return not (low in FUNCTION_CAPS or low in hon or low in titles or word in PLACE_WORDS)
    if word[:1].islower():
        return is_name_particle(word)
    if word.endswith("."):
        return is_initials(word) or (last and is_suffix(word))
    if last and is_suffix(word):
        return True
    return (
        low not in FUNCTION_CAPS
        and low not in hon
        and low not in titles
        and word not in PLACE_WORDS
        and known_inner_capital(word)
    )


def opens_name(word: str) -> bool:
    """Whether a full name may open with ``word``: a capitalised word or initials, not a
    particle or a suffix ("de Blasio" alone is a surname).

    >>> opens_name("Charles"), opens_name("de"), opens_name("J.D.")
    (True, False, True)
    """
    return word[:1].isupper() and not is_suffix(word)


def given_name_opening(words: list[str], k: int) -> int:
    """Where a name opens in ``words[k:]`` (at least three words): at the first known given
    name that leaves a surname after it, when only plain capitalised words come before it
    ("Health Hillary Clinton" in a Title Case line -> 1); else at ``k``.

    >>> given_name_opening(["Health", "Hillary", "Clinton"], 0)
    1
    >>> given_name_opening(["Sarah", "Huckabee", "Sanders"], 0)
    0
    """
    for j in range(k, len(words) - 1):
        word = words[j]
        if j > k and is_given_name(word):
            return j
        if not (word[1:].isalpha() and word[1:].islower()):
            return k  # an initial, a particle, an inner capital: part of the name
    return k


def headline_names(
    words: list[str], at: int, hon: AbstractSet[str], titles: AbstractSet[str]
) -> list[tuple[int, str]]:
    """The full names, with their offsets, in a headline's run of capitals starting at
    ``at``: in Title Case every word is capitalised, so only a known given name and the one
    name word after it are taken ("Stealth Over Health: Hillary Clinton Was Headed" reads
    "Hillary Clinton").

    >>> headline_names(["Why", "Voters", "Trust", "Joan", "Hadley"], 10, set(), set())
    [(27, 'Joan Hadley')]
    """
    found: list[tuple[int, str]] = []
    i = 0
    while i < len(words) - 1:
        given, surname = words[i], words[i + 1]
        if (
            is_given_name(given)
            and surname[1:].isalpha()
            and name_word(surname, True, hon, titles)
            and surname.lower() not in WEEKDAYS
        ):
            found.append((at + sum(len(w) + 1 for w in words[:i]), f"{given} {surname}"))
            i += 2
        else:
            i += 1
    return found


_MOJIBAKE_LEADS = frozenset("ÂÃÄÅ")  # what the lead byte of an accented letter reads as


def repair_mojibake(name: str) -> str:
    """A name whose UTF-8 bytes were read as Latin-1 or Windows-1252, once or twice, spelled
    right ("FranÃ§ois" -> "François"); any other name as it is.

    >>> repair_mojibake("FranÃ§ois Hollande"), repair_mojibake("José"), repair_mojibake("Ed")
    ('François Hollande', 'José', 'Ed')
    """
    if name.isascii():
        return name
    fixed = unicodedata.normalize("NFC", name)  # (a decomposed copy: "A" + a combining tilde)
    for _ in range(2):
        if not any(c in _MOJIBAKE_LEADS for c in fixed):
            break
        for codec in ("cp1252", "latin-1"):
            try:
                fixed = fixed.encode(codec).decode("utf-8")
                break
            except UnicodeError:
                continue
        else:
            return name  # not mojibake: a real "Ã" or "Â"
    return fixed

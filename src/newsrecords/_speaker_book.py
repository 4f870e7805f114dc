"""Coreference for speakers: one entry per distinct speaker of an article.

:class:`SpeakerBook` resolves each mention (see :mod:`.speakers`) as the article is read:
pronouns to the latest speaker of their kind, surnames and "Mr Biden" to a full name
written earlier, role nouns ("the senator") to a recent speaker with that title. Look-ups
are dictionary or bisect operations, or scans of a bounded number of recent speakers.
"""

from __future__ import annotations

import bisect
import unicodedata

import attrs
from pydantic import TypeAdapter

from ._given_names import FEMALE_GIVEN_NAMES, MALE_GIVEN_NAMES
from ._name_shapes import full_name_pattern, name_keys, name_word, opens_name, surname_of
from ._role_match import RoleWanted
from ._speaker_phrase import Mention, Offsets, bare_word
from ._speaker_words import (
    AGENT_NOUN_ENDINGS,
    FUNCTION_CAPS,
    PERSON_NOUN_ENDINGS,
    PLAIN_HONORIFICS,
    WEEKDAYS,
    WORDS,
)
from .models import Speaker, SpeakerKind
from .normalize import normalize_text

__all__ = ["SpeakerBook"]

_SPEAKER_LIST = TypeAdapter(list[Speaker])


def _repair_mojibake(name: str) -> str:
    """A name whose UTF-8 bytes were read as Latin-1 or Windows-1252, once or twice, spelled
    right ("FranÃ§ois" -> "François"); any other name as it is.

    >>> _repair_mojibake("FranÃ§ois Hollande"), _repair_mojibake("José"), _repair_mojibake("Ed")
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


_MOJIBAKE_LEADS = frozenset("ÂÃÄÅ")  # what the lead byte of an accented letter reads as
_RECENT_PERSONS = 8  # how many recent speakers a pronoun may reach back to
_PRONOUN_GENDER = {"he": "m", "she": "f"}


def _gender_of(mention: Mention) -> str | None:
    """Gender a mention states: the pronoun itself, "Mr"/"Ms", "spokeswoman"...

    The pronoun's resolution is recorded too, so a later "she" prefers the person a
    previous "she" was read as.
    """
    if mention.head == "pronoun":
        return _PRONOUN_GENDER.get(mention.noun or "")
    for word in mention.text.lower().replace(".", " ").split():
        if word in {"mr", "sir"} or (word.endswith(("man", "men")) and word != "human"):
            return "m"
        if word in {"ms", "mrs", "miss", "madam", "dame"} or word.endswith(("woman", "women")):
            return "f"
    return None


def _gender_of_name(name: str) -> str | None:
    """Gender from a full name's given name ("Jen Psaki" -> "f"), when the tables know it:
    the hand tables first (users extend them), then the census-style lists.

    >>> _gender_of_name("Jen Psaki"), _gender_of_name("Gabriela Ortiz"), _gender_of_name("Psaki")
    ('f', 'f', None)
    """
    words = name.split()
    return _gender_of_given(words[0]) if len(words) > 1 else None


def _gender_of_given(word: str) -> str | None:
    given = word.lower()
    if given in WORDS["male_names"]:
        return "m"
    if given in WORDS["female_names"]:
        return "f"
    return "m" if given in MALE_GIVEN_NAMES else "f" if given in FEMALE_GIVEN_NAMES else None


def _may_be_person(subject: Mention) -> bool:
    """Whether "he" / "she" may stand for ``subject``: a name, or a role whose noun the
    tables know as a person's or that ends like an agent noun.

    A role read loosely ("The move, Carr explained, was ... an investment he concludes")
    is any noun with a determiner; a pronoun never stands for a thing.
    """
    if subject.head == "name":
        return True
    if subject.head != "role":
        return False
    noun = subject.noun or ""
    known = noun in WORDS["role_nouns"] or noun in WORDS["titles"]
    return known or noun.endswith(AGENT_NOUN_ENDINGS)


@attrs.define(slots=True)
class _Entry:
    name: str
    kind: SpeakerKind
    title: str | None = None
    affiliation: str | None = None
    aliases: list[str] = attrs.Factory(list)
    mentions: list[Offsets] = attrs.Factory(list)
    gender: str | None = None  # "m" / "f" when the text says; used for "he" / "she" only
    # the name and aliases lower-cased, so a new spelling is checked with one look-up
    spellings: set[str] = attrs.Factory(set)


class SpeakerBook:
    """The speakers of one article, with the look-ups that resolve later mentions."""

    def __init__(self, folded: str, start: int, end: int, original: str | None = None) -> None:
        self._entries: dict[tuple[str, SpeakerKind], _Entry] = {}
        self._order: list[tuple[str, SpeakerKind]] = []
        self._text, self._start, self._end = folded, start, end
        self._original = original if original is not None else folded  # for display aliases
        self._scanned = False
        # surname -> sorted offsets and full names, from every full name in the article
        self._surnames: dict[str, tuple[list[int], list[str]]] = {}
        self._name_offsets: list[int] = []
        self._names: list[str] = []
        self._titles: dict[str, str] = {}  # "John Thune" -> "Sen.", from "Sen. John Thune"
        self._last_person: tuple[str, SpeakerKind] | None = None
        self._recent: list[tuple[str, SpeakerKind]] = []  # latest persons, oldest first
        self._last_group: tuple[str, SpeakerKind] | None = None
        self._last_thing: tuple[str, SpeakerKind] | None = None
        self._renamed: dict[tuple[str, SpeakerKind], tuple[str, SpeakerKind]] = {}
        self._by_surname: dict[str, tuple[str, SpeakerKind]] = {}
        self._display: dict[str, str] = {}  # a mention as written -> its display form

    def _scan(self) -> None:
        """Collect the article's full names, once, the first time a look-up needs them."""
        if self._scanned:
            return
        self._scanned = True
        heads, titles = WORDS["organization_heads"], WORDS["titles"]
        hon = WORDS["honorifics"]
        pattern = full_name_pattern(
            frozenset(WORDS["name_particles"]), frozenset(WORDS["name_hyphen_particles"])
        )
        carried, carried_at = "", -1  # "Vermont Sen. Bernie Sanders": the "Sen." of a match
        for m in pattern.finditer(self._text, self._start, self._end):
            words = m[0].split()
            honorifics: list[str] = []
            if m.start() == carried_at:
                honorifics.append(carried)
            if self._text.startswith(". ", m.end()) and words[-1].lower() + "." in hon:
                # "Vermont Sen. Bernie Sanders": the match stopped at an abbreviated title;
                # with the words before it ("Vermont"), it describes the name right after
                while words and bare_word(words[0]) in FUNCTION_CAPS:
                    words = words[1:]  # "But Sen. X"
                if not words or bare_word(words[-1]) in PLAIN_HONORIFICS:
                    words = words[-1:]  # "Says Mr. Trump": "Mr." alone
                carried, carried_at = " ".join(words) + ".", m.end() + 2
                continue
            named_after = False
            if words[-1].lower() in heads or words[-1].lower() in WORDS["named_after_heads"]:
                # "State Department", "White House": no name; "The Rachel Maddow Show":
                # the person it is named after, when a given name opens the words
                named_after, words = True, words[:-1]
            # the name is the words after the last that cannot stand in one: a title
            # ("Vice President Dora Kell Smith"), a function word ("But McConnell"), a
            # place ("United States Hispanic"), a sentence's end ("Iraq. Joe Biden")
            if len(words) > 1 and (
                words[-1].lower() not in WEEKDAYS and _gender_of_given(words[-2]) is not None
            ):
                k = len(words) - 1  # "Larry King", "Theresa May": after a given name, a surname
            else:
                while len(words) > 1 and bare_word(words[-1]) in FUNCTION_CAPS:
                    words = words[:-1]  # "met Hillary Clinton Monday"
                k = len(words)
            while k > 0 and name_word(words[k - 1], k == len(words), hon, titles):
                if k < len(words) and words[k - 1].lower() in heads:
                    break  # "Speaker of the House Newt Gingrich": a body before a name
                k -= 1
            while k < len(words) and not opens_name(words[k]):
                k += 1  # "Mayor de Blasio": a particle opens no full name
            if k > len(words) - 2:
                continue  # one word: a surname, not a full name
            # the title words right before the name ("Vice President"), not a body ("State
            # Department", "House") nor the end of a sentence ("Iraq.", "Tuesday")
            start = k
            while start > 0 and (
                (words[start - 1].lower() in titles or bare_word(words[start - 1]) in hon)
                and words[start - 1].lower() not in heads
            ):
                start -= 1
            honorifics.extend(words[start:k])
            at = m.start() + sum(len(w) + 1 for w in words[:k])  # (words are one space apart)
            words = words[k:]
            if (named_after or words[0].lower() in WORDS["name_particles"]) and _gender_of_given(
                words[0]
            ) is None:
                continue  # "Van Hollen said": a surname with its particle, no full name
            if len(words) > 3:
                capitals = sum(1 for w in words if w[:1].isupper() and not w.endswith("."))
                if capitals > 4 or (capitals == 4 and _gender_of_given(words[0]) is None):
                    continue  # a headline's run of capitals, not one name of four words
            if self._text.startswith(" ", m.end()) and self._describes(m.end() + 1, words[0]):
                continue  # "a Platte River employee": a place or body describing a person
            name = _repair_mojibake(" ".join(words))
            if honorifics and not all(bare_word(w) in PLAIN_HONORIFICS for w in honorifics):
                self._titles.setdefault(name, " ".join(honorifics))
            for key in name_keys(name):
                offsets, names = self._surnames.setdefault(key, ([], []))
                offsets.append(at)
                names.append(name)
            self._name_offsets.append(at)
            self._names.append(name)

    def _describes(self, at: int, first: str) -> bool:
        """The lower-case word at ``at`` is a person noun ("employee") and ``first``, the
        first word of the capitalised words before it, no known given name: the words
        describe that person ("Platte River employee", not "Bernie Sanders spokesman")."""
        word = self._text[at : at + 24].split(" ", 1)[0].rstrip(".,;:")
        return (
            word.islower()
            and word.endswith(PERSON_NOUN_ENDINGS)
            and word not in WORDS["organization_heads"]
            and _gender_of_given(first) is None
        )

    def knows_surname(self, word: str) -> bool:
        """True when ``word`` ends a full name written somewhere in the article."""
        self._scan()
        word = _repair_mojibake(word)
        return word in self._surnames or word in self._by_surname

    def _full_name(self, surname: str, at: int) -> str | None:
        self._scan()
        found = self._surnames.get(surname)
        if found is None:
            return None
        offsets, names = found
        i = bisect.bisect_right(offsets, at) - 1
        return names[i] if i >= 0 else names[0]

    def _short_form(self, name: str) -> bool:
        """Whether a name of several words is the short form of a full name written in the
        article ("Van Hollen", "de Gaulle", "Wasserman Schultz"): it opens with a particle
        or with a word no table knows as a given name ("Hillary Clinton" is a full name)."""
        first = name.split(" ", 1)[0]
        if not (first.lower() in WORDS["name_particles"] or _gender_of_given(first) is None):
            return False
        self._scan()
        return name in self._surnames

    def _find_person(self, name: str) -> tuple[str, SpeakerKind] | None:
        """An existing person whose name ends with ``name`` (surname look-up)."""
        key = self._by_surname.get(surname_of(name))
        return self.canonical(key) if key else None

    def resolve(self, mention: Mention) -> tuple[str, SpeakerKind] | None:
        """Record ``mention`` and return the key of the speaker it refers to."""
        key: tuple[str, SpeakerKind] | None
        if mention.head == "pronoun":
            key = (
                self._by_pronoun(mention.noun or "")
                if mention.kind is SpeakerKind.PERSON
                else self._last_group
                if mention.kind is SpeakerKind.GROUP
                else self._last_thing
            )
            if key is None and mention.kind is SpeakerKind.PERSON:
                # nobody quoted yet: the last full name written before the pronoun
                self._scan()
                i = bisect.bisect_left(self._name_offsets, mention.span.start) - 1
                if i >= 0:
                    key = (self._names[i], SpeakerKind.PERSON)
            if key is None:
                key = (mention.text.lower(), mention.kind)
        elif mention.head == "name" and mention.name:
            name = _repair_mojibake(mention.name)
            if len(name.split()) == 1 or self._short_form(name):
                existing = self._find_person(name)
                full = existing[0] if existing else self._full_name(name, mention.span.start)
                name = full or name
            else:
                existing = self._find_person(name)
                if existing and len(existing[0].split()) < len(name.split()):
                    self._rename(existing, name)
            key = (name, SpeakerKind.PERSON)
        elif mention.head == "role" and mention.noun:
            key = self._by_role(mention, mention.noun)
            if key is None:
                key = (mention.name or mention.text, SpeakerKind.PERSON)
        else:
            key = (mention.name or mention.text, mention.kind)
        entry = self._entries.get(key)
        if entry is None:
            entry = _Entry(key[0], key[1], mention.title, mention.affiliation)
            self._entries[key] = entry
            self._order.append(key)
        entry.title = entry.title or mention.title
        entry.affiliation = entry.affiliation or mention.affiliation
        if key[1] is SpeakerKind.PERSON and entry.gender is None:
            # (a given name tells only of a name: "Lincoln actor" is a role, not a Lincoln)
            named = mention.head in ("name", "pronoun")
            entry.gender = _gender_of(mention) or (_gender_of_name(entry.name) if named else None)
        self._record(entry, mention)
        if key[1] is SpeakerKind.PERSON and not (mention.head == "role" and key[0] == mention.name):
            # (a role read as itself, "spokeswoman for Hillary Clinton", is no Clinton)
            self._by_surname[surname_of(key[0])] = key
        self.note(key)
        return key

    def _record(self, entry: _Entry, mention: Mention) -> None:
        """Keep the mention's span and its spelling (once, whatever its case: "he" and
        "He" are one alias) on the entry."""
        raw = self._original[mention.span.start : mention.span.end]
        alias = self._display.get(raw)
        if alias is None:  # (the same few spellings come back: "he", "Thune", "she")
            alias = self._display[raw] = normalize_text(raw)
        low = alias.lower()
        if low not in entry.spellings and low != entry.name.lower():
            entry.aliases.append(alias)
            entry.spellings.add(low)
        entry.mentions.append(mention.span)

    def resolve_pronoun(
        self, mention: Mention, subject: Mention | None
    ) -> tuple[str, SpeakerKind] | None:
        """Resolve "he" / "she" to the person its own sentence names as subject ("Kerry
        said ..., and he urged"), when the gender agrees; otherwise as :meth:`resolve`."""
        if subject is None or mention.head != "pronoun" or subject.span.end > mention.span.start:
            return self.resolve(mention)
        if mention.kind is SpeakerKind.GROUP and subject.head in ("group", "anonymous"):
            # "Critics say ... . They argue": "they" is the group just named
            key = self.resolve(subject)
            if key is not None:
                self._record(self._entries[key], mention)
            return key
        if mention.kind is not SpeakerKind.PERSON or not _may_be_person(subject):
            return self.resolve(mention)
        wanted = _PRONOUN_GENDER.get(mention.noun or "")
        stated = _gender_of(subject) or (
            _gender_of_name(subject.name or "") if subject.head == "name" else None
        )
        if wanted is not None and stated not in (wanted, None):
            return self.resolve(mention)
        key = self.resolve(subject)
        if key is None:
            return self.resolve(mention)
        entry = self._entries[key]
        if wanted is not None and entry.gender not in (wanted, None):
            return self.resolve(mention)
        self._record(entry, mention)
        return key

    def _by_pronoun(self, pronoun: str) -> tuple[str, SpeakerKind] | None:
        """The recent person "he" or "she" most likely means: the latest one not known
        to be of the other gender, else the latest one."""
        wanted = _PRONOUN_GENDER.get(pronoun)
        if wanted is None:
            return self._last_person
        for key in reversed(self._recent):
            key = self.canonical(key)
            if self._entries[key].gender in (wanted, None):
                return key
        return self._last_person

    def note(self, key: tuple[str, SpeakerKind]) -> None:
        """Make ``key`` the latest speaker of its kind, for the pronouns that follow."""
        if key[1] is SpeakerKind.PERSON:
            self._last_person = key
            if key in self._recent:
                self._recent.remove(key)
            self._recent.append(key)
            del self._recent[:-_RECENT_PERSONS]
        elif key[1] in (SpeakerKind.GROUP, SpeakerKind.ANONYMOUS) and key[0].endswith("s"):
            self._last_group = key
        else:
            self._last_thing = key

    def _rename(self, old: tuple[str, SpeakerKind], name: str) -> None:
        entry = self._entries.pop(old)
        entry.aliases.append(entry.name)
        entry.spellings.add(entry.name.lower())
        entry.name = name
        new = (name, old[1])
        self._entries[new] = entry
        self._order[self._order.index(old)] = new
        self._renamed[old] = new

    def _by_role(self, role: Mention, noun: str) -> tuple[str, SpeakerKind] | None:
        """A recent person whose title says ``noun``: in full ("senator") or abbreviated
        ("Sen."), given with a mention or, failing any, before the name anywhere in the
        article; and whose title does not say otherwise ("the vice president" is no
        "President X", "the New Jersey governor" no "Ohio Gov. X", "the Russian president"
        no "President X")."""
        wanted = RoleWanted.of(role, noun)
        recent = [k for k in reversed(self._order[-20:]) if k[1] is SpeakerKind.PERSON]
        for key in recent:  # titles given with a mention first: "White House press ..."
            if wanted.fits(self._entries[key].title, self._entries[key].affiliation):
                return key
        self._scan()
        for key in recent:  # then titles written before a name: "Vermont Sen. X"
            entry = self._entries[key]
            if entry.title is None and wanted.fits(self._titles.get(entry.name), None):
                return key
        return None

    def canonical(self, key: tuple[str, SpeakerKind]) -> tuple[str, SpeakerKind]:
        """Follow renames ("Thune" became "John Thune")."""
        while key in self._renamed:
            key = self._renamed[key]
        return key

    def speakers(
        self, only: set[tuple[str, SpeakerKind]] | None = None
    ) -> dict[tuple[str, SpeakerKind], Speaker]:
        """The public records, one per distinct speaker (of ``only`` when given: building
        records nobody is credited with is wasted work)."""
        entries = {key: e for key, e in self._entries.items() if only is None or key in only}
        if self._scanned:
            for key, e in entries.items():
                if key[1] is SpeakerKind.PERSON and e.title is None:
                    e.title = self._titles.get(e.name)
        # one validation call for all of them, nested spans included: about a quarter
        # cheaper than building each Span and Speaker on its own
        records = _SPEAKER_LIST.validate_python(
            [
                {
                    "name": e.name,
                    "kind": e.kind,
                    "title": e.title,
                    "affiliation": e.affiliation,
                    "aliases": tuple(a for a in e.aliases if a != e.name),
                    "mentions": [{"start": a, "end": b} for a, b in sorted(set(e.mentions))],
                }
                for e in entries.values()
            ]
        )
        return dict(zip(entries, records, strict=True))

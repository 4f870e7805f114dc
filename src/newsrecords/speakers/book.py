"""Coreference for speakers: one entry per distinct speaker of an article.

:class:`SpeakerBook` resolves each mention (see :mod:`.phrases`) as the article is read:
pronouns to the latest speaker of their kind, surnames and "Mr Biden" to a full name
written earlier, role nouns ("the senator") to a recent speaker with that title. Look-ups
are dictionary or bisect operations, or scans of a bounded number of recent speakers.
"""

from __future__ import annotations

import bisect

import attrs
from pydantic import TypeAdapter

from .._record_sharing import share_fields_sets
from ..lexicon.compiled import active
from ..models import Speaker, SpeakerKind
from ..text.normalize import normalize_text
from .gender import (
    PRONOUN_GENDER,
    gender_of,
    gender_of_name,
    honorific_gender,
)
from .labels import clean_title, group_core, may_be_person
from .name_scan import scan_full_names
from .names import (
    is_given_name,
    repair_mojibake,
    surname_of,
)
from .phrase_reader import Mention, Offsets
from .roles import RoleWanted

__all__ = ["SpeakerBook"]

_SPEAKER_LIST = TypeAdapter(list[Speaker])


_RECENT_PERSONS = 8  # how many recent speakers a pronoun may reach back to
_GENDER_REACH = 8  # how many full names sharing a surname an honorific may pass over


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

    def __init__(
        self,
        folded: str,
        start: int,
        end: int,
        original: str | None = None,
        headline: tuple[int, int] | None = None,
    ) -> None:
        self._entries: dict[tuple[str, SpeakerKind], _Entry] = {}
        self._order: list[tuple[str, SpeakerKind]] = []
        self._text, self._start, self._end = folded, start, end
        # a headline before the body: its full names resolve the body's surnames
        self._headline = headline if headline is not None and headline[1] <= start else None
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
        # "leaders" -> the first group named so, and its count ("four")
        self._groups: dict[str, tuple[tuple[str, SpeakerKind], str]] = {}

    def _scan(self) -> None:
        """Collect the article's full names, once, the first time a look-up needs them."""
        if self._scanned:
            return
        self._scanned = True
        found = scan_full_names(self._text, self._start, self._end, self._headline)
        self._surnames, self._titles = found.surnames, found.titles
        self._name_offsets, self._names = found.offsets, found.names

    def knows_surname(self, word: str) -> bool:
        """True when ``word`` ends a full name written somewhere in the article, or in
        the headline before it.

        >>> text = "Why Voters Trust Joan Hadley\\n\\nHadley said so."
        >>> book = SpeakerBook(text, 30, len(text), headline=(0, 28))
        >>> book.knows_surname("Hadley"), book._full_name("Hadley", 30)
        (True, 'Joan Hadley')
        """
        self._scan()
        word = repair_mojibake(word)
        return word in self._surnames or word in self._by_surname

    def _full_name(self, surname: str, at: int, gender: str | None = None) -> str | None:
        """The full name ending in ``surname`` written last before ``at`` (else the first
        one after it); with a ``gender``, the nearest one whose given name does not say
        the other gender, or none."""
        self._scan()
        found = self._surnames.get(surname)
        if found is None:
            return None
        offsets, names = found
        i = bisect.bisect_right(offsets, at) - 1
        if gender is None:
            return names[i] if i >= 0 else names[0]
        # (a handful of names share a surname in one article: the walk is short)
        # the nearest few only, so a page of a thousand "Mr. Smith"s stays linear
        stop = i - _GENDER_REACH
        before = names[i:stop:-1] if stop >= 0 else names[i::-1] if i >= 0 else []
        nearest_first = [*before, *names[i + 1 : i + 1 + _GENDER_REACH]]
        return next((n for n in nearest_first if gender_of_name(n) in (gender, None)), None)

    def _short_form(self, name: str) -> bool:
        """Whether a name of several words is the short form of a full name written in the
        article ("Van Hollen", "de Gaulle", "Wasserman Schultz"): it opens with a particle
        or with a word no table knows as a given name ("Hillary Clinton" is a full name)."""
        first = name.split(" ", 1)[0]
        if not (first.lower() in active().words["name_particles"] or not is_given_name(first)):
            return False
        self._scan()
        return name in self._surnames

    def _place(self, mention: Mention) -> bool:
        """Whether a name mention is a place or a people ("Iran", "Las Vegas", "Russian")
        and no surname the article writes in full ("Steve Israel", "Mark Cuban"), nor
        titled ("Rep. Israel"; describing words are no title: "the influential US")."""
        low, tables = (mention.name or "").lower(), active().words
        if low not in tables["places"] and low not in tables["demonyms"]:
            return False
        return not clean_title(mention.title) and not self.knows_surname(mention.name or "")

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
        elif mention.head == "name" and mention.name and self._place(mention):
            if mention.name.lower() in active().words["demonyms"]:
                return None  # "Russian opposition leader ...": an adjective, no speaker
            # "Washington sought", "Iran informed": a government speaks, not a person
            key = (mention.name, SpeakerKind.ORGANIZATION)
        elif mention.head == "name" and mention.name:
            name = repair_mojibake(mention.name)
            if len(name.split()) == 1 or self._short_form(name):
                # "Mr. Trump" is not Ivanka Trump, "Mrs. Clinton" not Bill Clinton: an
                # honorific's gender passes over a full name of the other gender
                said = honorific_gender(mention)
                existing = self._find_person(name)
                if existing and said and self._entries[existing].gender not in (said, None):
                    existing = None
                full = existing[0] if existing else self._full_name(name, mention.span.start, said)
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
        elif mention.kind is SpeakerKind.GROUP:
            # "the four leaders" ... "The leaders": one group named twice, the first label
            label = mention.name or mention.text
            core, count = group_core(label)
            first = self._groups.get(core)
            if first is not None and (not count or not first[1] or count == first[1]):
                key = first[0]
            else:
                key = (label, mention.kind)
                self._groups[core] = (key, count)
        else:
            key = (mention.name or mention.text, mention.kind)
        entry = self._entries.get(key)
        if entry is None:
            entry = _Entry(key[0], key[1], clean_title(mention.title), mention.affiliation)
            self._entries[key] = entry
            self._order.append(key)
        entry.title = entry.title or clean_title(mention.title)
        entry.affiliation = entry.affiliation or mention.affiliation
        if key[1] is SpeakerKind.PERSON and entry.gender is None:
            # (a given name tells only of a name: "Lincoln actor" is a role, not a Lincoln)
            named = mention.head in ("name", "pronoun")
            entry.gender = gender_of(mention) or (gender_of_name(entry.name) if named else None)
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
        if mention.kind is not SpeakerKind.PERSON or not may_be_person(subject):
            return self.resolve(mention)
        wanted = PRONOUN_GENDER.get(mention.noun or "")
        stated = gender_of(subject) or (
            gender_of_name(subject.name or "") if subject.head == "name" else None
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
        wanted = PRONOUN_GENDER.get(pronoun)
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
                    e.title = clean_title(self._titles.get(e.name))
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
        share_fields_sets(records)
        share_fields_sets(m for r in records for m in r.mentions)
        return dict(zip(entries, records, strict=True))

"""Coreference for speakers: one entry per distinct speaker of an article.

:class:`SpeakerBook` resolves each mention (see :mod:`.speakers`) as the article is read:
pronouns to the latest speaker of their kind, surnames and "Mr Biden" to a full name
written earlier, role nouns ("the senator") to a recent speaker with that title. Look-ups
are dictionary or bisect operations, or scans of a bounded number of recent speakers.
"""

from __future__ import annotations

import bisect
import re

import attrs
from pydantic import TypeAdapter

from .._record_sharing import share_fields_sets
from ..lexicon.compiled import active
from ..lexicon.speaker_words import (
    FUNCTION_CAPS,
    PLAIN_HONORIFICS,
    WEEKDAYS,
)
from ..models import Speaker, SpeakerKind
from ..text.normalize import normalize_text
from .gender import (
    PRONOUN_GENDER,
    gender_of,
    gender_of_name,
    honorific_gender,
)
from .labels import clean_title, group_core, may_be_person
from .names import (
    first_of_two_surnames,
    full_name_pattern,
    gender_of_given,
    given_name_opening,
    headline_names,
    is_given_name,
    name_keys,
    name_word,
    opens_name,
    repair_mojibake,
    surname_of,
)
from .phrase_reader import Mention, Offsets, bare_word, person_noun
from .roles import RoleWanted

__all__ = ["SpeakerBook"]

_SPEAKER_LIST = TypeAdapter(list[Speaker])


# The head of a title that takes its office after "of" ("Secretary of State John Kerry",
# "Speaker of the House Paul Ryan"), read in the few characters before a run of capitals
_TITLE_OF = re.compile(
    r"""
    (?<![\w.])([A-Z][a-z]+)                # the title's head: "Secretary", "Speaker"
    \ of(?:\ the)?\ \Z                      # "of" or "of the", right before the run
    """,
    re.VERBOSE,
)
_TITLE_OF_REACH = 24  # characters read back for it: "Commissioner of the " fits
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
        tables = active().words
        heads, titles = tables["organization_heads"], tables["titles"]
        hon = tables["honorifics"]
        pattern = full_name_pattern(tables["name_particles"], tables["name_hyphen_particles"])
        carried, carried_at = "", -1  # "Vermont Sen. Bernie Sanders": the "Sen." of a match
        # "Acosta" of "Melba Acosta Febo": kept apart, used only when no other name ends so
        paternal: dict[str, tuple[list[int], list[str]]] = {}
        if self._headline is not None:
            # (only a given name and a surname: the body's "Kerry" reads the headline's
            # "John Kerry"; the body's own full names, written later, come first after them)
            for m in pattern.finditer(self._text, *self._headline):
                for at, written in headline_names(m[0].split(), m.start(), hon, titles):
                    name = repair_mojibake(written)
                    for key in name_keys(name):
                        offsets, names = self._surnames.setdefault(key, ([], []))
                        offsets.append(at)
                        names.append(name)
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
            if words[-1].lower() in heads or words[-1].lower() in tables["named_after_heads"]:
                # "State Department", "White House": no name; "The Rachel Maddow Show":
                # the person it is named after, when a given name opens the words
                named_after, words = True, words[:-1]
            # the name is the words after the last that cannot stand in one: a title
            # ("Vice President Dora Kell Smith"), a function word ("But McConnell"), a
            # place ("United States Hispanic"), a sentence's end ("Iraq. Joe Biden")
            if len(words) > 1 and (
                words[-1].lower() not in WEEKDAYS and gender_of_given(words[-2]) is not None
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
            if len(words) - k > 2 and gender_of_given(words[k]) is None:
                # "Health Hillary Clinton" in a Title Case line: the name opens at the
                # first known given name after words that are none
                k = given_name_opening(words, k)
            # the title words right before the name ("Vice President"), not a body ("State
            # Department", "House") nor the end of a sentence ("Iraq.", "Tuesday")
            start = k
            while start > 0 and (
                (words[start - 1].lower() in titles or bare_word(words[start - 1]) in hon)
                and words[start - 1].lower() not in heads
            ):
                start -= 1
            honorifics.extend(words[start:k])
            if k and start in (0, k):
                # "Secretary of State John Kerry", "Speaker of the House Paul Ryan": the
                # words of the run before the name are the office of a title before it
                head = _TITLE_OF.search(self._text, max(0, m.start() - _TITLE_OF_REACH), m.start())
                if head is not None and head[1].lower() in titles:
                    honorifics = [head[0] + " ".join(words[:k])]
            at = m.start() + sum(len(w) + 1 for w in words[:k])  # (words are one space apart)
            words = words[k:]
            if (named_after or words[0].lower() in tables["name_particles"]) and gender_of_given(
                words[0]
            ) is None:
                continue  # "Van Hollen said": a surname with its particle, no full name
            if len(words) > 3:
                capitals = sum(1 for w in words if w[:1].isupper() and not w.endswith("."))
                if capitals > 4 or (capitals == 4 and gender_of_given(words[0]) is None):
                    continue  # a headline's run of capitals, not one name of four words
            if self._text.startswith(" ", m.end()) and self._describes(m.end() + 1, words[0]):
                continue  # "a Platte River employee": a place or body describing a person
            name = repair_mojibake(" ".join(words))
            if honorifics and not all(bare_word(w) in PLAIN_HONORIFICS for w in honorifics):
                self._titles.setdefault(name, " ".join(honorifics))
            for key in name_keys(name):
                offsets, names = self._surnames.setdefault(key, ([], []))
                offsets.append(at)
                names.append(name)
            first = first_of_two_surnames(name)
            if first is not None:
                offsets, names = paternal.setdefault(first, ([], []))
                offsets.append(at)
                names.append(name)
            self._name_offsets.append(at)
            self._names.append(name)
        for first, (offsets, names) in paternal.items():
            if first not in self._surnames and len(set(names)) == 1:
                self._surnames[first] = (offsets, names)

    def _describes(self, at: int, first: str) -> bool:
        """The lower-case word at ``at`` is a person noun ("employee") and ``first``, the
        first word of the capitalised words before it, no known given name: the words
        describe that person ("Platte River employee", not "Bernie Sanders spokesman")."""
        word = self._text[at : at + 24].split(" ", 1)[0].rstrip(".,;:")
        return person_noun(word) and not is_given_name(first)

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
        if not (
            first.lower() in active().words["name_particles"] or gender_of_given(first) is None
        ):
            return False
        self._scan()
        return name in self._surnames

    def _place(self, mention: Mention) -> bool:
        """Whether a name mention is a place or a people ("Iran", "Las Vegas", "Russian")
        and no surname the article writes in full ("Steve Israel", "Mark Cuban"), nor
        titled ("Rep. Israel")."""
        low = (mention.name or "").lower()
        if low not in active().words["places"] and low not in active().words["demonyms"]:
            return False
        return not mention.title and not self.knows_surname(mention.name or "")

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

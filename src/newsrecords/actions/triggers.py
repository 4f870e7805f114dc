"""The trigger scan behind :mod:`newsrecords.actions.extract`: where a policy action may be stated.

Trying one big alternation of trigger rules at every position of a page is slow, because
most positions start no trigger at all. So the rules' literal leads ("expel", "executive
order") are factored into one trie-shaped regex, and the full rules are tried only where a
lead matches. Both regexes are compiled once per extractor; the scan is linear in the text.

The same idea serves the other cue regexes of the action readers: :func:`necessary_words`
reads the literal words one of which every match of a (plain) pattern holds, and a
:class:`WordGate` looks for those with ``str.find`` before it runs the regex, so sentences
without any of them cost a few substring searches. :func:`named_alternation` builds the
entry alternations whose named groups say which entry matched.
"""

from __future__ import annotations

import itertools
import re
from collections.abc import Iterator, Sequence

import attrs

from ..lexicon.action_words import TriggerRule
from ..lexicon.tables import word_trie

__all__ = ["Hit", "TriggerScan", "WordGate", "leads", "named_alternation", "necessary_words"]

_LEAD = re.compile(r"(?:[a-z]+(?:\\s\+)?)+")  # literal letters, words joined by \s+
_LITERAL_WORDS = re.compile(r"[A-Za-z0-9'-]+(?:\\s\+[A-Za-z0-9'-]+)*")  # "no\s+longer"
_GROUP_HEAD = re.compile(r"\(\?(?:-?i)?:")  # "(?:", "(?i:", "(?-i:": groups that only group
# Characters that an IGNORECASE pattern matches to an ASCII letter but that lower-casing
# leaves alone ("ı" matches "i"): a word test on lower-cased text could miss those matches.
_CASE_TRAPS = ("\u0130", "\u0131", "\u017f")
_NUMBERED_REFERENCE = re.compile(r"\\[1-9]|\(\?\(\d")  # "\2", "(?(2)yes|no)" in an entry


@attrs.frozen(slots=True)
class Hit:
    """A trigger match: offsets into the page, the rule's index, the lower-cased words."""

    start: int
    end: int
    rule: int
    text: str


class TriggerScan:
    """The compiled trigger rules, and the scan that finds their matches.

    Raises ``re.error`` or ``ValueError`` for a rule it cannot compile; the extractor turns
    those into a :class:`~newsrecords.exceptions.RuleError`.
    """

    def __init__(self, rules: Sequence[TriggerRule]) -> None:
        rule_leads = [leads(rule.pattern) for rule in rules]
        all_leads = [lead for found in rule_leads for lead in found]
        # A lead starts a word: it follows a character that is no letter, digit or "_" (or
        # nothing). This scan reads every paragraph, and a pattern that opens with such a
        # character class lets the engine skip from one to the next inside its own loop,
        # instead of testing a word boundary at every position; the look-ahead finds a lead
        # after every one, overlapping or not (:meth:`_leads` then keeps what a plain
        # left-to-right scan would).
        trie = word_trie(all_leads)
        self._lead = re.compile(trie)
        self._lead_after = re.compile(rf"[^A-Za-z0-9_](?=({trie}))")
        # A match starts with its rule's lead, so where the lead starts with "s" only the
        # rules with such a lead can match. One alternation per first letter, rules in their
        # order, tries fewer rules per lead. The group ``t<i>`` names the rule that matched.
        self._trigger: dict[str, re.Pattern[str]] = {}
        for letter in sorted({lead[0] for lead in all_leads}):
            body = named_alternation(
                {
                    f"t{i}": rule.pattern
                    for i, rule in enumerate(rules)
                    if any(lead.startswith(letter) for lead in rule_leads[i])
                }
            )
            self._trigger[letter] = re.compile(rf"(?:{body})\b")

    def hits(self, lowered: str, start: int, end: int) -> list[Hit]:
        """Trigger matches in ``lowered[start:end]``, left to right and not overlapping."""
        found: list[Hit] = []
        pos = start
        triggers = self._trigger
        for at in self._leads(lowered, start, end):
            if at < pos:
                continue
            hit = triggers[lowered[at]].match(lowered, at, end)
            if hit is not None:
                pos = hit.end()
                found.append(Hit(at, pos, int((hit.lastgroup or "t0")[1:]), hit[0]))
        return found

    def _leads(self, lowered: str, start: int, end: int) -> list[int]:
        """Where leads start in ``lowered[start:end]``: the starts a left-to-right scan for
        ``\b`` and a lead finds (each scan resumes after the lead it found)."""
        found: list[int] = []
        resume = start
        if start == 0:
            first = self._lead.match(lowered, 0, end)
            if first is not None:
                found.append(0)
                resume = first.end()
        for gap in self._lead_after.finditer(lowered, start - 1 if start else 0, end):
            at = gap.end()
            if at < resume:
                continue  # inside the lead found before: the plain scan resumed after it
            before = lowered[gap.start()]
            if before >= "\x80" and before.isalnum():
                continue  # a letter outside ASCII ("é"): inside a word, no word start
            found.append(at)
            resume = gap.end(1)
        return found


def named_alternation(entries: dict[str, str]) -> str:
    """``p0|p1|...`` in which the group named by an entry's key says that entry matched.

    The group is empty and closes the entry, so ``match.lastgroup`` is the key. A group
    around the whole entry would say the same, but the engine steps into it for every entry
    it tries, and most tries fail: with the empty group the scans run a third faster. An
    entry with a back-reference by number ("\\2") keeps the group around it, because the
    numbers it refers to count that group.

    >>> named_alternation({"e0": "ab|c", "e1": "d"})
    '(?:ab|c)(?P<e0>)|(?:d)(?P<e1>)'
    """
    patterns = {key: f"{pattern}" for key, pattern in entries.items()}
    if any(_NUMBERED_REFERENCE.search(pattern) for pattern in patterns.values()):
        return "|".join(f"(?P<{key}>{pattern})" for key, pattern in patterns.items())
    return "|".join(f"(?:{pattern})(?P<{key}>)" for key, pattern in patterns.items())


def leads(pattern: str) -> list[str]:
    """The literal lead of each alternative: "executive\\s+orders?" -> "executive order".

    >>> leads(r"expel(?:s|led)?|expulsions?")
    ['expel', 'expulsion']
    """
    found_leads = []
    for alternative in _split_alternatives(pattern):
        found = _LEAD.match(alternative)
        lead = found[0] if found else ""
        rest = alternative[len(lead) :]
        if rest[:1] in {"?", "*", "{"} and lead[-1:].isalpha():
            lead = lead[:-1]  # "orders?": the last letter is optional
        lead = lead.replace("\\s+", " ").strip()
        if len(lead.replace(" ", "")) < 2:
            # One letter would make the prefilter stop almost everywhere, defeating it.
            raise ValueError(f"trigger alternative {alternative!r} needs a literal lead")
        found_leads.append(lead)
    return found_leads


def _structure(pattern: str, start: int = 0, depth: int = 0) -> Iterator[tuple[int, str, int]]:
    """Each character of ``pattern[start:]`` outside escapes and character classes, with
    the group depth after it (``depth`` is the depth at ``start``)."""
    in_class, escaped = False, False
    for index in range(start, len(pattern)):
        char = pattern[index]
        if escaped:
            escaped = False
        elif char == "\\":
            escaped = True
        elif in_class:
            in_class = char != "]"
        elif char == "[":
            in_class = True
        else:
            depth += (char == "(") - (char == ")")
            yield index, char, depth


def _split_alternatives(pattern: str) -> list[str]:
    """The top-level alternatives of a regex (outside groups and character classes)."""
    cuts = [i for i, char, depth in _structure(pattern) if char == "|" and depth == 0]
    bounds = [-1, *cuts, len(pattern)]
    return [pattern[a + 1 : b] for a, b in itertools.pairwise(bounds)]


def necessary_words(pattern: str) -> tuple[str, ...] | None:
    """Lower-case words one of which occurs in every match of ``pattern``; None if unknown.

    Each top-level alternative must start (after ``\\b``) with literal words or with a
    group whose alternatives do; the longest of those words is taken. Anything else
    (a class, an escape, an optional group) gives None, and callers then run the regex.

    >>> necessary_words(r"\\b(?:together\\s+with|along\\s+with|alongside)\\b|n't\\b")
    ('together', 'along', 'alongside', "n't")
    >>> necessary_words(r"intentions?\\s+to|(?-i:may)"), necessary_words(r"[Hh]e")
    (('intention', 'may'), None)
    """
    words: list[str] = []
    for alternative in _split_alternatives(pattern):
        alternative = alternative.removeprefix("\\b")
        head = _GROUP_HEAD.match(alternative)
        if head is not None:
            close = _closing_paren(alternative, head.end())
            if close is None or alternative[close + 1 : close + 2] in {"?", "*", "{"}:
                return None  # an optional group: nothing in it is necessary
            inner = necessary_words(alternative[head.end() : close])
            if inner is None:
                return None
            words.extend(inner)
            continue
        found = _LITERAL_WORDS.match(alternative)
        if found is None:
            return None
        run = found[0].split("\\s+")
        if alternative[found.end() : found.end() + 1] in {"?", "*", "{"}:
            run[-1] = run[-1][:-1]  # "diplomats?": the last letter may be missing
        words.append(max(run, key=len).lower())
    return tuple(words) if all(words) else None


def _closing_paren(pattern: str, start: int) -> int | None:
    """Index of the ")" that closes the group whose body starts at ``start``."""
    return next(
        (i for i, char, depth in _structure(pattern, start, 1) if char == ")" and depth == 0),
        None,
    )


@attrs.frozen(slots=True)
class WordGate:
    """A regex and the words one of which each of its matches holds (None: unknown).

    Looking for a few words with ``str.find`` costs less than running the regex, and most
    sentences hold none of them, so the regex runs only where one is.
    """

    regex: re.Pattern[str]
    words: tuple[str, ...] | None
    folds_case: bool  # IGNORECASE somewhere: then beware of the case traps

    @classmethod
    def of(cls, regex: re.Pattern[str]) -> WordGate:
        """The gate for ``regex``; verbose patterns (spaces, comments) are not read."""
        verbose = bool(regex.flags & re.VERBOSE)
        words = None if verbose else necessary_words(regex.pattern)
        folds_case = bool(regex.flags & re.IGNORECASE) or "(?i" in regex.pattern
        return cls(regex, words, folds_case)

    def open(self, lowered: str, start: int, end: int) -> bool:
        """Whether a match may lie in ``[start, end)`` of the text ``lowered`` lower-cases.

        ``lowered`` must be the searched text lower-cased character for character, with
        the characters whose lower case is longer left as they are (as the page is).
        """
        if self.words is None:
            return True
        if self.folds_case:
            for trap in _CASE_TRAPS:
                if lowered.find(trap, start, end) >= 0:
                    return True
        # A loop, not any(): no generator per call on this hot path.
        for word in self.words:  # noqa: SIM110
            if lowered.find(word, start, end) >= 0:
                return True
        return False

    def search(self, text: str, lowered: str, start: int, end: int) -> re.Match[str] | None:
        """``regex.search(text, start, end)``, skipped where :meth:`open` says no match."""
        if not self.open(lowered, start, end):
            return None
        return self.regex.search(text, start, end)

    def search_text(self, text: str) -> re.Match[str] | None:
        """``regex.search(text)`` for a short string, skipped when none of the words is in it.

        >>> gate = WordGate.of(re.compile(r"\\b(?:not|never)\\b", re.IGNORECASE))
        >>> gate.search_text("will NOT act") is not None, gate.search_text("will act")
        (True, None)
        """
        words = self.words
        if words is not None and (not self.folds_case or text.isascii() or _no_trap(text)):
            lowered = text.lower()
            for word in words:
                if word in lowered:
                    break
            else:
                return None
        return self.regex.search(text)


def _no_trap(text: str) -> bool:
    return _CASE_TRAPS[0] not in text and _CASE_TRAPS[1] not in text and _CASE_TRAPS[2] not in text

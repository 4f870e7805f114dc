"""The trigger scan behind :mod:`newsrecords.actions`: where a policy action may be stated.

Trying one big alternation of trigger rules at every position of a page is slow, because
most positions start no trigger at all. So the rules' literal leads ("expel", "executive
order") are factored into one trie-shaped regex, and the full rules are tried only where a
lead matches. Both regexes are compiled once per extractor; the scan is linear in the text.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

import attrs

from ._action_lexicon import TriggerRule
from ._word_tables import word_trie

__all__ = ["Hit", "TriggerScan", "leads"]

_LEAD = re.compile(r"(?:[a-z]+(?:\\s\+)?)+")  # literal letters, words joined by \s+


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
        # Named groups, because the index of the group that matched is the index of its rule.
        body = "|".join(f"(?P<t{i}>{rule.pattern})" for i, rule in enumerate(rules))
        self._trigger = re.compile(rf"(?:{body})\b")
        all_leads = [lead for rule in rules for lead in leads(rule.pattern)]
        self._prefilter = re.compile(rf"(?<![\w]){word_trie(all_leads)}")

    def hits(self, lowered: str, start: int, end: int) -> list[Hit]:
        """Trigger matches in ``lowered[start:end]``, left to right and not overlapping."""
        found: list[Hit] = []
        pos = start
        for lead in self._prefilter.finditer(lowered, start, end):
            if lead.start() < pos:
                continue
            hit = self._trigger.match(lowered, lead.start(), end)
            if hit is not None:
                rule = int((hit.lastgroup or "t0")[1:])
                found.append(Hit(hit.start(), hit.end(), rule, hit[0]))
                pos = hit.end()
        return found


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


def _split_alternatives(pattern: str) -> list[str]:
    """The top-level alternatives of a regex (outside groups and character classes)."""
    parts: list[str] = []
    current: list[str] = []
    depth, in_class, escaped = 0, False, False
    for char in pattern:
        if escaped:
            escaped = False
        elif char == "\\":
            escaped = True
        elif in_class:
            in_class = char != "]"
        elif char == "[":
            in_class = True
        elif char == "(":
            depth += 1
        elif char == ")":
            depth -= 1
        elif char == "|" and depth == 0:
            parts.append("".join(current))
            current = []
            continue
        current.append(char)
    parts.append("".join(current))
    return parts

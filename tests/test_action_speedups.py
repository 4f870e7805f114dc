"""The action extractor's fast paths match exactly what the plain regexes they replace match.

Each shortcut (word gates, the per-letter trigger dispatch, the entry-end name groups, the
prefix-tree number words, the class-first sentence boundary) is checked against the plain
form, kept here as the reference, on text built from the words the patterns look for.
"""

from __future__ import annotations

import re

import pytest
from hypothesis import given
from hypothesis import strategies as st

from newsrecords.actions import extract as actions
from newsrecords.actions import fields as _action_fields
from newsrecords.actions import parties as _action_parties
from newsrecords.actions.extract import _lower
from newsrecords.actions.triggers import Hit, TriggerScan, WordGate, leads, necessary_words
from newsrecords.lexicon import action_words as lex
from newsrecords.text import dates, sentences

# Cue words in several cases, characters that fold case oddly ("ı" matches "i" under
# IGNORECASE, "İ" lower-cases to two characters), punctuation that ends sentences, names.
PIECES = [
    *("not", "NOT", "n't", "never", "no longer", "yet to", "urged", "Must", "would", "may"),
    *("May", "if", "ıf", "İf", "unleſs", "will", "is set to", "'ll", "'d", "together with"),
    *("alongside", "Trump administration", "Obama-era", "former President", "under Trump"),
    *("imposed", "sanctions", "sanctioned", "expelled", "diplomats", "treaty", "banks", "summit"),
    *("phone call", "called", "met with", "ten", "Sixty", "2,500", "$4", "more than", "dozen"),
    *("Mr. Biden", "President Joe Biden", "U.S.", "Russia", "Prime Minister Suga", "the EU"),
    *(".", "?!", "...", '."', "\n", " ", "  ", ",", ";", ":", " - ", "(", ")", "-", "'", "_"),
    *("é", "—", "2", "ban", "barred", "phone", "call with", "order", "\u00a0", "\u2163"),
]
texts = st.lists(st.sampled_from(PIECES), max_size=30).map(" ".join)
fragments = st.lists(st.sampled_from(PIECES), max_size=30).map("".join)


def test_necessary_words_reads_the_lexicon_cues() -> None:
    assert necessary_words(lex.HISTORY_BEFORE_CUES) == ("trump", "obama", "bush")
    assert necessary_words(r"\b(?:call(?:s|ed)?\s+on|urg(?:e|ed))\b") == ("call", "urg")
    assert necessary_words(r"\bno\s+longer\b") == ("longer",)


@pytest.mark.parametrize(
    "pattern", [r"[Hh]e", r"(?:US\s+)?Treasury", r"\$", r"(?=a)ab", r"a|\d+", r"(?P<g>ab)"]
)
def test_necessary_words_gives_up_where_it_cannot_tell(pattern: str) -> None:
    assert necessary_words(pattern) is None


GATED = [
    actions._HISTORY,
    actions._HISTORY_BEFORE,
    actions._GOVERNOR_GATE,
    _action_parties._JOINT,
    _action_fields._NEGATION,
    _action_fields._REQUEST,
    _action_fields._HYPOTHETICAL,
    *(
        WordGate.of(re.compile(sense.needs))
        for r in lex.TRIGGERS
        for sense in r.senses
        if sense.needs
    ),
]


@pytest.mark.parametrize("gate", GATED)
@given(text=st.one_of(texts, fragments))
def test_a_closed_gate_means_no_match(gate: WordGate, text: str) -> None:
    wanted = gate.regex.search(text)
    found = gate.search_text(text)
    assert (found and found.span()) == (wanted and wanted.span())
    if wanted is not None:
        assert gate.open(_lower(text), 0, len(text))


def _plain_hits(
    rules: tuple[lex.TriggerRule, ...], lowered: str, start: int, end: int
) -> list[Hit]:
    """The scan as one alternation of every rule, tried after every lead."""
    body = "|".join(f"(?P<t{i}>{rule.pattern})" for i, rule in enumerate(rules))
    trigger = re.compile(rf"(?:{body})\b")
    from newsrecords.lexicon.tables import word_trie

    prefilter = re.compile(rf"(?<![\w]){word_trie(w for r in rules for w in leads(r.pattern))}")
    found: list[Hit] = []
    pos = start
    for lead in prefilter.finditer(lowered, start, end):
        if lead.start() < pos:
            continue
        hit = trigger.match(lowered, lead.start(), end)
        if hit is not None:
            found.append(Hit(hit.start(), hit.end(), int((hit.lastgroup or "t0")[1:]), hit[0]))
            pos = hit.end()
    return found


SCAN = TriggerScan(lex.TRIGGERS)


@given(text=st.one_of(texts, fragments), cut=st.integers(0, 5))
def test_trigger_scan_matches_the_plain_alternation(text: str, cut: int) -> None:
    lowered = _lower(text)
    start, end = min(cut, len(text)), max(min(cut, len(text)), len(text) - cut)
    assert SCAN.hits(lowered, start, end) == _plain_hits(lex.TRIGGERS, lowered, start, end)


FINDER = _action_parties.NameFinder()
ACTORS = (*lex.ACTORS, (lex.TITLED_PERSON, ""))
GROUPED = re.compile(
    r"(?=[A-Z0-9])(?<![\w.])(?:"
    + "|".join(f"(?P<e{i}>{pattern})" for i, (pattern, _) in enumerate(ACTORS))
    + r")(?![\w])"
)


@given(text=st.one_of(texts, fragments))
def test_entry_end_groups_match_the_entry_groups(text: str) -> None:
    found = [(m.span(), m.lastgroup, m["name"]) for m in FINDER._actor.finditer(text)]
    assert found == [(m.span(), m.lastgroup, m["name"]) for m in GROUPED.finditer(text)]


def test_numbered_back_references_keep_the_entry_groups() -> None:
    # Group 1 is the entry's own group "e0", so the entry's "(Ab)" is group 2.
    finder = _action_parties.NameFinder([(r"(Ab)\2", "Abab")])
    assert "(?P<e0>(Ab)" in finder._actor.pattern
    assert [n for _, _, n in finder.names("Say AbAb now", 0, 12)] == ["Abab"]


FLAT_NUMBER = re.compile(
    r"""
    (?<![\w$.,])
    (?:(?:up\s+to|over|more\s+than|about|nearly|some|at\s+least|the\s+remaining)\s+)?
    (?P<num>\$?\d{1,3}(?:,\d{3})+|\$?\d+(?:\.\d+)?
      |one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve
      |thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|twenty
      |thirty|forty|fifty|sixty|seventy|eighty|ninety|hundred|dozen)
    (?:\s+(?P<mult>thousand|million|billion))?
    (?![\w])
    """,
    re.VERBOSE | re.IGNORECASE,
)
NUMBER_TEXT = st.lists(
    st.sampled_from(
        ["six", "sixty", "Sixteen", "more than", "up  to", "million", "2,500", "$4", "x"]
    ),
    max_size=12,
).map(" ".join)


@given(text=st.one_of(NUMBER_TEXT, texts))
def test_number_words_match_the_flat_list(text: str) -> None:
    found = [(m.span(), m["num"], m["mult"]) for m in _action_fields._NUMBER.finditer(text)]
    assert found == [(m.span(), m["num"], m["mult"]) for m in FLAT_NUMBER.finditer(text)]


FLAT_BOUNDARY = re.compile(r"""[.!?]+["')\]]*(?=[ ]+["'(\[]?[A-Z0-9])|\n""")


@given(text=st.one_of(texts, fragments))
def test_sentence_boundary_matches_the_flat_pattern(text: str) -> None:
    found = [m.span() for m in sentences._BOUNDARY.finditer(text)]
    assert found == [m.span() for m in FLAT_BOUNDARY.finditer(text)]


_DATE_GUARD = re.compile(r"\n\s*\# How every date below starts.*?\n\s*\)\n\s*\(\?:", re.DOTALL)
FLAT_DATE = re.compile(_DATE_GUARD.sub("\n(?:", dates._DATE.pattern, count=1), re.VERBOSE)
DATE_TEXT = st.lists(
    st.sampled_from(
        [
            *("on", "On", "by", "until", "in", "the end of", "Thursday", "this week", "last"),
            *("next", "month", "Earlier", "today", "Tomorrow", "June", "Jan.", "Sept.", "5"),
            *("2021", "to", "officials", "-", ",", "14th", "Mayor", "May", "the", "end of"),
            *("This", "Later", "Yesterday", "In", "Until", "By", "Sunday", "Dec.", "March"),
        ]
    ),
    max_size=12,
).map(" ".join)


def test_the_date_guard_is_in_the_pattern() -> None:
    assert FLAT_DATE.pattern != dates._DATE.pattern


@given(text=st.one_of(DATE_TEXT, texts))
def test_date_guard_matches_the_unguarded_pattern(text: str) -> None:
    found = [m.span() for m in dates._DATE.finditer(text)]
    assert found == [m.span() for m in FLAT_DATE.finditer(text)]

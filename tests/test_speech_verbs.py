"""The one table of reporting cues (``_speech_verbs``) and the quote and indirect-speech
cue tables built from it."""

from __future__ import annotations

from collections import Counter

import pytest

from newsrecords.exceptions import RuleError
from newsrecords.lexicon.cue_words import cue_pattern, is_quote_cue, register_cue_words
from newsrecords.lexicon.reporting_verbs import (
    NOUN_CUES,
    NOUN_LIKE,
    TELL_VERBS,
    is_speech_verb,
    register_reporting_verbs,
    reporting_cue_pattern,
    takes_clause,
)
from newsrecords.lexicon.speech_verbs import _ROWS, Use, entries

# flags that only say how an indirect cue takes its content
_INDIRECT_DETAILS = (Use.SAYING, Use.OBJECT, Use.THINKING, Use.TELL, Use.NOUN_CUE)


def test_each_entry_is_listed_once() -> None:
    counts = Counter(entry for _, row in _ROWS for entry in row)
    assert [entry for entry, n in counts.items() if n > 1] == []


def test_entries_are_lower_case_and_clean() -> None:
    for _, row in _ROWS:
        for entry in row:
            assert entry == " ".join(entry.lower().split()), entry


@pytest.mark.parametrize("detail", _INDIRECT_DETAILS)
def test_indirect_details_only_on_indirect_cues(detail: Use) -> None:
    assert entries(detail) <= entries(Use.INDIRECT)


def test_verbs_taking_an_object_are_verbs_of_saying() -> None:
    assert entries(Use.OBJECT) <= entries(Use.SAYING)


def test_both_patterns_match_every_entry_of_their_use() -> None:
    for entry in entries(Use.QUOTE):
        assert cue_pattern().fullmatch(entry), entry
    for entry in entries(Use.INDIRECT):
        assert reporting_cue_pattern().fullmatch(entry), entry
        assert reporting_cue_pattern().fullmatch(entry.title()), entry


def test_predicates_read_the_table() -> None:
    assert is_quote_cue("said")
    assert is_speech_verb("said")
    assert takes_clause("said")
    assert is_quote_cue("shouted")
    assert not is_speech_verb("shouted")
    assert is_speech_verb("alleged")
    assert not is_quote_cue("alleged")
    assert "told" in TELL_VERBS
    assert "claims that" in NOUN_CUES
    assert "plan" in NOUN_LIKE
    assert not takes_clause("announced")  # a verb of saying that as often takes an object


def test_register_cue_words_adds_a_quote_cue_only() -> None:
    register_cue_words(["Blorfed"])
    assert is_quote_cue("blorfed")
    assert cue_pattern().search("he blorfed")
    assert not reporting_cue_pattern().search("he blorfed it was late")
    assert not is_speech_verb("blorfed")


def test_register_cue_words_indirect_adds_both_uses() -> None:
    register_cue_words(["snerked", "snerked back"], indirect=True)
    assert is_quote_cue("snerked")
    assert is_quote_cue("snerked back")
    assert is_speech_verb("snerked")
    assert takes_clause("snerked")
    assert reporting_cue_pattern().search("she snerked the plan was late")
    assert reporting_cue_pattern().search("she snerked back that it was late")


def test_register_reporting_verbs_keeps_the_quote_table() -> None:
    register_reporting_verbs(["glonked"])
    assert reporting_cue_pattern().search("he glonked the plan")
    assert not is_speech_verb("glonked")
    assert not takes_clause("glonked")
    assert not is_quote_cue("glonked")
    assert not cue_pattern().search("he glonked")


@pytest.mark.parametrize("bad", ["", "  ", 3, None])
def test_register_cue_words_rejects_bad_entries(bad: object) -> None:
    with pytest.raises(RuleError):
        register_cue_words(["fine", bad], indirect=True)  # type: ignore[list-item]
    assert not is_quote_cue("fine")  # nothing was added

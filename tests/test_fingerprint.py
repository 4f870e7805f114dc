"""Fingerprints: stable across processes, robust to the edits syndication makes."""

from __future__ import annotations

import datetime as _dt
import os
import subprocess
import sys

from hypothesis import given
from hypothesis import strategies as st

from newsrecords.dedupe.fingerprint import (
    action_index_keys,
    body_key,
    containment,
    counted_actions,
    entity_names,
    quote_grams,
    quote_words,
    sentence_keys,
    speaker_keys,
    stable_hash64,
)
from newsrecords.models import ActionKind, ActionMode, PolicyAction, Span, Speaker, SpeakerKind

TEXT = (
    "WASHINGTON (AP) - The Senate passed the farm bill on Tuesday. "
    "Holloway said the votes were there all along. "
    "The House is expected to take up the measure next week.\n\n"
    "Copyright 2021 The Associated Press."
)


def test_stable_hash_is_the_same_in_another_process() -> None:
    code = (
        "from newsrecords.dedupe.fingerprint import stable_hash64; print(stable_hash64('Navalny'))"
    )
    env = {**os.environ, "PYTHONHASHSEED": "123"}
    out = subprocess.run(
        [sys.executable, "-c", code], env=env, capture_output=True, text=True, check=True
    )
    assert int(out.stdout) == stable_hash64("Navalny")


def test_sentence_keys_survive_another_dateline_and_footer() -> None:
    copy = TEXT.replace("WASHINGTON (AP) - ", "").replace(
        "Copyright 2021 The Associated Press.", ""
    )
    original, syndicated = set(sentence_keys(TEXT)), set(sentence_keys(copy))
    # Two untouched sentences, two ends each, and the end of the one under the dateline.
    assert len(original & syndicated) == 5


def test_sentence_keys_survive_any_one_word_edit() -> None:
    sentence = "The council voted on Monday to close the old Main Street bridge for repairs."
    toks = sentence.split(" ")
    keys = set(sentence_keys(sentence))
    for i in range(len(toks)):
        for edited in (
            [*toks[:i], "also", *toks[i + 1 :]],  # a word replaced
            [*toks[:i], "also", *toks[i:]],  # a word added
            [*toks[:i], *toks[i + 1 :]],  # a word dropped
        ):
            assert keys & set(sentence_keys(" ".join(edited))), edited


def test_body_key_is_equal_for_equal_bodies_only() -> None:
    assert body_key('It\'s "over"') == body_key('It\'s "over"')
    assert body_key("a b") != body_key("a c")


def test_quote_grams_skip_function_word_runs() -> None:
    assert quote_grams(quote_words("I do not think that it is so")) == frozenset()
    assert len(quote_grams(quote_words("strong support for Ukraine's sovereignty"))) == 2


def test_entity_names_drop_sentence_openers() -> None:
    assert entity_names("The Kremlin said. However SolarWinds was hacked.") == {
        "kremlin",
        "solarwinds",
    }


def test_speaker_keys_for_groups_keep_the_whole_name_only() -> None:
    house = Speaker(name="White House", kind=SpeakerKind.ORGANIZATION)
    assert speaker_keys(house) == {"white house"}


@given(st.text())
def test_fingerprints_never_raise(text: str) -> None:
    assert all(0 <= k < 2**64 for k in sentence_keys(text))
    assert 0 <= body_key(text) < 2**64
    entity_names(text)
    quote_grams(quote_words(text))


def test_containment_tells_an_edited_copy_from_a_reused_paragraph() -> None:
    original = " ".join(
        f"Sentence number {n} of the original story about the bridge." for n in range(9)
    )
    edited = original.replace("number 3", "no. 3").replace("number 7", "No. 7")
    assert containment(edited, original) >= 0.7
    reused = "A different story about a fire downtown on Tuesday night. " * 3 + original[:60]
    assert containment(reused, original) < 0.5
    assert containment("", original) == 0.0


def _action(
    kind: ActionKind,
    count: int | None,
    mode: ActionMode = ActionMode.ASSERTED,
    date: _dt.date | None = None,
) -> PolicyAction:
    at = Span(start=0, end=4)
    return PolicyAction(
        kind=kind,
        count=count,
        mode=mode,
        date=date,
        trigger="word",
        trigger_span=at,
        evidence="word",
        span=at,
    )


def test_counted_actions_keep_stated_actions_with_a_count() -> None:
    day = _dt.date(2021, 4, 15)
    found = counted_actions(
        [
            _action(ActionKind.EXPULSION, 10, date=day),
            _action(ActionKind.EXPULSION, 10),  # the same, undated: one key
            _action(ActionKind.SANCTION, 32, ActionMode.FUTURE),
            _action(ActionKind.CALL, None),  # no count: a bare kind of action
            _action(ActionKind.SANCTION, 1),  # one: too common to tell events apart
            _action(ActionKind.SANCTION, 30, ActionMode.REQUESTED),  # demanded, not done
            _action(ActionKind.SANCTION, 40, ActionMode.HYPOTHETICAL),
        ]
    )
    assert found == {("expulsion", 10): frozenset({day.toordinal()}), ("sanction", 32): frozenset()}


def test_action_keys_depend_on_kind_and_count_only() -> None:
    left = action_index_keys([_action(ActionKind.EXPULSION, 10, date=_dt.date(2021, 4, 15))])
    right = action_index_keys([_action(ActionKind.EXPULSION, 10)])
    assert left == right
    assert len(left) == 1
    assert not left & action_index_keys([_action(ActionKind.EXPULSION, 11)])
    assert not left & action_index_keys([_action(ActionKind.SANCTION, 10)])

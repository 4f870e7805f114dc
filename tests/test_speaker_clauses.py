"""Properties of the clause rules of issue 13 over generated sentences: each only ever
moves a quote to a phrase inside its own sentence, never drops an attribution."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from newsrecords.quotes.absolute_clause import absolute_clause_speaker
from newsrecords.quotes.opening_clause import opening_clause_cue
from newsrecords.speakers.phrases import mention_before

_NAMES = st.sampled_from(["Ann Lee", "Tom Riggs", "Mayor Tom Riggs", "the agency", "Lee"])
_OPENERS = st.sampled_from(["When", "While", "As", "After", "Because", "Then"])
_CUES = st.sampled_from(["shouted", "said", "called it", "told reporters", "spoke"])
_VERBS = st.sampled_from(["laughed", "said", "left", "agreed"])


@given(_OPENERS, _NAMES, _CUES, _NAMES, _VERBS)
def test_the_opening_clause_rule_picks_a_phrase_before_the_quote(
    opener: str, inner: str, cue: str, main: str, verb: str
) -> None:
    text = f'{opener} {inner} {cue}, "Resign now," {main} {verb}.'
    q_start = text.index('"')
    q_end = text.index('"', q_start + 1) + 1
    subject = mention_before(text, q_end, q_end + 1 + len(main))
    if subject is None:
        return
    at = q_end + 1 + len(main) + 1
    found = opening_clause_cue(text, 0, q_start, q_end, (subject, (at, at + len(verb))))
    if found is not None:
        assert 0 < found[0].span.start < found[0].span.end <= q_start
        assert found[1][1] <= q_start


@given(_NAMES, _NAMES, st.sampled_from(["telling", "calling", "running", "taking"]))
def test_the_with_clause_speaker_stands_between_subject_and_quote(
    first: str, second: str, verb: str
) -> None:
    text = f'{first} denied it, with {second} {verb} the claims "false."'
    subject = mention_before(text, 0, len(first))
    if subject is None:
        return
    found = absolute_clause_speaker(
        text, 0, text.index('"'), (subject, (len(first) + 1, len(first) + 7))
    )
    if found is not None:
        assert found[0].span.start == text.index(", with ") + len(", with ")
        assert found[1][0] < text.index('"')

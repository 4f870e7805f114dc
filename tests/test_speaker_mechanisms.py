"""Properties of the speaker mechanisms of issue 13 over generated sentences: each rule
only ever moves a quote to a phrase of the text around it, never drops an attribution."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from newsrecords.quotes.governing_cue import list_joined, own_sentence_first
from newsrecords.speakers.appositive_head import appositive_head
from newsrecords.speakers.document_owner import document_owner
from newsrecords.speakers.phrases import mention_before

_NAMES = st.sampled_from(["Ann Lee", "Tom Riggs", "Mayor Tom Riggs", "the agency", "Lee"])
_ROLES = st.sampled_from(["the clerk", "the county clerk", "a spokesman", "the mayor"])
_DOCS = st.sampled_from(["letter", "campaign post", "statement", "Facebook post"])
_CUES = st.sampled_from(["said", "called", "told reporters", "added"])


@given(_NAMES, _DOCS)
def test_a_document_owner_is_a_phrase_inside_the_document_mention(owner: str, doc: str) -> None:
    text = f"From {owner}'s {doc}"
    mention = mention_before(text, 0, len(text))
    assert mention is not None
    found = document_owner(text, mention)
    if found is not None:
        assert mention.span.start <= found.span.start < found.span.end <= mention.span.end
        assert "'s" not in found.text


@given(_NAMES, _ROLES, _CUES)
def test_an_appositive_head_opens_the_stretch(name: str, role: str, cue: str) -> None:
    text = f"{name}, {role}, who retired in May, {cue}"
    end = text.index(", who")
    mention = mention_before(text, 0, end)
    if mention is None:
        return
    found = appositive_head(text, 0, mention)
    if found is not None:
        assert found.span.start == 0
        assert found.span.end < mention.span.start


@given(st.text(alphabet=" ,andorxy", max_size=12))
def test_a_list_gap_holds_only_commas_and_coordinators(gap: str) -> None:
    text = f'"a"{gap}"b"'
    if list_joined(text, 3, 3 + len(gap)):
        assert not set(gap.replace("and", "").replace("or", "")) - set(" ,")


@given(_NAMES, _CUES, _NAMES, _CUES)
def test_the_own_sentence_rule_never_drops_an_attribution(
    first: str, cue: str, second: str, later: str
) -> None:
    text = f'{first} {cue} the plan "reckless." {second} {later} little.'
    q = text.index('"')
    nxt = text.index(second, q)
    after = mention_before(text, nxt, nxt + len(second))
    if after is None:
        return
    found = (after, (nxt + len(second) + 1, nxt + len(second) + 1 + len(later)))
    assert own_sentence_first(text, found, nxt, 0, q) is not None

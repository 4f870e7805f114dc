"""Merging the members of a story: one entry per identical quote or action, all kept."""

from __future__ import annotations

import datetime as _dt
import hashlib

from newsrecords.dedupe.merge import MemberPlan, build_story, merge_speakers, story_id
from newsrecords.models import (
    ActionKind,
    Article,
    Mention,
    PolicyAction,
    Quote,
    QuoteKind,
    Relation,
    Source,
    Span,
    Speaker,
)

PSAKI = Speaker(name="Jen Psaki", aliases=("Psaki",))
SHE = Speaker(name="Psaki", aliases=("she",))


def _quote(text: str, speaker: Speaker | None) -> Quote:
    return Quote(text=text, kind=QuoteKind.DIRECT, speaker=speaker, span=Span(start=0, end=1))


def _action(evidence: str) -> PolicyAction:
    return PolicyAction(
        kind=ActionKind.EXPULSION,
        trigger="expelled",
        trigger_span=Span(start=0, end=8),
        actor="United States",
        target="Russia",
        count=10,
        unit="diplomats",
        date=_dt.date(2021, 4, 15),
        evidence=evidence,
        span=Span(start=0, end=len(evidence)),
    )


def _article(
    name: str, quotes: tuple[Quote, ...] = (), actions: tuple[PolicyAction, ...] = ()
) -> Article:
    return Article(
        id="0123456789abcdef",
        body="body",
        span=Span(start=0, end=4),
        quotes=quotes,
        speakers=tuple({q.speaker for q in quotes if q.speaker}),
        actions=actions,
        source=Source(name=name, sha256=hashlib.sha256(name.encode()).hexdigest()),
    )


def _plans(*articles: Article) -> list[MemberPlan]:
    first, *rest = articles
    return [
        MemberPlan(first, Relation.CANONICAL, 1.0),
        *(MemberPlan(a, Relation.EXACT, 1.0) for a in rest),
    ]


def test_identical_quotes_become_one_with_every_mention() -> None:
    a = _article("a", (_quote("We will act firmly.", PSAKI), _quote("No comment.", None)))
    b = _article("b", (_quote("We  will act firmly.", SHE),))
    story = build_story(_plans(a, b))
    assert len(story.quotes) == 2
    firmly = story.quotes[0]
    assert firmly.mentions == (Mention(article=0, item=0), Mention(article=1, item=0))
    assert firmly.quote == a.quotes[0]


def test_same_words_from_other_speakers_stay_apart() -> None:
    other = Speaker(name="Antony Blinken")
    a = _article("a", (_quote("We will act firmly.", PSAKI),))
    b = _article("b", (_quote("We will act firmly.", other),))
    story = build_story(_plans(a, b))
    assert len(story.quotes) == 2
    assert {s.name for s in story.speakers} == {"Jen Psaki", "Antony Blinken"}


def test_speakers_unify_by_name_and_alias_keeping_every_alias() -> None:
    a = _article("a", (_quote("x y z", PSAKI),))
    b = _article("b", (_quote("x y z", SHE),))
    speakers, speaker_of = merge_speakers([a, b])
    assert len(speakers) == 1
    assert speakers[0].name == "Jen Psaki"
    assert speakers[0].aliases == ("Psaki", "she")
    assert speaker_of[PSAKI] == speaker_of[SHE] == 0


def test_pronoun_aliases_never_join_speakers() -> None:
    one = Speaker(name="Jen Psaki", aliases=("she",))
    two = Speaker(name="Maria Zakharova", aliases=("she",))
    speakers, _ = merge_speakers([_article("a", (_quote("a", one), _quote("b", two)))])
    assert len(speakers) == 2


def test_identical_actions_merge_and_all_are_kept() -> None:
    a = _article("a", actions=(_action("The US expelled ten diplomats."),))
    b = _article("b", actions=(_action("Washington expelled 10 Russian diplomats on Thursday."),))
    story = build_story(_plans(a, b))
    (merged,) = story.actions
    assert merged.mentions == (Mention(article=0, item=0), Mention(article=1, item=0))


def test_members_say_their_relation_and_story_id_is_stable() -> None:
    a, b = _article("a"), _article("b")
    story = build_story(_plans(a, b))
    assert [m.relation for m in story.members] == [Relation.CANONICAL, Relation.EXACT]
    assert story.id == story_id([a, b]) == build_story(_plans(a, b)).id
    assert story.id != story_id([b, a])  # the canonical article is part of the identity

"""Deduplication on articles built directly: exact, near and same-event stories, and not."""

from __future__ import annotations

import datetime as _dt
import hashlib
import os
import subprocess
import sys

import pytest

from newsrecords import dedupe
from newsrecords.dedupe import DedupeConfig, Deduper
from newsrecords.exceptions import InputTypeError
from newsrecords.models import (
    ActionKind,
    Article,
    PolicyAction,
    Quote,
    QuoteKind,
    Relation,
    Source,
    Span,
    Speaker,
    Story,
)


def make_article(
    body: str,
    *,
    source: str,
    headline: str | None = None,
    quotes: tuple[tuple[str, str | None], ...] = (),
    published: _dt.datetime | None = None,
    actions: tuple[tuple[str, int | None, str], ...] = (),
) -> Article:
    """An article as the parser would give it; each quote's words, and each action's
    trigger (``(kind, count, trigger)``), must occur in ``body``."""
    stated: list[PolicyAction] = []
    for kind, count, trigger in actions:
        at = body.index(trigger)
        span = Span(start=at, end=at + len(trigger))
        stated.append(
            PolicyAction(
                kind=ActionKind(kind),
                trigger=trigger,
                trigger_span=span,
                count=count,
                evidence=trigger,
                span=span,
            )
        )
    built: list[Quote] = []
    for text, speaker in quotes:
        start = body.index(text)
        built.append(
            Quote(
                text=text,
                kind=QuoteKind.DIRECT,
                speaker=Speaker(name=speaker) if speaker else None,
                span=Span(start=start, end=start + len(text)),
            )
        )
    content = f"{headline or ''}\n\n{body}".encode()
    return Article(
        id=Article.content_id(headline, body),
        headline=headline,
        published=published,
        body=body,
        span=Span(start=0, end=len(body)),
        quotes=tuple(built),
        speakers=tuple({q.speaker for q in built if q.speaker}),
        actions=tuple(stated),
        source=Source(name=source, sha256=hashlib.sha256(source.encode() + content).hexdigest()),
    )


WIRE = [
    "Senator Jane Holloway of Nebraska said on Monday that the farm bill would pass the "
    "Senate before the August recess.",
    'Holloway told reporters in Lincoln that "the votes are there and the time is now" for '
    "the measure.",
    "The bill extends crop insurance subsidies for five years and trims the food stamp "
    "program by four billion dollars.",
    "Democrats in the Senate have said they will oppose any cut to nutrition assistance.",
    "The House passed its version of the bill in June by a margin of eleven votes.",
    "Agriculture Secretary Tom Vilsack has urged both chambers to settle their differences "
    "quickly.",
    "Farm groups in Iowa and Kansas have lobbied for the insurance provisions for months.",
    "A conference committee is expected to meet after the vote to reconcile the two bills.",
    "Holloway said she expected at least eight Democrats to vote with Republicans.",
    "The Congressional Budget Office estimated the bill would cost nine hundred billion "
    "dollars over ten years.",
]
WIRE_QUOTES = (("the votes are there and the time is now", "Jane Holloway"),)
DAY = _dt.datetime(2021, 2, 18, 12, 0)


def wire(source: str = "AP", published: _dt.datetime | None = None) -> Article:
    body = "\n\n".join(WIRE)
    return make_article(
        body,
        source=source,
        headline="Farm bill nears Senate vote",
        quotes=WIRE_QUOTES,
        published=published,
    )


def syndicated(source: str = "Omaha Herald") -> Article:
    """Another dateline and footer, a cut tail and two edited words."""
    lines = ["LINCOLN, Neb. (AP) - " + WIRE[0], *WIRE[1:8]]
    lines[3] = lines[3].replace("oppose any cut", "fight any cut")
    lines[6] = lines[6].replace("for months", "for weeks")
    lines.append("Copyright 2021 The Associated Press. All rights reserved.")
    return make_article("\n\n".join(lines), source=source, quotes=WIRE_QUOTES)


REWRITE_BODY = (
    "Nebraska Republican Jane Holloway is betting her reputation on a farm bill vote.\n\n"
    '"The votes are there and the time is now," Holloway insisted during a stop in '
    "Lincoln, a message aimed as much at wavering Democrats as at farm lobbyists.\n\n"
    "Critics of the Senate measure point to the food stamp cuts, which they call cruel.\n\n"
    "Vilsack, the agriculture secretary, has stayed out of the fight so far.\n\n"
    "Holloway later added that she was "
    '"confident that eight Democrats will cross the aisle" in the Senate.'
)


def rewrite(source: str = "The Hill", published: _dt.datetime | None = None) -> Article:
    quotes = (
        ("The votes are there and the time is now", "Holloway"),
        ("confident that eight Democrats will cross the aisle", "Holloway"),
    )
    return make_article(REWRITE_BODY, source=source, quotes=quotes, published=published)


def by_source(stories: list[Story]) -> list[set[str | None]]:
    return sorted(
        ({a.source.name for a in s.articles} for s in stories), key=lambda g: sorted(map(str, g))
    )


def test_empty_input_gives_no_stories() -> None:
    assert dedupe([]) == []


def test_non_article_is_a_typed_error() -> None:
    with pytest.raises(InputTypeError, match="must be Article, not str"):
        dedupe(["text"])  # type: ignore[list-item]


def test_lone_article_is_a_story_of_one() -> None:
    (story,) = dedupe([wire()])
    assert [m.relation for m in story.members] == [Relation.CANONICAL]
    assert story.members[0].similarity == 1.0


def test_exact_copies_under_other_sources_are_one_story() -> None:
    stories = dedupe([wire("AP"), wire("Yahoo"), wire("MSN")])
    assert len(stories) == 1
    story = stories[0]
    assert {a.source.name for a in story.articles} == {"AP", "Yahoo", "MSN"}
    assert [m.relation for m in story.members] == [
        Relation.CANONICAL,
        Relation.EXACT,
        Relation.EXACT,
    ]
    # The three copies share one id, yet all three stay members.
    assert len({a.id for a in story.articles}) == 1


def test_syndicated_copy_is_near() -> None:
    (story,) = dedupe([syndicated(), wire()])
    assert story.articles[0].source.name == "AP"  # the fuller original is canonical
    member = story.members[1]
    assert member.relation is Relation.NEAR
    assert 0.5 <= member.similarity < 1.0


def test_rewrite_sharing_quotes_with_the_same_speaker_is_same_event() -> None:
    (story,) = dedupe([rewrite(published=DAY), wire(published=DAY)])
    member = story.members[1]
    assert member.relation is Relation.SAME_EVENT
    assert member.shared_quotes == ("The votes are there and the time is now",)
    assert member.similarity < 0.5


def test_all_three_kinds_form_one_story() -> None:
    stories = dedupe([rewrite(), syndicated(), wire("AP"), wire("Yahoo")])
    assert len(stories) == 1
    relations = [m.relation for m in stories[0].members]
    assert relations == [
        Relation.CANONICAL,
        Relation.EXACT,
        Relation.NEAR,
        Relation.SAME_EVENT,
    ]


def test_same_people_and_topic_without_a_shared_quote_stay_apart() -> None:
    other = make_article(
        "Senator Jane Holloway of Nebraska toured flooded farms in Iowa on Monday.\n\n"
        "Holloway said the farm bill must include disaster aid for the Senate to act, and "
        '"nobody in Lincoln will forget this spring."\n\n'
        "Vilsack promised federal help for farmers in Kansas and Nebraska.",
        source="Reuters",
        quotes=(("nobody in Lincoln will forget this spring.", "Jane Holloway"),),
        published=DAY,
    )
    assert len(dedupe([wire(published=DAY), other])) == 2


def test_shared_quote_outside_the_date_window_stays_apart() -> None:
    later = rewrite(published=DAY + _dt.timedelta(days=60))
    assert len(dedupe([wire(published=DAY), later])) == 2
    wide = DedupeConfig(event_window_days=90)
    assert len(dedupe([wire(published=DAY), later], config=wide)) == 1


def test_shared_words_from_another_speaker_stay_apart() -> None:
    quotes = (
        ("The votes are there and the time is now", "Chuck Schumer"),
        ("confident that eight Democrats will cross the aisle", "Chuck Schumer"),
    )
    body = REWRITE_BODY.replace("Holloway insisted", "Schumer insisted").replace(
        "Holloway later", "Schumer later"
    )
    other = make_article(body, source="Politico", quotes=quotes)
    assert len(dedupe([wire(), other])) == 2


def test_unattributed_quotes_need_two_matches() -> None:
    one = make_article(
        REWRITE_BODY, source="Blog", quotes=(("The votes are there and the time is now", None),)
    )
    assert len(dedupe([wire(), one])) == 2
    two = make_article(
        REWRITE_BODY + '\n\nShe said "the votes are there" and "eight Democrats will cross" too.',
        source="Blog",
        quotes=(
            ("The votes are there and the time is now", None),
            ("confident that eight Democrats will cross the aisle", None),
        ),
    )
    wire_two = make_article(
        "\n\n".join([*WIRE, "She was confident that eight Democrats will cross the aisle."]),
        source="AP",
        quotes=(*WIRE_QUOTES, ("confident that eight Democrats will cross the aisle", None)),
    )
    assert len(dedupe([wire_two, two])) == 1


def test_boilerplate_sentences_alone_do_not_merge() -> None:
    footer = "Copyright 2021 The Associated Press. All rights reserved. This material may not be"
    a = make_article(f"{WIRE[0]}\n\n{WIRE[4]}\n\n{footer}", source="A")
    b = make_article(f"{WIRE[2]}\n\n{WIRE[6]}\n\n{footer}", source="B")
    assert len(dedupe([a, b])) == 2


def test_deduper_streams_and_reports_index_size() -> None:
    deduper = Deduper()
    for article in (wire("AP"), syndicated(), rewrite()):
        deduper.add(article)
    assert len(deduper) == 3
    stories = list(deduper.stories())
    assert len(stories) == 1
    assert deduper.index_bytes > 0


def test_order_of_stories_and_members_is_fixed() -> None:
    articles = [
        wire("AP"),
        wire("Yahoo"),
        syndicated(),
        rewrite(),
        make_article("An unrelated story about weather in Maine and rain on Tuesday.", source="X"),
    ]
    first = dedupe(articles)
    again = dedupe(list(reversed(articles)))
    assert first == again


_SCRIPT = """
import json, sys
sys.path.insert(0, {tests!r})
from test_dedupe import wire, syndicated, rewrite
from newsrecords import dedupe
print(json.dumps([s.id for s in dedupe([rewrite(), wire("AP"), syndicated(), wire("B")])]))
"""


def test_stories_do_not_depend_on_the_hash_seed() -> None:
    tests = os.path.dirname(__file__)
    outputs = set()
    for seed in ("1", "2"):
        env = {**os.environ, "PYTHONHASHSEED": seed}
        run = subprocess.run(
            [sys.executable, "-c", _SCRIPT.format(tests=tests)],
            env=env,
            capture_output=True,
            text=True,
            check=True,
        )
        outputs.add(run.stdout)
    assert len(outputs) == 1


# -- same event on counted actions, and no chains ---------------------------------------

ACTION_NEWS = (
    "The Senate ethics panel expelled 12 lobbyists from the Zorblat, Quimby and Vexford "
    "hearings on Tuesday."
)


def test_links_do_not_chain_through_a_middle_article() -> None:
    """B shares a quote with A and a counted action with rare names with C; A and C share
    nothing. B joins one of them, never both, whatever the input order."""
    a = wire("AP", DAY)
    b = make_article(
        f"{REWRITE_BODY}\n\n{ACTION_NEWS}",
        source="B",
        quotes=(("The votes are there and the time is now", "Holloway"),),
        published=DAY,
        actions=(("expulsion", 12, "expelled"),),
    )
    c = make_article(
        "Zorblat, Quimby and Vexford lobbyists were shown the door: the Senate ethics panel "
        "expelled 12 of them on Tuesday.",
        source="C",
        published=DAY,
        actions=(("expulsion", 12, "expelled"),),
    )
    for order in ([a, b, c], [c, b, a], [b, c, a]):
        groups = by_source(dedupe(order))
        assert not any({"AP", "C"} <= g for g in groups)
        assert {"B"} in groups or any({"B", "AP"} <= g or {"B", "C"} <= g for g in groups)
    # Each link alone is found.
    assert {"AP", "B"} in by_source(dedupe([a, b]))
    assert {"B", "C"} in by_source(dedupe([b, c]))


def test_counted_action_link_names_no_quote() -> None:
    """A same-event member found on actions has no shared quote to show."""
    b = make_article(
        ACTION_NEWS + " Zorblat staff left.",
        source="B",
        actions=(("expulsion", 12, "expelled"),),
    )
    c = make_article(
        "Zorblat, Quimby and Vexford lobbyists were expelled, 12 in all.",
        source="C",
        actions=(("expulsion", 12, "expelled"),),
    )
    (story,) = dedupe([b, c])
    assert [m.relation for m in story.members] == [Relation.CANONICAL, Relation.SAME_EVENT]
    assert story.members[1].shared_quotes == ()
    assert story.members[1].shared_actions == ("expulsion:12",)
    assert {"zorblat", "quimby", "vexford"} <= set(story.members[1].shared_names)
    assert story.members[0].shared_actions == story.members[0].shared_names == ()
    assert Story.model_validate_json(story.model_dump_json()) == story


def test_quote_link_names_no_action() -> None:
    """A member found on shared quotes shows them, and no counted action or rare name."""
    (story,) = dedupe([wire("AP", DAY), rewrite("The Hill", DAY)])
    member = story.members[1]
    assert member.relation is Relation.SAME_EVENT
    assert member.shared_quotes
    assert member.shared_actions == member.shared_names == ()


def test_member_evidence_fields_are_in_the_json_schema() -> None:
    properties = Story.model_json_schema()["$defs"]["StoryMember"]["properties"]
    assert {"shared_quotes", "shared_actions", "shared_names"} <= properties.keys()

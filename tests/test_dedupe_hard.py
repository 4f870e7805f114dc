"""Deduplication on what a real crawl holds: shared background, stock quotes, short wire
copies, attribution slips, and each member's own evidence."""

from __future__ import annotations

import datetime as _dt
import random

import pytest

from newsrecords import dedupe
from newsrecords.dedupe import DedupeConfig
from newsrecords.exceptions import InputTypeError
from newsrecords.models import Article, Relation, Story, StoryMember
from test_dedupe import make_article

_SYLLABLES = ("ka", "lo", "mi", "ne", "ru", "sa", "te", "vo", "zi", "pa", "be", "do", "fu")
MONDAY = _dt.datetime(2021, 3, 1, 9)


def _own(k: int, n: int) -> list[str]:
    """``n`` sentences of made-up words that only story ``k`` holds (seeded by ``k``)."""
    rng = random.Random(k)

    def word() -> str:
        return "".join(rng.choice(_SYLLABLES) for _ in range(3))

    return [" ".join(word() for _ in range(16)).capitalize() + "." for _ in range(n)]


BOX = [  # an explainer reused under every story on the topic
    "The county water authority was founded in 1931 to manage the reservoirs of the valley.",
    "It serves about two hundred thousand households across four townships and two cities.",
    "Its board of seven members is elected every four years by the voters of the district.",
    "The authority has been criticised for the rising cost of repairs on its oldest pipes.",
    "A state audit in 2019 found that a fifth of its mains were more than eighty years old.",
    "Rates rose by nine percent last year, the largest increase since the early nineties.",
]


def _story(k: int) -> Article:
    body = "\n\n".join([" ".join(_own(k, 6)), " ".join(BOX)])
    return make_article(body, source=f"paper-{k}", published=MONDAY)


def _brief(k: int) -> Article:
    """A short brief: one sentence of its own, padded with the explainer box."""
    body = "\n\n".join([_own(k + 1000, 1)[0], " ".join(BOX)])
    return make_article(body, source=f"brief-{k}", published=MONDAY)


@pytest.mark.parametrize("bad", [None, 5, "some text", b"bytes", 3.5])
def test_dedupe_of_a_non_iterable_names_its_type(bad: object) -> None:
    with pytest.raises(InputTypeError, match=type(bad).__name__):
        dedupe(bad)  # type: ignore[arg-type]


def test_dedupe_of_a_single_article_or_of_non_articles_names_the_type() -> None:
    with pytest.raises(InputTypeError, match="Article"):
        dedupe(_story(0))  # type: ignore[arg-type]
    with pytest.raises(InputTypeError, match="NoneType"):
        dedupe([_story(0), None])  # type: ignore[list-item]
    with pytest.raises(TypeError):  # InputTypeError is a TypeError too
        dedupe([{"body": "x"}])  # type: ignore[list-item]


def _largest(stories: list[Story]) -> int:
    return max(len(s.articles) for s in stories)


@pytest.mark.parametrize("size", [8, 32])
def test_no_chain_through_short_briefs_of_shared_background(size: int) -> None:
    """Issue 16: the largest story grew 26 -> 57 -> 4,672 articles as the crawl doubled,
    through briefs made mostly of a shared explainer box. Scaled down: every story and
    brief carries the box, and none may join another through it, at any size."""
    articles = [_story(k) for k in range(size)] + [_brief(k) for k in range(size)]
    stories = dedupe(articles)
    # A brief may stay with one story that carries the box (on so few bodies the box is
    # hardly background yet), but no story ever holds two of the stories.
    assert _largest(stories) <= 2
    for story in stories:
        assert sum((a.source.name or "").startswith("paper") for a in story.articles) <= 1


def test_a_brief_of_a_story_still_joins_it_despite_the_background() -> None:
    """A brief that shares the story's own sentence (not only the box) is its copy."""
    story = _story(3)
    own = _own(3, 6)
    brief = make_article(
        "\n\n".join([f"OMAHA (AP) - {own[0]} {own[1]}", " ".join(BOX)]),
        source="wire",
        published=MONDAY,
    )
    stories = dedupe([story, brief, *(_story(k) for k in range(4, 24))])
    [joined] = [s for s in stories if len(s.articles) > 1]
    assert {a.source.name for a in joined.articles} == {"paper-3", "wire"}


def _stock_story(k: int, when: _dt.datetime) -> Article:
    """An unrelated story that repeats the senator's stock line, with common names."""
    line = "we will never surrender our farms to the big city bureaucrats"
    body = "\n\n".join(
        [
            " ".join(_own(k, 5)),
            f'Senator Jane Holloway of Nebraska told voters in Iowa: "{line}."',
            "Trump and Clinton were not mentioned in Lincoln on Tuesday.",
        ]
    )
    return make_article(
        body, source=f"outlet-{k}", quotes=((line, "Jane Holloway"),), published=when
    )


def test_a_stock_quote_alone_never_links_unrelated_stories() -> None:
    # Forty stories over four months, two or three a day apart at most.
    articles = [_stock_story(k, MONDAY + _dt.timedelta(days=3 * k)) for k in range(40)]
    assert _largest(dedupe(articles)) == 1


def _quoting(
    lead: str, k: int, quote: tuple[str, str], source: str, when: _dt.datetime = MONDAY
) -> Article:
    """A lead paragraph with a quote, then three sentences of story ``k``'s own."""
    body = f"{lead}\n\n" + " ".join(_own(k, 3))
    return make_article(body, source=source, quotes=(quote,), published=when)


def test_a_rare_quote_still_links_among_stock_quotes() -> None:
    articles = [_stock_story(k, MONDAY + _dt.timedelta(days=3 * k)) for k in range(40)]
    rare = "the dam will hold until the spring floods come down the valley"
    lead = f'Senator Jane Holloway of Nebraska spoke in Lincoln, Iowa. "{rare}," she said.'
    first = _quoting(lead, 500, (rare, "Jane Holloway"), "ap")
    lead = f'In Lincoln, Holloway of Nebraska and Iowa farmers: "{rare}."'
    second = _quoting(lead, 501, (rare, "Holloway"), "blog", MONDAY + _dt.timedelta(hours=5))
    stories = dedupe([*articles, first, second])
    [joined] = [s for s in stories if len(s.articles) > 1]
    assert {a.source.name for a in joined.articles} == {"ap", "blog"}
    assert joined.members[1].link is Relation.SAME_EVENT


def test_a_one_paragraph_wire_item_joins_its_story() -> None:
    own = _own(7, 8)
    story = make_article(
        "\n\n".join([" ".join(own[:3]), " ".join(own[3:6]), " ".join(own[6:])]),
        source="paper",
        published=MONDAY,
    )
    # The first paragraph under a dateline, cut in its last sentence: about 70 words.
    item = f"DENVER (Reuters) - {own[0]} {own[1]} {' '.join(own[2].split()[:9])}"
    wire = make_article(item, source="wire", published=MONDAY)
    [joined] = dedupe([story, wire])
    member = joined.members[1]
    assert (member.relation, member.link, member.linked_to) == (Relation.NEAR, Relation.NEAR, 0)


def test_an_attribution_slip_on_a_long_identical_quote_is_not_a_veto() -> None:
    quote = "we are going to rebuild every bridge in this county before the next winter"
    lead = f'Mayor Ann Ruiz and deputy Bo Chen toured Omaha and Lincoln. "{quote}," Ruiz said.'
    first = _quoting(lead, 11, (quote, "Ann Ruiz"), "ap")
    second = _quoting(
        f'Bo Chen and Ann Ruiz in Omaha and Lincoln. "{quote}," Chen said.',
        12,
        (quote, "Bo Chen"),
        "blog",
    )
    [story] = dedupe([first, second])
    assert story.members[1].link is Relation.SAME_EVENT
    assert story.members[1].link_score is not None
    assert 0 < story.members[1].link_score < 1
    # Without either side naming the other's speaker, the disagreement stays a veto.
    stranger = make_article(
        second.body.replace("Bo Chen and Ann Ruiz", "Cy Ortiz").replace("Chen said", "Ortiz said"),
        source="other",
        quotes=((quote, "Cy Ortiz"),),
        published=MONDAY,
    )
    assert len(dedupe([first, stranger])) == 2


def test_every_member_names_its_own_link_and_only_its_own_quotes() -> None:
    quote = "nobody wants to drive over a bridge that could fall into the river"
    own = _own(20, 6)
    wire_body = "\n\n".join(
        [f'Mayor Ann Ruiz of Tucson said "{quote}" on Monday.', *own[:3], " ".join(own[3:])]
    )
    wire = make_article(wire_body, source="ap", quotes=((quote, "Ann Ruiz"),), published=MONDAY)
    rewrite_body = (
        f'Tucson is losing its Main Street bridge. "{quote.capitalize()}," Ruiz told the '
        "council of Tucson.\n\nShop owners on Main Street fear the detour will cost them "
        "customers for months, Ann Ruiz conceded."
    )
    rewrite = make_article(
        rewrite_body, source="blog", quotes=((quote.capitalize(), "Ruiz"),), published=MONDAY
    )
    copy_of_rewrite = make_article(
        "TUCSON (AP) - " + rewrite_body,
        source="mirror",
        quotes=((quote.capitalize(), "Ruiz"),),
        published=MONDAY,
    )
    [story] = dedupe([rewrite, copy_of_rewrite, wire])
    by_source = {story.articles[m.article].source.name: m for m in story.members}
    assert by_source["ap"].relation is Relation.CANONICAL
    assert by_source["ap"].linked_to is None
    for member in story.members[1:]:
        article = story.articles[member.article]
        assert member.linked_to is not None
        assert member.linked_to != member.article
        assert member.link is not None
        assert member.link_score is not None
        assert 0 < member.link_score <= 1
        assert set(member.shared_quotes) <= {q.text for q in article.quotes}
    # The rewrite's copy is the same event as the canonical article, whether it came in
    # through its own check against it or as a near copy of the rewrite.
    mirror = by_source["mirror"]
    assert mirror.relation is Relation.SAME_EVENT
    if mirror.link is Relation.NEAR:
        assert story.articles[mirror.linked_to or 0].source.name == "blog"
        assert mirror.shared_quotes == ()
    assert by_source["blog"].shared_quotes == (quote.capitalize(),)


def test_story_members_from_before_the_link_fields_still_load() -> None:
    old = '{"article": 1, "relation": "near", "similarity": 0.9, "shared_quotes": []}'
    member = StoryMember.model_validate_json(old)
    assert (member.linked_to, member.link, member.link_score) == (None, None, None)


def test_briefs_stay_apart_even_with_background_counted_whole() -> None:
    """With every key counted whole (a huge background_df), a brief is as near every story
    carrying the box: no link is distinctive, so it takes none."""
    articles = [_story(k) for k in range(4)] + [_brief(k) for k in range(4)]
    loose = DedupeConfig(background_df=10**6)
    assert _largest(dedupe(articles, config=loose)) == 1

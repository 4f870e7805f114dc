"""Properties of dedupe: order does not matter, it is idempotent, and nothing is lost."""

from __future__ import annotations

from collections import Counter

from hypothesis import given
from hypothesis import strategies as st

from newsrecords import dedupe, strategies
from newsrecords.models import Article, Story
from test_dedupe import make_article

_PLACES = ("Omaha", "Tucson", "Albany", "Boise")
_TOPICS = ("water", "transit", "school", "housing")
_SPEAKERS = ("Ann Ruiz", "Bo Chen", "Cy Ortiz", "Di Novak")


def _base(k: int) -> tuple[list[str], str, str]:
    """Story ``k``: its sentences, one quote and the quote's speaker."""
    place, topic = _PLACES[k], _TOPICS[k]
    quote = f"we will finish the {topic} budget before the {place} winter arrives"
    sentences = [
        f"The council of {place} voted {j} times on the {topic} budget plan number {j}."
        for j in range(8)
    ]
    sentences.insert(1, f"The {place} council expelled {_count(k)} contractors from the plan.")
    sentences.insert(2, f'Mayor {_SPEAKERS[k]} said "{quote}" on Monday.')
    return sentences, quote, _SPEAKERS[k]


def _count(k: int) -> int:
    """Story ``k``'s counted action: so many contractors expelled."""
    return 10 + k


def _variant(k: int, kind: str, source: str) -> Article:
    """A copy of story ``k``: exact, near, a rewrite sharing its quote, or a retelling
    sharing only its counted action and names (as after a translation)."""
    sentences, quote, speaker = _base(k)
    quotes: tuple[tuple[str, str | None], ...] = ((quote, speaker),)
    if kind == "near":
        sentences = [f"{_PLACES[k].upper()} (AP) - {sentences[0]}", *sentences[1:-2]]
    elif kind == "rewrite":
        sentences = [
            f"In {_PLACES[k]}, a fight over the {_TOPICS[k]} budget is splitting the council.",
            f'"{quote}," {speaker} told a crowd of residents in {_PLACES[k]}.',
            f"Critics of Mayor {speaker} say the plan will fail; {_count(k)} contractors "
            "were expelled.",
        ]
    elif kind == "retold":
        sentences = [
            f"{_PLACES[k]}: {_count(k)} contractors were expelled from the {_TOPICS[k]} works, "
            f"Mayor {speaker} announced."
        ]
        quotes = ()
    body = "\n\n".join(sentences)
    return make_article(
        body, source=source, quotes=quotes, actions=(("expulsion", _count(k), "expelled"),)
    )


_ARTICLES = st.lists(
    st.builds(
        _variant,
        st.integers(0, 3),
        st.sampled_from(["exact", "near", "rewrite", "retold"]),
        st.sampled_from(["AP", "Reuters", "Yahoo", "Blog", "MSN"]),
    ),
    min_size=1,
    max_size=10,
)


def _articles_of(stories: list[Story]) -> list[Article]:
    return [a for s in stories for a in s.articles]


@given(_ARTICLES, st.randoms(use_true_random=False))
def test_invariant_under_input_order(articles: list[Article], rng: object) -> None:
    shuffled = list(articles)
    rng.shuffle(shuffled)  # type: ignore[attr-defined]
    assert dedupe(shuffled) == dedupe(articles)


@given(_ARTICLES)
def test_idempotent_on_its_own_articles(articles: list[Article]) -> None:
    stories = dedupe(articles)
    assert dedupe(_articles_of(stories)) == stories


@given(_ARTICLES)
def test_every_article_quote_and_source_is_kept(articles: list[Article]) -> None:
    stories = dedupe(articles)
    key = [(a.id, a.source) for a in articles]
    assert Counter(key) == Counter((a.id, a.source) for a in _articles_of(stories))
    for story in stories:
        mentioned = {(m.article, m.item) for q in story.quotes for m in q.mentions}
        wanted = {(i, j) for i, a in enumerate(story.articles) for j in range(len(a.quotes))}
        assert mentioned == wanted
        for story_quote in story.quotes:
            for mention in story_quote.mentions:
                quote = story.articles[mention.article].quotes[mention.item]
                assert quote.text.lower() == story_quote.quote.text.lower()


@given(_ARTICLES)
def test_stories_of_one_base_are_one_story(articles: list[Article]) -> None:
    stories = dedupe(articles)
    story_of_place = {
        place: {s.id for s in stories for a in s.articles if place in a.body} for place in _PLACES
    }
    assert all(len(ids) <= 1 for ids in story_of_place.values())
    assert len(stories) == sum(1 for ids in story_of_place.values() if ids)


@given(st.lists(strategies.articles(), max_size=6), st.randoms(use_true_random=False))
def test_any_articles_are_kept_and_order_does_not_matter(
    articles: list[Article], rng: object
) -> None:
    stories = dedupe(articles)
    assert Counter((a.id, a.source) for a in articles) == Counter(
        (a.id, a.source) for a in _articles_of(stories)
    )
    for story in stories:
        quotes = sum(len(a.quotes) for a in story.articles)
        assert sum(len(q.mentions) for q in story.quotes) == quotes
        actions = sum(len(a.actions) for a in story.articles)
        assert sum(len(q.mentions) for q in story.actions) == actions
    shuffled = list(articles)
    rng.shuffle(shuffled)  # type: ignore[attr-defined]
    assert dedupe(shuffled) == stories


def test_articles_with_empty_bodies_stay_apart() -> None:
    one = make_article("", source="a", headline="One")
    two = make_article("", source="b", headline="Two")
    assert len(dedupe([one, two])) == 2

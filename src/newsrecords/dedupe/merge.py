"""Merge the member articles of one story into a :class:`~newsrecords.models.Story`.

Nothing is dropped: every member article is kept whole, every quote of every member is
reachable from ``Story.quotes`` through its :class:`~newsrecords.models.Mention`, and so is
every policy action. Identical items (the same normalised words from the same unified
speaker; the same action with the same parties, numbers and date) become one entry that
lists every place it occurs.
"""

from __future__ import annotations

import hashlib
from collections.abc import Sequence

import attrs

from ..models import (
    Article,
    Mention,
    PolicyAction,
    Quote,
    Relation,
    Speaker,
    Story,
    StoryAction,
    StoryMember,
    StoryQuote,
)
from .fingerprint import speaker_keys, words

__all__ = ["MemberPlan", "build_story", "merge_speakers", "story_id"]


@attrs.frozen(slots=True)
class MemberPlan:
    """One article's place in a story before the story is built."""

    article: Article
    relation: Relation
    similarity: float
    shared_quotes: tuple[str, ...] = ()
    shared_actions: tuple[str, ...] = ()  # "kind:count", when counted actions made the link
    shared_names: tuple[str, ...] = ()  # the rare names of that link
    linked_to: Article | None = None  # the member it was linked to (None: the canonical)
    link: Relation | None = None  # what that link rests on
    link_score: float | None = None


def story_id(articles: Sequence[Article]) -> str:
    """A stable id from the canonical article's id and every member's id and source.

    Exact copies share an article id, so each member's source hash is part of the key.
    """
    canonical, *rest = articles
    members = sorted(f"{a.id}:{a.source.sha256}:{a.source.name or ''}" for a in rest)
    text = "\n".join([canonical.id, canonical.source.sha256, *members])
    return hashlib.blake2b(text.encode("utf-8", "surrogatepass"), digest_size=8).hexdigest()


def build_story(plans: Sequence[MemberPlan]) -> Story:
    """Build a story from its members, the canonical one first."""
    articles = tuple(p.article for p in plans)
    position = {id(a): i for i, a in enumerate(articles)}
    speakers, speaker_of = merge_speakers(articles)
    return Story(
        id=story_id(articles),
        articles=articles,
        members=tuple(
            StoryMember(
                article=i,
                relation=p.relation,
                similarity=min(1.0, max(0.0, p.similarity)),
                shared_quotes=p.shared_quotes,
                shared_actions=p.shared_actions,
                shared_names=p.shared_names,
                linked_to=None if p.linked_to is None else position[id(p.linked_to)],
                link=p.link,
                link_score=None if p.link_score is None else min(1.0, max(0.0, p.link_score)),
            )
            for i, p in enumerate(plans)
        ),
        quotes=_merge_quotes(articles, speaker_of),
        speakers=speakers,
        actions=_merge_actions(articles),
    )


def _all_speakers(articles: Sequence[Article]) -> list[Speaker]:
    """Every speaker record of every article, in article order, each listed once."""
    seen: set[Speaker] = set()
    out: list[Speaker] = []
    for article in articles:
        for speaker in (*article.speakers, *(q.speaker for q in article.quotes if q.speaker)):
            if speaker not in seen:
                seen.add(speaker)
                out.append(speaker)
    return out


def merge_speakers(articles: Sequence[Article]) -> tuple[tuple[Speaker, ...], dict[Speaker, int]]:
    """Unify the speakers of several articles by name and alias.

    Returns the merged speakers and, for every original speaker record, the index of the
    merged speaker it became. A merged speaker is named by its longest label (ties: first
    in alphabetical order) and keeps every other label as an alias; its ``mentions`` are
    empty because spans index one article's text and each member keeps its own speakers.

    >>> from newsrecords.models import Source
    >>> src = Source(sha256="0" * 64)
    >>> a = Article(id="a", body="", span={"start": 0, "end": 0}, source=src,
    ...             speakers=(Speaker(name="Jen Psaki"),))
    >>> b = Article(id="b", body="", span={"start": 0, "end": 0}, source=src,
    ...             speakers=(Speaker(name="Psaki", aliases=("she",)),))
    >>> merged, _ = merge_speakers([a, b])
    >>> [(s.name, s.aliases) for s in merged]
    [('Jen Psaki', ('Psaki', 'she'))]
    """
    records = _all_speakers(articles)
    parent = list(range(len(records)))

    def find(i: int) -> int:
        while parent[i] != i:
            parent[i] = parent[parent[i]]
            i = parent[i]
        return i

    owner: dict[tuple[str, str], int] = {}
    for i, speaker in enumerate(records):
        # A surname joins only speakers of the same kind: "Biden" the person, not a group.
        for key in speaker_keys(speaker):
            slot = (speaker.kind.value, key)
            if slot in owner:
                parent[find(i)] = find(owner[slot])
            else:
                owner[slot] = i
    groups: dict[int, list[int]] = {}
    for i in range(len(records)):
        groups.setdefault(find(i), []).append(i)
    merged: list[Speaker] = []
    speaker_of: dict[Speaker, int] = {}
    for members in groups.values():
        group = [records[i] for i in members]
        labels = {s.name for s in group} | {alias for s in group for alias in s.aliases}
        name = min(labels, key=lambda label: (-len(label), label))
        first = group[0]
        merged.append(
            Speaker(
                name=name,
                kind=first.kind,
                title=next((s.title for s in group if s.title), None),
                affiliation=next((s.affiliation for s in group if s.affiliation), None),
                aliases=tuple(sorted(labels - {name})),
            )
        )
        for s in group:
            speaker_of[s] = len(merged) - 1
    return tuple(merged), speaker_of


def _quote_key(quote: Quote, speaker_of: dict[Speaker, int]) -> tuple[str, int]:
    speaker = speaker_of[quote.speaker] if quote.speaker is not None else -1
    return " ".join(words(quote.text)), speaker


def _merge_quotes(
    articles: Sequence[Article], speaker_of: dict[Speaker, int]
) -> tuple[StoryQuote, ...]:
    first: dict[tuple[str, int], Quote] = {}
    mentions: dict[tuple[str, int], list[Mention]] = {}
    for a, article in enumerate(articles):
        for q, quote in enumerate(article.quotes):
            key = _quote_key(quote, speaker_of)
            first.setdefault(key, quote)
            mentions.setdefault(key, []).append(Mention(article=a, item=q))
    return tuple(
        StoryQuote(quote=first[key], mentions=tuple(found)) for key, found in mentions.items()
    )


def _action_key(action: PolicyAction) -> tuple[object, ...]:
    """What makes two statements of an action the same action, wording aside."""
    return (
        action.kind,
        action.verb,
        " ".join(words(action.actor or "")),
        tuple(sorted(" ".join(words(c)) for c in action.co_actors)),
        " ".join(words(action.target or "")),
        action.count,
        " ".join(words(action.unit or "")),
        action.mode,
        action.date,
    )


def _merge_actions(articles: Sequence[Article]) -> tuple[StoryAction, ...]:
    first: dict[tuple[object, ...], PolicyAction] = {}
    mentions: dict[tuple[object, ...], list[Mention]] = {}
    for a, article in enumerate(articles):
        for i, action in enumerate(article.actions):
            key = _action_key(action)
            first.setdefault(key, action)
            mentions.setdefault(key, []).append(Mention(article=a, item=i))
    return tuple(
        StoryAction(action=first[key], mentions=tuple(found)) for key, found in mentions.items()
    )

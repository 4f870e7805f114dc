"""Same-event evidence between two articles: shared quotes, or shared counted actions.

Kept apart from :mod:`newsrecords.dedupe`, which finds the candidate pairs, because this is
the verification of one pair: what each article's quotes, names and counted actions are,
and whether two articles share enough of them to report one event.

*Quotes*: a quote fragment in common from a compatible speaker, with enough shared
capitalised names. *Counted actions* (:func:`~newsrecords.dedupe.fingerprint.counted_actions`:
"expelled 10 diplomats"), which survive translation and paraphrase where quotes do not: an
action of the same kind and count, its dates compatible when both are known, and several
shared *rare* names. Either way the publication dates must fall within a window when both
are known.
"""

from __future__ import annotations

import datetime as _dt
from collections.abc import Callable, Iterable, Sequence

import attrs

from ..models import Article, Quote
from .config import DedupeConfig
from .fingerprint import (
    counted_actions,
    entity_names,
    quote_grams,
    quote_keys,
    quote_words,
    speaker_keys,
)
from .keys import UnionFind
from .quote_rarity import QuoteRarity

__all__ = ["EventCheck", "Evidence", "FeatureCache", "QuoteMatch", "as_naive"]

# How much one shared quote weighs, by what its two speakers say (before its rarity).
STRONG = 1.0  # both name the same speaker
SLIP = 0.75  # a long quote word for word, credited to different speakers: an attribution slip
WEAK = 0.5  # one names nobody, or each names someone the other article also quotes
LONG_QUOTE = 8  # words of a quote long enough that a wrong speaker is a slip, not a veto

# The rarity of a quote, from its index keys shared by the pair: 1.0 for a rare quote.
Rarity = Callable[[frozenset[int]], float]


@attrs.frozen(slots=True)
class _QuoteFeature:
    text: str
    words: tuple[str, ...]
    grams: frozenset[int]
    speakers: frozenset[str]
    keywords: tuple[str, ...]  # the words that are not function words, in order
    keys: frozenset[int]  # its index keys (fingerprint.quote_keys)
    phrase: str  # the words joined and padded with spaces, to find one quote inside another

    @property
    def content(self) -> int:
        return len(self.keywords)

    def within(self, other: _QuoteFeature) -> bool:
        """This quote's words recur whole, in order, inside ``other``'s."""
        return self.phrase in other.phrase


@attrs.frozen(slots=True)
class _Features:
    quotes: tuple[_QuoteFeature, ...]
    entities: frozenset[str]
    published: _dt.datetime | None
    speakers: frozenset[str]  # every name the article's quotes are credited to


class FeatureCache:
    """What the same-event check needs of an article, computed once per article."""

    def __init__(self, config: DedupeConfig) -> None:
        self.config = config
        self.stopwords = config.stopwords
        # By object identity: two records may share an id and a source yet differ.
        self._cache: dict[int, _Features] = {}

    def features(self, article: Article) -> _Features:
        key = id(article)
        found = self._cache.get(key)
        if found is None:
            quotes = tuple(self._quote(q) for q in article.quotes if q.kind.value != "indirect")
            text = f"{article.headline or ''}\n{article.body}"
            speakers = frozenset().union(*(q.speakers for q in quotes))
            entities = entity_names(text, self.stopwords)
            found = _Features(quotes, entities, article.published, speakers)
            self._cache[key] = found
        return found

    def _quote(self, quote: Quote) -> _QuoteFeature:
        found = quote_words(quote.text)
        grams = quote_grams(found, self.stopwords)
        return _QuoteFeature(
            quote.text,
            found,
            grams,
            speaker_keys(quote.speaker),
            tuple(word for word in found if word not in self.stopwords),
            quote_keys(found, self.stopwords, grams),
            f" {' '.join(found)} ",
        )

    def shared_quotes(self, left: Article, right: Article) -> tuple[str, ...]:
        """Texts of ``left``'s quotes that ``right`` also carries, from a compatible speaker
        (or a long one word for word whatever the speaker)."""
        return tuple(sorted(m.text for m in self.matches(left, right)))

    def same_event(
        self, left: Article, right: Article, rarity: Rarity | None = None
    ) -> tuple[tuple[str, ...], float] | None:
        """The shared quotes (texts of ``left``'s) proving two articles report one event,
        and the score they reach, or None; the caller checks their publication dates.

        Each shared quote weighs its :class:`QuoteMatch` strength times its ``rarity``
        (1.0 when not given); the pair needs ``quote_link_score`` in all, and enough
        shared names.
        """
        a, b = self.features(left), self.features(right)
        if len(a.entities & b.entities) < self.config.event_min_entities:
            return None
        found = self._matches(a, b)
        score = sum(m.strength * (rarity(m.keys) if rarity else 1.0) for m in found)
        if found and score >= self.config.quote_link_score:
            return tuple(sorted(m.text for m in found)), min(1.0, score)
        return None

    def matches(self, left: Article, right: Article) -> list[QuoteMatch]:
        return self._matches(self.features(left), self.features(right))

    def _matches(self, a: _Features, b: _Features) -> list[QuoteMatch]:
        """Quotes of ``a`` found in ``b``, each with its strongest match's weight.

        Both name the same speaker: STRONG. One names nobody, or the two name different
        speakers who are each quoted in the other article too (outlets often credit a
        spokesperson's words to the principal, and the other way round): WEAK. A long quote
        word for word under another speaker whom the other article names too, and the
        other way round (an attribution slip on one side): SLIP, weak evidence against
        rather than a veto.
        """
        found: list[QuoteMatch] = []
        for qa in a.quotes:
            best = 0.0
            keys: frozenset[int] = frozenset()
            for qb in b.quotes:
                strength = _strength(qa, qb, a, b)
                if strength > best and _same_words(qa, qb):
                    best, keys = strength, qa.keys & qb.keys or qa.keys | qb.keys
            if best:
                found.append(QuoteMatch(qa.text, best, keys))
        return found


@attrs.frozen(slots=True)
class QuoteMatch:
    """A quote of one article found in another: its text, its weight and its shared keys."""

    text: str
    strength: float
    keys: frozenset[int]


def _strength(qa: _QuoteFeature, qb: _QuoteFeature, a: _Features, b: _Features) -> float:
    """What the speakers of two quotes of the same words say (see FeatureCache._matches)."""
    if not (qa.speakers and qb.speakers):
        return WEAK
    if qa.speakers & qb.speakers:
        return STRONG
    if qa.speakers & b.speakers and qb.speakers & a.speakers:
        return WEAK
    # A slip names, on each side, someone the other article names too.
    if not (qa.speakers & b.entities and qb.speakers & a.entities):
        return 0.0
    short, long_ = (qa, qb) if len(qa.words) <= len(qb.words) else (qb, qa)
    if len(short.words) >= LONG_QUOTE and short.within(long_):
        return SLIP
    return 0.0


def _same_words(a: _QuoteFeature, b: _QuoteFeature) -> bool:
    """Whether two quotes share a verbatim fragment worth calling the same words.

    The shorter quote (three words or more, two of them content words) recurs whole inside
    the longer, as a partial quote does ("other matters of concern"); or its content words
    (three or more) recur in order in a window barely longer than itself, as when an
    editor drops or adds a word ("a stable, predictable relationship"); or the two share
    at least two 4-grams that hold a content word.
    """
    short, long_ = (a, b) if len(a.words) <= len(b.words) else (b, a)
    if len(short.grams & long_.grams) >= 2:
        return True
    if len(short.words) < 3 or short.content < 2:
        return False
    if short.within(long_):
        return True
    return short.content >= 3 and _in_order(short.keywords, long_.words, len(short.words) + 2)


def _in_order(needles: tuple[str, ...], words: tuple[str, ...], window: int) -> bool:
    """Whether ``needles`` occur in order within ``window`` consecutive ``words``."""
    first = needles[0]
    for start, word in enumerate(words):
        if word != first:
            continue
        at = 1
        for word_after in words[start + 1 : start + window]:
            if at < len(needles) and word_after == needles[at]:
                at += 1
        if at == len(needles):
            return True
    return False


@attrs.frozen(slots=True)
class Evidence:
    """Why two bodies were found to report one event."""

    quotes: tuple[str, ...] = ()  # texts of the shared quotes (of the pair's first body)
    actions: tuple[str, ...] = ()  # shared counted actions, as "kind:count"
    names: tuple[str, ...] = ()  # shared rare names
    score: float = 1.0  # how strong: the quotes' weight, or the rare names' share of twice
    # the number needed, at most 1.0


class EventCheck:
    """The same-event test between two bodies (numbered as in ``leads``, one article
    each): on shared quotes, else on counted actions.

    Name rarity is counted once, before any check, over the bodies that share a counted
    action with another group within the window (``rivals``: the stories a rare name
    must tell apart), each group of near copies counted once (a story's syndicated copies
    do not make its names common). Names are found only for those bodies, and for any
    other one a check meets later.
    """

    def __init__(
        self,
        config: DedupeConfig,
        leads: Sequence[Article],
        near: UnionFind,
        rivals: Iterable[int],
        rarity: QuoteRarity | None = None,
    ) -> None:
        self.config = config
        self.rarity = rarity
        self.leads = leads
        self.window = _dt.timedelta(days=config.event_window_days)
        self.moments = [as_naive(a.published) if a.published else None for a in leads]
        self.features = FeatureCache(config)
        self._actions: dict[int, dict[tuple[str, int], frozenset[int]]] = {}
        self._names: dict[int, frozenset[str]] = {}
        self._rare: dict[int, frozenset[str]] = {}
        by_group: dict[int, set[str]] = {}
        for i in rivals:
            by_group.setdefault(near.find(i), set()).update(self._names_of(i))
        self._frequency: dict[str, int] = {}
        for names in by_group.values():
            for name in names:
                self._frequency[name] = self._frequency.get(name, 0) + 1
        self._limit = max(config.rare_name_floor, int(config.rare_name_share * len(by_group)))

    def _names_of(self, i: int) -> frozenset[str]:
        found = self._names.get(i)
        if found is None:
            lead = self.leads[i]
            text = f"{lead.headline or ''}\n{lead.body}"
            found = self._names[i] = entity_names(text, self.config.stopwords)
        return found

    def rare(self, i: int) -> frozenset[str]:
        """The names of body ``i`` that few rival stories name."""
        found = self._rare.get(i)
        if found is None:
            frequency, limit = self._frequency, self._limit
            found = frozenset(n for n in self._names_of(i) if frequency.get(n, 0) <= limit)
            self._rare[i] = found
            self._names.pop(i, None)  # only the rare ones are needed from now on
        return found

    def actions(self, i: int) -> dict[tuple[str, int], frozenset[int]]:
        found = self._actions.get(i)
        if found is None:
            found = self._actions[i] = counted_actions(self.leads[i].actions)
        return found

    def same_event(self, a: int, b: int) -> Evidence | None:
        """The evidence that bodies ``a`` and ``b`` report one event, or None."""
        when_a, when_b = self.moments[a], self.moments[b]
        if when_a is not None and when_b is not None and abs(when_a - when_b) > self.window:
            return None
        left, right = self.leads[a], self.leads[b]
        if left.quotes and right.quotes:
            rarity = self.rarity
            weigh = None if rarity is None else (lambda keys: rarity.weight(keys, a, b))
            found = self.features.same_event(left, right, weigh)
            if found is not None:
                return Evidence(quotes=found[0], score=found[1])
        return self._on_actions(a, b)

    def _on_actions(self, a: int, b: int) -> Evidence | None:
        if not self.leads[a].actions or not self.leads[b].actions:
            return None
        acts_a, acts_b = self.actions(a), self.actions(b)
        window = self.config.event_window_days
        shared = sorted(
            key
            for key in acts_a.keys() & acts_b.keys()
            if _dates_meet(acts_a[key], acts_b[key], window)
        )
        if not shared:
            return None
        # Each further counted action in common is evidence of its own (two counts matching
        # by chance within days is rare): one rare name fewer is needed, two at least.
        needed = max(2, self.config.event_min_rare_names - (len(shared) - 1))
        names = self.rare(a) & self.rare(b)
        if len(names) < needed:
            return None
        return Evidence(
            actions=tuple(f"{kind}:{count}" for kind, count in shared),
            names=tuple(sorted(names)),
            score=min(1.0, len(names) / (2 * needed)),
        )


def _dates_meet(left: frozenset[int], right: frozenset[int], days: int) -> bool:
    """Whether two sets of action dates (ordinals) hold a pair within ``days``, or one is empty."""
    if not left or not right:
        return True
    return any(abs(x - y) <= days for x in left for y in right)


def as_naive(moment: _dt.datetime) -> _dt.datetime:
    """Compare aware and naive datetimes alike: aware ones in UTC, naive ones as given."""
    if moment.tzinfo is not None:
        return moment.astimezone(_dt.timezone.utc).replace(tzinfo=None)
    return moment

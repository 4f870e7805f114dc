"""The thresholds of deduplication, in one record every stage reads.

Kept apart from :mod:`newsrecords.dedupe.deduper` so that the stages below it (the
same-event check) can read it without importing upward.
"""

from __future__ import annotations

import attrs

from ..lexicon.dedupe_words import STOPWORDS

__all__ = ["DedupeConfig"]


@attrs.frozen(slots=True)
class DedupeConfig:
    """Thresholds of :func:`dedupe`; the defaults suit newswire English.

    ``near_overlap``: share of the shorter body's sentence keys that, recurring, make a
    near copy outright. ``near_candidate``: a smaller share that calls for a closer look:
    the pair is a near copy if ``near_containment`` of the shorter body recurs word for
    word in the longer (see :func:`~newsrecords.dedupe.fingerprint.containment`: an edited
    sentence loses its key but keeps most of its words in place; an article that merely
    reuses a paragraph shares nothing else). ``near_min_shared``:
    fewest sentence keys in common (weighted; at most half of the lighter body's weight,
    so a one-sentence wire item needs one). Both shares are lowered for a short body, by
    the two keys a new dateline and a cut tail spoil whatever the length
    (:func:`~newsrecords.dedupe.links.scaled`).
    ``event_window_days``: greatest gap between publication dates of a same-event pair
    when both are known. ``event_min_entities``: fewest capitalised names in common for a
    same-event pair on quotes. ``event_min_rare_names``: fewest rare names in common for a
    same-event pair on counted actions (one fewer per further counted action in common, two
    at least); a name is rare when at most ``rare_name_floor``
    or ``rare_name_share`` (whichever is more) of the stories that state counted actions
    name it. ``crowd`` (sentence keys) and ``quote_crowd`` (quote keys, where a
    common phrase is weaker evidence): a key shared by more bodies than this links each
    body to its neighbour only. ``action_crowd``: an action key shared by more bodies
    than this pairs each body only with the next ``action_reach`` in publication order
    that were published at most ``event_window_days`` days later.
    ``extra_stopwords``: words added to the function-word table,
    which decides which quote fragments count as evidence.

    ``background_df``: a sentence key held by more bodies than this is background (an
    explainer box, boilerplate) and weighs ``background_df / n`` for ``n`` bodies instead
    of 1.0 in every near-copy test, so a link rests on what is distinctive to the pair.
    ``quote_rare_df``, ``quote_common_df`` and ``quote_link_score``: a same-event pair on
    quotes needs shared quotes weighing ``quote_link_score`` in all, each weighing its
    speaker agreement times its rarity (see :mod:`newsrecords.dedupe.quote_rarity`).
    """

    near_overlap: float = 0.8
    near_candidate: float = 0.3
    near_containment: float = 0.7
    near_min_shared: int = 2
    event_window_days: int = 3
    event_min_entities: int = 3
    event_min_rare_names: int = 3
    rare_name_share: float = 0.01
    rare_name_floor: int = 4
    crowd: int = 50
    quote_crowd: int = 8
    action_crowd: int = 4
    action_reach: int = 16
    extra_stopwords: frozenset[str] = frozenset()
    background_df: int = 8
    quote_rare_df: int = 4
    quote_common_df: int = 32
    quote_link_score: float = 0.75

    @property
    def stopwords(self) -> frozenset[str]:
        return STOPWORDS | {w.lower() for w in self.extra_stopwords}

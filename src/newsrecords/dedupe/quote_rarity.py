"""How rare a shared quote is: its document frequency, and how it spreads in time.

A politician's stock phrase ("radical Islamic terrorism", a campaign slogan) recurs word
for word, with the same speaker, in dozens of unrelated stories over months; the quote of
one event recurs in the few stories of that event, within days. So a quote's weight as
evidence is counted from the stories (groups of near copies, each counted once) that
carry it: a quote carried by at most ``quote_rare_df`` of them is rare (weight 1.0);
a more common one weighs the share of its stories published within the date window of
the pair (at least ``quote_rare_df`` of them), so a line quoted by every outlet on the
day still counts and a line repeated for months does not; and one carried by more than
``quote_common_df`` stories weighs half at most, so it never links a pair alone.
"""

from __future__ import annotations

import bisect
from collections.abc import Callable, Sequence

from .config import DedupeConfig
from .keys import BODY_BITS

__all__ = ["QuoteRarity", "rarity_weight"]


def rarity_weight(stories: int, in_window: int, rare: int, common: int) -> float:
    """The weight of a quote carried by ``stories`` stories, ``in_window`` of them within
    the date window of the pair.

    >>> rarity_weight(3, 0, rare=4, common=32)
    1.0
    >>> rarity_weight(40, 2, rare=4, common=32)
    0.1
    >>> rarity_weight(20, 20, rare=4, common=32), rarity_weight(60, 60, rare=4, common=32)
    (1.0, 0.5)
    """
    if stories <= rare:
        return 1.0
    weight = max(rare, in_window) / stories
    return min(weight, 0.5) if stories > common else weight


class QuoteRarity:
    """Quote weights over one run: ``postings`` holds the bodies of every quote key that
    two or more bodies share (keys shifted right by ``BODY_BITS``), ``group_of`` gives a
    body's group of near copies, ``days`` each body's day number (-1 when undated)."""

    def __init__(
        self,
        config: DedupeConfig,
        postings: dict[int, tuple[int, ...]],
        group_of: Callable[[int], int],
        days: Sequence[int],
    ) -> None:
        self.config = config
        self.postings = postings
        self.group_of = group_of
        self.days = days
        self._spread: dict[int, tuple[int, list[int]]] = {}  # key -> (stories, sorted days)

    def weight(self, keys: frozenset[int], a: int, b: int) -> float:
        """The weight of a quote of bodies ``a`` and ``b`` with these shared index keys: its
        rarest key's (a rare fragment inside a stock phrase still counts)."""
        if not keys:
            return 1.0
        return max(self._key_weight(key >> BODY_BITS, a, b) for key in keys)

    def _key_weight(self, key: int, a: int, b: int) -> float:
        spread = self._spread.get(key)
        if spread is None:
            bodies = self.postings.get(key, ())
            first_day: dict[int, int] = {}
            for body in bodies:
                group, day = self.group_of(body), self.days[body]
                seen = first_day.get(group)
                if seen is None or (day >= 0 and (seen < 0 or day < seen)):
                    first_day[group] = day
            spread = self._spread[key] = (
                len(first_day),
                sorted(d for d in first_day.values() if d >= 0),
            )
        stories, days = spread
        known = [d for d in (self.days[a], self.days[b]) if d >= 0]
        in_window = 0
        if known:
            window = self.config.event_window_days
            low = bisect.bisect_left(days, min(known) - window)
            in_window = bisect.bisect_right(days, max(known) + window) - low
        config = self.config
        return rarity_weight(stories, in_window, config.quote_rare_df, config.quote_common_df)

"""An action while it is being read, and the merging of two statements of one action.

A :class:`Draft` is mutable because its fields are filled in one reader at a time (see
:mod:`newsrecords.actions.fields`); :mod:`newsrecords.actions.extract` turns the merged drafts into
public :class:`~newsrecords.models.PolicyAction` records.
"""

from __future__ import annotations

import datetime as _dt

import attrs

from ..models import ActionKind, ActionMode

__all__ = ["Draft", "merge_drafts"]

K = ActionKind
_BUCKET_SCAN = 32  # candidates compared per draft: a page of look-alikes stays linear


@attrs.define(slots=True)
class Draft:
    """An action being assembled; becomes a :class:`~newsrecords.models.PolicyAction`."""

    kind: ActionKind
    verb: str
    trigger: tuple[int, int]
    sentence: tuple[int, int]
    actor: str | None = None
    co_actors: tuple[str, ...] = ()
    target: str | None = None
    count: int | None = None
    count_text: str | None = None
    unit: str | None = None
    mode: ActionMode = ActionMode.ASSERTED
    date: _dt.date | None = None
    date_text: str | None = None
    # Every known name in the sentence, found once and shared by the field readers.
    names: list[tuple[int, int, str]] = attrs.field(factory=list, repr=False)
    lowered: str = attrs.field(default="", repr=False)  # the page, lower-cased

    def richness(self) -> int:
        """How many fields are known: the richer of two statements is kept whole."""
        fields = (self.actor, self.target, self.count, self.date_text, self.date)
        return sum(f is not None for f in fields) + len(self.co_actors)


def merge_drafts(drafts: list[Draft]) -> list[Draft]:
    """One record per action: later mentions merge into a compatible earlier one.

    Candidates are bucketed by (kind, verb, mode), so the work stays near linear.
    """
    buckets: dict[tuple[ActionKind, str, ActionMode], list[Draft]] = {}
    kept: list[Draft] = []
    for draft in drafts:
        bucket = buckets.setdefault((draft.kind, draft.verb, draft.mode), [])
        match = next((b for b in bucket[:_BUCKET_SCAN] if _compatible(b, draft)), None)
        if match is None:
            bucket.append(draft)
            kept.append(draft)
            continue
        if draft.richness() > match.richness():
            # ``match`` keeps its place in ``kept``, so it takes on the richer draft's fields.
            snapshot = attrs.evolve(match)
            for field in attrs.fields(Draft):
                setattr(match, field.name, getattr(draft, field.name))
            _absorb(match, snapshot)
        else:
            _absorb(match, draft)
    # A call or meeting nobody is said to hold (a subheading "Call with NATO") is dropped
    # once it has had the chance to merge into a statement that names the actor.
    return [d for d in kept if d.actor is not None or d.kind not in {K.CALL, K.MEETING}]


def _compatible(a: Draft, b: Draft) -> bool:
    """Whether two drafts can be one action: nothing they both know disagrees."""
    if (a.kind, a.verb, a.mode) != (b.kind, b.verb, b.mode):
        return False
    if a.target is not None and b.target is not None and a.target != b.target:
        return False
    return a.count is None or b.count is None or a.count == b.count


def _absorb(base: Draft, other: Draft) -> None:
    """Fill ``base``'s empty fields from ``other`` (a second statement of one action)."""
    base.actor = base.actor or other.actor
    partners = dict.fromkeys((*base.co_actors, *other.co_actors))
    base.co_actors = tuple(p for p in partners if p != base.actor)
    base.target = base.target or other.target
    if base.count is None and other.count is not None:
        base.count, base.count_text, base.unit = other.count, other.count_text, other.unit
    if (base.date_text is None and other.date_text is not None) or (
        base.date is None and other.date is not None
    ):
        base.date, base.date_text = other.date, other.date_text

"""Export policy actions as PLOVER-style event records (one JSON object per action).

The record follows the shape of the PLOVER 2021 event data format (event id, date, event
type, mode, actor and recipient, the source text), with the newsrecords fields that
PLOVER has no slot for kept under their own names (``modality``, ``trigger``, ``count``).
``event_type`` and ``mode`` come from the CAMEO-to-PLOVER table in
:mod:`newsrecords._action_lexicon`; an action kind without a PLOVER category (an
executive order) has ``event_type`` ``None``.
"""

from __future__ import annotations

import hashlib

from ..lexicon.action_words import codes_for
from ..models import Article, PolicyAction

__all__ = ["to_plover"]


def _event_id(action: PolicyAction, article: Article | None) -> str:
    """A stable id: the same action in the same article always gets the same id."""
    key = "|".join(
        (
            article.id if article is not None else "",
            action.kind.value,
            str(action.trigger_span.start),
            str(action.trigger_span.end),
        )
    )
    return hashlib.sha256(key.encode("utf-8", "surrogatepass")).hexdigest()[:16]


def to_plover(action: PolicyAction, *, article: Article | None = None) -> dict[str, object]:
    """One PLOVER-style record for ``action``; ``article`` supplies the source fields.

    >>> from newsrecords.models import ActionKind, Span
    >>> action = PolicyAction(
    ...     kind=ActionKind.CALL, verb="call", trigger="phoned",
    ...     trigger_span=Span(start=10, end=16), actor="Joe Biden", target="Vladimir Putin",
    ...     date_text="Tuesday", evidence="President Joe Biden phoned Putin Tuesday.",
    ...     span=Span(start=0, end=41), cameo="041", plover="CONSULT")
    >>> record = to_plover(action)
    >>> record["event_type"], record["mode"], record["actor"], record["recipient"]
    ('CONSULT', 'phone', 'Joe Biden', 'Vladimir Putin')
    >>> record["date"] is None, record["date_text"]
    (True, 'Tuesday')
    """
    _, plover_type, plover_mode = codes_for(action.kind, action.verb)
    return {
        "id": _event_id(action, article),
        "date": action.date.isoformat() if action.date is not None else None,
        "date_text": action.date_text,
        "event_type": action.plover if action.plover is not None else plover_type,
        "mode": plover_mode,
        "cameo": action.cameo,
        "kind": action.kind.value,
        "verb": action.verb,
        "modality": action.mode.value,
        "actor": action.actor,
        "co_actors": list(action.co_actors),
        "recipient": action.target,
        "count": action.count,
        "count_text": action.count_text,
        "unit": action.unit,
        "trigger": action.trigger,
        "trigger_span": [action.trigger_span.start, action.trigger_span.end],
        "text": action.evidence,
        "text_span": [action.span.start, action.span.end],
        "source": {
            "article_id": article.id if article is not None else None,
            "headline": article.headline if article is not None else None,
            "outlet": article.outlet if article is not None else None,
            "published": article.published.isoformat()
            if article is not None and article.published is not None
            else None,
            "name": article.source.name if article is not None else None,
            "sha256": article.source.sha256 if article is not None else None,
        },
    }

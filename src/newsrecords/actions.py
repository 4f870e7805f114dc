"""Find government policy actions and the dates they happen on.

STUB: the policy-actions work fills this in.
"""

from __future__ import annotations

import datetime as _dt
from collections.abc import Sequence

from ._document import Document
from .models import PolicyAction, Span

__all__ = ["extract_actions"]


def extract_actions(
    doc: Document, paragraphs: Sequence[Span], *, published: _dt.datetime | None = None
) -> tuple[PolicyAction, ...]:
    """Policy actions stated in the given paragraphs of one article."""
    return ()

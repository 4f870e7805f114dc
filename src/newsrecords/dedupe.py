"""Group articles that tell the same story and merge them without losing anything.

STUB: the deduplication work fills this in.
"""

from __future__ import annotations

from collections.abc import Iterable

from .models import Article, Story

__all__ = ["dedupe"]


def dedupe(articles: Iterable[Article]) -> list[Story]:
    """Group ``articles`` into stories."""
    raise NotImplementedError

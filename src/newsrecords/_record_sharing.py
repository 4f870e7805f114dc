"""Records built by the thousand share what they can (bounded memory, issue 16).

A page of 100,000 quotes held about 2.6 KB per quote, 300 bytes per input character, and
most of it was repetition rather than content:

* pydantic gives every validated instance its own ``set`` of the names of the fields it was
  given (216 bytes for a :class:`~newsrecords.models.Span`, 728 for a
  :class:`~newsrecords.models.Quote`: more than the values). Records given every field
  can share one such set per class. pydantic copies the set before it changes one
  (``model_copy(update=...)``), and frozen records never change theirs;
* equal spans: a quote's ``speaker_span`` is one of its speaker's ``mentions``, and the
  quotes one cue introduces share its ``cue_span``. Spans are frozen values, so one
  instance can stand for all the equal ones.
"""

from __future__ import annotations

from collections.abc import Iterable

from pydantic import BaseModel

from newsrecords.models import Span

__all__ = ["SpanPool", "share_fields_sets"]

# One set of field names per record class, shared by every instance given all its fields.
_ALL_FIELDS: dict[type[BaseModel], set[str]] = {}


def share_fields_sets(records: Iterable[BaseModel]) -> None:
    """Let every record that was given all of its fields share one set of their names.

    >>> a, b = Span(start=0, end=1), Span(start=2, end=3)
    >>> share_fields_sets([a, b])
    >>> a.model_fields_set is b.model_fields_set, sorted(a.model_fields_set)
    (True, ['end', 'start'])
    >>> a.model_copy(update={"end": 2}).model_fields_set is a.model_fields_set
    False
    """
    for record in records:
        cls = type(record)
        names = record.model_fields_set
        shared = _ALL_FIELDS.get(cls)
        if shared is None:
            # the names set are always some of the class's fields: as many means all of them
            if len(names) != len(cls.model_fields):
                continue
            shared = _ALL_FIELDS[cls] = set(names)
        if names is not shared and len(names) == len(shared):
            object.__setattr__(record, "__pydantic_fields_set__", shared)


class SpanPool:
    """One :class:`~newsrecords.models.Span` instance per distinct ``(start, end)``.

    >>> pool = SpanPool([Span(start=0, end=2)])
    >>> pool.get(0, 2) is pool.get(0, 2), pool.get(3, 7)
    (True, Span(start=3, end=7))
    """

    __slots__ = ("_spans",)

    def __init__(self, spans: Iterable[Span] = ()) -> None:
        self._spans: dict[tuple[int, int], Span] = {(s.start, s.end): s for s in spans}

    def get(self, start: int, end: int) -> Span:
        """The span from ``start`` to ``end``, built the first time it is asked for."""
        span = self._spans.get((start, end))
        if span is None:
            span = self._spans[(start, end)] = Span(start=start, end=end)
            share_fields_sets((span,))
        return span

"""Deduplication: group articles that tell the same story and merge each group losslessly.

The public face is :func:`dedupe`, the streaming :class:`Deduper` and its
:class:`DedupeConfig`; :func:`collector_paused` is the garbage-collector pause they use.
The stages live in modules of their own: :mod:`.fingerprint` (stable keys of a body, its
quotes and counted actions), :mod:`.keys` (the candidate index and the union-find),
:mod:`.same_event` (the check of one candidate pair), :mod:`.merge` (one story from its
members) and :mod:`.deduper` (the run that ties them together).

>>> from newsrecords.dedupe import dedupe
>>> dedupe([])
[]
"""

from .config import DedupeConfig
from .deduper import Deduper, collector_paused, dedupe

__all__ = ["DedupeConfig", "Deduper", "collector_paused", "dedupe"]

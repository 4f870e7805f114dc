"""PLOVER-style event records; the export now lives in :mod:`newsrecords.formats.plover`.

Kept so that ``from newsrecords.plover import to_plover`` goes on working.
"""

from __future__ import annotations

from .formats.plover import to_plover

__all__ = ["to_plover"]

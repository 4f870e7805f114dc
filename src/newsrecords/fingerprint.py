"""Stable fingerprints for deduplication: moved to :mod:`newsrecords.dedupe.fingerprint`.

This name stays so that code importing ``newsrecords.fingerprint`` keeps working.

>>> from newsrecords.fingerprint import stable_hash64
>>> from newsrecords.dedupe import fingerprint
>>> stable_hash64 is fingerprint.stable_hash64
True
"""

from .dedupe import fingerprint as _moved
from .dedupe.fingerprint import *  # noqa: F403

__all__ = _moved.__all__

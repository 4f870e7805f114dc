"""Stable fingerprints for deduplication: moved to :mod:`newsrecords.dedupe.fingerprint`.

This name stays so that code importing ``newsrecords.fingerprint`` keeps working.

>>> from newsrecords.fingerprint import stable_hash64
>>> from newsrecords.dedupe import fingerprint
>>> stable_hash64 is fingerprint.stable_hash64
True
"""

from .dedupe.fingerprint import (
    MIN_SENTENCE_WORDS,
    QUOTE_GRAM,
    action_index_keys,
    body_key,
    containment,
    counted_actions,
    entity_names,
    quote_grams,
    quote_index_keys,
    quote_words,
    sentence_keys,
    speaker_keys,
    stable_hash64,
    words,
)

__all__ = [
    "MIN_SENTENCE_WORDS",
    "QUOTE_GRAM",
    "action_index_keys",
    "body_key",
    "containment",
    "counted_actions",
    "entity_names",
    "quote_grams",
    "quote_index_keys",
    "quote_words",
    "sentence_keys",
    "speaker_keys",
    "stable_hash64",
    "words",
]

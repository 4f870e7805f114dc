"""Speakers: reading the phrase that names who spoke, full names and their short forms,
gender, roles, and the per-article book that resolves every mention to one speaker.
"""

from ..lexicon.removed import removed_registration
from .book import SpeakerBook
from .phrases import Mention, mention_after, mention_before, names_no_speaker

register_speaker_words = removed_registration("register_speaker_words", "<table name>")

__all__ = [
    "Mention",
    "SpeakerBook",
    "mention_after",
    "mention_before",
    "names_no_speaker",
    "register_speaker_words",
]

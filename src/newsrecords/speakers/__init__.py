"""Speakers: reading the phrase that names who spoke, full names and their short forms,
gender, roles, and the per-article book that resolves every mention to one speaker.
"""

from .book import SpeakerBook
from .phrases import Mention, mention_after, mention_before, names_no_speaker

__all__ = ["Mention", "SpeakerBook", "mention_after", "mention_before", "names_no_speaker"]

"""Merging a story's members: moved to :mod:`newsrecords.dedupe.merge`.

This name stays so that code importing ``newsrecords.merge`` keeps working.

>>> from newsrecords.merge import build_story
>>> from newsrecords.dedupe import merge
>>> build_story is merge.build_story
True
"""

from .dedupe.merge import MemberPlan, build_story, merge_speakers, story_id

__all__ = ["MemberPlan", "build_story", "merge_speakers", "story_id"]

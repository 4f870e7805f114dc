"""Policy actions: trigger words, then the actor, target, count, mode and date around each."""

from .extract import ActionExtractor, Sense, TriggerRule, extract_actions

__all__ = ["ActionExtractor", "Sense", "TriggerRule", "extract_actions"]

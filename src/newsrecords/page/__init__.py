"""The page stage: one scraped page into articles, with boilerplate, link junk and metadata
lines told apart from the body.

In order: :mod:`.segment` cuts the page into lines and articles, :mod:`.linkjunk` finds
inline link cards, :mod:`.boilerplate` drops share prompts, captions and comment forms by
rule, :mod:`.metadata` reads headlines, bylines, dates and datelines, and :mod:`.classify`
gives each line its role.
"""

from ..lexicon.removed import removed_registration
from .boilerplate import SCOPES, BoilerplateRule, RuleLike, RuleSet, compile_rules, default_rules
from .classify import ArticleParts, classify_lines
from .linkjunk import collapse_link_junk, find_link_junk
from .segment import Line, PageRemoval, Segment, segment_page, split_lines

add_outlets = removed_registration("add_outlets", "outlets")

__all__ = [
    "SCOPES",
    "ArticleParts",
    "BoilerplateRule",
    "Line",
    "PageRemoval",
    "RuleLike",
    "RuleSet",
    "Segment",
    "add_outlets",
    "classify_lines",
    "collapse_link_junk",
    "compile_rules",
    "default_rules",
    "find_link_junk",
    "segment_page",
    "split_lines",
]

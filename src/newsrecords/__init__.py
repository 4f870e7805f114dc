"""newsrecords: typed, offset-anchored records from raw news text.

>>> import newsrecords
>>> [a.headline for a in newsrecords.parse_page("Big news\\n\\nIt happened today.")]
['Big news']
"""

from ._version import __version__
from .dedupe import dedupe
from .exceptions import (
    InputTypeError,
    MissingExtraError,
    NewsRecordsError,
    ParseError,
    RuleError,
    UnknownModelError,
)
from .html import parse_html
from .models import (
    ActionKind,
    ActionMode,
    Article,
    Dateline,
    Mention,
    PolicyAction,
    Quote,
    QuoteKind,
    Relation,
    Removal,
    Source,
    Span,
    Speaker,
    SpeakerKind,
    Story,
    StoryAction,
    StoryMember,
    StoryQuote,
)
from .page import parse_article, parse_page

__all__ = [
    "ActionKind",
    "ActionMode",
    "Article",
    "Dateline",
    "InputTypeError",
    "Mention",
    "MissingExtraError",
    "NewsRecordsError",
    "ParseError",
    "PolicyAction",
    "Quote",
    "QuoteKind",
    "Relation",
    "Removal",
    "RuleError",
    "Source",
    "Span",
    "Speaker",
    "SpeakerKind",
    "Story",
    "StoryAction",
    "StoryMember",
    "StoryQuote",
    "UnknownModelError",
    "__version__",
    "dedupe",
    "parse_article",
    "parse_html",
    "parse_page",
]

"""newsrecords: typed, offset-anchored records from raw news text.

>>> import newsrecords
>>> [a.headline for a in newsrecords.parse_page("Big news\\n\\nIt happened today.")]
['Big news']
"""

from ._version import __version__
from .batch import ParseFailure, ParseResult, parse_many
from .dedupe import dedupe
from .exceptions import (
    InputTypeError,
    MissingExtraError,
    NewsRecordsError,
    ParseError,
    RuleError,
    UnknownModelError,
    WorkerError,
)
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
    "ParseFailure",
    "ParseResult",
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
    "WorkerError",
    "__version__",
    "dedupe",
    "parse_article",
    "parse_many",
    "parse_page",
]

"""newsrecords: typed, offset-anchored records from raw news text.

>>> import newsrecords
>>> [a.headline for a in newsrecords.parse_page("Big news\\n\\nIt happened today.")]
['Big news']
"""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING, Any

from ._version import __version__
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

if TYPE_CHECKING:
    from .batch import ParseFailure, ParseResult, parse_many
    from .html import parse_html
    from .lexicon import Lexicon
    from .parser import Parser, parse_article, parse_page

# The parser, the batch runner and the HTML reader load on first use: importing the parser
# compiles a few hundred patterns and word tables, and the batch runner brings in the
# process pool, which a program that only reads or deduplicates records never needs.
# ``from newsrecords import parse_page`` loads it as usual. (``dedupe`` is imported above:
# a lazy name would be shadowed by its own submodule once that is imported.)
_LAZY = {
    "Lexicon": "lexicon",
    "ParseFailure": "batch",
    "ParseResult": "batch",
    "Parser": "parser",
    "parse_article": "parser",
    "parse_html": "html",
    "parse_many": "batch",
    "parse_page": "parser",
}


def __getattr__(name: str) -> Any:
    module = _LAZY.get(name)
    if module is None:
        raise AttributeError(f"module 'newsrecords' has no attribute {name!r}")
    value = getattr(importlib.import_module(f".{module}", __name__), name)
    globals()[name] = value  # the next look-up is an ordinary global
    return value


def __dir__() -> list[str]:
    return sorted({*globals(), *__all__})


__all__ = [
    "ActionKind",
    "ActionMode",
    "Article",
    "Dateline",
    "InputTypeError",
    "Lexicon",
    "Mention",
    "MissingExtraError",
    "NewsRecordsError",
    "ParseError",
    "ParseFailure",
    "ParseResult",
    "Parser",
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
    "parse_html",
    "parse_many",
    "parse_page",
]

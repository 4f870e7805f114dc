"""Steps one and two of page parsing: cut the page into lines, and the lines into articles.

A *line* is a run of text between line breaks, trimmed of the characters Python counts as
whitespace (``str.isspace``), so the spans of the lines cover every non-blank character of
the input. Lines break exactly where :func:`~newsrecords.text.normalize.fold` puts a ``\\n``
(``\\n``, ``\\r``, ``\\u2028`` and friends), and their offsets index the original input.

Segmentation splits the page at separator lines ("Read original article here") and drops
archive headers ("Tag Archives: allies") seen before the first article; both come back as
page-level removals, in page order, next to the segments they separate.
"""

from __future__ import annotations

import re

import attrs

from .boilerplate import RuleSet

__all__ = ["Line", "PageRemoval", "Segment", "segment_page", "split_lines"]

# A line's content: from its first to its last non-blank character, never across a break.
# The breaks are the characters fold() turns into "\n"; \s and \S follow str.isspace().
_CONTENT = re.compile(r"\S(?:[^\n\r\u2028\u2029\x85\x0b\x0c]*\S)?")


@attrs.frozen(slots=True)
class Line:
    """One non-blank line: its content's offsets in the input, and its folded text."""

    start: int
    end: int
    folded: str  # fold(text)[start:end]; may still hold spaces folded from zero-width marks
    key: str  # ``folded`` with those spaces trimmed: what rules and matchers read
    lead: int  # where ``key`` starts within ``folded``

    @classmethod
    def of(cls, folded: str, start: int, end: int) -> Line:
        """The line at ``[start, end)`` of the page whose folded text is ``folded``."""
        line = folded[start:end]
        if line[0] != " " and line[-1] != " ":  # the usual case: nothing to trim
            return cls(start, end, line, line, 0)
        key = line.strip()
        return cls(start, end, line, key, len(line) - len(line.lstrip()))


@attrs.frozen(slots=True)
class PageRemoval:
    """A page-level line that belongs to no article (a separator, an archive header)."""

    start: int
    end: int
    reason: str


@attrs.frozen(slots=True)
class Segment:
    """The lines of one article-to-be, in page order."""

    lines: tuple[Line, ...]


def split_lines(text: str, folded: str) -> list[Line]:
    """The non-blank lines of ``text``, given its folded twin of the same length.

    >>> from newsrecords.text.normalize import fold
    >>> s = "  Head\\u00a0\\r\\n\\r\\nBody \\n"
    >>> [(s[x.start:x.end], x.folded) for x in split_lines(s, fold(s))]
    [('Head', 'Head'), ('Body', 'Body')]
    """
    of = Line.of
    return [of(folded, found.start(), found.end()) for found in _CONTENT.finditer(text)]


def segment_page(
    lines: list[Line], rules: RuleSet, *, split: bool = True
) -> list[Segment | PageRemoval]:
    """Group ``lines`` into segments, with separators and page headers between them.

    With ``split=False`` (one article wanted) separators and headers are still reported as
    removals but do not end a segment; the caller folds everything into one article.

    >>> from newsrecords.page.boilerplate import compile_rules
    >>> from newsrecords.text.normalize import fold
    >>> s = "Tag Archives: allies\\nOne\\nRead original article here\\nTwo"
    >>> [type(x).__name__ for x in segment_page(split_lines(s, fold(s)), compile_rules())]
    ['PageRemoval', 'Segment', 'PageRemoval', 'Segment']
    """
    items: list[Segment | PageRemoval] = []
    current: list[Line] = []
    seen_content = False
    for line in lines:
        key = line.key
        if not key:
            current.append(line)
            continue
        reason = rules.match(key, "separator")
        if reason is None and not seen_content:
            reason = rules.match(key, "page-header")
        if reason is None:
            current.append(line)
            seen_content = True
            continue
        if split and current:
            items.append(Segment(tuple(current)))
            current = []
        items.append(PageRemoval(line.start, line.end, reason))
    if current:
        items.append(Segment(tuple(current)))
    return items

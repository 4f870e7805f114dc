"""Step three of page parsing: decide what each line of one article is.

In page order an article reads: date lines and bylines, the headline, summary bullets or a
standfirst, more date lines and bylines, then the body. Boilerplate lines (see
:mod:`newsrecords.page.boilerplate`) are removed wherever they sit; a line printed twice keeps
its first copy; contributor lines are read out of the body. The first body paragraph may
open with a dateline ("WASHINGTON (AP) —"), which is cut from the paragraph, and any
paragraph may carry inline link junk, which is cut from the body text.

Everything here works on offsets into the original input; nothing builds public models.
"""

from __future__ import annotations

import datetime as _dt
import re

import attrs

from .boilerplate import RuleSet
from .linkjunk import find_link_junk
from .metadata import (
    bullet_offset,
    match_byline,
    match_contributors,
    match_date_line,
    match_dateline,
    split_site_suffix,
)
from .segment import Line

__all__ = ["ArticleParts", "classify_lines"]

_MAX_HEADLINE = 300  # a longer first line is a paragraph, not a headline
_MAX_STANDFIRST = 200
_MIN_REPEAT = 20  # shorter repeated lines ("Advertisement") are left to the rules
# A line printed twice (a caption, a video title) repeats within a line or two. Repeats
# further apart are content: a live blog restating "It takes 1,237 delegates to win".
_REPEAT_WINDOW = 2
_PREAMBLE_LINES = 3  # date lines and bylines are looked for this far above the headline

_CAPTION_MIN_WORDS = 10  # shorter unpunctuated lines are subheadings ("The Taiwan question")
_SENTENCE_END = frozenset(".!?\"':;,)]…")
# Words a caption never ends with: a line ending in one was broken mid-sentence.
_FUNCTION_WORDS = frozenset(
    {"a", "an", "the", "of", "to", "from", "in", "on", "at", "by", "for", "with", "and", "or"}
    | {"but", "that", "as", "is", "was", "are", "were", "his", "her", "their", "its"}
)

# A line that ends a sentence: a stop, perhaps inside closing quotes or brackets.
_FINISHED = re.compile(r"[^\n]*[.!?…:;][\"')\]]*")


@attrs.frozen(slots=True)
class ArticleParts:
    """What one segment holds, as offsets into the input."""

    start: int
    end: int
    headline: tuple[int, int] | None
    outlet: str | None
    summary: tuple[tuple[int, int], ...]
    byline: tuple[str, ...]
    contributors: tuple[str, ...]
    published: _dt.datetime | None
    published_span: tuple[int, int] | None
    dateline: tuple[str, str | None, int, int] | None  # place, agency, start, end
    paragraphs: tuple[tuple[int, int], ...]
    junk: tuple[tuple[int, int], ...]  # link junk inside paragraphs
    removed: tuple[tuple[int, int, str], ...]

    @property
    def empty(self) -> bool:
        """True when nothing but boilerplate was found."""
        return (
            self.headline is None
            and not self.paragraphs
            and not self.summary
            and not self.byline
            and not self.contributors
            and self.published is None
        )


def _looks_like_caption(key: str) -> bool:
    """A long body line with no sentence-final punctuation is a picture caption.

    Lines holding double quotes are speech ("... hurting us." - Carlos Raul), and lines
    ending in a function word were broken mid-sentence, so neither counts.

    >>> _looks_like_caption("Russian policemen detain men during an unauthorized protest "
    ...                     "rally against the jailing of opposition leader Alexei Navalny")
    True
    >>> _looks_like_caption("The Taiwan question")
    False
    """
    if key[-1] in _SENTENCE_END or '"' in key or key.count(" ") < _CAPTION_MIN_WORDS - 1:
        return False
    return key.rsplit(" ", 1)[-1].lower() not in _FUNCTION_WORDS


@attrs.define(slots=True)
class _Meta:
    """Date line, byline and outlet, collected from whichever lines carry them."""

    published: _dt.datetime | None = None
    published_span: tuple[int, int] | None = None
    byline: tuple[str, ...] = ()
    outlet: str | None = None

    def take(self, line: Line) -> bool:
        """Read ``line`` as a date line or a byline; True if it was one."""
        if self.published is None:
            date = match_date_line(line.key)
            if date is not None:
                self.published, self.published_span = date, (line.start, line.end)
                return True
        if not self.byline:
            found = match_byline(line.key)
            if found is not None:
                self.byline, self.outlet = found.names, self.outlet or found.outlet
                return True
        return False


def _drop_boilerplate(
    lines: tuple[Line, ...], rules: RuleSet, removed: list[tuple[int, int, str]]
) -> list[Line]:
    """The lines that are not boilerplate; the others go to ``removed``."""
    kept: list[Line] = []
    recent: list[str] = []  # keys of the last few lines, for printed-twice repeats
    for line in lines:
        key = line.key
        if not key:
            removed.append((line.start, line.end, "invisible"))
            continue
        reason = rules.match(key, "line")
        if reason is None and len(key) >= _MIN_REPEAT and key in recent:
            reason = "repeated-line"
        recent = [*recent[1 - _REPEAT_WINDOW :], key]
        if reason is not None:
            removed.append((line.start, line.end, reason))
        else:
            kept.append(line)
    return kept


def _headline(kept: list[Line], index: int, meta: _Meta) -> tuple[int, int] | None:
    """The headline's span, if ``kept[index]`` is one; a site suffix names the outlet."""
    if len(kept) - index < 2:
        return None  # a lone line is a paragraph
    line = kept[index]
    if len(line.key) > _MAX_HEADLINE or match_dateline(line.key) is not None:
        return None
    head_len, site = split_site_suffix(line.key)
    meta.outlet = site or meta.outlet
    start = line.start + line.lead
    return start, start + head_len


def _summary(kept: list[Line], index: int, meta: _Meta) -> tuple[list[tuple[int, int]], int]:
    """Bullets or a short unfinished standfirst under the headline, and where they end."""
    summary: list[tuple[int, int]] = []
    while index < len(kept) - 1:  # leave at least one line for the body
        line = kept[index]
        offset = bullet_offset(line.key)
        if offset is not None:
            summary.append((line.start + line.lead + offset, line.end))
        elif meta.take(line):
            pass
        elif len(line.key) <= _MAX_STANDFIRST and _FINISHED.fullmatch(line.key) is None:
            summary.append((line.start, line.end))
        else:
            break
        index += 1
    return summary, index


def classify_lines(lines: tuple[Line, ...], rules: RuleSet) -> ArticleParts:
    """Classify the lines of one article and collect its parts."""
    removed: list[tuple[int, int, str]] = []
    kept = _drop_boilerplate(lines, rules, removed)

    meta = _Meta()
    index = 0
    while index < min(len(kept), _PREAMBLE_LINES) and meta.take(kept[index]):
        index += 1
    headline = _headline(kept, index, meta)
    summary: list[tuple[int, int]] = []
    if headline is not None:
        summary, index = _summary(kept, index + 1, meta)

    contributors: list[str] = []
    paragraphs: list[tuple[int, int]] = []
    paragraph_lines: list[Line] = []
    for line in kept[index:]:
        names = match_contributors(line.key)
        if names is not None:
            contributors.extend(names)
            continue
        reason = rules.match(line.key, "body")
        if reason is None and _looks_like_caption(line.key):
            reason = "caption"
        if reason is not None:
            removed.append((line.start, line.end, reason))
            continue
        paragraphs.append((line.start, line.end))
        paragraph_lines.append(line)

    dateline: tuple[str, str | None, int, int] | None = None
    if paragraphs:
        first = paragraph_lines[0]
        found = match_dateline(first.key)
        if found is not None:
            at = first.start + first.lead
            dateline = (found.place, found.agency, at, at + found.text_end)
            paragraphs[0] = (at + found.end, first.end)

    junk: list[tuple[int, int]] = []
    for (start, end), line in zip(paragraphs, paragraph_lines, strict=True):
        if "MORE" in line.folded:  # cheap test: every card ends in MORE
            junk.extend(
                (line.start + a, line.start + b)
                for a, b in find_link_junk(line.folded, start - line.start, end - line.start)
            )

    return ArticleParts(
        start=lines[0].start if lines else 0,
        end=lines[-1].end if lines else 0,
        headline=headline,
        outlet=meta.outlet,
        summary=tuple(summary),
        byline=meta.byline,
        contributors=tuple(dict.fromkeys(contributors)),
        published=meta.published,
        published_span=meta.published_span,
        dateline=dateline,
        paragraphs=tuple(paragraphs),
        junk=tuple(junk),
        removed=tuple(removed),
    )

"""The value every extractor works on: the caller's text and its folded, masked twin."""

from __future__ import annotations

import re
from collections.abc import Iterable

import attrs

from ..models import Span
from .normalize import fold

__all__ = ["Document"]

_NOT_NEWLINE = re.compile(r"[^\n]")


@attrs.frozen(slots=True)
class Document:
    """The exact input text, and a same-length copy that matchers search.

    ``folded`` is :func:`~newsrecords.text.normalize.fold` of ``text`` with every masked span
    (link junk, captions, anything the page parser removed) blanked to spaces. Because both
    strings have the same length, an offset found in ``folded`` indexes ``text``.
    """

    text: str
    folded: str

    @classmethod
    def build(cls, text: str, mask: Iterable[Span] = (), *, folded: str | None = None) -> Document:
        r"""Fold ``text`` and blank the masked spans, keeping newlines so lines still split.

        >>> doc = Document.build("a\u2019b JUNK c", [Span(start=4, end=8)])
        >>> doc.folded
        "a'b      c"
        """
        if folded is None:
            folded = fold(text)
        elif len(folded) != len(text):
            raise ValueError("folded text must have the same length as the text")
        spans = sorted((s.start, s.end) for s in mask)
        if not spans:
            return cls(text, folded)
        parts: list[str] = []
        pos = 0
        for start, end in spans:
            start = max(start, pos)
            if end <= start:
                continue
            parts.append(folded[pos:start])
            masked = folded[start:end]
            # Most masked spans are one line: then a run of spaces will do. The regex
            # tries a match at every character (2% of the page parser's instructions).
            parts.append(_NOT_NEWLINE.sub(" ", masked) if "\n" in masked else " " * len(masked))
            pos = end
        parts.append(folded[pos:])
        return cls(text, "".join(parts))

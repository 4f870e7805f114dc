"""Pair quotation marks inside one paragraph of folded text.

Real pages mix curly and straight marks, type a closing mark as an opening one, use
single quotes with apostrophes inside, and leave multi-paragraph quotes open. Folding has
already turned every double mark into ``"`` and every single mark into ``'``; this module
decides which marks pair up. Everything is a left-to-right pass over the paragraph.
"""

from __future__ import annotations

import bisect

import attrs

__all__ = ["QuoteMarks", "find_quote_marks"]

_OPENER_BEFORE = frozenset(' \n([{-/"')  # what may precede an opening single quote
_CLOSER_AFTER = frozenset(' \n.,;:!?)]}-"')  # what may follow a closing single quote
# The shapes of a double mark (after folding): what stands before and after one that opens
# a quotation, and one that closes it (dashes and brackets as they stand in news copy).
_DOUBLE_OPENER_BEFORE = frozenset(" \n([{-/\u2014\u2013")
_DOUBLE_OPENER_AFTER = frozenset("'([$.\u2026")  # besides a letter or digit
_DOUBLE_CLOSER_BEFORE = frozenset(".,;:!?)]}'\u2026-\u2014")  # besides a letter or digit
_DOUBLE_CLOSER_AFTER = frozenset(" \n.,;:!?)]}-\u2014'")
_STRIP = " \n\"'"
_MAX_SINGLE_QUOTE = 3000  # characters a single-quoted passage may run before we give up


@attrs.frozen(slots=True)
class QuoteMarks:
    """One quotation: the marks' extent and the quoted words inside (offsets absolute)."""

    start: int  # the opening mark
    end: int  # just after the closing mark, or the paragraph end when left open
    content_start: int
    content_end: int
    closed: bool
    at_paragraph_start: bool


def _content(text: str, start: int, end: int) -> tuple[int, int] | None:
    """Trim spaces, stray marks and a trailing comma; None when nothing worded is left."""
    while start < end and text[start] in _STRIP:
        start += 1
    while end > start and text[end - 1] in _STRIP + ",":
        end -= 1
    for i in range(start, end):
        if text[i].isalnum():
            return start, end
    return None


def _make(
    text: str, first_word: int, open_at: int, close_at: int | None, para_end: int
) -> QuoteMarks | None:
    inner_end = close_at if close_at is not None else para_end
    found = _content(text, open_at + 1, inner_end)
    if found is None:
        return None
    return QuoteMarks(
        start=open_at,
        end=close_at + 1 if close_at is not None else para_end,
        content_start=found[0],
        content_end=found[1],
        closed=close_at is not None,
        at_paragraph_start=open_at == first_word,
    )


def _first_word(text: str, start: int, end: int) -> int:
    """Where the paragraph's first non-space character is (``end`` when it is blank);
    found once per paragraph, as every pairing step asks where the paragraph opens.

    >>> _first_word("  'Yes'", 0, 7), _first_word("   ", 0, 3)
    (2, 3)
    """
    while start < end and text[start].isspace():
        start += 1
    return start


def _positions(text: str, char: str, start: int, end: int) -> list[int]:
    out: list[int] = []
    i = text.find(char, start, end)
    while i >= 0:
        out.append(i)
        i = text.find(char, i + 1, end)
    return out


def _double_shape(text: str, mark: int, start: int, end: int) -> str | None:
    """How a double mark is written: "o" when it can only open a quotation (after a space
    or the paragraph start, before a word), "c" when it can only close one (after a word or
    punctuation, before a space, punctuation or the paragraph end), None when it could be
    either or neither.

    >>> t = 'pick "R," or'
    >>> _double_shape(t, 5, 0, len(t)), _double_shape(t, 8, 0, len(t))
    ('o', 'c')
    """
    before = text[mark - 1] if mark > start else " "
    after = text[mark + 1] if mark + 1 < end else " "
    if before in _DOUBLE_OPENER_BEFORE and (after.isalnum() or after in _DOUBLE_OPENER_AFTER):
        return "o"
    if (before.isalnum() or before in _DOUBLE_CLOSER_BEFORE) and after in _DOUBLE_CLOSER_AFTER:
        return "c"
    return None


def _fit(shape: str | None, opens: bool) -> int:
    """One point for a mark that opens (``opens``) or closes as its shape says, one off
    for one that does the opposite, none for a mark of no clear shape.

    >>> _fit("o", True), _fit("o", False), _fit(None, True)
    (1, -1, 0)
    """
    if shape is None:
        return 0
    return 1 if (shape == "o") == opens else -1


def _best_left_out(shapes: list[str | None], default: int) -> int:
    """The mark to leave out of an odd number so that the others pair as they are written
    ('"R," or "D," ... preference."': the last mark, not the first); ``default`` unless
    another fits strictly better. At equal fit a mark between two quotations (an even
    place) is left out before one that a quotation would hold. One pass: the fit of every
    choice from running sums.

    >>> _best_left_out(["o", "c", "o", "c", "c"], 0), _best_left_out(["o", "o", "o"], 2)
    (4, 2)
    """
    n = len(shapes)
    prefix = [0] * (n + 1)  # prefix[k]: the fit of marks before k, paired from the first
    for k, shape in enumerate(shapes):
        prefix[k + 1] = prefix[k] + _fit(shape, k % 2 == 0)
    suffix = [0] * (n + 1)  # suffix[k]: the fit of marks from k on, one mark left out before
    for k in range(n - 1, -1, -1):
        suffix[k] = suffix[k + 1] + _fit(shapes[k], k % 2 == 1)

    def rank(j: int) -> tuple[int, bool]:
        return prefix[j] + suffix[j + 1], j % 2 == 0

    best = default
    for j in range(n):
        if rank(j) > rank(best):
            best = j
    return best


def _pair_doubles(
    text: str, marks: list[int], first_word: int, end: int
) -> list[tuple[int, int | None]]:
    """Toggle pairing, which survives marks typed the wrong way round; an odd mark out is
    the open quote that runs on into the next paragraph, or a stray mark to drop: the
    first one when the last mark ends the paragraph, else the last one, unless leaving
    out another lets the rest pair as their shapes say (a stray mark in the middle or at
    the end of a paragraph)."""
    n = len(marks)
    if n % 2 == 0:
        return [(marks[i], marks[i + 1]) for i in range(0, n, 2)]
    at_start = marks[0] == first_word
    first_is_stray = not at_start and not text[marks[-1] + 1 : end].strip()
    left_out = 0 if first_is_stray else n - 1
    if n > 1 and not at_start:
        # (a paragraph that opens with a mark continues a quotation, which may hold quoted
        # words of its own: its marks keep their order)
        shapes = [_double_shape(text, m, first_word, end) for m in marks]
        left_out = _best_left_out(shapes, left_out)
    kept = marks[:left_out] + marks[left_out + 1 :]
    pairs: list[tuple[int, int | None]] = [(kept[i], kept[i + 1]) for i in range(0, n - 1, 2)]
    if left_out == n - 1 and not first_is_stray:
        pairs.append((marks[-1], None))  # open: it runs on into the next paragraph
    return pairs


def _single_candidates(text: str, start: int, end: int) -> list[tuple[int, str]]:
    """Single marks that can open ("o"), close ("c") or close weakly ("w": a plural
    possessive such as "voters' rights" looks like a closing mark)."""
    out: list[tuple[int, str]] = []
    for i in _positions(text, "'", start, end):
        before = text[i - 1] if i > start else " "
        after = text[i + 1] if i + 1 < end else " "
        if before.isalnum() and after.isalnum():
            continue  # an apostrophe inside a word
        if before in _OPENER_BEFORE and (after.isalnum() or after in "[(.$"):
            if after.isdigit() and text[i + 1 : i + 4][2:3] == "s":
                continue  # '90s
            out.append((i, "o"))
        elif not before.isspace() and after in _CLOSER_AFTER:
            weak = before in "sS" and after == " " and text[i + 2 : i + 3].islower()
            out.append((i, "w" if weak else "c"))
    return out


def _pair_singles(
    text: str, start: int, end: int, first_word: int, blocked: list[tuple[int, int]]
) -> list[tuple[int, int | None]]:
    """Pair single marks outside the double-quoted regions (``blocked``, in order): each
    opening mark takes the first strong closing mark before the next opening one, else
    the first weak one; a pair never spans a double-quoted region."""
    block_starts = [a for a, _ in blocked]

    def free(i: int) -> bool:
        r = bisect.bisect_right(block_starts, i) - 1
        return r < 0 or i >= blocked[r][1]

    def crosses(a: int, b: int) -> bool:
        r = bisect.bisect_right(block_starts, a)
        return r < len(block_starts) and block_starts[r] < b

    cands = [c for c in _single_candidates(text, start, end) if free(c[0])]
    pairs: list[tuple[int, int | None]] = []
    k = 0
    while k < len(cands):
        pos, role = cands[k]
        if role != "o":
            k += 1
            continue
        chosen: int | None = None  # index into cands
        j = k + 1
        while j < len(cands) and cands[j][1] != "o" and cands[j][0] - pos < _MAX_SINGLE_QUOTE:
            if not crosses(pos, cands[j][0]):
                if cands[j][1] == "c":
                    chosen = j
                    break
                if chosen is None:
                    chosen = j  # a weak closer, kept unless a strong one follows
            j += 1
        if chosen is not None:
            pairs.append((pos, cands[chosen][0]))
            k = chosen + 1
        else:
            if pos == first_word:
                pairs.append((pos, None))
            k = max(j, k + 1)
    return pairs


def _closes_alone(text: str, mark: int, first_word: int) -> bool:
    """A lone double mark inside a paragraph that can only close: punctuation or a letter
    right before it, a space and a lower-case word or a capitalised one after it ('...
    lies," Viguerie says'), so no quotation can open there.

    >>> t = 'The plan fails," Lee says.'
    >>> _closes_alone(t, 15, 0), _closes_alone('He said "no more.', 8, 0)
    (True, False)
    """
    return (
        mark > first_word
        and text[mark - 1] in ",.?!"
        and text[mark + 1 : mark + 2] == " "
        and text[mark + 2 : mark + 3].isalpha()
    )


def find_quote_marks(text: str, start: int, end: int) -> list[QuoteMarks]:
    """Quotations in ``text[start:end]`` (one paragraph of folded text), in order.

    >>> t = "'It is done,' she said, \\"and it's final.\\""
    >>> [t[q.content_start:q.content_end] for q in find_quote_marks(t, 0, len(t))]
    ['It is done', "and it's final."]
    """
    doubles = _positions(text, '"', start, end)
    first_word = _first_word(text, start, end)
    if (
        len(doubles) % 2 == 1
        and first_word < end
        and text[first_word] == "'"
        and doubles[0] != first_word
    ):
        # 'I know ...," Biden said: a single opening mark closed by a double one
        doubles.insert(0, first_word)
    quotes: list[QuoteMarks] = []
    blocked: list[tuple[int, int]] = []
    if len(doubles) == 1 and _closes_alone(text, doubles[0], first_word):
        # '... those [lies]," Viguerie says.': the paragraph's one mark closes a quote
        # opened a paragraph earlier (or never): the quote is the paragraph up to it
        found = _content(text, first_word, doubles[0])
        if found is not None:
            quotes.append(QuoteMarks(first_word, doubles[0] + 1, *found, True, True))
            blocked.append((first_word, doubles[0] + 1))
        doubles = []
    for open_at, close_at in _pair_doubles(text, doubles, first_word, end):
        blocked.append((open_at, (close_at if close_at is not None else end) + 1))
        made = _make(text, first_word, open_at, close_at, end)
        if made is not None:
            quotes.append(made)
    if text.find("'", first_word, end) >= 0:  # no copy of the paragraph to ask
        for open_at, close_at in _pair_singles(text, start, end, first_word, blocked):
            made = _make(text, first_word, open_at, close_at, end)
            if made is not None:
                quotes.append(made)
        quotes.sort(key=lambda q: q.start)
    return quotes

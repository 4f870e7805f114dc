"""A quotation in single marks inside a typewriter quotation (``''...''``) is a quote
inside a quote.

When two apostrophes are not read as quote marks (the default), the quote finder still
pairs the single marks inside them: in ``''When Twitter says, 'We can't do this,' I don't
believe that,'' said Ann Lee`` it finds 'We can't do this' and hands it Ann Lee, the outer
speaker, though the words are the ones she reports from someone else. A reader reads them
as part of her quotation (which :mod:`.unread_marks` records), so the inner quotation keeps
no speaker of its own.
"""

from __future__ import annotations

from .unread_marks import typewriter_pairs

__all__ = ["inside_typewriter_quotation", "single_mark_at"]


def single_mark_at(folded: str, at: int) -> bool:
    """``folded[at]`` is one apostrophe standing alone, not half of ``''``.

    >>> single_mark_at("say 'no'", 4), single_mark_at("''no''", 0), single_mark_at("''no''", 1)
    (True, False, False)
    """
    return (
        at < len(folded)
        and folded[at] == "'"
        and (at == 0 or folded[at - 1] != "'")
        and folded[at + 1 : at + 2] != "'"
    )


def inside_typewriter_quotation(
    folded: str, para_start: int, para_end: int, start: int, end: int
) -> bool:
    """The words ``start:end`` lie inside a ``''...''`` pair of the paragraph.

    >>> t = "''I said, 'No,' and left,'' Lee said."
    >>> inside_typewriter_quotation(t, 0, len(t), t.index("No"), t.index("No") + 2)
    True
    >>> inside_typewriter_quotation(t, 0, len(t), t.index("Lee"), t.index("Lee") + 3)
    False
    """
    if folded.find("''", para_start, para_end) < 0:
        return False  # the common case: no typewriter marks at all
    return any(
        opening < start and end <= closing_end
        for opening, _, _, closing_end in typewriter_pairs(folded, para_start, para_end)
    )

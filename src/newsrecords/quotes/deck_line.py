"""The deck under a headline that ends in a semicolon is the headline's second line, and
its quotes are headline quotes: no one's words in particular.

Some papers print a headline over two lines, the first ending in a semicolon ("Mayor
rebuffs the council on 'exception' to ban;") and the second, the deck, going on in the
headline's telegraphic style ("Spurns offer, blasts 'ignorant view of the law.'"). The
page layer reads the first line as the headline and the deck as the first paragraph. Its
quoted words come again in the body, where they are attributed; read as a sentence the
deck has no subject ("Spurns" is no speaker) or a pronoun with nothing before it, so its
quotes keep no speaker, as a headline's do.
"""

from __future__ import annotations

from ..models import Span

__all__ = ["is_deck_line"]


def is_deck_line(folded: str, first: Span) -> bool:
    """``first`` (an article's first paragraph) is the line right under a line that ends
    in a semicolon.

    >>> t = "Mayor rebuffs council;\\nSpurns offer, blasts 'plan.'\\n\\nThe mayor said no."
    >>> is_deck_line(t, Span(start=23, end=51)), is_deck_line(t, Span(start=53, end=71))
    (True, False)
    """
    before = folded[max(0, first.start - 12) : first.start].rstrip(" \t")  # a few spaces
    if not before.endswith("\n") or before.endswith("\n\n"):
        return False  # not the next line of the same block
    return before[:-1].rstrip(" \t").endswith(";")

"""Small pure ``str -> str`` text fixes.

Two families, kept apart on purpose:

* :func:`fold` maps one character to exactly one character, so its output has the same
  length as its input and every offset found in the folded text is valid in the original.
  Matchers run on folded text; records keep offsets into the original.
* :func:`normalize_text` and :func:`collapse_whitespace` may change the length. They make
  the display values (a quote's text, an article's body) and are idempotent.
"""

from __future__ import annotations

import re
import unicodedata

__all__ = [
    "collapse_whitespace",
    "fold",
    "fold_double_apostrophes",
    "normalize_text",
    "replace_lone_surrogates",
    "strip_quote_marks",
]

# Each entry maps a code point to a single replacement character, so ``fold`` keeps length.
_FOLD_TABLE: dict[int, str] = {
    **dict.fromkeys(map(ord, "\u2018\u2019\u201a\u201b\u2032\u02bc\u0060\u00b4"), "'"),
    **dict.fromkeys(map(ord, "\u201c\u201d\u201e\u201f\u2033\u00ab\u00bb\u301d\u301e"), '"'),
    **dict.fromkeys(map(ord, "\u2010\u2011\u2012\u2013\u2014\u2015\u2212\ufe58\ufe63\uff0d"), "-"),
    # No-break, narrow, figure, ideographic and other fixed-width spaces read as a space.
    **dict.fromkeys(
        map(
            ord,
            "\u00a0\u1680\u2000\u2001\u2002\u2003\u2004\u2005\u2006\u2007\u2008"
            "\u2009\u200a\u202f\u205f\u3000",
        ),
        " ",
    ),
    # Zero-width characters and the byte-order mark become spaces rather than vanishing,
    # which would move every later offset.
    **dict.fromkeys(map(ord, "\u200b\u200c\u200d\u2060\ufeff"), " "),
    ord("\t"): " ",
    ord("\r"): "\n",
    ord("\u2028"): "\n",
    ord("\u2029"): "\n",
    ord("\u0085"): "\n",
    ord("\u000b"): "\n",
    ord("\u000c"): "\n",
}


# A UTF-16 surrogate code point standing alone in a str: what ``json.loads`` gives for half
# of an emoji escaped as "\\ud83d". No encoding can write one, so no record holding one
# could be serialised.
# Built from code points: a surrogate cannot be written in a compiled (mypyc) string literal.
_LONE_SURROGATE = re.compile(f"[{chr(0xD800)}-{chr(0xDFFF)}]")


def replace_lone_surrogates(text: str) -> str:
    """``text`` with each lone surrogate replaced by U+FFFD, one code point for one, so every
    offset into it is an offset into ``text``.

    >>> replace_lone_surrogates("A \\ud83d b") == "A \\ufffd b"
    True
    >>> replace_lone_surrogates("plain") == "plain"
    True
    """
    return _LONE_SURROGATE.sub("\ufffd", text)


def fold(text: str) -> str:
    r"""Fold typographic variants to ASCII, one character for one character.

    Curly and low quotes, guillemets and primes become ``'`` or ``"``; dashes become ``-``;
    exotic spaces become a space; other line breaks become ``\\n``.

    >>> fold("\u201cIt\u2019s\u00a0over\u201d \u2014 he said")
    '"It\'s over" - he said'
    >>> s = "\u00abOui\u00bb\r\n"
    >>> len(fold(s)) == len(s)
    True
    """
    if text.isascii() and not any(c in text for c in _ASCII_FOLD_KEYS):
        return text  # nothing to fold: a few substring tests cost far less than the scan
    return _FOLD_CHARS.sub(_fold_match, text)


# Exactly two apostrophes: three or more are a pair of quotes around a single mark, or a
# typo, and are left alone.
_DOUBLE_APOSTROPHE = re.compile(
    r"""
    (?<!')''(?!')        # two apostrophes, no third either side
    (?=([\w$(\[]))?      # group 1 (empty): a word follows, so the pair opens a quotation
    """,
    re.VERBOSE,
)


def _double_apostrophe(match: re.Match[str]) -> str:
    return ' "' if match.group(1) is not None else '" '


def fold_double_apostrophes(folded: str) -> str:
    """Read the typewriter style of some newspapers, ``''quoted''``, as double quote marks,
    keeping the length: an opening pair becomes a space and a mark (the mark next to the
    first word), a closing pair a mark and a space. Meant for text :func:`fold` has made;
    not part of ``fold``, since elsewhere two apostrophes can be inches or a typo.

    >>> fold_double_apostrophes("''We will win,'' he said.")
    ' "We will win,"  he said.'
    >>> fold_double_apostrophes("a 'single' and '''three''' stay")
    "a 'single' and '''three''' stay"
    """
    if "''" not in folded:
        return folded
    return _DOUBLE_APOSTROPHE.sub(_double_apostrophe, folded)


def collapse_whitespace(text: str) -> str:
    r"""Turn every run of whitespace into one space and trim the ends.

    >>> collapse_whitespace("  a \n\t b  ")
    'a b'
    """
    # str.split() uses the same whitespace definition as re's \s (checked over every code
    # point) and is about twice as fast as a regex substitution.
    return " ".join(text.split())


def normalize_text(text: str) -> str:
    r"""The display form of a piece of text: NFC, folded quotes and spaces, one-space runs.

    Dashes other than the hyphen keep their length class: an em dash stays an em dash, so
    "democracies — not autocracies —" still reads as written.

    >>> normalize_text("\u201cWe\u2019re\u00a0 ready,\u201d\nhe said")
    '"We\'re ready," he said'
    >>> normalize_text(normalize_text("a \u2013 b")) == normalize_text("a \u2013 b")
    True
    """
    if text.isascii() and "`" not in text:
        # ASCII is its own NFC, and the table's other ASCII keys are white space mapped to
        # white space, which the collapse treats alike: the usual paragraph skips two passes.
        return collapse_whitespace(text)
    text = unicodedata.normalize("NFC", text)
    text = _DISPLAY_CHARS.sub(_display_match, text)
    return collapse_whitespace(text)


# Display normalisation is the fold table minus the dash folding.
_DISPLAY_TABLE: dict[int, str] = {
    k: v for k, v in _FOLD_TABLE.items() if v != "-" or chr(k) in "\u2010\u2011\u2212\uff0d"
}


def _char_class(table: dict[int, str]) -> re.Pattern[str]:
    """One character class of every key: ``sub`` over it beats ``str.translate`` with a dict
    about sixfold on text with any non-ASCII character (measured on the seed pages)."""
    return re.compile("[" + "".join(re.escape(chr(k)) for k in sorted(table)) + "]")


_FOLD_CHARS = _char_class(_FOLD_TABLE)
_DISPLAY_CHARS = _char_class(_DISPLAY_TABLE)
_FOLD_MAP = {chr(k): v for k, v in _FOLD_TABLE.items()}
_ASCII_FOLD_KEYS = "".join(chr(k) for k in _FOLD_TABLE if k < 128)  # tab, CR, backtick...
_DISPLAY_MAP = {chr(k): v for k, v in _DISPLAY_TABLE.items()}


def _fold_match(match: re.Match[str]) -> str:
    return _FOLD_MAP[match.group()]


def _display_match(match: re.Match[str]) -> str:
    return _DISPLAY_MAP[match.group()]


_QUOTE_MARKS = "\"'\u2018\u2019\u201a\u201b\u201c\u201d\u201e\u201f\u00ab\u00bb\u2039\u203a"
# Stripping marks and whitespace as one set makes the result idempotent ('0" »' loses the
# space and the guillemet together); every whitespace code point lies below U+3001.
_MARKS_AND_SPACE = _QUOTE_MARKS + "".join(c for c in map(chr, range(0x3001)) if c.isspace())


def strip_quote_marks(text: str) -> str:
    r"""Remove quote marks (and the spaces next to them) from both ends of ``text``.

    >>> strip_quote_marks("\u201c  So it goes.\u201d ")
    'So it goes.'
    """
    return text.strip(_MARKS_AND_SPACE)

"""The inputs of ``newsrecords parse``: files, directories, globs and JSON Lines, checked.

A page file must be text: an empty file or a binary file (an executable, an image, an
archive) is refused with one line saying so, and the batch goes on (HTML is text here; the
command line hands it to the HTML reader). UTF-16 and UTF-32 are recognised by their byte
order mark or, without one, by the pattern of NUL bytes that ASCII text leaves in them, and
decoded; anything else is read as UTF-8, with invalid bytes replaced and counted.

A JSON Lines file (``.jsonl`` / ``.ndjson``, or any file when ``--text-field`` is given)
holds one document a line: the text under the text field, the source name under the id
field when given. A line that is not a JSON object or lacks the text is reported with its
file and line number; the other lines go on.
"""

from __future__ import annotations

import codecs
import glob
import json
import os
from collections.abc import Iterator, Sequence
from pathlib import Path
from typing import BinaryIO

import attrs

from .exceptions import ParseError

__all__ = [
    "STDIN_LABEL",
    "InputProblem",
    "PageInput",
    "count_replaced",
    "decode_page",
    "expand_names",
    "is_jsonl",
    "read_documents",
    "replaced_message",
]

STDIN = "-"
STDIN_LABEL = "<stdin>"  # how standard input is named in messages and output names
JSONL_SUFFIXES = frozenset({".jsonl", ".ndjson"})

# Byte order marks, longest first: UTF-32-LE's mark begins with UTF-16-LE's.
_BOMS = (
    (codecs.BOM_UTF32_LE, "utf-32-le"),
    (codecs.BOM_UTF32_BE, "utf-32-be"),
    (codecs.BOM_UTF16_LE, "utf-16-le"),
    (codecs.BOM_UTF16_BE, "utf-16-be"),
)

# Leading bytes of common binary formats, to name what was refused (from each format's
# specification: ELF, PDF, PNG, GIF, JPEG, ZIP, gzip, bzip2, xz, Mach-O, PE, SQLite).
_MAGIC = (
    (b"\x7fELF", "an ELF executable"),
    (b"%PDF", "a PDF document"),
    (b"\x89PNG", "a PNG image"),
    (b"GIF8", "a GIF image"),
    (b"\xff\xd8\xff", "a JPEG image"),
    (b"PK\x03\x04", "a ZIP archive (or a Word/Excel/EPUB file)"),
    (b"\x1f\x8b", "a gzip archive"),
    (b"BZh", "a bzip2 archive"),
    (b"\xfd7zXZ\x00", "an xz archive"),
    (b"\xcf\xfa\xed\xfe", "a Mach-O executable"),
    (b"MZ", "a Windows executable"),
    (b"SQLite format 3\x00", "an SQLite database"),
)

_SAMPLE = 8192  # bytes looked at to tell text from binary
# Control bytes that text does hold: tab, line feed, form feed, carriage return, escape.
_TEXT_CONTROLS = frozenset(b"\t\n\f\r\x1b")


@attrs.frozen(slots=True)
class PageInput:
    """One document to parse: its text, the source name its records carry, and the
    input file it came from (the key of ``--output-dir``)."""

    text: str
    source: str
    origin: str


@attrs.frozen(slots=True)
class InputProblem:
    """An input that gives no document, as the line to report (file and line named), or
    a warning about one that does (``error`` False)."""

    message: str
    error: bool = True


def _binary_kind(raw: bytes) -> str | None:
    """What binary format ``raw`` is in (a description), or None if it may be text."""
    for magic, kind in _MAGIC:
        if raw.startswith(magic):
            return kind
    sample = raw[:_SAMPLE]
    controls = sum(1 for byte in sample if byte < 32 and byte not in _TEXT_CONTROLS)
    if b"\x00" in sample or controls > len(sample) // 20:
        return "binary data"
    return None


def _nul_pattern(raw: bytes) -> str | None:
    """UTF-16 or UTF-32 without a byte order mark, told by where ASCII text's NULs fall:
    every other byte (UTF-16) or three bytes in four (UTF-32)."""
    sample = raw[: _SAMPLE - _SAMPLE % 4]
    if len(sample) < 4 or b"\x00" not in sample:
        return None
    lanes = [sample[i::4].count(0) / len(sample[i::4]) for i in range(4)]
    full = [share > 0.9 for share in lanes]
    empty = [share < 0.1 for share in lanes]
    if empty[0] and full[1] and full[2] and full[3]:
        return "utf-32-le"
    if full[0] and full[1] and full[2] and empty[3]:
        return "utf-32-be"
    if empty[0] and full[1] and empty[2] and full[3]:
        return "utf-16-le"
    if full[0] and empty[1] and full[2] and empty[3]:
        return "utf-16-be"
    return None


def decode_page(raw: bytes) -> tuple[str, int]:
    """A page file's text and the number of invalid UTF-8 sequences replaced in it.

    Raises :class:`~newsrecords.exceptions.ParseError` with the reason for an empty
    file, a binary one, or text in a UTF-16/32 form that does not decode. HTML is text
    here: the command line hands it to the HTML reader.

    >>> decode_page("Hi \\u2013 there".encode("utf-16"))
    ('Hi – there', 0)
    >>> decode_page("Hi".encode("utf-16-le"))
    ('Hi', 0)
    >>> decode_page(b"\\x7fELF\\x02\\x01")
    Traceback (most recent call last):
    ...
    newsrecords.exceptions.ParseError: binary file (an ELF executable), not text
    """
    if not raw.strip():
        raise ParseError("empty file" if not raw else "empty file (only white space)")
    encoding = next((enc for bom, enc in _BOMS if raw.startswith(bom)), None)
    skip = next((len(bom) for bom, _ in _BOMS if raw.startswith(bom)), 0)
    encoding = encoding or _nul_pattern(raw)
    if encoding is not None:
        try:
            text = raw[skip:].decode(encoding)
        except UnicodeDecodeError:
            raise ParseError(f"not valid {encoding.upper()} text") from None
        replaced = 0
    else:
        kind = _binary_kind(raw)
        if kind is not None:
            raise ParseError(f"binary file ({kind}), not text")
        text = raw.decode("utf-8", errors="replace")
        replaced = count_replaced(raw, text)
    if not text.strip():
        raise ParseError("empty file (only white space)")
    return text, replaced


def count_replaced(raw: bytes, text: str) -> int:
    """How many U+FFFD in ``text`` stand for invalid bytes (not ones the input held)."""
    if "\ufffd" not in text:
        return 0
    return text.count("\ufffd") - raw.decode("utf-8", errors="ignore").count("\ufffd")


def expand_names(names: Sequence[str]) -> Iterator[str | InputProblem]:
    """File names from the command line: ``-``, files, directories (every file under them
    that is not hidden, in sorted order) and glob patterns (``pages/**/*.txt``)."""
    for name in names:
        if name == STDIN or os.path.isfile(name):
            yield name
        elif os.path.isdir(name):
            found = _walk(name)
            yield from found if found else [InputProblem(f"{name}: no files in directory")]
        elif glob.has_magic(name):
            matches = sorted(glob.glob(name, recursive=True))
            if not matches:
                yield InputProblem(f"{name}: no file matches")
            for match in matches:
                yield from [match] if os.path.isfile(match) else _walk(match)
        elif os.path.lexists(name):
            yield InputProblem(f"{name}: not a regular file")
        else:
            yield InputProblem(f"{name}: no such file")


def _walk(top: str) -> list[str]:
    found: list[str] = []
    for root, dirs, files in os.walk(top):
        dirs[:] = sorted(d for d in dirs if not d.startswith("."))
        found.extend(os.path.join(root, f) for f in sorted(files) if not f.startswith("."))
    return found


def is_jsonl(name: str) -> bool:
    """Whether a file is read as JSON Lines without ``--text-field``: by its suffix."""
    return Path(name).suffix.lower() in JSONL_SUFFIXES


def read_documents(
    name: str,
    handle: BinaryIO,
    *,
    jsonl: bool,
    text_field: str = "text",
    id_field: str | None = None,
) -> Iterator[PageInput | InputProblem]:
    """The documents of one open input: the page itself, or one per JSON Lines line."""
    label = STDIN_LABEL if name == STDIN else name
    if not jsonl:
        try:
            text, replaced = decode_page(handle.read())
        except ParseError as exc:
            yield InputProblem(f"{label}: {exc}")
            return
        if replaced:
            yield _replaced_warning(label, replaced)
        yield PageInput(text, label, label)
        return
    head = handle.peek(_SAMPLE)[:_SAMPLE] if hasattr(handle, "peek") else b""
    kind = _binary_kind(head) if head else None
    if kind is not None:  # one line for the file, not one per "line" of an executable
        yield InputProblem(f"{label}: binary file ({kind}), not JSON Lines")
        return
    replaced = 0
    documents = 0
    for lineno, raw in enumerate(handle, start=1):
        line = raw.decode("utf-8", errors="replace")
        replaced += count_replaced(raw, line)
        if line.strip():
            documents += 1
            yield _jsonl_document(label, lineno, line, text_field, id_field)
    if not documents:
        yield InputProblem(f"{label}: empty file (no JSON Lines)")
    if replaced:
        yield _replaced_warning(label, replaced)


def replaced_message(label: str, count: int) -> str:
    """The warning for ``count`` invalid UTF-8 sequences read from ``label``."""
    return f"{label}: {count} invalid UTF-8 sequence(s) replaced with U+FFFD"


def _replaced_warning(label: str, count: int) -> InputProblem:
    return InputProblem(replaced_message(label, count), error=False)


def _jsonl_document(
    label: str, lineno: int, line: str, text_field: str, id_field: str | None
) -> PageInput | InputProblem:
    where = f"{label}:{lineno}"
    try:
        record = json.loads(line)
    except json.JSONDecodeError as exc:
        return InputProblem(f"{where}: not JSON ({exc.msg} at column {exc.colno})")
    if not isinstance(record, dict):
        return InputProblem(f"{where}: not a JSON object")
    text = record.get(text_field)
    if text is None and {"body", "span", "source"} <= record.keys():
        return InputProblem(f"{where}: an Article record, not a document to parse")
    if text is None:
        return InputProblem(f"{where}: no {text_field!r} field")
    if not isinstance(text, str):
        return InputProblem(f"{where}: {text_field!r} is not a string")
    if not text.strip():
        return InputProblem(f"{where}: empty {text_field!r}")
    ident = record.get(id_field) if id_field else None
    return PageInput(text, where if ident is None else str(ident), label)

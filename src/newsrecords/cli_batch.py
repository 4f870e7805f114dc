"""``newsrecords parse`` (and ``actions``) over many inputs: one bad input never stops it.

Every input is read and checked by :mod:`newsrecords.cli_inputs`; every document goes
through :func:`~newsrecords.parse_many`, on ``-j N`` processes; every failure is one line on
stderr naming the file (and line), and the rest go on. At the end one summary line (files,
documents, articles, quotes, errors, time) goes to stderr, unless ``--quiet``; the exit
status is 0 when nothing failed, 1 when an input failed, 70 when our own code did.

The progress bar is tqdm's (the ``progress`` extra): small, without dependencies of its own,
long and actively maintained, and it leaves lines written through it intact; rich would do
as well but brings a rendering engine for one bar. It is shown only when stderr is a
terminal, so nothing but the summary reaches a pipe or a log; without tqdm there is no bar.
"""

from __future__ import annotations

import argparse
import contextlib
import io
import os
import time
from collections import deque
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any, BinaryIO, TextIO

import attrs

from ._batch_items import INTERNAL_ERROR
from .batch import Parsed, ParseFailure, ParseFunction, ParseResult, default_workers, parse_many
from .cli_inputs import STDIN, STDIN_LABEL, InputProblem, expand_names, is_jsonl, read_documents
from .exceptions import ParseError

__all__ = ["add_batch_options", "open_binary", "run_batch"]

PROG = "newsrecords"

#: Turns one result into the text written for it (JSON Lines of articles by default).
Render = Callable[[ParseResult], str]


def add_batch_options(parser: argparse.ArgumentParser, *, output_dir: bool) -> None:
    """The options of a command that reads many inputs."""
    parser.add_argument(
        "-j",
        "--jobs",
        type=int,
        default=1,
        metavar="N",
        help="parse on N processes (0: one per core; default 1, in this process)",
    )
    parser.add_argument(
        "--text-field",
        metavar="NAME",
        help="read every input as JSON Lines with the text under NAME "
        "(.jsonl/.ndjson files are read so anyway, with the field 'text')",
    )
    parser.add_argument(
        "--id-field",
        metavar="NAME",
        help="JSON Lines: the source name of each record under NAME (default FILE:LINE)",
    )
    if output_dir:
        parser.add_argument(
            "--output-dir",
            metavar="DIR",
            help="write one FILE.jsonl per input under DIR instead of one stream",
        )
    parser.add_argument("-q", "--quiet", action="store_true", help="no summary line at the end")


@contextlib.contextmanager
def open_binary(name: str, stdin: TextIO) -> Iterator[BinaryIO]:
    """A binary handle on a file, or on stdin for ``-``; failures as one-line ParseErrors."""
    if name == STDIN:
        yield stdin.buffer if hasattr(stdin, "buffer") else io.BytesIO(stdin.read().encode())
        return
    try:
        handle = open(name, "rb")  # noqa: SIM115 - closed below
    except FileNotFoundError:
        raise ParseError(f"{name}: no such file") from None
    except IsADirectoryError:
        raise ParseError(f"{name}: is a directory") from None
    except OSError as exc:
        raise ParseError(f"{name}: {exc.strerror or exc}") from None
    with handle:
        yield handle


@attrs.define
class _Tally:
    """What the summary line counts, and the lines written on stderr meanwhile."""

    stderr: TextIO
    write: Callable[[str], None]
    files: int = 0
    documents: int = 0
    articles: int = 0
    quotes: int = 0
    errors: int = 0
    internal: bool = False

    def problem(self, problem: InputProblem) -> None:
        self.errors += problem.error
        kind = "error" if problem.error else "warning"
        self.write(f"{PROG}: {kind}: {problem.message}")

    def failure(self, failure: ParseFailure, source: str) -> None:
        self.errors += 1
        if failure.code == INTERNAL_ERROR:
            self.internal = True
            self.write(
                f"{PROG}: internal error: {failure.error}: {failure.message} "
                f"({source}; please report it)"
            )
        else:
            self.write(f"{PROG}: error: {source}: {failure.message}")

    def summary(self, seconds: float) -> str:
        counts = (
            (self.files, "file"),
            (self.documents, "document"),
            (self.articles, "article"),
            (self.quotes, "quote"),
            (self.errors, "error"),
        )
        parts = [f"{n:,} {word}{'' if n == 1 else 's'}" for n, word in counts]
        return f"{PROG}: {', '.join(parts)}, {seconds:.1f} s"

    @property
    def status(self) -> int:
        return 70 if self.internal else int(self.errors > 0)


def _jsonl(result: ParseResult) -> str:
    return result.jsonl.decode("utf-8")


def run_batch(
    args: argparse.Namespace,
    stdin: TextIO,
    stdout: TextIO,
    stderr: TextIO,
    *,
    parse: ParseFunction,
    render: Render = _jsonl,
) -> int:
    """Parse every input of ``args.files`` and write ``render`` of each result; returns the
    exit status. ``parse`` is the page parser (``parse_page``, or another with its call)."""
    started = time.perf_counter()
    bar = _progress_bar(stderr, args)
    tally = _Tally(stderr, _line_writer(stderr, bar))
    origins: deque[str] = deque()  # the input of each document handed on, in order
    writing = Path(args.output).resolve() if args.output not in (None, STDIN) else None
    options: dict[str, Any] = {
        "double_apostrophes": args.double_apostrophes,
        "quotes": not args.no_quotes,
        "indirect": not args.no_indirect,
        "actions": not args.no_actions,
    }

    def documents() -> Iterator[tuple[str, str, None]]:
        for entry in expand_names(args.files):
            if isinstance(entry, InputProblem):
                tally.problem(entry)
                continue
            if writing is not None and entry != STDIN and Path(entry).resolve() == writing:
                continue  # our own output, in a directory being read
            tally.files += 1
            jsonl = args.text_field is not None or is_jsonl(entry)
            try:
                with open_binary(entry, stdin) as handle:
                    for found in read_documents(
                        entry,
                        handle,
                        jsonl=jsonl,
                        text_field=args.text_field or "text",
                        id_field=args.id_field,
                    ):
                        if isinstance(found, InputProblem):
                            tally.problem(found)
                            continue
                        origins.append(found.origin)
                        yield found.text, found.source, None
            except ParseError as exc:
                tally.problem(InputProblem(exc.message))
            except OSError as exc:  # unreadable part way through (a disk error, a FIFO gone)
                tally.problem(InputProblem(f"{entry}: {exc.strerror or exc}"))

    results = parse_many(documents(), workers=_workers(args.jobs), parse=parse, **options)
    with _Sink(getattr(args, "output_dir", None), args.output, stdout) as sink:
        for result in results:
            _take(result, origins.popleft(), tally, sink, render)
            if bar is not None:
                bar.update(1)
    if bar is not None:
        bar.close()
    if not args.quiet:
        stderr.write(tally.summary(time.perf_counter() - started) + "\n")
    return tally.status


def _take(result: Parsed, origin: str, tally: _Tally, sink: _Sink, render: Render) -> None:
    tally.documents += 1
    if isinstance(result, ParseFailure):
        tally.failure(result, result.source or origin)
        return
    tally.articles += result.article_count
    tally.quotes += result.quote_count
    sink.write(origin, render(result))


def _workers(jobs: int) -> int | None:
    if jobs < 0:
        raise ParseError(f"-j must be 0 or more, not {jobs}")
    if jobs == 1:
        return None  # in this process: no pool to start
    return default_workers() if jobs == 0 else jobs


def _progress_bar(stderr: TextIO, args: argparse.Namespace) -> Any:
    """A tqdm bar on stderr if it is a terminal and tqdm is installed, else None."""
    if args.quiet or not (hasattr(stderr, "isatty") and stderr.isatty()):
        return None
    try:
        from tqdm import tqdm
    except ImportError:
        return None
    return tqdm(file=stderr, unit="doc", leave=False)


def _line_writer(stderr: TextIO, bar: Any) -> Callable[[str], None]:
    """Write a line on stderr, above the bar when there is one."""

    def write(line: str) -> None:
        if bar is None:
            stderr.write(line + "\n")
        else:
            bar.write(line, file=stderr)

    return write


class _Sink:
    """Where output goes: one stream (``-o`` or stdout), or one file per input under a
    directory (``--output-dir``), each opened when its input's first result comes."""

    def __init__(self, directory: str | None, output: str | None, stdout: TextIO) -> None:
        if directory is not None and output is not None:
            raise ParseError("give -o or --output-dir, not both")
        self.directory = Path(directory) if directory is not None else None
        self.output = output
        self.stdout = stdout
        self._stack = contextlib.ExitStack()
        self._origin: str | None = None
        self._handle: TextIO = stdout

    def __enter__(self) -> _Sink:
        if self.directory is not None:
            try:
                self.directory.mkdir(parents=True, exist_ok=True)
            except OSError as exc:
                raise ParseError(f"{self.directory}: cannot write: {exc.strerror or exc}") from None
        elif self.output is not None and self.output != STDIN:
            self._handle = self._open(Path(self.output))
        return self

    def __exit__(self, *exc: object) -> None:
        self._stack.close()

    def _open(self, path: Path) -> TextIO:
        try:
            handle = open(path, "w", encoding="utf-8")  # noqa: SIM115 - closed by the stack
        except OSError as exc:
            raise ParseError(f"{path}: cannot write: {exc.strerror or exc}") from None
        return self._stack.enter_context(handle)

    def write(self, origin: str, text: str) -> None:
        if self.directory is not None and origin != self._origin:
            self._stack.close()
            self._origin = origin
            path = output_path(self.directory, origin)
            path.parent.mkdir(parents=True, exist_ok=True)
            self._handle = self._open(path)
        self._handle.write(text)


def output_path(directory: Path, origin: str) -> Path:
    """The ``--output-dir`` file of an input: its path under ``directory`` (made relative,
    ``..`` dropped) with ``.jsonl`` added, so no two inputs share one.

    >>> output_path(Path("out"), "pages/a.txt").as_posix()
    'out/pages/a.txt.jsonl'
    >>> output_path(Path("out"), "<stdin>").as_posix()
    'out/stdin.jsonl'
    """
    if origin == STDIN_LABEL:
        return directory / "stdin.jsonl"
    given = Path(os.path.normpath(origin))
    parts = [p for p in given.parts if p not in ("..", given.anchor)]
    relative = Path(*parts) if parts else Path("input")
    name = relative.name if relative.suffix.lower() == ".jsonl" else relative.name + ".jsonl"
    path = directory / relative.parent / name
    if Path(origin).resolve() == path.resolve():
        raise ParseError(f"{origin}: --output-dir would overwrite this input")
    return path

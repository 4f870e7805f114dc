"""The ``newsrecords`` command line.

Every failure the user can cause (a missing file, invalid JSON Lines, an unknown model
name) ends in one line on stderr and a non-zero exit status, never a traceback.
"""

from __future__ import annotations

import argparse
import contextlib
import datetime as _dt
import functools
import io
import json
import os
import sys
from collections.abc import Iterator, Sequence
from typing import Any, TextIO

from pydantic import BaseModel, ValidationError

from . import models
from ._version import __version__
from .batch import ParseFunction, ParseResult
from .cli_batch import PROG, Render, add_batch_options, open_binary, run_batch
from .cli_dedupe import add_config_options, config_from_args, story_by_id
from .cli_inputs import count_replaced, replaced_message
from .dedupe import Deduper, dedupe
from .exceptions import MissingExtraError, NewsRecordsError, ParseError, UnknownModelError
from .formats import FORMATS, TABLES, writer_for
from .html import looks_like_html, parse_html
from .parser import parse_page
from .samples import sample_pages

__all__ = ["main"]


#: Models `newsrecords schema NAME` can print, by lower-case name.
SCHEMA_MODELS: dict[str, type[BaseModel]] = {
    cls.__name__.lower(): cls
    for cls in (
        models.Article,
        models.Dateline,
        models.Mention,
        models.PolicyAction,
        models.Quote,
        models.Removal,
        models.Source,
        models.Span,
        models.Speaker,
        models.Story,
        models.StoryAction,
        models.StoryMember,
        models.StoryQuote,
    )
}


class CliError(NewsRecordsError):
    """A failure reported to the user as one line, with exit status 1."""

    code = "cli_error"


@contextlib.contextmanager
def _output(path: str | None, stdout: TextIO) -> Iterator[TextIO]:
    if path is None or path == "-":
        yield stdout
        return
    try:
        handle = open(path, "w", encoding="utf-8")  # noqa: SIM115 - closed below
    except OSError as exc:
        raise CliError(f"{path}: cannot write: {exc.strerror or exc}") from None
    with handle:
        yield handle


def parse_input(
    text: str,
    *,
    reader: str = "auto",
    source: str | None = None,
    published: _dt.datetime | None = None,
    double_apostrophes: bool = False,
    quotes: bool = True,
    indirect: bool = True,
    actions: bool = True,
) -> list[models.Article]:
    """One input's articles: HTML (``reader="html"``, or ``"auto"`` and it looks like HTML)
    through :func:`~newsrecords.parse_html`, anything else as a page of text. A module
    function, so that worker processes of ``-j N`` can take it."""
    options: dict[str, Any] = {
        "source": source,
        "published": published,
        "double_apostrophes": double_apostrophes,
        "quotes": quotes,
        "indirect": indirect,
        "actions": actions,
    }
    if not (reader == "html" or (reader == "auto" and looks_like_html(text))):
        return parse_page(text, **options)
    try:
        found = parse_html(text, **options)
    except MissingExtraError as exc:
        hint = "" if reader == "html" else "; or pass --text to read it as plain text"
        raise MissingExtraError(f"looks like HTML: {exc.message}{hint}", extra=exc.extra) from None
    if not found:
        raise ParseError("no article text found in the HTML")
    return found


def _reader(args: argparse.Namespace) -> ParseFunction:
    reader = "html" if args.html else "text" if args.text else "auto"
    return functools.partial(parse_input, reader=reader)


def _render(fmt: str, table: str = "quotes") -> Render:
    """Each result written in the format ``fmt``; a CSV header only before the first
    result."""
    write = writer_for(fmt, table=table)
    headed = [False]

    def render(result: ParseResult) -> str:
        out = io.StringIO()
        write(result.articles, out)
        text = out.getvalue()
        if fmt == "csv":
            if headed[0]:
                text = text.split("\n", 1)[1] if "\n" in text else ""
            headed[0] = True
        return text

    return render


def _cmd_parse(args: argparse.Namespace, stdin: TextIO, stdout: TextIO, stderr: TextIO) -> int:
    if args.format == "jsonl":  # the records as the workers wrote them, never rebuilt
        return run_batch(args, stdin, stdout, stderr, parse=_reader(args))
    return run_batch(
        args, stdin, stdout, stderr, parse=_reader(args), render=_render(args.format, args.table)
    )


def _cmd_actions(args: argparse.Namespace, stdin: TextIO, stdout: TextIO, stderr: TextIO) -> int:
    return run_batch(args, stdin, stdout, stderr, parse=_reader(args), render=_render("plover"))


def _read_articles(
    name: str, stdin: TextIO, stderr: TextIO, lines: dict[int, int] | None = None
) -> Iterator[models.Article]:
    """Articles from a JSON Lines file, read one line at a time (blank lines skipped).

    Only the current line's text is held: a large file is never in memory next to the
    records made from it. ``lines``, when given, gets each record's line by ``id()``.
    """
    replaced = 0
    with open_binary(name, stdin) as handle:
        for lineno, raw in enumerate(handle, start=1):
            line = raw.decode("utf-8", errors="replace")
            replaced += count_replaced(raw, line)
            if not line.strip():
                continue
            try:
                article = models.Article.model_validate_json(line)
            except ValidationError as exc:
                first = exc.errors()[0]
                where = ".".join(str(p) for p in first["loc"]) or "line"
                raise ParseError(
                    f"{name}:{lineno}: not an Article record ({where}: {first['msg']})"
                ) from None
            if lines is not None:
                lines[id(article)] = lineno
            yield article
    if replaced:
        stderr.write(f"{PROG}: warning: {replaced_message(name, replaced)}\n")


def _cmd_dedupe(args: argparse.Namespace, stdin: TextIO, stdout: TextIO, stderr: TextIO) -> int:
    # Each line becomes an Article as it is read and the text is not kept twice; stories
    # are written one at a time as the deduper builds them.
    deduper = Deduper(config_from_args(args))
    lines: dict[int, int] | None = {} if args.articles_by_id else None
    for article in _read_articles(args.input, stdin, stderr, lines):
        deduper.add(article)
    with _output(args.output, stdout) as out:
        for story in deduper.stories():
            out.write(
                (story_by_id(story, lines) if lines is not None else story.model_dump_json()) + "\n"
            )
    return 0


def _cmd_schema(args: argparse.Namespace, stdin: TextIO, stdout: TextIO, stderr: TextIO) -> int:
    cls = SCHEMA_MODELS.get(args.name.lower())
    if cls is None:
        known = ", ".join(c.__name__ for c in SCHEMA_MODELS.values())
        raise UnknownModelError(f"unknown model {args.name!r}; choose one of: {known}")
    stdout.write(json.dumps(cls.model_json_schema(), indent=2) + "\n")
    return 0


def _cmd_demo(args: argparse.Namespace, stdin: TextIO, stdout: TextIO, stderr: TextIO) -> int:
    from .summary import describe_article, describe_story

    articles: list[models.Article] = []
    for name, text in sample_pages():
        found = parse_page(text, source=name)
        articles.extend(found)
        stdout.write(f"=== {name}: {len(found)} article(s), {len(text):,} characters\n\n")
        for article in found:
            stdout.write(describe_article(article, text) + "\n")
    stories = dedupe(articles)
    merged = [s for s in stories if len(s.articles) > 1]
    stdout.write(
        f"=== {len(articles)} articles form {len(stories)} stories; "
        f"{len(merged)} merge several articles\n\n"
    )
    for story in merged:
        stdout.write(describe_story(story) + "\n")
    return 0


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog=PROG,
        description="Turn raw news text into typed records: articles, quotes, speakers, "
        "policy actions and deduplicated stories.",
    )
    parser.add_argument("--version", action="version", version=f"%(prog)s {__version__}")
    sub = parser.add_subparsers(dest="command", metavar="COMMAND", required=True)

    for name, run, summary in (
        ("parse", _cmd_parse, "parse pages into Article records (JSON Lines)"),
        ("actions", _cmd_actions, "policy actions of pages as PLOVER-style JSON Lines"),
    ):
        p = sub.add_parser(name, help=summary)
        p.add_argument(
            "files",
            nargs="+",
            metavar="FILE",
            help="page files (text or HTML), directories, glob patterns or JSON Lines; "
            "- reads stdin",
        )
        p.add_argument("-o", "--output", metavar="OUT", help="write here instead of stdout")
        add_batch_options(p, output_dir=name == "parse")
        p.add_argument(
            "--double-apostrophes",
            action="store_true",
            help="read ''quoted'' (a typewriter style of some newspapers) as quotation marks",
        )
        kind = p.add_mutually_exclusive_group()
        kind.add_argument(
            "--html", action="store_true", help="read every input as HTML (needs newsrecords[html])"
        )
        kind.add_argument(
            "--text",
            action="store_true",
            help="read every input as text, even if it looks like HTML",
        )
        if name == "parse":
            p.add_argument(
                "--format",
                choices=FORMATS,
                default="jsonl",
                help="what to write: "
                + "; ".join(f"{f.name}: {f.help}" for f in FORMATS.values())
                + " (default: jsonl)",
            )
            p.add_argument(
                "--table", choices=TABLES, default="quotes", help="the table --format csv writes"
            )
            for flag, what in (
                ("--no-quotes", "quotes and speakers"),
                ("--no-indirect", "reported speech without quotation marks"),
                ("--no-actions", "policy actions"),
            ):
                p.add_argument(flag, action="store_true", help=f"skip {what} (faster)")
        # "actions" writes no quotes, so it never extracts them
        p.set_defaults(run=run, no_quotes=name == "actions", no_indirect=False, no_actions=False)

    p = sub.add_parser("dedupe", help="group Article JSON Lines into Story JSON Lines")
    p.add_argument("input", metavar="IN.jsonl", help="Article records, one a line; - reads stdin")
    p.add_argument("-o", "--output", metavar="OUT", help="write here instead of stdout")
    add_config_options(p)
    p.set_defaults(run=_cmd_dedupe)

    p = sub.add_parser("schema", help="print the JSON Schema of a model")
    p.add_argument("name", metavar="NAME", help="model name, e.g. Article, Quote, Story")
    p.set_defaults(run=_cmd_schema)

    p = sub.add_parser("demo", help="parse the bundled sample pages and summarise them")
    p.set_defaults(run=_cmd_demo)
    return parser


def main(
    argv: Sequence[str] | None = None,
    *,
    stdin: TextIO | None = None,
    stdout: TextIO | None = None,
    stderr: TextIO | None = None,
) -> int:
    """Run the command line; returns the exit status instead of exiting."""
    stdin = stdin or sys.stdin
    stdout = stdout or sys.stdout
    stderr = stderr or sys.stderr
    parser = build_parser()
    try:
        args = parser.parse_args(argv)
    except SystemExit as exc:  # --help, --version and usage errors: argparse has printed
        return int(exc.code or 0)
    try:
        status: int = args.run(args, stdin, stdout, stderr)
    except NewsRecordsError as exc:
        stderr.write(f"{PROG}: error: {exc.message}\n")
        return 1
    except KeyboardInterrupt:
        stderr.write(f"{PROG}: interrupted\n")
        return 130
    except BrokenPipeError:
        # `newsrecords parse x | head`: the reader left. Point stdout at devnull so the
        # interpreter's final flush does not raise again, as the Python docs advise.
        with contextlib.suppress(OSError, ValueError):
            os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
        return 1
    except Exception as exc:
        # A bug of ours, not the user's: still one line, with a way to see the details.
        if os.environ.get("NEWSRECORDS_DEBUG"):
            raise
        stderr.write(
            f"{PROG}: internal error: {type(exc).__name__}: {exc} "
            "(please report it; set NEWSRECORDS_DEBUG=1 to see the traceback)\n"
        )
        return 70  # EX_SOFTWARE
    return status


if __name__ == "__main__":  # pragma: no cover
    sys.exit(main())

"""The command line: outputs, errors as one line on stderr, exit statuses."""

from __future__ import annotations

import io
import json
import subprocess
import sys
from pathlib import Path

import pytest

from conftest import SEED_FILES
from newsrecords import Article, __version__
from newsrecords.cli import main


def run(argv: list[str], stdin: bytes = b"") -> tuple[int, str, str]:
    out, err = io.StringIO(), io.StringIO()
    status = main(argv, stdin=io.TextIOWrapper(io.BytesIO(stdin)), stdout=out, stderr=err)
    return status, out.getvalue(), err.getvalue()


def test_version(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["--version"]) == 0
    assert capsys.readouterr().out.strip() == f"newsrecords {__version__}"


def test_help_lists_every_command(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["--help"]) == 0
    out = capsys.readouterr().out
    for command in ("parse", "actions", "dedupe", "schema", "demo"):
        assert command in out


def test_no_command_is_a_usage_error(capsys: pytest.CaptureFixture[str]) -> None:
    assert main([]) == 2
    assert "usage:" in capsys.readouterr().err


def test_schema_prints_json_schema() -> None:
    status, out, err = run(["schema", "Article"])
    assert status == 0, err
    assert json.loads(out)["title"] == "Article"


def test_unknown_schema_is_one_line_error() -> None:
    status, out, err = run(["schema", "Nope"])
    assert status == 1
    assert out == ""
    assert err.count("\n") == 1
    assert err.startswith("newsrecords: error: unknown model 'Nope'")


def test_parse_writes_one_article_per_line(tmp_path: Path) -> None:
    page = tmp_path / "page.txt"
    page.write_text("A headline\n\n\u201cA quote,\u201d she said.\n", encoding="utf-8")
    status, out, err = run(["parse", str(page)])
    assert status == 0, err
    lines = out.splitlines()
    assert len(lines) == 1
    article = Article.model_validate_json(lines[0])
    assert article.source.name == str(page)
    assert article.headline == "A headline"


def test_parse_reads_stdin_and_reports_invalid_utf8() -> None:
    status, out, err = run(["parse", "-"], stdin=b"Headline\n\nBody \xff text.\n")
    assert status == 0
    assert "1 invalid UTF-8 sequence(s) replaced" in err
    article = Article.model_validate_json(out)
    assert "\ufffd" in article.body
    assert article.source.name == "<stdin>"


def test_parse_output_file(tmp_path: Path) -> None:
    target = tmp_path / "out.jsonl"
    status, out, _ = run(["parse", str(SEED_FILES[2]), "-o", str(target)])
    assert status == 0
    assert out == ""
    assert all(Article.model_validate_json(line) for line in target.read_text().splitlines())


@pytest.mark.parametrize(
    ("argv", "message"),
    [
        (["parse", "/no/such/file.txt"], "/no/such/file.txt: no such file"),
        (["parse", "-", "-o", "/no/such/dir/out.jsonl"], "cannot write"),
    ],
)
def test_file_errors_are_one_line(argv: list[str], message: str) -> None:
    status, _, err = run(argv, stdin=b"x")
    assert status == 1
    [line] = [line for line in err.splitlines() if line.startswith("newsrecords: error:")]
    assert message in line
    assert "Traceback" not in err


def test_dedupe_rejects_lines_that_are_not_articles() -> None:
    status, _, err = run(["dedupe", "-"], stdin=b'{"id": 3}\n')
    assert status == 1
    assert err.startswith("newsrecords: error: -:1: not an Article record")
    assert err.count("\n") == 1


def test_installed_entry_point_never_prints_a_traceback() -> None:
    proc = subprocess.run(
        [sys.executable, "-m", "newsrecords", "parse", "/no/such/file"],
        capture_output=True,
        text=True,
        check=False,
    )
    assert proc.returncode == 1
    assert proc.stderr.startswith("newsrecords: error: /no/such/file: no such file\n")
    assert "Traceback" not in proc.stderr


def test_internal_errors_are_one_line(monkeypatch: pytest.MonkeyPatch) -> None:
    import newsrecords.cli

    def broken(*args: object, **kwargs: object) -> object:
        raise RuntimeError("boom")

    monkeypatch.setattr(newsrecords.cli, "parse_page", broken)
    monkeypatch.delenv("NEWSRECORDS_DEBUG", raising=False)
    status, _, err = run(["parse", "-q", "-"], stdin=b"text")
    assert status == 70
    assert err.count("\n") == 1
    assert "internal error: RuntimeError: boom" in err


def test_actions_exports_plover_json_lines() -> None:
    sanctions_page = SEED_FILES[2]  # 002: sanctions, expulsion, executive order
    status, out, err = run(["actions", str(sanctions_page)])
    assert status == 0, err
    records = [json.loads(line) for line in out.splitlines()]
    assert records
    assert all(r["source"]["name"] == str(sanctions_page) for r in records)


def test_dedupe_round_trip_through_json_lines(tmp_path: Path) -> None:
    articles = tmp_path / "articles.jsonl"
    status, _, err = run(["parse", *map(str, SEED_FILES), "-o", str(articles)])
    assert status == 0, err
    status, out, err = run(["dedupe", str(articles)])
    assert status == 0, err
    from newsrecords import Story

    stories = [Story.model_validate_json(line) for line in out.splitlines()]
    n_articles = len(articles.read_text(encoding="utf-8").splitlines())
    assert sum(len(s.articles) for s in stories) == n_articles
    assert any(len(s.articles) > 1 for s in stories)


def test_parse_double_apostrophes_flag() -> None:
    page = b"Budget fight\n\n''We will not back down,'' Senator Jane Roe said.\n"
    for argv, kinds in ((["parse", "-"], []), (["parse", "--double-apostrophes", "-"], ["direct"])):
        status, out, _ = run(argv, stdin=page)
        assert status == 0
        article = Article.model_validate_json(out)
        assert [q.kind.value for q in article.quotes if q.kind.value != "indirect"] == kinds


def test_parse_can_skip_extractors() -> None:
    page = SEED_FILES[2].read_bytes()
    status, out, _ = run(["parse", "--no-indirect", "--no-actions", "-"], stdin=page)
    assert status == 0
    articles = [Article.model_validate_json(line) for line in out.splitlines()]
    assert any(a.quotes for a in articles)
    assert all(q.kind.value != "indirect" for a in articles for q in a.quotes)
    assert not any(a.actions for a in articles)
    status, out, _ = run(["parse", "--no-quotes", "-"], stdin=page)
    articles = [Article.model_validate_json(line) for line in out.splitlines()]
    assert not any(a.quotes or a.speakers for a in articles)
    assert any(a.actions for a in articles)

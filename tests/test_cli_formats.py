"""`newsrecords parse --format NAME`, and HTML input: --html, --text, detection by content."""

from __future__ import annotations

import csv
import io
import json
import sys

import pytest

from conftest import DATA, SEED_FILES
from newsrecords import Article
from newsrecords.cli import main
from newsrecords.formats import COLUMNS, FORMATS

HTML_PAGE = DATA / "html" / "blog_with_comments.html"


def run(argv: list[str], stdin: bytes = b"") -> tuple[int, str, str]:
    """The command's status, stdout and stderr, without the batch summary line (``-q``)."""
    if argv[:1] in (["parse"], ["actions"]):
        argv = [argv[0], "-q", *argv[1:]]
    out, err = io.StringIO(), io.StringIO()
    status = main(argv, stdin=io.TextIOWrapper(io.BytesIO(stdin)), stdout=out, stderr=err)
    return status, out.getvalue(), err.getvalue()


def test_the_default_format_is_article_json_lines() -> None:
    default = run(["parse", str(SEED_FILES[2])])
    assert default == run(["parse", "--format", "jsonl", str(SEED_FILES[2])])
    assert [Article.model_validate_json(line).headline for line in default[1].splitlines()]


@pytest.mark.parametrize("name", sorted(set(FORMATS) - {"csv", "text"}))
def test_json_formats_write_one_object_a_line(name: str) -> None:
    status, out, err = run(["parse", "--format", name, *map(str, SEED_FILES)])
    assert (status, err) == (0, "")
    assert all(isinstance(json.loads(line), dict) for line in out.splitlines())


def test_jsonld_and_ninjs_of_an_html_page() -> None:
    _, jsonld, _ = run(["parse", "--format", "jsonld", str(HTML_PAGE)])
    [doc] = [json.loads(line) for line in jsonld.splitlines()]
    assert (doc["@type"], doc["headline"]) == ("NewsArticle", "Notes from the council meeting")
    assert doc["author"] == [{"@type": "Person", "name": "Priya Natarajan"}]
    _, ninjs, _ = run(["parse", "--format", "ninjs", str(HTML_PAGE)])
    assert json.loads(ninjs)["by"] == "Priya Natarajan"


@pytest.mark.parametrize("table", list(COLUMNS))
def test_csv_writes_the_chosen_table(table: str) -> None:
    status, out, _ = run(["parse", "--format", "csv", "--table", table, str(SEED_FILES[2])])
    assert status == 0
    rows = list(csv.reader(io.StringIO(out, newline="")))
    assert rows[0] == [name for name, _ in COLUMNS[table]]


def test_text_is_the_readable_summary() -> None:
    status, out, _ = run(["parse", "--format", "text", str(HTML_PAGE)])
    assert status == 0
    assert out.startswith("# Notes from the council meeting\n")
    assert "Councillor Janet Okafor [direct]" in out


def test_an_unknown_format_is_a_usage_error(capsys: pytest.CaptureFixture[str]) -> None:
    status, _, _ = run(["parse", "--format", "xml", "-"])
    assert status == 2
    assert "invalid choice: 'xml'" in capsys.readouterr().err


def test_html_is_detected_by_content_and_text_can_be_forced() -> None:
    _, detected, _ = run(["parse", "-"], stdin=HTML_PAGE.read_bytes())
    [article] = [Article.model_validate_json(line) for line in detected.splitlines()]
    assert article.headline == "Notes from the council meeting"
    assert article.source.text is not None
    _, forced, _ = run(["parse", "--html", str(HTML_PAGE)])
    from_file = Article.model_validate_json(forced)
    assert (from_file.id, from_file.source.sha256) == (article.id, article.source.sha256)
    _, as_text, _ = run(["parse", "--text", str(HTML_PAGE)])
    assert all(Article.model_validate_json(x).source.text is None for x in as_text.splitlines())
    assert "<" in as_text  # the markup was read as words


def test_html_and_text_flags_exclude_each_other(capsys: pytest.CaptureFixture[str]) -> None:
    assert run(["parse", "--html", "--text", "-"])[0] == 2
    assert "not allowed with argument" in capsys.readouterr().err


def test_an_html_page_without_article_text_says_so() -> None:
    status, out, err = run(["parse", str(DATA / "html" / "navigation_only.html")])
    assert (status, out) == (1, "")
    assert "navigation_only.html" in err
    assert err.endswith("no article text found in the HTML\n")


def test_html_without_the_extra_is_one_line_with_a_hint(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setitem(sys.modules, "trafilatura", None)
    status, out, err = run(["parse", str(HTML_PAGE)])
    assert (status, out) == (1, "")
    assert err.count("\n") == 1
    assert "looks like HTML: parse_html needs the optional dependencies of newsrecords[html]" in err
    assert "or pass --text" in err
    assert run(["parse", "--text", str(HTML_PAGE)])[0] == 0

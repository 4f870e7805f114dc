"""newsrecords parse over many inputs: directories, globs, JSON Lines, bad files, -j, dedupe."""

from __future__ import annotations

import io
import json
import shutil
import sys
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

from conftest import SEED_FILES
from newsrecords import Article, Story, parse_many
from newsrecords.cli import main
from newsrecords.cli_inputs import decode_page
from newsrecords.exceptions import ParseError
from newsrecords.html import looks_like_html
from test_cli import run

GOOD = SEED_FILES[0]


def articles(out: str) -> list[Article]:
    return [Article.model_validate_json(line) for line in out.splitlines()]


def errors(err: str) -> list[str]:
    return [line for line in err.splitlines() if line.startswith("newsrecords: error:")]


def test_a_missing_file_does_not_stop_the_batch(tmp_path: Path) -> None:
    good = tmp_path / "good.txt"
    shutil.copy(GOOD, good)
    status, out, err = run(["parse", str(tmp_path / "missing.txt"), str(good)])
    assert status == 1
    assert {a.source.name for a in articles(out)} == {str(good)}
    assert errors(err) == [f"newsrecords: error: {tmp_path / 'missing.txt'}: no such file"]
    summary = err.splitlines()[-1]
    assert summary.startswith("newsrecords: 1 file, 1 document, ")
    assert ", 1 error, " in summary


@pytest.mark.parametrize(
    ("name", "content", "message"),
    [
        ("bad.txt", b"", "empty file"),
        ("bad.txt", b"  \n\n ", "empty file (only white space)"),
        ("bad.txt", b"\x7fELF\x02\x01" + bytes(range(256)) * 50, "binary file (an ELF executable)"),
        ("bad.txt", bytes(range(256)) * 4, "binary file (binary data)"),
        ("crawl.jsonl", b"", "empty file (no JSON Lines)"),
        ("crawl.jsonl", b"\n  \n", "empty file (no JSON Lines)"),
        ("crawl.jsonl", b"\x7fELF\x02\x01" + bytes(range(256)) * 8, "binary file (an ELF"),
    ],
)
def test_files_that_are_not_page_text_are_refused(
    tmp_path: Path, name: str, content: bytes, message: str
) -> None:
    bad = tmp_path / name
    bad.write_bytes(content)
    status, out, err = run(["parse", str(bad), str(GOOD)])
    assert status == 1
    assert {a.source.name for a in articles(out)} == {str(GOOD)}
    [line] = errors(err)
    assert line.startswith(f"newsrecords: error: {bad}: ")
    assert message in line


@pytest.mark.parametrize("encoding", ["utf-16", "utf-16-le", "utf-16-be", "utf-32", "utf-32-le"])
def test_utf16_and_utf32_are_decoded(tmp_path: Path, encoding: str) -> None:
    text = GOOD.read_text(encoding="utf-8")
    page = tmp_path / "page.txt"
    page.write_bytes(text.encode(encoding))
    status, out, err = run(["parse", str(page)])
    assert status == 0, err
    _, expected, _ = run(["parse", str(GOOD)])
    assert [a.headline for a in articles(out)] == [a.headline for a in articles(expected)]
    assert "\x00" not in out


def test_decode_page_keeps_plain_text_and_counts_bad_utf8() -> None:
    assert decode_page("Caf\u00e9 \u201cyes\u201d".encode()) == ("Caf\u00e9 \u201cyes\u201d", 0)
    assert decode_page(b"Bad \xff byte") == ("Bad \ufffd byte", 1)
    with pytest.raises(ParseError, match="not valid UTF-16-LE"):
        decode_page(b"\xff\xfe\x00\xd8")  # a lone surrogate after the mark


def test_news_text_with_a_few_angle_brackets_is_not_html() -> None:
    assert not looks_like_html("Rates rose <1% as the <b>Fed</b> met; 3 < 4 and 5 > 2.")


def test_directories_and_globs(tmp_path: Path) -> None:
    pages = tmp_path / "pages"
    (pages / "sub").mkdir(parents=True)
    for i, seed in enumerate(SEED_FILES[:3]):
        shutil.copy(seed, (pages / "sub" if i else pages) / f"p{i}.txt")
    (pages / ".hidden.txt").write_text("Hidden\n\nNot read.", encoding="utf-8")
    status, out, err = run(["parse", str(pages)])
    assert status == 0, err
    names = [a.source.name or "" for a in articles(out)]
    assert sorted({Path(n).name for n in names}) == ["p0.txt", "p1.txt", "p2.txt"]
    status, out, err = run(["parse", str(pages / "**" / "p[12].txt")])
    assert status == 0, err
    assert sorted({Path(a.source.name or "").name for a in articles(out)}) == ["p1.txt", "p2.txt"]
    status, _, err = run(["parse", str(tmp_path / "nothing-*.txt")])
    assert status == 1
    assert errors(err) == [f"newsrecords: error: {tmp_path / 'nothing-*.txt'}: no file matches"]


def test_jsonl_input_reports_bad_lines_by_number(tmp_path: Path) -> None:
    docs = tmp_path / "docs.jsonl"
    docs.write_text(
        "\n".join(
            [
                json.dumps({"body": "Talks\n\nThey talked.", "key": "a1"}),
                "not json",
                json.dumps({"other": 1}),
                json.dumps({"body": 5}),
                "",
                json.dumps({"body": "More\n\nAgain.", "key": 7}),
            ]
        ),
        encoding="utf-8",
    )
    argv = ["parse", "--text-field", "body", "--id-field", "key", str(docs)]
    status, out, err = run(argv)
    assert status == 1
    assert [a.source.name for a in articles(out)] == ["a1", "7"]
    assert errors(err) == [
        f"newsrecords: error: {docs}:2: not JSON (Expecting value at column 1)",
        f"newsrecords: error: {docs}:3: no 'body' field",
        f"newsrecords: error: {docs}:4: 'body' is not a string",
    ]
    assert "1 file, 2 documents, 2 articles" in err


def test_jsonl_by_suffix_names_records_by_line(tmp_path: Path) -> None:
    docs = tmp_path / "docs.ndjson"
    docs.write_text(json.dumps({"text": "Talks\n\nThey talked."}) + "\n", encoding="utf-8")
    status, out, err = run(["parse", str(docs)])
    assert status == 0, err
    assert [a.source.name for a in articles(out)] == [f"{docs}:1"]


def test_output_dir_writes_one_file_per_input(tmp_path: Path) -> None:
    out_dir = tmp_path / "out"
    status, out, err = run(["parse", *map(str, SEED_FILES[:2]), "--output-dir", str(out_dir)])
    assert status == 0, err
    assert out == ""
    written = sorted(out_dir.rglob("*.jsonl"))
    assert [p.name for p in written] == [f"{s.name}.jsonl" for s in SEED_FILES[:2]]
    for path, seed in zip(written, SEED_FILES[:2], strict=True):
        assert {a.source.name for a in articles(path.read_text(encoding="utf-8"))} == {str(seed)}
    status, _, err = run(["parse", str(GOOD), "-o", "x", "--output-dir", str(out_dir)])
    assert status == 1
    assert "not both" in err


@pytest.mark.slow
def test_jobs_give_the_same_output(tmp_path: Path) -> None:
    argv = ["parse", "-q", *map(str, SEED_FILES), str(tmp_path / "missing.txt")]
    one = run(argv)
    two = run([*argv, "-j", "2"])
    assert one == two
    assert one[0] == 1


def test_quiet_has_no_summary() -> None:
    status, _, err = run(["parse", "-q", str(GOOD)])
    assert (status, err) == (0, "")


def test_actions_goes_on_after_a_bad_file(tmp_path: Path) -> None:
    status, out, err = run(["actions", str(tmp_path / "missing.txt"), str(SEED_FILES[2])])
    assert status == 1
    assert out
    assert len(errors(err)) == 1


def _articles_file(tmp_path: Path) -> Path:
    target = tmp_path / "articles.jsonl"
    status, _, err = run(["parse", "-q", *map(str, SEED_FILES), "-o", str(target)])
    assert status == 0, err
    return target


def test_dedupe_by_id_references_input_lines(tmp_path: Path) -> None:
    source = _articles_file(tmp_path)
    lines = source.read_text(encoding="utf-8").splitlines()
    status, full, err = run(["dedupe", str(source)])
    assert status == 0, err
    status, compact, err = run(["dedupe", "--articles-by-id", str(source)])
    assert status == 0, err
    assert len(compact) < len(full) / 2  # the stories' merged quotes and speakers remain
    stories = [Story.model_validate_json(line) for line in full.splitlines()]
    records = [json.loads(line) for line in compact.splitlines()]
    assert len(records) == len(stories)
    for story, record in zip(stories, records, strict=True):
        assert record["id"] == story.id
        assert "articles" not in record
        for article, ref in zip(story.articles, record["article_refs"], strict=True):
            assert Article.model_validate_json(lines[ref["line"] - 1]) == article
            assert (ref["id"], ref["source"]) == (article.id, article.source.name)


def test_dedupe_settings_are_options(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    source = _articles_file(tmp_path)
    status, out, _ = run(["dedupe", str(source)])
    merged = sum(len(s.articles) > 1 for s in map(Story.model_validate_json, out.splitlines()))
    assert merged
    strict = ["--near-overlap", "1.0", "--near-candidate", "1.0", "--event-min-entities", "999"]
    strict += ["--event-min-rare-names", "999", "--extra-stopwords", "said,told"]
    status, out, err = run(["dedupe", *strict, str(source)])
    assert status == 0, err
    stories = [Story.model_validate_json(line) for line in out.splitlines()]
    assert sum(len(s.articles) > 1 for s in stories) <= merged
    status, _, _ = run(["dedupe", "--crowd", "many", str(source)])
    assert status == 2
    assert "invalid int value" in capsys.readouterr().err


class _Terminal(io.StringIO):
    def isatty(self) -> bool:
        return True


def test_a_progress_bar_only_on_a_terminal(monkeypatch: pytest.MonkeyPatch) -> None:
    pytest.importorskip("tqdm")
    argv = ["parse", *map(str, SEED_FILES[:2])]
    terminal = _Terminal()
    status = main(argv, stdout=io.StringIO(), stderr=terminal)
    assert status == 0
    assert "doc" in terminal.getvalue()  # the bar's unit
    assert terminal.getvalue().rstrip().splitlines()[-1].startswith("newsrecords: 2 files")
    monkeypatch.setitem(sys.modules, "tqdm", None)  # without the extra: no bar, same output
    plain = _Terminal()
    assert main(argv, stdout=io.StringIO(), stderr=plain) == 0
    assert plain.getvalue().count("\n") == 1


def test_parse_many_progress_without_tqdm_changes_nothing(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setitem(sys.modules, "tqdm", None)
    results = list(parse_many(["A\n\nOne.", "B\n\nTwo."], progress=True))
    assert [r.ok for r in results] == [True, True]


@given(st.binary(max_size=3000))
def test_any_bytes_decode_or_give_a_parse_error(raw: bytes) -> None:
    try:
        text, replaced = decode_page(raw)
    except ParseError:
        return  # refused with its reason: the documented outcome
    assert text.strip()
    assert replaced >= 0


@given(st.text(max_size=3000))
def test_utf16_of_any_text_decodes_to_it(text: str) -> None:
    encoded = text.encode("utf-16", errors="surrogatepass")
    try:
        decoded, _ = decode_page(encoded)
    except ParseError:
        return  # blank, or looks like HTML
    assert decoded == text

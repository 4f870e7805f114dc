"""The word tables and the scoped :class:`Lexicon`: one table of reporting cues and the
matchers built from it, extension without global state, and parses in parallel threads."""

from __future__ import annotations

import pickle
import threading
from collections import Counter

import pytest

import newsrecords
from newsrecords import Lexicon, Parser, ParseResult
from newsrecords.exceptions import RuleError
from newsrecords.lexicon import SPEAKER_TABLES, Use, active, using
from newsrecords.lexicon.speech_verbs import _ROWS

# flags that only say how an indirect cue takes its content
_INDIRECT_DETAILS = (Use.SAYING, Use.OBJECT, Use.THINKING, Use.TELL, Use.NOUN_CUE)
_DEFAULT = Lexicon.default()


def test_each_entry_is_listed_once() -> None:
    counts = Counter(entry for _, row in _ROWS for entry in row)
    assert [entry for entry, n in counts.items() if n > 1] == []


def test_entries_are_lower_case_and_clean() -> None:
    for _, row in _ROWS:
        for entry in row:
            assert entry == " ".join(entry.lower().split()), entry


@pytest.mark.parametrize("detail", _INDIRECT_DETAILS)
def test_indirect_details_only_on_indirect_cues(detail: Use) -> None:
    assert _DEFAULT.cues(detail) <= _DEFAULT.cues(Use.INDIRECT)


def test_verbs_taking_an_object_are_verbs_of_saying() -> None:
    assert _DEFAULT.cues(Use.OBJECT) <= _DEFAULT.cues(Use.SAYING)


def test_both_patterns_match_every_entry_of_their_use() -> None:
    tables = active()
    for entry in tables.quote_cues:
        assert tables.cue_pattern.fullmatch(entry), entry
    for entry in tables.indirect_cues:
        assert tables.reporting_pattern.fullmatch(entry), entry
        assert tables.reporting_pattern.fullmatch(entry.title()), entry


def test_the_tables_read_the_one_cue_table() -> None:
    tables = active()
    assert "said" in tables.quote_cues
    assert "said" in tables.saying
    assert tables.takes_clause("said")
    assert "shouted" in tables.quote_cues
    assert "shouted" not in tables.saying
    assert "alleged" in tables.saying
    assert "alleged" not in tables.quote_cues
    assert "told" in tables.tell
    assert "claims that" in tables.noun_cues
    assert "plan" in tables.noun_like
    assert not tables.takes_clause("announced")  # a verb of saying that as often takes an object


def test_cue_words_add_a_quote_cue_only() -> None:
    with using(_DEFAULT.extend(cue_words=["Blorfed"])) as tables:
        assert "blorfed" in tables.quote_cues
        assert tables.cue_pattern.search("he blorfed")
        assert not tables.reporting_pattern.search("he blorfed it was late")
        assert "blorfed" not in tables.saying


def test_indirect_cue_words_add_both_uses() -> None:
    with using(_DEFAULT.extend(indirect_cue_words=["snerked", "snerked back"])) as tables:
        assert {"snerked", "snerked back"} <= tables.quote_cues
        assert "snerked" in tables.saying
        assert "snerked back" not in tables.saying  # a phrase is no verb of saying
        assert tables.takes_clause("snerked")
        assert tables.reporting_pattern.search("she snerked the plan was late")
        assert tables.reporting_pattern.search("she snerked back that it was late")


def test_reporting_verbs_keep_the_quote_table() -> None:
    with using(_DEFAULT.extend(reporting_verbs=["glonked"])) as tables:
        assert tables.reporting_pattern.search("he glonked the plan")
        assert "glonked" not in tables.saying
        assert not tables.takes_clause("glonked")
        assert "glonked" not in tables.quote_cues
        assert not tables.cue_pattern.search("he glonked")


def test_extending_changes_nothing_else() -> None:
    before = active()
    mine = _DEFAULT.extend(cue_words=["griped"], titles=["archdeacon"], outlets=["The Bugle"])
    assert "griped" not in active().quote_cues
    assert active() is before
    assert "archdeacon" in mine.table("titles")
    assert "archdeacon" not in _DEFAULT.table("titles")
    assert mine != _DEFAULT
    assert mine == _DEFAULT.extend(
        outlets=["the bugle"], titles=["Archdeacon"], cue_words=["griped"]
    )
    assert hash(mine) == hash(
        _DEFAULT.extend(outlets=["The Bugle"], titles=["archdeacon"], cue_words=["griped"])
    )


def test_lexicons_and_parsers_pickle() -> None:
    mine = _DEFAULT.extend(cue_words=["griped"])
    assert pickle.loads(pickle.dumps(mine)) == mine
    assert pickle.loads(pickle.dumps(_DEFAULT)) is _DEFAULT
    parser = Parser(lexicon=mine, rules=[("Bonus content", "promo")], indirect=False)
    again = pickle.loads(pickle.dumps(parser))
    assert again == parser
    page = 'Late\n\nBonus content\n\n"The bus never comes," Ann Lee griped.'
    assert again.parse_page(page) == parser.parse_page(page)


@pytest.mark.parametrize(
    ("keyword", "entries"),
    [
        ("cue_words", [""]),
        ("cue_words", ["  "]),
        ("cue_words", [3]),
        ("cue_words", [None]),
        ("titles", ["said|told"]),
        ("outlets", ["(The) Bugle"]),
        ("reporting_verbs", ["grip*"]),
        ("organizations", "Quad"),
        ("headline_kickers", 7),
    ],
)
def test_bad_entries_raise_naming_them(keyword: str, entries: object) -> None:
    with pytest.raises(RuleError, match=keyword):
        _DEFAULT.extend(**{keyword: entries})  # type: ignore[arg-type]


def test_an_unknown_table_raises() -> None:
    with pytest.raises(RuleError, match="colours"):
        _DEFAULT.extend(colours=["red"])
    with pytest.raises(RuleError, match="colours"):
        _DEFAULT.table("colours")


def test_every_speaker_table_can_be_extended() -> None:
    for name in SPEAKER_TABLES:
        assert "zzq" in _DEFAULT.extend(**{name: ["Zzq"]}).table(name)


@pytest.mark.parametrize(
    ("module", "name"),
    [
        ("quotes", "register_cue_words"),
        ("quotes", "register_reporting_verbs"),
        ("quotes", "register_headline_kickers"),
        ("speakers", "register_speaker_words"),
        ("page", "add_outlets"),
    ],
)
def test_the_global_registration_functions_point_to_lexicon(module: str, name: str) -> None:
    removed = getattr(getattr(newsrecords, module), name)
    with pytest.raises(RuleError, match="Lexicon"):
        removed(["x"])


def test_parser_checks_its_settings() -> None:
    with pytest.raises(newsrecords.InputTypeError, match="lexicon"):
        Parser(lexicon={"cue_words": ["griped"]})  # type: ignore[arg-type]
    with pytest.raises(newsrecords.InputTypeError, match="quotes"):
        Parser(quotes=1)  # type: ignore[arg-type]
    with pytest.raises(RuleError):
        Parser(rules=[("(", "promo")])


_PAGE = "Envoy\n\nThe envoy zarbled the deadline was short. The aide blorfed the plan was fine."


def test_two_threads_with_two_lexicons_get_their_own_results() -> None:
    zarbling = Parser(lexicon=_DEFAULT.extend(saying_verbs=["zarbled"]))
    blorfing = Parser(lexicon=_DEFAULT.extend(saying_verbs=["blorfed"]))
    expected = {
        "zarbling": [q.cue for q in zarbling.parse_article(_PAGE).quotes],
        "blorfing": [q.cue for q in blorfing.parse_article(_PAGE).quotes],
    }
    assert expected == {"zarbling": ["zarbled"], "blorfing": ["blorfed"]}
    seen: dict[str, list[list[str | None]]] = {"zarbling": [], "blorfing": []}
    start = threading.Barrier(2)

    def run(name: str, parser: Parser) -> None:
        start.wait()
        for _ in range(60):
            seen[name].append([q.cue for q in parser.parse_article(_PAGE).quotes])

    threads = [
        threading.Thread(target=run, args=("zarbling", zarbling)),
        threading.Thread(target=run, args=("blorfing", blorfing)),
    ]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    for name, results in seen.items():
        assert results == [expected[name]] * 60, name


def test_extending_while_another_thread_parses_is_safe() -> None:
    parser = Parser()
    expected = parser.parse_article(_PAGE)
    stop = threading.Event()
    errors: list[BaseException] = []

    def extend_forever() -> None:
        n = 0
        while not stop.is_set():
            n += 1
            with using(_DEFAULT.extend(saying_verbs=[f"zarbled{n % 40}"])):
                pass

    extender = threading.Thread(target=extend_forever)
    extender.start()
    try:
        for _ in range(40):
            try:
                assert parser.parse_article(_PAGE) == expected
            except BaseException as exc:  # noqa: PERF203 - collect, then report
                errors.append(exc)
    finally:
        stop.set()
        extender.join()
    assert errors == []


def test_a_parser_parses_many_with_its_own_lexicon_in_workers() -> None:
    zarbling = Parser(lexicon=_DEFAULT.extend(saying_verbs=["zarbled"]))
    pages = [_PAGE, "Quiet\n\nNothing was said."]
    here = [r.articles for r in zarbling.parse_many(pages) if isinstance(r, ParseResult)]
    assert len(here) == 2
    assert [q.cue for q in here[0][0].quotes] == ["zarbled"]
    pooled = zarbling.parse_many(pages, workers=2, chunksize=1)
    assert [r.articles for r in pooled if isinstance(r, ParseResult)] == here

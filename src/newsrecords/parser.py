"""Turn a scraped page into :class:`~newsrecords.models.Article` records.

The pipeline, one layer per package, in order:

1. **normalise** -- :func:`~newsrecords.text.normalize.fold` makes a same-length folded copy,
   so every offset found on it indexes the caller's text;
2. **segment** -- :mod:`newsrecords.page.segment` cuts the page into lines and the lines into
   articles at separators ("Read original article here");
3. **classify** -- :mod:`newsrecords.page.classify` labels each line of an article: headline,
   summary, date line, byline, contributor line, boilerplate, caption, body paragraph;
4. **assemble** -- :mod:`newsrecords.assemble` builds the records and runs the extractors
   (:mod:`newsrecords.quotes`, :mod:`newsrecords.actions`) on each article's body paragraphs.

A :class:`Parser` carries the configuration of all of it: the word tables (a
:class:`~newsrecords.lexicon.Lexicon`), extra boilerplate rules and the extractors to run.
The module functions :func:`parse_page` and :func:`parse_article` build one per call.

Nothing is lost: every non-blank character of the input lies in some article's ``span`` or
in some ``removed`` span. Page-level removals (separators, archive headers) sit outside every
article's span; each goes into the ``removed`` of the article before it, or of the first
article when it precedes them all.
"""

from __future__ import annotations

import datetime as _dt
import functools
import hashlib
import os
from collections.abc import Iterable, Iterator

import attrs

from .assemble import Cut, Wanted, assemble, empty_parts
from .batch import Parsed
from .batch import parse_many as _parse_many
from .exceptions import InputTypeError
from .lexicon.compiled import using
from .lexicon.lexicon import Lexicon
from .models import Article, Source
from .page.boilerplate import RuleLike, RuleSet, compile_rules
from .page.classify import ArticleParts, classify_lines
from .page.segment import Line, PageRemoval, Segment, segment_page, split_lines
from .text.normalize import fold, fold_double_apostrophes, replace_lone_surrogates

__all__ = ["Parser", "parse_article", "parse_page"]

Rules = Iterable[RuleLike] | None


def _check_flag(name: str, value: object) -> bool:
    if not isinstance(value, bool):
        raise InputTypeError(f"{name} must be bool, not {type(value).__name__}")
    return value


def _check_text(text: object) -> str:
    if not isinstance(text, str):
        raise InputTypeError.expected("text", text)
    return text


def _check_source(source: object) -> str | None:
    """The source name: a ``str``, a path (as its string) or None."""
    if source is None or isinstance(source, str):
        return source
    if isinstance(source, os.PathLike):
        path = os.fspath(source)
        if isinstance(path, str):
            return path
    raise InputTypeError(f"source must be str, a path or None, not {type(source).__name__}")


def _check_published(published: object) -> _dt.datetime | None:
    if published is not None and not isinstance(published, _dt.datetime):
        raise InputTypeError(f"published must be datetime or None, not {type(published).__name__}")
    return published


def _check_lexicon(lexicon: object) -> Lexicon:
    if not isinstance(lexicon, Lexicon):
        raise InputTypeError(f"lexicon must be a Lexicon, not {type(lexicon).__name__}")
    return lexicon


def _source(text: str, name: str | None) -> Source:
    digest = hashlib.sha256(text.encode("utf-8", "surrogatepass")).hexdigest()
    return Source(name=name, sha256=digest)


def _checked_input(
    text: object, source: object, published: object
) -> tuple[str, Source, _dt.datetime | None]:
    """A parse's input, checked: the text to read (lone surrogates as U+FFFD, one code point
    for one), its ``Source`` (named, and hashed from the text as given) and its date."""
    original = _check_text(text)
    checked_published = _check_published(published)
    source_record = _source(original, _check_source(source))
    return replace_lone_surrogates(original), source_record, checked_published


@attrs.frozen(slots=True, init=False)
class Parser:
    """A configured parser: its word tables, extra boilerplate rules, and the extractors it
    runs. Frozen, comparable and picklable (a pool of worker processes can take one), and
    safe to share between threads; every setting is checked when it is built.

    - ``lexicon``: the word tables (:meth:`Lexicon.default() <newsrecords.Lexicon.default>`
      unless given); extend one to add cue verbs, titles, organisations, outlets...
    - ``rules``: boilerplate rules added to the defaults (see :mod:`newsrecords.page`);
    - ``double_apostrophes``: read ``''quoted''`` (a typewriter style of some newspapers)
      as quotation marks; off by default, the pairs are left out of quotes and reported
      speech;
    - ``quotes``, ``indirect``, ``actions``: the extractors that run. ``quotes=False``
      leaves every article's ``quotes`` and ``speakers`` empty; ``indirect=False`` keeps
      quotations and their speakers but skips reported speech without quotation marks,
      which is most of the quote extractor's time (pronouns are then resolved among the
      speakers of quotations alone); ``actions=False`` leaves ``actions`` empty. Articles,
      their text and their offsets are the same whatever is chosen.

    A malformed rule or lexicon entry raises ``RuleError``, a flag that is not a ``bool``
    and a lexicon that is not a :class:`~newsrecords.Lexicon` raise ``InputTypeError``.

    >>> from newsrecords import Lexicon
    >>> zarbling = Parser(lexicon=Lexicon.default().extend(saying_verbs=["zarbled"]))
    >>> page = "Envoy\\n\\nThe envoy zarbled the deadline was far too short."
    >>> [(q.text, q.speaker.name) for q in zarbling.parse_article(page).quotes]
    [('the deadline was far too short', 'envoy')]
    >>> Parser().parse_article(page).quotes
    ()
    """

    lexicon: Lexicon
    rules: tuple[RuleLike, ...]
    double_apostrophes: bool
    quotes: bool
    indirect: bool
    actions: bool
    _ruleset: RuleSet = attrs.field(eq=False, repr=False)

    def __init__(
        self,
        *,
        lexicon: Lexicon | None = None,
        rules: Rules = None,
        double_apostrophes: bool = False,
        quotes: bool = True,
        indirect: bool = True,
        actions: bool = True,
    ) -> None:
        ruleset = compile_rules(rules)
        self.__attrs_init__(
            lexicon=Lexicon.default() if lexicon is None else _check_lexicon(lexicon),
            rules=ruleset.extra,
            double_apostrophes=_check_flag("double_apostrophes", double_apostrophes),
            quotes=_check_flag("quotes", quotes),
            indirect=_check_flag("indirect", indirect),
            actions=_check_flag("actions", actions),
            ruleset=ruleset,
        )

    def __reduce__(self) -> tuple[object, ...]:
        return (_rebuild, (self.lexicon, self.rules, self.double_apostrophes, self._wanted()))

    def _wanted(self) -> Wanted:
        return Wanted(quotes=self.quotes, indirect=self.indirect, actions=self.actions)

    def parse_page(
        self,
        text: str,
        *,
        source: str | os.PathLike[str] | None = None,
        published: _dt.datetime | None = None,
    ) -> list[Article]:
        """Split a page into articles and parse each one.

        ``source`` names the input (a file name or URL; a ``pathlib.Path`` is taken as its
        string) in every article's ``source``;
        ``published`` is the fallback date for articles without a date line of their own.
        Blank text gives ``[]``; a page of nothing but boilerplate gives one article with an
        empty body whose ``removed`` holds it all. A lone surrogate (half of an escaped emoji,
        as ``json.loads`` gives it) is read as U+FFFD, one code point for one, so offsets are
        kept and every record serialises. A non-``str`` text, or a ``source`` that is not a
        ``str``, a path or None, raises ``InputTypeError``.

        >>> page = ("Big news\\n\\nIt happened today.\\n\\nRead original article here\\n\\n"
        ...         "More news\\n\\nAgain.")
        >>> [(a.headline, a.body) for a in Parser().parse_page(page)]
        [('Big news', 'It happened today.'), ('More news', 'Again.')]
        """
        text, source_record, published = _checked_input(text, source, published)
        if not text.strip():
            return []
        with using(self.lexicon):
            folded = self._fold(text)
            items = segment_page(split_lines(text, folded), self._ruleset)
            found: list[tuple[ArticleParts, list[Cut]]] = []
            pending: list[Cut] = []  # page-level removals seen before the first article
            for item in items:
                if isinstance(item, PageRemoval):
                    cuts = [(item.start, item.end, item.reason)]
                else:
                    parts = classify_lines(item.lines, self._ruleset)
                    if not parts.empty:
                        found.append((parts, pending))
                        pending = []
                        continue
                    cuts = list(parts.removed)
                if found:
                    found[-1][1].extend(cuts)
                else:
                    pending.extend(cuts)
            if not found:
                if not pending:
                    return []
                start = min(c[0] for c in pending)
                end = max(c[1] for c in pending)
                found.append((empty_parts(start, end), pending))
            return assemble(text, found, source_record, published, self._wanted(), folded)

    def parse_article(
        self,
        text: str,
        *,
        source: str | os.PathLike[str] | None = None,
        published: _dt.datetime | None = None,
    ) -> Article:
        """Parse ``text`` as exactly one article: separators are removed but do not split it.

        Blank text gives an empty article (no headline, empty body, ``span`` of ``0..0``)
        rather than an error, so that a batch of pages never stops on one empty page. The
        keywords are those of :meth:`parse_page`.

        >>> a = Parser().parse_article(
        ...     "Thursday, September 28, 2023\\n\\nTalks resume | Joe Biden News\\n\\n"
        ...     "WASHINGTON (AP) — Talks resumed.\\n\\nAFP contributed to this report.")
        >>> a.headline, a.outlet, a.published.date()
        ('Talks resume', 'Joe Biden News', datetime.date(2023, 9, 28))
        >>> a.dateline.place, a.dateline.agency, a.body, a.contributors
        ('WASHINGTON', 'AP', 'Talks resumed.', ('AFP',))
        """
        text, source_record, published = _checked_input(text, source, published)
        wanted = self._wanted()
        if not text.strip():
            blank: list[tuple[ArticleParts, list[Cut]]] = [(empty_parts(0, 0), [])]
            return assemble(text, blank, source_record, published, wanted)[0]
        with using(self.lexicon):
            folded = self._fold(text)
            lines: list[Line] = []
            cuts: list[Cut] = []
            for item in segment_page(split_lines(text, folded), self._ruleset, split=False):
                if isinstance(item, Segment):
                    lines.extend(item.lines)
                else:
                    cuts.append((item.start, item.end, item.reason))
            if lines:
                parts = classify_lines(tuple(lines), self._ruleset)
            else:
                parts = empty_parts(min(c[0] for c in cuts), max(c[1] for c in cuts))
            found = [(parts, cuts)]
            return assemble(text, found, source_record, published, wanted, folded)[0]

    def parse_many(
        self,
        items: Iterable[object],
        *,
        workers: int | None = None,
        progress: bool = False,
        chunksize: int | None = None,
    ) -> Iterator[Parsed]:
        """:func:`newsrecords.parse_many` with this parser: one result per item, in input
        order; ``workers=N`` sends the parser itself (it pickles) to a pool of processes.

        >>> [r.articles[0].headline for r in Parser(actions=False).parse_many(["A\\n\\nOne."])]
        ['A']
        """
        return _parse_many(
            items, workers=workers, progress=progress, chunksize=chunksize, parse=self.parse_page
        )

    def _fold(self, text: str) -> str:
        """The folded copy every matcher reads (same length as ``text``)."""
        folded = fold(text)
        return fold_double_apostrophes(folded) if self.double_apostrophes else folded


def _rebuild(
    lexicon: Lexicon, rules: tuple[RuleLike, ...], double_apostrophes: bool, wanted: Wanted
) -> Parser:
    return Parser(
        lexicon=lexicon,
        rules=rules or None,
        double_apostrophes=double_apostrophes,
        quotes=wanted.quotes,
        indirect=wanted.indirect,
        actions=wanted.actions,
    )


def _parser(
    lexicon: Lexicon | None,
    rules: Rules,
    double_apostrophes: bool,
    wanted: Wanted,
) -> Parser:
    if rules is None and lexicon is None:
        return _default_parser(double_apostrophes, wanted)  # flags checked by the caller
    return Parser(
        lexicon=lexicon,
        rules=rules,
        double_apostrophes=double_apostrophes,
        quotes=wanted.quotes,
        indirect=wanted.indirect,
        actions=wanted.actions,
    )


@functools.lru_cache(maxsize=32)
def _default_parser(double_apostrophes: bool, wanted: Wanted) -> Parser:
    return Parser(
        double_apostrophes=double_apostrophes,
        quotes=wanted.quotes,
        indirect=wanted.indirect,
        actions=wanted.actions,
    )


def _checked_parser(
    text: object,
    published: object,
    lexicon: Lexicon | None,
    rules: Rules,
    double_apostrophes: bool,
    quotes: bool,
    indirect: bool,
    actions: bool,
) -> Parser:
    """The parser of a module-level call, its arguments checked in the order of the
    signature (the text first, so a bad text is the error a caller sees)."""
    _check_text(text)
    _check_published(published)
    _check_flag("double_apostrophes", double_apostrophes)
    wanted = Wanted(
        quotes=_check_flag("quotes", quotes),
        indirect=_check_flag("indirect", indirect),
        actions=_check_flag("actions", actions),
    )
    return _parser(lexicon, rules, double_apostrophes, wanted)


def parse_page(
    text: str,
    *,
    source: str | os.PathLike[str] | None = None,
    published: _dt.datetime | None = None,
    rules: Rules = None,
    double_apostrophes: bool = False,
    quotes: bool = True,
    indirect: bool = True,
    actions: bool = True,
    lexicon: Lexicon | None = None,
) -> list[Article]:
    """Split a page into articles and parse each one: :meth:`Parser.parse_page` with a parser
    of the given settings (see :class:`Parser` for each keyword).

    >>> page = ("Big news\\n\\nIt happened today.\\n\\nRead original article here\\n\\n"
    ...         "More news\\n\\nAgain.")
    >>> [(a.headline, a.body) for a in parse_page(page)]
    [('Big news', 'It happened today.'), ('More news', 'Again.')]
    """
    parser = _checked_parser(
        text, published, lexicon, rules, double_apostrophes, quotes, indirect, actions
    )
    return parser.parse_page(text, source=source, published=published)


def parse_article(
    text: str,
    *,
    source: str | os.PathLike[str] | None = None,
    published: _dt.datetime | None = None,
    rules: Rules = None,
    double_apostrophes: bool = False,
    quotes: bool = True,
    indirect: bool = True,
    actions: bool = True,
    lexicon: Lexicon | None = None,
) -> Article:
    """Parse ``text`` as exactly one article: :meth:`Parser.parse_article` with a parser of
    the given settings (see :class:`Parser` for each keyword). Blank text gives an empty
    article rather than an error.

    >>> a = parse_article("Talks resume\\n\\nWASHINGTON (AP) — Talks resumed.")
    >>> a.headline, a.dateline.agency, a.body
    ('Talks resume', 'AP', 'Talks resumed.')
    """
    parser = _checked_parser(
        text, published, lexicon, rules, double_apostrophes, quotes, indirect, actions
    )
    return parser.parse_article(text, source=source, published=published)

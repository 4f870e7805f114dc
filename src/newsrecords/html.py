"""Parse HTML news pages: the main text and metadata come from trafilatura (the ``html`` extra).

trafilatura finds the article in the page (leaving out navigation, share bars, comment
sections, scripts and footers) and reads its metadata: title, author, date, site name and
description. The text it finds is laid out as a plain page, one paragraph per block, and goes
through :func:`newsrecords.parse_page`; the metadata fills what that text does not say.

**Which string the spans index.** HTML has no offsets a reader can use, so every span of an
article from :func:`parse_html` indexes the *extracted text*, kept on the article as
``article.source.text``. ``article.source.sha256`` is the digest of the HTML as given and
``article.source.url`` its URL.

This module imports trafilatura only inside :func:`extract_html`, so ``import newsrecords``
works without the extra; calling :func:`parse_html` without it raises
:class:`~newsrecords.exceptions.MissingExtraError`.
"""

from __future__ import annotations

import datetime as _dt
import hashlib
import re
from collections.abc import Iterable
from typing import Any

import attrs

from newsrecords.exceptions import InputTypeError, MissingExtraError, ParseError
from newsrecords.models import Article, Source

__all__ = ["HtmlText", "extract_html", "looks_like_html", "parse_html"]

# What text starts like when it is an HTML document rather than a page of text.
_DOCUMENT_START = re.compile(
    r"""
    \A[\ufeff\s]*                       # a byte-order mark and blank space may come first
    (?:<\?xml[^>]*>\s*)?                # an XML declaration (XHTML)
    (?:<!--.*?-->\s*)*                  # comments before the document
    (?:<!doctype\s+html                 # the HTML doctype...
      |<(?:html|head|body)\b)           # ...or the document's own elements
    """,
    re.VERBOSE | re.IGNORECASE | re.DOTALL,
)
# Tags that only markup has; text that quotes a tag or two is still text.
_MARKUP_TAG = re.compile(
    r"""
    </?                                 # an opening or closing tag
    (?:div|p|span|a|script|style|meta|link|article|section|nav|header|footer|li|ul|br|img)
    \b[^<>]{0,500}>                     # its attributes, on one tag
    """,
    re.VERBOSE | re.IGNORECASE,
)
_SNIFF_CHARS = 4096  # enough for a doctype, a head, and the first elements of a body
_MARKUP_TAGS_FOR_HTML = 5  # fewer tags than this in the first characters reads as text


def looks_like_html(text: str) -> bool:
    """True when ``text`` reads as an HTML document (or a fragment full of markup).

    >>> looks_like_html("<!DOCTYPE html><html><body><p>Hi</p></body></html>")
    True
    >>> looks_like_html("Big news\\n\\nThe <b> tag makes text bold, she said.")
    False
    >>> looks_like_html('<div class="story"><p>One.</p><p>Two.</p><p>Three.</p></div>')
    True
    """
    head = text[:_SNIFF_CHARS]
    if _DOCUMENT_START.match(head):
        return True
    return len(_MARKUP_TAG.findall(head)) >= _MARKUP_TAGS_FOR_HTML


@attrs.frozen(slots=True)
class HtmlText:
    """The main text of an HTML page and the metadata trafilatura read from it.

    ``text`` is the string every span of the page's articles indexes: the page title as its
    first paragraph when the main text does not begin with it, then one paragraph per block
    of the main text, separated by blank lines. It is ``""`` when the page has no main text.
    """

    text: str
    title: str | None = None
    authors: tuple[str, ...] = ()
    date: _dt.datetime | None = None
    sitename: str | None = None
    description: str | None = None
    url: str | None = None


def _paragraphs(text: str) -> list[str]:
    """The non-blank lines of trafilatura's text, each one paragraph, spaces trimmed.

    >>> _paragraphs("Title\\n  First block. \\n\\nSecond block.")
    ['Title', 'First block.', 'Second block.']
    """
    return [line.strip() for line in text.splitlines() if line.strip()]


def _same_words(a: str, b: str) -> bool:
    """True when ``a`` and ``b`` differ only in case and spacing, or one begins the other
    (a title with the site name after it, a heading with a kicker before it).

    >>> _same_words("Talks resume | The Paper", "Talks  resume")
    True
    >>> _same_words("Talks resume", "Markets fall")
    False
    """
    x, y = " ".join(a.casefold().split()), " ".join(b.casefold().split())
    return bool(x) and bool(y) and (x.startswith(y) or y.startswith(x))


def lay_out(main_text: str, title: str | None) -> str:
    """The page text :func:`parse_page` reads: the title first unless the main text opens
    with it, then one paragraph per line of the main text.

    >>> lay_out("Talks resume\\nThey met today.", "Talks resume")
    'Talks resume\\n\\nThey met today.'
    >>> lay_out("They met today.\\nMore later.", "Talks resume")
    'Talks resume\\n\\nThey met today.\\n\\nMore later.'
    >>> lay_out("", "Talks resume")
    ''
    """
    paragraphs = _paragraphs(main_text)
    if not paragraphs:
        return ""
    title = " ".join(title.split()) if title else ""
    if title and not _same_words(paragraphs[0], title):
        paragraphs.insert(0, title)
    return "\n\n".join(paragraphs)


def split_authors(author: str | None) -> tuple[str, ...]:
    """trafilatura's author field (names joined by ``"; "``) as a tuple of names.

    >>> split_authors("Jane Doe; John Roe")
    ('Jane Doe', 'John Roe')
    >>> split_authors(None)
    ()
    """
    if not author:
        return ()
    return tuple(name.strip() for name in author.split(";") if name.strip())


def metadata_date(value: str | None) -> _dt.datetime | None:
    """trafilatura's date (``YYYY-MM-DD``) as a datetime at midnight, or None.

    >>> metadata_date("2021-03-12")
    datetime.datetime(2021, 3, 12, 0, 0)
    >>> metadata_date("not a date") is None
    True
    """
    if not value:
        return None
    try:
        return _dt.datetime.fromisoformat(value)
    except ValueError:
        return None


def _check_html(html: object) -> str | bytes:
    if not isinstance(html, (str, bytes)):
        raise InputTypeError(f"html must be str or bytes, not {type(html).__name__}")
    return html


def _check_optional_str(name: str, value: object) -> str | None:
    if value is not None and not isinstance(value, str):
        raise InputTypeError(f"{name} must be str or None, not {type(value).__name__}")
    return value


def _sha256(html: str | bytes) -> str:
    raw = html if isinstance(html, bytes) else html.encode("utf-8", "surrogatepass")
    return hashlib.sha256(raw).hexdigest()


def _trafilatura_extract(html: str | bytes, url: str | None) -> Any:
    """trafilatura's document for ``html`` (None when it finds no main text)."""
    try:
        import trafilatura
    except ImportError:
        raise MissingExtraError.for_extra("html", "parse_html") from None
    if isinstance(html, str):
        # lxml cannot encode lone surrogates or NUL; neither is text a page could show.
        html = html.encode("utf-8", "replace").replace(b"\x00", b"")
    try:
        return trafilatura.bare_extraction(
            html,
            url=url,
            with_metadata=True,
            include_comments=False,  # readers' comments are not the article
            # A page of links alone (a section index) gives no text rather than its menu.
            favor_precision=True,
            # Dates from the page's metadata only: a guess from the copyright line or the
            # crawl date would be presented as the publication date.
            date_extraction_params={"extensive_search": False, "original_date": True},
        )
    except (ValueError, TypeError, LookupError, UnicodeError) as exc:
        raise ParseError(f"cannot read the HTML: {type(exc).__name__}: {exc}") from exc


def extract_html(html: str | bytes, *, url: str | None = None) -> HtmlText:
    """The main text and metadata of an HTML page (needs the ``html`` extra).

    A page without main text (an empty document, only scripts, not HTML at all) gives an
    ``HtmlText`` whose ``text`` is ``""``. Bytes are decoded as the page declares (or as
    trafilatura guesses). Raises ``InputTypeError`` for anything but ``str`` or ``bytes``,
    ``MissingExtraError`` without the extra, and ``ParseError`` when the HTML cannot be read.
    """
    html = _check_html(html)
    url = _check_optional_str("url", url)
    found = _trafilatura_extract(html, url)
    if found is None:
        return HtmlText(text="", url=url)
    title = found.title or None
    return HtmlText(
        text=lay_out(found.text or "", title),
        title=title,
        authors=split_authors(found.author),
        date=metadata_date(found.date),
        sitename=found.sitename or found.hostname or None,
        description=found.description or None,
        url=url or found.url or None,
    )


def _with_metadata(article: Article, page: HtmlText, source: Source, first: bool) -> Article:
    """``article`` with its source set and, where the text did not say, the page's metadata.

    The title, authors and description belong to the page's first article; the site name
    to every article of the page.
    """
    update: dict[str, object] = {"source": source}
    if article.outlet is None and page.sitename:
        update["outlet"] = page.sitename
    if first:
        if article.headline is None and page.title:
            update["headline"] = page.title
            update["id"] = Article.content_id(page.title, article.body)
        if not article.byline and page.authors:
            update["byline"] = page.authors
        described = page.description and not _same_words(article.body, page.description)
        if not article.summary and described:
            update["summary"] = (page.description,)
    return article.model_copy(update=update)


def parse_html(
    html: str | bytes,
    *,
    url: str | None = None,
    source: str | None = None,
    published: _dt.datetime | None = None,
    rules: Iterable[Any] | None = None,
    double_apostrophes: bool = False,
    quotes: bool = True,
    indirect: bool = True,
    actions: bool = True,
) -> list[Article]:
    """Parse an HTML news page into articles (needs the ``html`` extra).

    The main text goes through :func:`newsrecords.parse_page` with the other arguments;
    each article's spans index ``article.source.text`` (see the module docs). Metadata fills
    what the text does not say: the title the headline, the authors the byline, the
    description the summary, the site name the outlet. The publication date is the text's
    own date line, else the page's metadata date, else ``published``. ``source`` names the
    input (a file name; ``url`` when not given).

    A page without main text gives ``[]``. Raises ``InputTypeError`` for a wrong type,
    ``MissingExtraError`` without the extra and ``ParseError`` for HTML that cannot be read.
    """
    # Imported here: the package's top level re-exports this module, so importing it at
    # the top of the module would be a cycle.
    from newsrecords import parse_page

    page = extract_html(html, url=url)
    name = _check_optional_str("source", source) or page.url
    if published is not None and not isinstance(published, _dt.datetime):
        raise InputTypeError(f"published must be datetime or None, not {type(published).__name__}")
    found = parse_page(
        page.text,
        source=name,
        published=page.date or published,
        rules=rules,
        double_apostrophes=double_apostrophes,
        quotes=quotes,
        indirect=indirect,
        actions=actions,
    )
    record = Source(name=name, sha256=_sha256(html), url=page.url, text=page.text)
    return [_with_metadata(a, page, record, i == 0) for i, a in enumerate(found)]

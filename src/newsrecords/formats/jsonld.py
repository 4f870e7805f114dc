"""Articles as schema.org ``NewsArticle`` JSON-LD, for search engines and knowledge graphs.

The document uses the schema.org context (``"@context": "https://schema.org"``) and only
schema.org types and properties: the article's ``headline``, ``datePublished``, ``author``
(a ``Person`` each), ``publisher`` (the outlet, an ``Organization``), ``dateline``,
``description`` (the summary) and ``articleBody``; each quotation is a ``Quotation`` in
``hasPart``, its speaker in ``spokenByCharacter`` as a ``Person`` or an ``Organization``.

What schema.org has no slot for is left out: offsets, removed spans, policy actions, and
reported speech without quotation marks (``indirect`` quotes, which are not quotations).
Empty values are omitted rather than written as ``null`` or ``""``.
"""

from __future__ import annotations

from newsrecords.models import Article, Quote, QuoteKind, Speaker, SpeakerKind

__all__ = ["SCHEMA_ORG", "to_jsonld"]

SCHEMA_ORG = "https://schema.org"

# Speaker kinds as schema.org types: spokenByCharacter takes a Person or an Organization.
_SPEAKER_TYPE = {
    SpeakerKind.PERSON: "Person",
    SpeakerKind.ANONYMOUS: "Person",  # "a senior official" is a person without a name
    SpeakerKind.ORGANIZATION: "Organization",
    SpeakerKind.GROUP: "Organization",  # "protesters", "the union": the nearest type
}
# Quote kinds that are quotations: words in quotation marks.
_QUOTATIONS = frozenset({QuoteKind.DIRECT, QuoteKind.PARTIAL})


def _compact(value: object) -> object:
    """``value`` without empty values, all the way down: ``None``, ``""``, ``[]``, and nodes
    left with nothing but their type.

    >>> _compact({"name": "A", "jobTitle": None, "author": [{"@type": "Person", "name": ""}]})
    {'name': 'A'}
    """
    if isinstance(value, dict):
        kept = {k: v for k, v in ((k, _compact(v)) for k, v in value.items()) if not _empty(v)}
        return {} if set(kept) <= {"@type"} else kept
    if isinstance(value, list):
        return [v for v in (_compact(v) for v in value) if not _empty(v)]
    return value


def _compact_node(node: dict[str, object]) -> dict[str, object]:
    compact = _compact(node)
    assert isinstance(compact, dict)  # a dict stays a dict
    return compact


def _empty(value: object) -> bool:
    return value is None or value == "" or value == [] or value == {}


def _agent(speaker: Speaker) -> dict[str, object]:
    """A speaker as a ``Person`` or ``Organization`` node."""
    kind = _SPEAKER_TYPE.get(speaker.kind, "Person")
    node: dict[str, object] = {"@type": kind, "name": speaker.name}
    node["alternateName"] = [a for a in speaker.aliases if a != speaker.name]
    if kind == "Person":
        node["jobTitle"] = speaker.title
        node["affiliation"] = {"@type": "Organization", "name": speaker.affiliation}
    return node


def quotation(quote: Quote) -> dict[str, object]:
    """A quote as a schema.org ``Quotation``; a document speaker ("the statement") is the
    quotation's ``citation``, since ``spokenByCharacter`` takes people and organisations.

    >>> from newsrecords.models import Span
    >>> q = Quote(text="We will act.", kind=QuoteKind.DIRECT, span=Span(start=1, end=13),
    ...           speaker=Speaker(name="Jen Psaki", title="press secretary"))
    >>> quotation(q)
    {'@type': 'Quotation', 'text': 'We will act.', 'spokenByCharacter': {'@type': 'Person', 'name': 'Jen Psaki', 'jobTitle': 'press secretary'}}
    """  # noqa: E501
    node: dict[str, object] = {"@type": "Quotation", "text": quote.text}
    speaker = quote.speaker
    if speaker is not None and speaker.kind is SpeakerKind.DOCUMENT:
        node["citation"] = {"@type": "CreativeWork", "name": speaker.name}
    elif speaker is not None:
        node["spokenByCharacter"] = _agent(speaker)
    return _compact_node(node)


def to_jsonld(article: Article) -> dict[str, object]:
    """One article as a schema.org ``NewsArticle`` JSON-LD document (a JSON-ready dict).

    >>> import newsrecords
    >>> page = "Talks resume\\n\\n\\u201cWe are ready,\\u201d said Jen Psaki."
    >>> [article] = newsrecords.parse_page(page)
    >>> doc = to_jsonld(article)
    >>> doc["@context"], doc["@type"], doc["headline"]
    ('https://schema.org', 'NewsArticle', 'Talks resume')
    >>> doc["hasPart"][0]["spokenByCharacter"]["name"]
    'Jen Psaki'
    """
    doc: dict[str, object] = {
        "@context": SCHEMA_ORG,
        "@type": "NewsArticle",
        "identifier": article.id,
        "url": article.source.url,
        "headline": article.headline,
        "datePublished": article.published.isoformat() if article.published else None,
        "author": [{"@type": "Person", "name": name} for name in article.byline],
        "contributor": [{"@type": "Person", "name": name} for name in article.contributors],
        "publisher": {"@type": "Organization", "name": article.outlet} if article.outlet else None,
        "dateline": article.dateline.text if article.dateline else None,
        "description": " ".join(article.summary),
        "articleBody": article.body,
        "wordCount": len(article.body.split()),
        "hasPart": [quotation(q) for q in article.quotes if q.kind in _QUOTATIONS],
    }
    return _compact_node(doc)

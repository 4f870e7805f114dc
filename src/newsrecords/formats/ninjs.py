"""Articles as IPTC ninjs 3.1 documents, the JSON news format of newsroom systems.

Each document validates against IPTC's ninjs 3.1 JSON Schema. It carries the headline, the
body as plain text, the summary as descriptions, the byline (``by``), the dateline's place
(``located``), the publication time (``firstCreated``), the outlet and contributors
(``infoSources``), the quoted people and organisations (``people``, ``organisations``, with
``rel`` ``"quoted"``), and the article's id, digest and URL (``altIds``). ninjs has no slot
for quotations themselves, offsets or policy actions; those stay in the Article JSON.

ninjs times must carry a UTC offset: a publication time without one (a date line gives a
date, not a zone) is written as UTC.
"""

from __future__ import annotations

import datetime as _dt

from newsrecords.models import Article, Speaker, SpeakerKind

__all__ = ["NINJS_SCHEMA", "NINJS_VERSION", "to_ninjs"]

NINJS_VERSION = "3.1"
NINJS_SCHEMA = "http://www.iptc.org/std/ninjs/ninjs-schema_3.1.json#"
# Speakers ninjs calls people; the rest (organisations, groups) are organisations.
# Document speakers ("the statement") are neither and are left out.
_PEOPLE = frozenset({SpeakerKind.PERSON, SpeakerKind.ANONYMOUS})
_ORGANISATIONS = frozenset({SpeakerKind.ORGANIZATION, SpeakerKind.GROUP})


def ninjs_time(when: _dt.datetime) -> str:
    """An RFC 3339 time as ninjs wants it; a time without a zone is taken as UTC.

    >>> ninjs_time(_dt.datetime(2021, 3, 12))
    '2021-03-12T00:00:00Z'
    >>> ninjs_time(_dt.datetime(2021, 3, 12, 9, 30, tzinfo=_dt.timezone(_dt.timedelta(hours=2))))
    '2021-03-12T09:30:00+02:00'
    """
    if when.tzinfo is None:
        return when.replace(microsecond=0).isoformat() + "Z"
    return when.replace(microsecond=0).isoformat()


def _party(speaker: Speaker) -> dict[str, str]:
    return {"name": speaker.name, "rel": "quoted"}


def to_ninjs(article: Article) -> dict[str, object]:
    """One article as a ninjs 3.1 document (a JSON-ready dict).

    >>> import newsrecords
    >>> [article] = newsrecords.parse_page("Talks resume\\n\\nBy Ann Lee\\n\\nThey met today.")
    >>> doc = to_ninjs(article)
    >>> doc["uri"], doc["type"], doc["by"]
    ('urn:newsrecords:article:3e844f00f10a62a8', 'text', 'Ann Lee')
    >>> doc["headlines"], doc["bodies"][0]["value"]
    ([{'role': 'main', 'value': 'Talks resume'}], 'They met today.')
    """
    doc: dict[str, object] = {
        "uri": f"urn:newsrecords:article:{article.id}",
        "standard": {"name": "ninjs", "version": NINJS_VERSION, "schema": NINJS_SCHEMA},
        "type": "text",
    }
    if article.headline:
        doc["headlines"] = [{"role": "main", "value": article.headline}]
    doc["bodies"] = [
        {
            "role": "main",
            "contentType": "text/plain",
            "value": article.body,
            "charCount": len(article.body),
            "wordCount": len(article.body.split()),
        }
    ]
    if article.summary:
        doc["descriptions"] = [{"role": "summary", "value": s} for s in article.summary]
    if article.byline:
        doc["by"] = ", ".join(article.byline)
    if article.dateline is not None and article.dateline.place:
        doc["located"] = article.dateline.place
    if article.published is not None:
        doc["firstCreated"] = ninjs_time(article.published)
    sources = [{"name": article.outlet, "role": "publisher"}] if article.outlet else []
    sources.extend({"name": name, "role": "contributor"} for name in article.contributors)
    if sources:
        doc["infoSources"] = sources
    people = [_party(s) for s in article.speakers if s.kind in _PEOPLE]
    organisations = [_party(s) for s in article.speakers if s.kind in _ORGANISATIONS]
    if people:
        doc["people"] = people
    if organisations:
        doc["organisations"] = organisations
    alt_ids = [
        {"role": "newsrecords-id", "value": article.id},
        {"role": "sha256", "value": article.source.sha256},
    ]
    if article.source.url:
        alt_ids.append({"role": "url", "value": article.source.url})
    doc["altIds"] = alt_ids
    return doc

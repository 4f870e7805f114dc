"""Standard formats out: schema.org JSON-LD, IPTC ninjs, PLOVER events and flat tables.

>>> import newsrecords
>>> from newsrecords import formats
>>> page = "Talks resume\\n\\n\\u201cWe are ready,\\u201d said Jen Psaki."
>>> [article] = newsrecords.parse_page(page)
>>> formats.to_jsonld(article)["@type"], formats.to_ninjs(article)["type"]
('NewsArticle', 'text')
>>> [row["speaker"] for row in formats.to_rows([article], "quotes")]
['Jen Psaki']
>>> sorted(formats.FORMATS)
['csv', 'jsonl', 'jsonld', 'ninjs', 'plover', 'text']
"""

from __future__ import annotations

from .columnar import to_arrow, to_dataframe, write_parquet
from .jsonld import to_jsonld
from .ninjs import to_ninjs
from .plover import to_plover
from .registry import FORMATS, Format, Writer, writer_for
from .tables import COLUMNS, TABLES, iter_rows, to_rows, write_csv

__all__ = [
    "COLUMNS",
    "FORMATS",
    "TABLES",
    "Format",
    "Writer",
    "iter_rows",
    "to_arrow",
    "to_dataframe",
    "to_jsonld",
    "to_ninjs",
    "to_plover",
    "to_rows",
    "write_csv",
    "write_parquet",
    "writer_for",
]

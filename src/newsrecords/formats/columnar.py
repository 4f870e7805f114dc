"""The flat tables as Arrow tables, Parquet files and pandas DataFrames (extras).

The rows and columns are those of :mod:`newsrecords.formats.tables`; the column types are
fixed by :data:`~newsrecords.formats.tables.COLUMNS`, so an empty table has the same schema
as a full one. pyarrow (extra ``arrow``) and pandas (extra ``pandas``) are imported only
when called; without them these functions raise
:class:`~newsrecords.exceptions.MissingExtraError` naming the extra.
"""

from __future__ import annotations

import datetime as _dt
from collections.abc import Iterable
from pathlib import Path
from typing import Any

from newsrecords.exceptions import MissingExtraError
from newsrecords.formats.tables import COLUMNS, Cell, check_table, to_rows
from newsrecords.models import Article

__all__ = ["to_arrow", "to_dataframe", "write_parquet"]

# Column types as pandas' nullable dtypes: a missing count stays an integer column.
_PANDAS_DTYPES = {"str": "string", "int": "Int64", "date": "object", "datetime": "object"}


def _pyarrow(feature: str) -> Any:
    try:
        import pyarrow
    except ImportError:
        raise MissingExtraError.for_extra("arrow", feature) from None
    return pyarrow


def _arrow_schema(pa: Any, table: str) -> Any:
    types = {
        "str": pa.string(),
        "int": pa.int64(),
        "date": pa.date32(),
        "datetime": pa.timestamp("us"),
    }
    return pa.schema([(name, types[kind]) for name, kind in COLUMNS[table]])


def to_arrow(articles: Iterable[Article], table: str) -> Any:
    """``table`` as a ``pyarrow.Table`` (extra ``arrow``).

    Publication times with a zone are converted to UTC (Arrow keeps one zone a column).
    """
    table = check_table(table)
    pa = _pyarrow("to_arrow")
    rows = to_rows(articles, table)
    if table == "articles":
        for row in rows:
            row["published"] = naive_utc(row["published"])
    return pa.Table.from_pylist(rows, schema=_arrow_schema(pa, table))


def naive_utc(value: Cell) -> Cell:
    """A datetime with a zone as the same instant in UTC without one; others unchanged.

    >>> naive_utc(_dt.datetime(2021, 3, 12, 9, tzinfo=_dt.timezone(_dt.timedelta(hours=2))))
    datetime.datetime(2021, 3, 12, 7, 0)
    """
    if isinstance(value, _dt.datetime) and value.tzinfo is not None:
        return value.astimezone(_dt.timezone.utc).replace(tzinfo=None)
    return value


def write_parquet(articles: Iterable[Article], table: str, path: str | Path) -> int:
    """Write ``table`` to a Parquet file at ``path`` (extra ``arrow``); returns the rows."""
    arrow_table = to_arrow(articles, table)
    import pyarrow.parquet

    pyarrow.parquet.write_table(arrow_table, str(path))
    return int(arrow_table.num_rows)


def to_dataframe(articles: Iterable[Article], table: str) -> Any:
    """``table`` as a ``pandas.DataFrame`` (extra ``pandas``), with nullable dtypes.

    >>> import newsrecords
    >>> page = "Talks resume\\n\\n\\u201cWe are ready,\\u201d said Jen Psaki."
    >>> frame = to_dataframe(newsrecords.parse_page(page), "quotes")
    >>> frame.loc[0, "speaker"], int(frame.loc[0, "start"])
    ('Jen Psaki', 15)
    """
    table = check_table(table)
    try:
        import pandas
    except ImportError:
        raise MissingExtraError.for_extra("pandas", "to_dataframe") from None
    columns = COLUMNS[table]
    rows = to_rows(articles, table)
    frame = pandas.DataFrame.from_records(rows, columns=[name for name, _ in columns])
    return frame.astype({name: _PANDAS_DTYPES[kind] for name, kind in columns})

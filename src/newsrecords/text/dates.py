"""Find date expressions in news text and resolve them against the publication date.

Two steps, kept apart so each can be tested alone:

* :func:`find_dates` scans folded text with one compiled regex and returns every date
  expression with its offsets ("on Thursday", "last week", "by February 5", "by the end of
  2022", "March 10, 2011").
* :func:`resolve_date` turns one expression into a :class:`datetime.date`, using
  python-dateutil for the calendar work. Relative expressions need the article's
  ``published`` date; without it they stay unresolved (``None``) and callers keep the text.
  A year is never guessed: dateutil fills missing fields from a default, so every absolute
  expression is parsed against two different defaults and a field that changes with the
  default is known to be missing.

A resolved period is represented by one day: a week by its Monday, a month by its first
day, a year by 1 January, and "by the end of ..." by the period's last day (the deadline).
"""

from __future__ import annotations

import datetime as _dt
import functools
import re

import attrs
from dateutil import parser as _dateparser
from dateutil.relativedelta import MO, relativedelta, weekday

__all__ = ["DateMention", "find_dates", "resolve_date"]

_MONTH = (
    r"(?:January|February|March|April|May|June|July|August|September|October|November"
    r"|December|Jan\.|Feb\.|Mar\.|Apr\.|Jun\.|Jul\.|Aug\.|Sept?\.|Oct\.|Nov\.|Dec\.)"
)
_WEEKDAY = r"(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)"

# Case-sensitive on purpose: month and day names are capitalised, and "may" is a verb.
_DATE = re.compile(
    rf"""
    (?=[ABDEFIJLMNOSTUWYbeilnotuy0-9])  # every first letter below: most positions stop here
    (?<![\w-])
    # How every date below starts. Most words that pass the letter test ("officials",
    # "to", "in the") stop here, before the engine tries each form of date on them.
    (?=[0-9]
      | (?:[Bb]y|[IiOo]n|[Uu]ntil)[ ]+(?:the[ ]+end|[A-Z0-9])  # a cue, then a date
      | the[ ]+end                                          # "the end of 2022"
      | Ja|Fe|Ma|Ap|Ju|Au|Se|Oc|No|De                       # a month
      | Mo|Tu|We|Th|Fr|Sa|Su                                # a weekday
      | (?:[Tt]his|[Ll]ast|[Nn]ext|[Ee]arlier|[Ll]ater)[ ]  # "last week", "this Monday"
      | [Yy]esterday|[Tt]oday|[Tt]omorrow
    )
    (?:
        (?:(?:[Bb]y|[Ii]n|[Oo]n|[Uu]ntil)[ ]+)?      # cue words, kept with the date
        (?:the[ ]+end[ ]+of[ ]+)?                     # end-of-period prefix
        (?:
            {_MONTH}[ ]+\d{{1,2}}(?:st|nd|rd|th)?(?![\d])(?:,?[ ]+\d{{4}})?  # "Feb. 5, 2021"
          | \d{{1,2}}[ ]+{_MONTH}(?:[ ]+\d{{4}})?     # "5 February 2021"
          | {_MONTH}[ ]+\d{{4}}                       # "June 2017"
        )
      | (?:[Bb]y|[Ii]n|[Uu]ntil)[ ]+(?:the[ ]+end[ ]+of[ ]+)?  # a bare month or year
        (?:{_MONTH}|(?:19|20)\d\d)                    # needs one of these cue words
      | (?:(?:[Oo]n|[Tt]his|[Ll]ast|[Nn]ext|[Bb]y)[ ]+)?{_WEEKDAY}  # "on Thursday"
      | (?:(?:[Ee]arlier|[Ll]ater)[ ]+)?(?:[Tt]his|[Ll]ast|[Nn]ext)[ ]+(?:week|month|year)
      | [Yy]esterday | [Tt]oday | [Tt]omorrow
    )
    (?![\w-])
    """,
    re.VERBOSE,
)

_WEEKDAYS = ("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday")
_PERIOD_DAYS = 183  # an absolute date without a year lies within half a year of publication


@attrs.frozen(slots=True)
class DateMention:
    """A date expression found in text: where it is and what it says."""

    start: int
    end: int
    text: str


def find_dates(folded: str, start: int = 0, end: int | None = None) -> list[DateMention]:
    """Date expressions in ``folded[start:end]``, in order.

    >>> [m.text for m in find_dates("They spoke on Thursday and will meet by February 5.")]
    ['on Thursday', 'by February 5']
    >>> [m.text for m in find_dates("It may happen in May or by the end of 2022.")]
    ['in May', 'by the end of 2022']
    """
    stop = len(folded) if end is None else end
    return [DateMention(m.start(), m.end(), m[0]) for m in _DATE.finditer(folded, start, stop)]


def _as_date(value: _dt.date | _dt.datetime | None) -> _dt.date | None:
    if isinstance(value, _dt.datetime):
        return value.date()
    return value


def resolve_date(
    text: str,
    published: _dt.date | _dt.datetime | None = None,
    *,
    future: bool = False,
) -> _dt.date | None:
    """Resolve one date expression; ``None`` when it cannot be pinned down.

    ``future`` says the action lies ahead (a bare weekday then means the next one).

    >>> pub = _dt.date(2021, 4, 15)  # a Thursday
    >>> resolve_date("on Thursday", pub), resolve_date("last week", pub)
    (datetime.date(2021, 4, 15), datetime.date(2021, 4, 5))
    >>> resolve_date("by February 5", _dt.date(2021, 1, 26))
    datetime.date(2021, 2, 5)
    >>> resolve_date("by the end of 2022"), resolve_date("March 10, 2011")
    (datetime.date(2022, 12, 31), datetime.date(2011, 3, 10))
    >>> resolve_date("by February 5") is None  # no year in the text and no published date
    True
    """
    words = " ".join(text.split())
    lowered = words.lower()
    end_of = "end of " in lowered
    core = re.sub(r"^(?:by|in|on|until)\s+|^the end of\s+|the end of\s+", "", words, flags=re.I)
    core = re.sub(r"^the end of\s+", "", core, flags=re.I)
    pub = _as_date(published)
    relative = _resolve_relative(core.lower(), pub, future=future)
    if relative is not None or _is_relative(core.lower()):
        return relative
    return _resolve_absolute(core, pub, end_of=end_of, future=future)


def _is_relative(core: str) -> bool:
    last = core.rsplit(" ", 1)[-1]
    return last in _WEEKDAYS or last in {"week", "month", "year", "yesterday", "today", "tomorrow"}


def _resolve_relative(core: str, pub: _dt.date | None, *, future: bool) -> _dt.date | None:
    if pub is None:
        return None
    parts = core.split()
    last = parts[-1] if parts else ""
    lead = parts[-2] if len(parts) > 1 else ""
    shift = {"last": -1, "next": 1}.get(lead, 0)
    if last in {"yesterday", "today", "tomorrow"}:
        return pub + _dt.timedelta(days={"yesterday": -1, "today": 0, "tomorrow": 1}[last])
    if last == "week":
        return pub + relativedelta(weekday=MO(-1), weeks=shift)
    if last == "month":
        return pub.replace(day=1) + relativedelta(months=shift)
    if last == "year":
        return _dt.date(pub.year + shift, 1, 1)
    if last in _WEEKDAYS:
        day = _WEEKDAYS.index(last)
        if shift < 0:  # "last Thursday": strictly before the publication day
            return pub + relativedelta(days=-1, weekday=weekday(day)(-1))
        if shift > 0 or future:  # "next Thursday", or a future action: on or after
            return pub + relativedelta(days=1 if shift else 0, weekday=weekday(day)(+1))
        return pub + relativedelta(weekday=weekday(day)(-1))  # news: the latest one
    return None


_DEFAULTS = (_dt.datetime(2000, 1, 1), _dt.datetime(2004, 2, 2))


@functools.lru_cache(maxsize=1024)
def _parse_twice(core: str) -> tuple[_dt.datetime, _dt.datetime] | None:
    """``core`` parsed against both defaults, or None when dateutil cannot read it.

    Cached: dateutil takes about 0.1 ms per parse, twice per call, and a page (and a day's
    news) says "March 10" many times; the values are immutable.
    """
    try:
        first, second = (_dateparser.parse(core, default=d) for d in _DEFAULTS)
    except (ValueError, OverflowError):
        return None
    return first, second


def _resolve_absolute(
    core: str, pub: _dt.date | None, *, end_of: bool, future: bool
) -> _dt.date | None:
    parsed = _parse_twice(core)
    if parsed is None:
        return None
    first, second = parsed
    has_year = first.year == second.year
    has_month = first.month == second.month
    has_day = first.day == second.day
    if has_year:
        year = first.year
    elif pub is not None:
        year = pub.year
    else:
        return None  # never guess a year
    month = first.month if has_month else (12 if end_of else 1)
    try:
        value = _dt.date(year, month, 1)
    except ValueError:
        return None
    if has_day:
        try:
            value = value.replace(day=first.day)
        except ValueError:
            return None
    elif end_of:
        value = value + relativedelta(day=31)
    if not has_year and pub is not None:
        if not future and value > pub + _dt.timedelta(days=_PERIOD_DAYS):
            value = value - relativedelta(years=1)
        elif future and value < pub - _dt.timedelta(days=_PERIOD_DAYS):
            value = value + relativedelta(years=1)
    return value

"""Article metadata read from single lines: date lines, datelines, bylines, contributors,
headline site suffixes and summary bullets.

Every matcher takes one line (or a paragraph's opening) in *folded* form (see
:func:`~newsrecords.text.normalize.fold`: straight quotes, ``-`` for every dash) and returns
plain values plus offsets relative to that line, so the page parser can turn them into spans
of the original input. Each matcher is anchored to the whole line and bounded, so it costs
time linear in the line's length.
"""

from __future__ import annotations

import datetime as _dt
import re
import warnings

import attrs
from dateutil import parser as _dateparser

from ..lexicon.compiled import active
from ..lexicon.metadata_words import CONTRIBUTOR_ROLES

__all__ = [
    "BylineMatch",
    "DatelineMatch",
    "bullet_offset",
    "match_byline",
    "match_contributors",
    "match_date_line",
    "match_dateline",
    "split_site_suffix",
]

# --- date lines: "Thursday, September 28, 2023" ---------------------------------------------
_MONTH = (
    r"(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?"
    r"|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\.?"
)
_WEEKDAY = r"(?:mon|tues?|wed(?:nes)?|thu(?:rs?)?|fri|sat(?:ur)?|sun)(?:day)?\.?"
_DATE_LINE = re.compile(
    rf"""
    (?:(?:published|updated|posted|last\ updated)(?:\ on)?\s*:?\s*)?  # an optional label
    (?:{_WEEKDAY},?\s+)?                                    # Thursday,
    (?P<date>
        {_MONTH}\s+\d{{1,2}}(?:st|nd|rd|th)?,?\s+\d{{4}}    # September 28, 2023
      | \d{{1,2}}(?:st|nd|rd|th)?\s+{_MONTH},?\s+\d{{4}}    # 28 September 2023
      | \d{{4}}-\d{{2}}-\d{{2}}                             # 2023-09-28
    )
    (?:(?:,|\s+at|\s+-)?\s+                                 # an optional time of day
        (?P<time>\d{{1,2}}:\d{{2}}(?::\d{{2}})?(?:\s*[ap]\.?m\.?)?))?
    (?:\s+(?:[a-z]{{2,4}}|gmt[+-]\d{{1,2}}))?               # a zone name, not parsed
    """,
    re.VERBOSE | re.IGNORECASE,
)


def match_date_line(line: str) -> _dt.datetime | None:
    """The date of a line that is only a date (a naive datetime), else None.

    Zone abbreviations are recognised but not applied: the result is naive.

    >>> match_date_line("Thursday, September 28, 2023")
    datetime.datetime(2023, 9, 28, 0, 0)
    >>> match_date_line("Updated: Jan. 5, 2021 at 3:40 p.m. ET")
    datetime.datetime(2021, 1, 5, 15, 40)
    >>> match_date_line("On September 28, 2023 he spoke.") is None
    True
    """
    line = line.strip()
    if len(line) > 80:
        return None
    found = _DATE_LINE.fullmatch(line)
    if found is None:
        return None
    stamp = found["date"]
    if found["time"]:
        stamp = f"{stamp} {found['time']}"
    try:
        with warnings.catch_warnings():
            warnings.simplefilter("ignore")
            return _dateparser.parse(stamp.replace(".", ""), default=_dt.datetime(2000, 1, 1))
    except (ValueError, OverflowError):
        return None


# --- datelines: "WASHINGTON (AP) —" ----------------------------------------------------------
_DATELINE = re.compile(
    r"""
    (?P<place>
        [A-Z][A-Z.'-]+(?:\ [A-Z][A-Z.'-]+){0,3}            # WASHINGTON, NEW YORK, ST. LOUIS
        (?:,\ [A-Z][A-Za-z.]+(?:\ [A-Z][A-Za-z.]+){0,2})?   # , Russia / , Calif. / , S.C.
      | [A-Z][a-z]+(?=\ \([A-Za-z]{2,10}\))                # or Washington, before (AFP)
    )
    (?:,\ [A-Z][a-z]{2,4}\.?\ \d{1,2})?                  # , Dec. 8: the day it was filed
    (?:
        \ ?\((?P<agency>[A-Za-z][A-Za-z.&\ -]{0,40})\)\ ?-{1,3}   # (AP) -
      | \ -{1,3}                                               # or a bare dash
    )
    \ *
    (?=[A-Z0-9"'])                                           # the story opens a sentence
    """,
    re.VERBOSE,
)


@attrs.frozen(slots=True)
class DatelineMatch:
    """A dateline at the start of a paragraph: ``text_end`` ends the dateline as written,
    ``end`` ends it with the spaces after it (where the paragraph proper starts)."""

    place: str
    agency: str | None
    text_end: int
    end: int


def match_dateline(paragraph: str) -> DatelineMatch | None:
    """The dateline opening ``paragraph`` (folded text), if any.

    >>> m = match_dateline("WASHINGTON (AP) - In his first big appearance")
    >>> m.place, m.agency, m.end
    ('WASHINGTON', 'AP', 18)
    >>> m = match_dateline("FLINT, Mich., Oct. 4 (UPI) - Former President Bill Clinton")
    >>> m.place, m.agency
    ('FLINT, Mich.', 'UPI')
    >>> match_dateline("US-China talks resumed.") is None
    True
    """
    found = _DATELINE.match(paragraph, 0, 120)
    if found is None or found.end() >= len(paragraph.rstrip()):
        return None
    agency = found["agency"].strip() if found["agency"] else None
    text_end = len(found[0].rstrip())
    return DatelineMatch(found["place"], agency or None, text_end, found.end())


# --- bylines: "By Kevin Liptak and Jason Hoffman, CNN" -----------------------------------
_NAME = r"[A-Z][\w.'-]*(?:\ (?:[A-Z][\w.'-]*|de|van|von|da|del|la|bin|al)){0,3}"
_BYLINE = re.compile(
    rf"""
    (?:By|BY)\s+                                     # the byline cue
    (?P<names>{_NAME}(?:(?:,\ |\ and\ |\ ?&\ ?){_NAME}){{0,5}})  # names, joined
    (?:\s*[,|]\s*[^\n]{{1,60}})?                     # an optional title or outlet
    """,
    re.VERBOSE,
)
_NAME_SPLIT = re.compile(r",\ |\ and\ |\ ?&\ ?")  # between the names of a list
_ROLE_WORDS = frozenset({"writer", "reporter", "correspondent", "editor", "staff", "contributor"})


@attrs.frozen(slots=True)
class BylineMatch:
    """The author names of a byline, and an outlet named in it."""

    names: tuple[str, ...]
    outlet: str | None


def match_byline(line: str) -> BylineMatch | None:
    """The names in a byline line, with outlets split off.

    >>> match_byline("By Kevin Liptak, Jason Hoffman and Priscilla Alvarez, CNN")
    BylineMatch(names=('Kevin Liptak', 'Jason Hoffman', 'Priscilla Alvarez'), outlet='CNN')
    >>> match_byline("By making his first Cabinet agency trip to the State Department") is None
    True
    """
    line = line.strip()
    if len(line) > 150:
        return None
    found = _BYLINE.fullmatch(line)
    if found is None:
        return None
    names: list[str] = []
    outlet: str | None = None
    outlets = active().outlets
    for name in _NAME_SPLIT.split(found["names"]):
        name = name.strip()
        if name.lower() in outlets:
            outlet = outlet or name
        elif name and name.split()[-1].lower() not in _ROLE_WORDS:
            names.append(name)
    tail = line[found.end("names") :].strip(" ,|")
    if tail.lower() in outlets:
        outlet = outlet or tail
    if not names:
        return None
    return BylineMatch(tuple(names), outlet)


# --- contributor lines: "CNN's Kevin Liptak ... contributed to this report." ---------------
_CONTRIBUTED = re.compile(
    r"""
    (?P<who>[^\n]{1,300}?)                     # the names, with their framing
    \s+contribut(?:ed|es)\s+
    (?:reporting|reports?|to\s+(?:this|the)\s+(?:report|story|article))
    (?:\s+from\s+[^\n]{1,80}?)?                # from Berlin
    \s*\.?
    """,
    re.VERBOSE | re.IGNORECASE,
)
_POSSESSIVE_OUTLET = re.compile(r"[A-Z][\w.&-]*(?:\ [A-Z][\w.&-]*){0,3}'s\ ")  # CNN's
_ROLE_PREFIX = re.compile(
    r"(?:the\ )?(?:[\w.&-]+\ ){0,3}?(?:staff\ )?(?:"
    + "|".join(sorted((re.escape(r) for r in CONTRIBUTOR_ROLES), key=len, reverse=True))
    + r")\ ",
    re.IGNORECASE,
)  # Associated Press writers
_CONTRIBUTOR_SPLIT = re.compile(r"\s*,\s*(?:and\s+)?|\s+and\s+|\s*&\s*")
# Wire credit lines: "Reporting by Jane Doe; Additional reporting by ...; Editing by ...".
_CREDIT_WORDS = r"(?:additional\ )?(?:reporting|writing|editing|compiled|graphics)\ by\ "
_CREDIT = re.compile(_CREDIT_WORDS, re.IGNORECASE)  # the cue opening one credit
_CREDITS = re.compile(
    rf"""
    {_CREDIT_WORDS}[^;\n]{{1,150}}          # Reporting by Jane Doe in Moscow
    (?:;\ ?{_CREDIT_WORDS}[^;\n]{{1,150}}){{0,5}}  # ; Editing by John Roe
    """,
    re.VERBOSE | re.IGNORECASE,
)
_PRONOUNS = frozenset({"he", "she", "they", "it", "we", "i", "you", "this", "that", "who"})
_PLACE_TAIL = re.compile(r"\s+(?:in|from)\s+[^\n]*")  # "in Berlin"


def match_contributors(line: str) -> tuple[str, ...] | None:
    """The names of a contributor line, agencies included; None if it is not one.

    >>> match_contributors("Associated Press writer Geir Moulson in Berlin and Darlene "
    ...                    "Superville in Washington contributed reporting.")
    ('Geir Moulson', 'Darlene Superville')
    >>> match_contributors("CNN's Kevin Liptak, Jason Hoffman and Priscilla Alvarez "
    ...                    "contributed to this report.")
    ('Kevin Liptak', 'Jason Hoffman', 'Priscilla Alvarez')
    >>> match_contributors("AFP contributed to this report.")
    ('AFP',)
    >>> match_contributors("Reporting by Jane Doe in Moscow; Editing by John Roe and Ann Poe")
    ('Jane Doe', 'John Roe', 'Ann Poe')
    """
    line = line.strip()
    if len(line) > 400:
        return None
    if " by " in line and _CREDITS.fullmatch(line) is not None:
        names: list[str] = []
        for credit in line.rstrip(".").split(";"):
            found_names = _split_names(_CREDIT.sub("", credit.strip(), count=1))
            if found_names is None:
                return None
            names.extend(found_names)
        return tuple(names) or None
    if "ontribut" not in line:  # a cheap test before the regex
        return None
    found = _CONTRIBUTED.fullmatch(line)
    if found is None:
        return None
    who = found["who"].strip()
    prefix = _POSSESSIVE_OUTLET.match(who)
    if prefix is not None:
        who = who[prefix.end() :]
    role = _ROLE_PREFIX.match(who)
    if role is not None and role.end() < len(who):
        who = who[role.end() :]
    return _split_names(who)


def _split_names(who: str) -> tuple[str, ...] | None:
    """The names of "Jane Doe in Moscow, John Roe and Ann Poe"; None if one is no name."""
    names = []
    for part in _CONTRIBUTOR_SPLIT.split(who):
        name = _PLACE_TAIL.sub("", part).strip(" .")
        if not name[:1].isupper() or name.lower() in _PRONOUNS:
            return None  # "He contributed to the report." is a sentence, not a credit
        names.append(name)
    return tuple(names) or None


# --- headline suffixes: "... | Joe Biden News" ------------------------------------------------
def split_site_suffix(headline: str) -> tuple[int, str | None]:
    """Where a headline's own words end, and the site named by a suffix after them.

    A ``" | Site"`` suffix of up to six words is always a site name; a ``" - Site"`` suffix
    only when it is a known outlet (a lexicon's ``outlets`` add more), since dashes join clauses.

    >>> split_site_suffix("Biden speaks to Putin for the first time | Joe Biden News")
    (40, 'Joe Biden News')
    >>> split_site_suffix("Biden - Putin call ends - CNN")
    (23, 'CNN')
    >>> split_site_suffix("Biden - Putin call ends")
    (23, None)
    """
    head, bar, site = headline.rpartition(" | ")
    if bar and head.strip() and 1 <= len(site.split()) <= 6:
        return len(head.rstrip()), site.strip()
    head, dash, site = headline.rpartition(" - ")
    if dash and head.strip() and site.strip().lower() in active().outlets:
        return len(head.rstrip()), site.strip()
    return len(headline.rstrip()), None


_BULLET = re.compile(r"[-*\u2022\u00b7\u25aa\u25cf]\ +(?=\S)")  # "- ", "* ", "• "


def bullet_offset(line: str) -> int | None:
    """Where the text of a bulleted line starts, or None if it is not bulleted.

    >>> bullet_offset("- Called to discuss renewing New START")
    2
    >>> bullet_offset("-5 degrees") is None
    True
    """
    found = _BULLET.match(line)
    return found.end() if found else None

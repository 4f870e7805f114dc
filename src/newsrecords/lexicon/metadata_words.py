"""Word tables for article metadata: outlets, agencies and contributor-line wording.

Compiled by hand from the seed pages (AP, CNN, NBC News, AFP, The Hill, The National) and
general newswire style. Matching is case-insensitive on the folded text. A
:class:`~newsrecords.lexicon.Lexicon` may add outlets (``outlets=``).
"""

from __future__ import annotations

# Wire agencies: the "(AP)" of a dateline, the "AFP" of a contributor line.
AGENCIES: tuple[str, ...] = (
    "AP",
    "Associated Press",
    "The Associated Press",
    "Reuters",
    "AFP",
    "Agence France-Presse",
    "Bloomberg",
    "dpa",
    "EFE",
    "Xinhua",
    "TASS",
    "UPI",
    "PA",
    "ANI",
    "PTI",
)

# Outlets that close headlines ("... - CNN") and bylines ("By Kevin Liptak, CNN").
OUTLETS: tuple[str, ...] = (
    "CNN",
    "CNN Politics",
    "NBC News",
    "ABC News",
    "CBS News",
    "Fox News",
    "MSNBC",
    "NPR",
    "BBC",
    "BBC News",
    "The Hill",
    "Politico",
    "POLITICO",
    "Axios",
    "The New York Times",
    "The Washington Post",
    "The Guardian",
    "The National",
    "Al Jazeera",
    "Breitbart",
    "Daily Mail",
    "Daily Mail Online",
    "USA Today",
    "The Wall Street Journal",
    "Reuters",
    "AP News",
)

# Words that introduce the names of a contributor line: "Associated Press writers ...".
CONTRIBUTOR_ROLES: tuple[str, ...] = (
    "writer",
    "writers",
    "reporter",
    "reporters",
    "correspondent",
    "correspondents",
    "staff writer",
    "staff writers",
    "staff",
)

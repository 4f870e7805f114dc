"""Line-level metadata matchers: date lines, datelines, bylines, contributors, suffixes."""

from __future__ import annotations

import datetime as dt

import pytest

from newsrecords.page.metadata import (
    bullet_offset,
    match_byline,
    match_contributors,
    match_date_line,
    match_dateline,
    split_site_suffix,
)
from newsrecords.text.normalize import fold


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        ("Thursday, September 28, 2023", dt.datetime(2023, 9, 28)),
        ("September 28, 2023", dt.datetime(2023, 9, 28)),
        ("28 September 2023", dt.datetime(2023, 9, 28)),
        ("2023-09-28", dt.datetime(2023, 9, 28)),
        ("Sept. 28, 2023 12:30 pm", dt.datetime(2023, 9, 28, 12, 30)),
        ("Published: Jan 5, 2021", dt.datetime(2021, 1, 5)),
        ("February 30, 2023", None),  # shaped like a date, but no such day
        ("Thursday", None),
        ("On September 28, 2023 the talks began.", None),
        ("9" * 100, None),
    ],
)
def test_date_lines(line: str, expected: dt.datetime | None) -> None:
    assert match_date_line(line) == expected


@pytest.mark.parametrize(
    ("paragraph", "place", "agency", "text"),
    [
        (
            "WASHINGTON (AP) \u2014 In his first big appearance",
            "WASHINGTON",
            "AP",
            "WASHINGTON (AP) -",
        ),
        ("MOSCOW (Reuters) - Russia said", "MOSCOW", "Reuters", "MOSCOW (Reuters) -"),
        ("HEMPSTEAD, N.Y. \u2015 The debate", "HEMPSTEAD, N.Y.", None, "HEMPSTEAD, N.Y. -"),
        ("NEWPORT NEWS, Va. - Trump said", "NEWPORT NEWS, Va.", None, "NEWPORT NEWS, Va. -"),
    ],
)
def test_datelines(paragraph: str, place: str, agency: str | None, text: str) -> None:
    folded = fold(paragraph)
    found = match_dateline(folded)
    assert found is not None
    assert (found.place, found.agency, folded[: found.text_end]) == (place, agency, text)
    assert not folded[found.end :].startswith(" ")


@pytest.mark.parametrize(
    "paragraph",
    [
        "US-China talks resumed on Monday.",
        "The senator (R-Wyo.) - who spoke first - agreed.",
        "NATO - the alliance -",
        "WASHINGTON (AP) -",  # nothing after it: not a dateline of a paragraph
        "President Joe Biden on Friday took part in the summit.",
    ],
)
def test_not_datelines(paragraph: str) -> None:
    assert match_dateline(fold(paragraph)) is None


def test_bylines() -> None:
    found = match_byline("By Jane Doe and John Roe, CNN")
    assert found is not None
    assert (found.names, found.outlet) == (("Jane Doe", "John Roe"), "CNN")
    found = match_byline("By Jane Doe, Staff Writer")
    assert found is not None
    assert found.names == ("Jane Doe",)
    assert match_byline("By making his first Cabinet agency trip") is None
    assert match_byline("By " + "Name " * 100) is None


@pytest.mark.parametrize(
    ("line", "names"),
    [
        (
            "Associated Press writer Geir Moulson in Berlin and Darlene Superville in "
            "Washington contributed reporting.",
            ("Geir Moulson", "Darlene Superville"),
        ),
        (
            "CNN\u2019s Kevin Liptak, Jason Hoffman and Priscilla Alvarez contributed to this "
            "report.",
            ("Kevin Liptak", "Jason Hoffman", "Priscilla Alvarez"),
        ),
        ("AFP contributed to this report.", ("AFP",)),
        ("Reporting by Jane Doe; Editing by John Roe", ("Jane Doe", "John Roe")),
        (
            "Additional reporting by Ann Poe in Kyiv and Bo Li; Writing by Jane Doe.",
            ("Ann Poe", "Bo Li", "Jane Doe"),
        ),
        ("Reuters contributed to this report from London.", ("Reuters",)),
        (
            "Bryant Rousseau and Caryn Wilson contributed reporting.",
            ("Bryant Rousseau", "Caryn Wilson"),
        ),
    ],
)
def test_contributor_lines(line: str, names: tuple[str, ...]) -> None:
    assert match_contributors(fold(line)) == names


def test_not_contributor_lines() -> None:
    assert match_contributors("He contributed to the campaign.") is None
    assert match_contributors("He contributed to this report.") is None
    assert match_contributors("the staff contributed reporting.") is None
    assert match_contributors("Reporting by the book is hard; editing by ear is harder") is None
    assert match_contributors("x " * 300 + "contributed reporting.") is None


@pytest.mark.parametrize(
    ("headline", "head", "site"),
    [
        ("Biden speaks to Putin | Joe Biden News", "Biden speaks to Putin", "Joe Biden News"),
        ("A | B | The Site", "A | B", "The Site"),
        ("Biden visits troops - CNN Politics", "Biden visits troops", "CNN Politics"),
        ("Biden - Putin call", "Biden - Putin call", None),
        ("Facts | and then a very long tail of words that is no site", None, None),
    ],
)
def test_site_suffixes(headline: str, head: str | None, site: str | None) -> None:
    end, found = split_site_suffix(headline)
    assert found == site
    assert headline[:end] == (head if head is not None else headline)


def test_bullets() -> None:
    assert bullet_offset("- Called to discuss renewing New START nuclear treaty") == 2
    assert bullet_offset("\u2022 Point") == 2
    assert bullet_offset("-5 degrees") is None
    assert bullet_offset("Plain line") is None

"""Case tables for parse.dateline: datelines, wire sign-offs, agency names."""
from __future__ import annotations

import pytest

from pressroom.parse.dateline import agency_name, agency_of_credits, split_dateline, split_sign_off

CASES = [
    ("BEIJING, May 19 (Xinhua) -- The ministry said.", "BEIJING, May 19 (Xinhua)", "Xinhua", "The ministry said.", "Xinhua"),
    ("ATHENS, Dec. 18 (Xinhua) -- Text.", "ATHENS, Dec. 18 (Xinhua)", "Xinhua", "Text.", "abbreviated month"),
    ("BEIJING - Text here.", "BEIJING", None, "Text here.", "China Daily single dash"),
    ("GUANGZHOU -- Text here.", "GUANGZHOU", None, "Text here.", "double dash, no agency"),
    ("BEIJING (AP) \u2014 China has said.", "BEIJING (AP)", "AP", "China has said.", "AP em dash"),
    ("RENO, Nev. (AP) \u2014 A man said.", "RENO, Nev. (AP)", "AP", "A man said.", "US state abbreviation"),
    ("NEW YORK, Dec. 11 (UPI) \u2014 Text.", "NEW YORK, Dec. 11 (UPI)", "UPI", "Text.", "two-word city"),
    ("LONDON (Reuters) - Text.", "LONDON (Reuters)", "Reuters", "Text.", "Reuters"),
    ("WHO experts arrived on Monday.", None, None, "WHO experts arrived on Monday.", "acronym is not a city"),
    ("U.S. - China talks went on.", None, None, "U.S. - China talks went on.", "short caps with dash"),
    ("The talks in BEIJING - ended.", None, None, "The talks in BEIJING - ended.", "not at the start"),
    ("(ECNS) -- China opened a port.", "(ECNS)", None, "China opened a port.", "credit without a city"),
    ("Osaka (Jiji Press)\u2014The minister said.", "Osaka (Jiji Press)", "Jiji Press", "The minister said.",
     "title-case city with a wire, glued em dash"),
    ("Mexico City (AFP) \u2013 A vote was held.", "Mexico City (AFP)", "AFP", "A vote was held.", "title-case two-word city"),
    ("Obama (D) - said he would.", None, None, "Obama (D) - said he would.", "title-case name with no wire"),
    ("Senator Lee (Ohio) - spoke.", None, None, "Senator Lee (Ohio) - spoke.", "title case, brackets hold no wire"),
    ("(WXYZ) -- The council voted.", "(WXYZ)", None, "The council voted.", "an outlet's initials alone"),
    ("(Update) - The council voted.", None, None, "(Update) - The council voted.", "a bracketed word is no credit"),
    ("Mar. 3 (UPI) -- Port officials counted the ships on Friday.", "Mar. 3 (UPI)", "UPI",
     "Port officials counted the ships on Friday.", "a date and a wire, no city"),
    ("Mar. 3 -- Port officials counted.", None, None, "Mar. 3 -- Port officials counted.", "a date without a wire"),
    ("KARACHI: The port authority said on Monday that it had cleared the backlog of ships.", "KARACHI", None,
     "The port authority said on Monday that it had cleared the backlog of ships.", "a city and a colon"),
    ("UPDATE: The port authority said on Monday that it had cleared the backlog of ships.", None, None,
     "UPDATE: The port authority said on Monday that it had cleared the backlog of ships.", "a label and a colon"),
    ("FILE PHOTO: Ships wait outside the harbour at dawn on Monday, March 3, in the bay.", None, None,
     "FILE PHOTO: Ships wait outside the harbour at dawn on Monday, March 3, in the bay.", "a caption label"),
    ("KARACHI: Ships wait.", None, None, "KARACHI: Ships wait.", "a colon dateline opens a story's sentence"),
]


def test_dateline_cases_unique() -> None:
    assert len({c[0] for c in CASES}) == len(CASES)


@pytest.mark.parametrize(("para", "dateline", "agency", "rest", "why"), CASES, ids=[c[4] for c in CASES])
def test_dateline_split(para: str, dateline: str | None, agency: str | None, rest: str, why: str) -> None:
    assert split_dateline(para) == (dateline, agency, rest), why


@pytest.mark.parametrize(
    ("para", "expected"),
    [
        ("The curbs could be lifted. REUTERS", ("The curbs could be lifted.", "Reuters")),
        ("He said it was \u201cfine.\u201d AFP", ("He said it was \u201cfine.\u201d", "AFP")),
        ("A plain last paragraph.", ("A plain last paragraph.", None)),
        ("The ministry said. Enditem", ("The ministry said.", None)),
        ("Talks with REUTERS", ("Talks with REUTERS", None)),
    ],
)
def test_dateline_sign_off(para: str, expected: tuple[str, str | None]) -> None:
    assert split_sign_off(para) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [("Xinhua News Agency", "Xinhua"), ("The Associated Press", "AP"), ("(AFP)", "AFP"), ("CGTN", None), (None, None)],
)
def test_dateline_agency_name(text: str | None, expected: str | None) -> None:
    assert agency_name(text) == expected


@pytest.mark.parametrize(("line", "expected"), [
    ("Reporting by Ann Roe; Editing by Tom Berg", "Reuters"),
    ("Source: PTI\u00a9 Copyright 2024 PTI. All rights reserved.", "PTI"),
    ("Source: PTI", "PTI"),
    ("Source: the harbour board", None),
    ("Reporting from the pier", None),
])
def test_dateline_agency_of_credits(line: str, expected: str | None) -> None:
    assert agency_of_credits(line) == expected

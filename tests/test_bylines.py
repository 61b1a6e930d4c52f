"""Case tables for parse.bylines and the stamp/credit lines in parse.stamps."""
from __future__ import annotations

import pytest

from pressroom.parse.bylines import Byline, name_line, name_list, parse_byline
from pressroom.parse.stamps import read_stamp_line

BYLINES = [
    ("By HONG XIAO at the United Nations | chinadaily.com.cn | Updated: 2020-04-02 04:35", Byline(authors=("Hong Xiao",)), "capitals, location, pipe tail"),
    ("By ZHANG YUNBI (China Daily)", Byline(authors=("Zhang Yunbi",), outlet="China Daily"), "outlet in brackets"),
    ("by Maria Spiliopoulou, Yu Shuaishuai", Byline(authors=("Maria Spiliopoulou", "Yu Shuaishuai")), "two names, lower-case by"),
    ("By Li Wei and Wang Fang in Beijing", Byline(authors=("Li Wei", "Wang Fang")), "and, location"),
    ("By Xinhua Published: Oct 30, 2024 10:05 AM", Byline(agency="Xinhua"), "wire byline"),
    ("by Associated Press", Byline(agency="AP"), "AP byline"),
    ("By JOE SMITH Associated Press", Byline(authors=("Joe Smith",), agency="AP"), "wire after the name"),
    ("By Staff Reporter", None, "a role, not a name"),
    ("By CGTN\u2019s Gao Songya and Jin Yang", Byline(authors=("Gao Songya", "Jin Yang"), outlet="CGTN"), "outlet's reporters"),
    ("By the end of the year, prices rose.", None, "prose"),
    ("By Monday the river had fallen.", None, "prose with a capital"),
]


def test_bylines_cases_unique() -> None:
    assert len({c[0] for c in BYLINES}) == len(BYLINES)


@pytest.mark.parametrize(("line", "expected", "why"), BYLINES, ids=[c[2] for c in BYLINES])
def test_bylines_parse(line: str, expected: Byline | None, why: str) -> None:
    assert parse_byline(line) == expected, why


@pytest.mark.parametrize(
    ("line", "expected"),
    [("Chen Zhuo", "Chen Zhuo"), ("Xu Mengqi", "Xu Mengqi"), ("CGTN", None), ("Associated Press", None),
     ("Business", None), ("Search Trends", None), ("The ministry said so.", None)],
)
def test_bylines_name_line(line: str, expected: str | None) -> None:
    assert name_line(line) == expected


STAMPS = [
    ("Updated 16:26, 07-Jan-2023", (None, "16:26, 07-Jan-2023", None), "CGTN updated"),
    ("2020.05.20 18:33 GMT+8", ("2020.05.20 18:33 GMT+8", None, None), "CGTN AMP bare"),
    ("Source: Xinhua| 2018-12-19 17:07:03|Editor: Li Xia", ("2018-12-19 17:07:03", None, "Xinhua"), "Xinhua pipe"),
    ("2021-05-06 16:56:30CGTN Editor : Li Yan ECNS App Download", ("2021-05-06 16:56:30", None, "CGTN"), "ecns glued"),
    ("Xinhua | Updated: 2021-04-26 21:38", (None, "2021-04-26 21:38", "Xinhua"), "China Daily wire credit"),
    ("(Xinhua)    09:13, August 04, 2020", ("09:13, August 04, 2020", None, "Xinhua"), "People's Daily credit"),
    ("Xinhua) 09:15, November 26, 2021", ("09:15, November 26, 2021", None, "Xinhua"), "lost parenthesis"),
    ("Published: Jul 10, 2023 09:00 PM", ("Jul 10, 2023 09:00 PM", None, None), "Global Times"),
    ("Last Updated: Sunday, 6 March, 2005, 15:28 GMT", (None, "Sunday, 6 March, 2005, 15:28 GMT", None), "labelled update"),
    ("Published: Wed, May 1, 2019 4:56 AM Updated: Wed, May 1, 2019 4:57 AM",
     ("Wed, May 1, 2019 4:56 AM", "Wed, May 1, 2019 4:57 AM", None), "two labels on one line"),
]


@pytest.mark.parametrize(("line", "expected", "why"), STAMPS, ids=[c[2] for c in STAMPS])
def test_bylines_stamp_lines(line: str, expected: tuple, why: str) -> None:
    got = read_stamp_line(line)
    assert got is not None, why
    assert (got.published, got.updated, got.source) == expected, why


@pytest.mark.parametrize("line", ["The talks ended on May 5, 2020 without a deal.", "Business", "Controversial law"])
def test_bylines_prose_is_not_a_stamp(line: str) -> None:
    assert read_stamp_line(line) is None


@pytest.mark.parametrize(
    ("line", "expected"),
    [("Wang Yiming, Li Jing", ("Wang Yiming", "Li Jing")), ("Chen Zhuo", ("Chen Zhuo",)),
     ("Ana Lopez and Tom Berg", ("Ana Lopez", "Tom Berg")), ("Chen Zhuo, Business", ()), ("", ())],
)
def test_bylines_name_list(line: str, expected: tuple[str, ...]) -> None:
    assert name_list(line) == expected

"""Case tables for parse.bylines and the stamp/credit lines in parse.stamps."""
from __future__ import annotations

import pytest

from pressroom.parse.bylines import Byline, name_line, name_list, parse_byline
from pressroom.parse.stamps import read_stamp_line, split_glued_stamp

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
    ("Written by Ann Roe", Byline(authors=("Ann Roe",)), "written by"),
    ("By Harbour News with AP", Byline(agency="AP"), "an outlet with a wire"),
    ("By Ann Roe with Reuters", Byline(authors=("Ann Roe",), agency="Reuters"), "a name with a wire"),
    ("By Ann Roe with Tom Berg", None, "'with' a person is no wire credit"),
    ("Reported by Ann Roe and Tom Berg", Byline(authors=("Ann Roe", "Tom Berg")), "reported by"),
    ("By Xinhua writers Li Wei and Wang Fang", Byline(authors=("Li Wei", "Wang Fang"), agency="Xinhua"),
     "a wire's writers"),
    ("By CGTN reporters Gao Songya, Jin Yang", Byline(authors=("Gao Songya", "Jin Yang"), outlet="CGTN"),
     "an outlet's reporters"),
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
    ("Xinhua, February 19, 2014", ("February 19, 2014", None, "Xinhua"), "a wire and a date"),
    ("0 Comment(s)Print E-mail Xinhua, February 19, 2014", ("February 19, 2014", None, "Xinhua"),
     "page tools before a wire and a date"),
    ("Last Updated: Sunday, 6 March, 2005, 15:28 GMT", (None, "Sunday, 6 March, 2005, 15:28 GMT", None), "labelled update"),
    ("Published: Wed, May 1, 2019 4:56 AM Updated: Wed, May 1, 2019 4:57 AM",
     ("Wed, May 1, 2019 4:56 AM", "Wed, May 1, 2019 4:57 AM", None), "two labels on one line"),
]


# Credits printed before a stamp's first label: their names are the authors; a place after them is not.
CREDITED_STAMPS = [
    ("Ann Roe Published March 3, 2022 Updated March 3, 2022 09:30pm",
     ("March 3, 2022", "March 3, 2022 09:30pm", ("Ann Roe",)), "a name before the labels"),
    ("Written by Ann Roe | Harbortown | Updated: March 3, 2022 11:35 am",
     (None, "March 3, 2022 11:35 am", ("Ann Roe",)), "a byline, a place, a label"),
    ("By Ann Roe, Tom Berg | Published: March 3, 2022", ("March 3, 2022", None, ("Ann Roe", "Tom Berg")),
     "two names"),
]


@pytest.mark.parametrize(("line", "expected", "why"), CREDITED_STAMPS, ids=[c[2] for c in CREDITED_STAMPS])
def test_bylines_credits_before_a_stamp(line: str, expected: tuple, why: str) -> None:
    got = read_stamp_line(line)
    assert got is not None, why
    assert (got.published, got.updated, got.authors) == expected, why


@pytest.mark.parametrize("line", ["The ferry left Published March 3, 2022", "Harbour news | Updated: March 3, 2022"])
def test_bylines_prose_before_a_stamp_label_is_no_credit(line: str) -> None:
    assert read_stamp_line(line) is None


@pytest.mark.parametrize(("line", "expected"), [
    ("Port reopens after storm 2009-02-28 15:11:48   Print", ("Port reopens after storm", "2009-02-28 15:11:48")),
    ("Port reopens after storm March 3, 2022 10:05 Email", ("Port reopens after storm", "March 3, 2022 10:05")),
    ("Port reopens after storm Tuesday, Mar 3, 2022", None),         # a date bar: no time
    ("Port reopens after storm", None),
])
def test_bylines_a_headline_glued_to_its_stamp(line: str, expected: tuple[str, str] | None) -> None:
    assert split_glued_stamp(line) == expected


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

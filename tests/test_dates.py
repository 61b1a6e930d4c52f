"""Case tables for parse.dates: one row per printed format, plus bad and impossible stamps."""
from __future__ import annotations

from datetime import datetime, timezone

import pytest

from pressroom.parse import parse_article
from pressroom.parse.dates import HANDLERS, check_stamp, is_relative, parse_stamp, to_utc
from pressroom.records import ParsedArticle

BEIJING = "Asia/Shanghai"
CASES = [
    ("16:26, 07-Jan-2023", "2023-01-07T08:26:00+00:00", "CGTN index stamp, Beijing time"),
    ("2020.05.20 18:33 GMT+8", "2020-05-20T10:33:00+00:00", "CGTN AMP stamp with explicit zone"),
    ("2020-05-20 14:58:39", "2020-05-20T06:58:39+00:00", "Xinhua seconds stamp"),
    ("2016-06-26 23:19", "2016-06-26T15:19:00+00:00", "China Daily stamp"),
    ("Dec 22,2015 2:18 PM", "2015-12-22T06:18:00+00:00", "no space after the comma"),
    ("Thursday, December 27, 2001", "2001-12-26T16:00:00+00:00", "People's Daily date only: midnight Beijing"),
    ("09:13, August 04, 2020", "2020-08-04T01:13:00+00:00", "People's Daily time first"),
    ("Tuesday, August 28, 2001, updated at 08:27(GMT+8)", "2001-08-28T00:27:00+00:00", "old portal, zone printed"),
    ("2021-05-06 16:56:30CGTN", "2021-05-06T08:56:30+00:00", "ecns stamp glued to its source"),
    ("Jul 10, 2023 09:00 PM", "2023-07-10T13:00:00+00:00", "Global Times 12-hour clock"),
    ("Oct 30, 2024 12:05 AM", "2024-10-29T16:05:00+00:00", "12 AM is midnight"),
    ("Sunday, 6 March, 2005, 15:28 GMT", "2005-03-06T15:28:00+00:00", "day-first with GMT"),
    ("December 05, 2021 09:01 am IST", "2021-12-05T03:31:00+00:00", "Indian time"),
    ("2020-05-20T14:58:39Z", "2020-05-20T14:58:39+00:00", "ISO with Z"),
    ("20:49 UTC+8, 2021-01-22", "2021-01-22T12:49:00+00:00", "time and zone first, then an ISO date"),
    ("October 9, 2006 - 3:17PM", "2006-10-09T07:17:00+00:00", "month first, a dash before the time"),
    ("31-Feb-2023", None, "impossible day"),
    ("12:00, 31-Feb-2023", None, "impossible day with time"),
    ("1850-01-01 10:00", None, "year before 1900"),
    ("yesterday", None, "relative"),
    ("", None, "empty"),
    ("25:61, 07-Jan-2023", None, "impossible time"),
]


def test_dates_cases_unique() -> None:
    assert len({c[0] for c in CASES}) == len(CASES)


@pytest.mark.parametrize(("raw", "expected", "why"), CASES, ids=[c[2] for c in CASES])
def test_dates_parse_stamp(raw: str, expected: str | None, why: str) -> None:
    got = parse_stamp(raw, BEIJING)
    assert got == (datetime.fromisoformat(expected) if expected else None), why
    if got is not None:
        assert got.tzinfo is not None and got.utcoffset().total_seconds() == 0


def test_dates_naive_stamp_uses_default_tz() -> None:
    assert parse_stamp("2020-05-20 14:58:39", "UTC") == datetime(2020, 5, 20, 14, 58, 39, tzinfo=timezone.utc)
    assert parse_stamp("2020-05-20 14:58:39", "Not/AZone") == datetime(2020, 5, 20, 14, 58, 39, tzinfo=timezone.utc)


def test_dates_check_stamp_future() -> None:
    now = datetime(2023, 1, 1, tzinfo=timezone.utc)
    assert check_stamp(datetime(2023, 1, 1, 20, tzinfo=timezone.utc), now) is not None
    assert check_stamp(datetime(2023, 1, 3, tzinfo=timezone.utc), now) is None
    assert check_stamp(datetime(2099, 1, 3, tzinfo=timezone.utc), None) is not None


def test_dates_relative_and_to_utc() -> None:
    assert is_relative("1 hour ago") and not is_relative("2020-01-01")
    assert to_utc(datetime(2020, 1, 1, 8), BEIJING) == datetime(2020, 1, 1, tzinfo=timezone.utc)


@pytest.mark.parametrize("name", [name for name, _ in HANDLERS])
def test_dates_each_handler_returns_none_on_garbage(name: str) -> None:
    handle = dict(HANDLERS)[name]
    for junk in ("", "nothing here", "99-99-9999", "\x00\ufffd", "2020.13.45 99:99"):
        assert handle(junk) is None


ARTICLE = "Ferry line opens to island villages\n{stamp}\n\nThe new ferry line opened on Monday, port officials said in a statement.\n"
WARNING_CASES = [
    ("Updated 16:26, 31-Feb-2023", None, "date_unparseable:16:26, 31-Feb-2023", "impossible day"),
    ("Updated 16:26, 07-Jan-1850", None, "date_unparseable:16:26, 07-Jan-1850", "year before 1900"),
    ("Updated 16:26, 07-Jan-2031", datetime(2030, 1, 1, tzinfo=timezone.utc), "date_unparseable:16:26, 07-Jan-2031",
     "more than a day after now"),
]


@pytest.mark.parametrize(("stamp", "now", "warning", "why"), WARNING_CASES, ids=[c[3] for c in WARNING_CASES])
def test_dates_bad_stamp_becomes_warning(stamp: str, now: datetime | None, warning: str, why: str) -> None:
    art = parse_article(ARTICLE.format(stamp=stamp), "Asia/Shanghai", now=now)
    assert isinstance(art, ParsedArticle), why
    assert art.updated_at is None and art.published_at is None, why
    assert warning in art.warnings, why


def test_dates_good_stamp_passes_the_future_check() -> None:
    art = parse_article(ARTICLE.format(stamp="Updated 16:26, 07-Jan-2023"), now=datetime(2023, 1, 7, 9, tzinfo=timezone.utc))
    assert isinstance(art, ParsedArticle)
    assert art.updated_at == datetime(2023, 1, 7, 8, 26, tzinfo=timezone.utc)
    assert not art.warnings

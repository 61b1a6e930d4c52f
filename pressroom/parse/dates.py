"""Date stamps: one small handler per printed format, tried in order, plus time zones.

Each handler takes a raw stamp string and returns a datetime (naive when the
page shows no zone, aware otherwise) or None; none of them raises. `parse_stamp`
tries them in order and converts the result to UTC: a naive stamp is read in
`default_tz` (Beijing time on the Chinese outlets' pages). `check_stamp`
rejects impossible values (year < 1900, more than a day after `now`).
"""
from __future__ import annotations

import re
from collections.abc import Callable
from datetime import datetime, timedelta, timezone, tzinfo
from functools import lru_cache
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

MONTHS: dict[str, int] = {
    "jan": 1, "feb": 2, "mar": 3, "apr": 4, "may": 5, "jun": 6, "jul": 7, "aug": 8,
    "sep": 9, "sept": 9, "oct": 10, "nov": 11, "dec": 12,
}
# Zone abbreviations seen on English news pages, as fixed offsets in hours;
# ambiguous ones (CST) take the reading common on US pages.
ZONES: dict[str, float] = {
    "gmt": 0, "utc": 0, "z": 0, "bst": 1, "cet": 1, "cest": 2, "ist": 5.5, "pkt": 5,
    "ict": 7, "wib": 7, "sgt": 8, "hkt": 8, "awst": 8, "beijing time": 8, "bjt": 8,
    "jst": 9, "kst": 9, "aest": 10, "edt": -4, "est": -5, "cdt": -5, "cst": -6,
    "mdt": -6, "mst": -7, "pdt": -7, "pst": -8,
}

# --- named fragments -------------------------------------------------------
_MON = r"(?P<mon>jan|feb|mar|apr|may|jun|jul|aug|sept?|oct|nov|dec)[a-z]*\.?"
_DAY = r"(?P<day>\d{1,2})(?:st|nd|rd|th)?"
_YEAR = r"(?P<year>\d{4})"
_TIME = r"(?P<hour>\d{1,2})[:.](?P<minute>\d{2})(?::(?P<second>\d{2}))?"
_AMPM = r"(?:\s*(?P<ampm>[ap])\.?m\.?)?"
_WEEKDAY = r"(?:(?:mon|tue|wed|thu|fri|sat|sun)[a-z]*\.?,?\s+)?"
_ZONE_NAMES = "|".join(sorted((re.escape(z) for z in ZONES), key=len, reverse=True))
_ZONE = rf"(?:\s*\(?(?P<zone>{_ZONE_NAMES})?\b\s*(?P<offset>[+-]\d{{1,2}}(?::?\d{{2}})?)?\)?)?"

# 16:26, 07-Jan-2023 (CGTN index pages)
CGTN_INDEX = re.compile(rf"{_TIME},?\s+{_DAY}-{_MON}-{_YEAR}", re.I)
# 2020.05.20 18:33 GMT+8 (CGTN AMP pages)
DOTTED = re.compile(rf"{_YEAR}\.(?P<mnum>\d{{1,2}})\.{_DAY}\s+{_TIME}{_ZONE}", re.I)
# 2020-05-20 14:58:39, 2016-06-26 23:19, 2020-05-20T14:58:39Z
ISO = re.compile(rf"{_YEAR}-(?P<mnum>\d{{1,2}})-{_DAY}(?:[T\s]+{_TIME}{_ZONE})?", re.I)
# 09:13, August 04, 2020 (People's Daily: time first); 9:47 PM EST, Thu January 25, 2024
TIME_FIRST = re.compile(rf"{_TIME}{_AMPM}{_ZONE},?\s+{_WEEKDAY}{_MON}\s+{_DAY},?\s+{_YEAR}", re.I)
# 20:49 UTC+8, 2021-01-22 (time first, then an ISO date)
TIME_FIRST_ISO = re.compile(rf"{_TIME}{_AMPM}{_ZONE},?\s+{_YEAR}-(?P<mnum>\d{{1,2}})-{_DAY}", re.I)
# 2019/2/26 17:43:40 (older Global Times pages)
SLASHED_YMD = re.compile(rf"{_YEAR}/(?P<mnum>\d{{1,2}})/{_DAY}(?:\s+{_TIME}{_ZONE})?")
# Jul 10, 2023 09:00 PM; Thursday, December 27, 2001; August 28, 2001, updated at 08:27(GMT+8);
# October 9, 2006 - 3:17PM; Dec 22,2015 2:18 PM (no space after the comma)
MONTH_FIRST = re.compile(
    rf"{_WEEKDAY}{_MON}\s+{_DAY}(?:,\s*|\s+){_YEAR}(?:,?\s+(?:updated\s+at\s+|at\s+|-\s+)?{_TIME}{_AMPM}{_ZONE})?", re.I
)
# Sunday, 6 March, 2005, 15:28 GMT (BBC); 30 August 2012
DAY_FIRST = re.compile(rf"{_WEEKDAY}{_DAY}\s+{_MON},?\s+{_YEAR}(?:,?\s+{_TIME}{_AMPM}{_ZONE})?", re.I)
# 30.08.2012 or 30/08/2012 (day first, European pages)
NUMERIC_DMY = re.compile(rf"\b{_DAY}[./](?P<mnum>\d{{1,2}})[./]{_YEAR}\b")


def _int(m: re.Match[str], name: str, default: int = 0) -> int:
    value = m.groupdict().get(name)
    return int(value) if value else default


def _build(m: re.Match[str]) -> datetime | None:
    """Match of any handler regex -> datetime (aware when a zone was printed) or None."""
    try:
        groups = m.groupdict()
        month = MONTHS[groups["mon"].lower()[:3]] if groups.get("mon") else _int(m, "mnum")
        hour = _int(m, "hour")
        ampm = (groups.get("ampm") or "").lower()
        if ampm == "p" and hour < 12:
            hour += 12
        elif ampm == "a" and hour == 12:
            hour = 0
        value = datetime(_int(m, "year"), month, _int(m, "day"), hour, _int(m, "minute"), _int(m, "second"))
    except (KeyError, ValueError, OverflowError):
        return None
    zone = _zone(groups.get("zone"), groups.get("offset"))
    return value.replace(tzinfo=zone) if zone else value


def _zone(name: str | None, offset: str | None) -> tzinfo | None:
    """Printed zone name and/or offset ('GMT', '+8', '+05:30') -> fixed tzinfo or None."""
    hours: float | None = ZONES.get(name.lower()) if name else None
    if offset:
        sign = -1 if offset.startswith("-") else 1
        digits = offset[1:].replace(":", "")
        off = int(digits[:2]) if len(digits) > 2 else int(digits)
        minutes = int(digits[2:]) if len(digits) > 2 else 0
        hours = (hours or 0) + sign * (off + minutes / 60)
    if hours is None or abs(hours) > 14:
        return None
    return timezone(timedelta(hours=hours))


def _handler(pattern: re.Pattern[str]) -> Callable[[str], datetime | None]:
    def handle(raw: str) -> datetime | None:
        m = pattern.search(raw)
        return _build(m) if m else None
    handle.__doc__ = f"Raw stamp -> datetime or None, format {pattern.pattern[:40]}..."
    return handle


# Ordered: the most specific layouts first, so '2020.05.20' is never read as a
# day-first numeric date and '09:13, August 04' keeps its time.
HANDLERS: tuple[tuple[str, Callable[[str], datetime | None]], ...] = (
    ("cgtn_index", _handler(CGTN_INDEX)),
    ("dotted", _handler(DOTTED)),
    ("time_first_iso", _handler(TIME_FIRST_ISO)),
    ("iso", _handler(ISO)),
    ("slashed_ymd", _handler(SLASHED_YMD)),
    ("time_first", _handler(TIME_FIRST)),
    ("month_first", _handler(MONTH_FIRST)),
    ("day_first", _handler(DAY_FIRST)),
    ("numeric_dmy", _handler(NUMERIC_DMY)),
)
# Every handler reads a four-digit year: a raw stamp without one skips them all.
_YEAR_DIGITS = re.compile(r"\d{4}")
# "1 hour ago", "Yesterday": relative stamps cannot be pinned to a time.
RELATIVE = re.compile(r"\b(?:ago|yesterday|today|just now)\b", re.I)


@lru_cache(maxsize=64)
def _tz(name: str) -> tzinfo:
    try:
        return ZoneInfo(name)
    except (ZoneInfoNotFoundError, ValueError):
        return timezone.utc


def to_utc(value: datetime, default_tz: str) -> datetime:
    """Datetime -> aware UTC; a naive value is read in default_tz (an unknown name means UTC)."""
    if value.tzinfo is None:
        value = value.replace(tzinfo=_tz(default_tz))
    return value.astimezone(timezone.utc)


@lru_cache(maxsize=1024)    # a page's stamp is read when its line is recognised and again for the record
def parse_naive(raw: str) -> datetime | None:
    """Raw stamp -> datetime from the first handler that reads it, else None; never raises."""
    if not raw or len(raw) > 200 or not _YEAR_DIGITS.search(raw):
        return None
    for _name, handle in HANDLERS:
        value = handle(raw)
        if value is not None:
            return value
    return None


def parse_stamp(raw: str, default_tz: str) -> datetime | None:
    """Raw stamp -> aware UTC datetime, or None when no handler reads it or the year is < 1900."""
    value = parse_naive(raw)
    if value is None or value.year < 1900:
        return None
    try:
        return to_utc(value, default_tz)
    except (OverflowError, ValueError):
        return None


def check_stamp(value: datetime | None, now: datetime | None) -> datetime | None:
    """Value unless it is more than a day after `now` (None `now` skips the check)."""
    if value is None or now is None:
        return value
    ref = now if now.tzinfo else now.replace(tzinfo=timezone.utc)
    return None if value > ref + timedelta(days=1) else value


def is_relative(raw: str) -> bool:
    """True for stamps like '1 hour ago' that carry no absolute time."""
    return bool(RELATIVE.search(raw))

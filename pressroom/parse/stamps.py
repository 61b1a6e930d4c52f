"""Stamp and credit lines: recognise the header lines that carry dates and sources.

`read_stamp_line(line)` returns a StampLine (raw published/updated stamps,
the credited source, authors from a glued byline) or None when the line is
not a stamp line. The raw strings go to `parse.dates` later; this module only
decides which printed stamp is a publication time and which an update.
Layouts: CGTN `Updated 16:26, 07-Jan-2023` and `2020.05.20 18:33 GMT+8`;
Xinhua `Source: Xinhua| 2018-12-19 17:07:03|Editor: Li Xia`; China Daily
`By X | chinadaily.com.cn | Updated: 2021-07-26 09:57`; People's Daily
`(Xinhua)    09:13, August 04, 2020` and `Last updated at: (Beijing Time) ...`;
ecns `2021-05-06 16:56:30CGTN Editor : Li Yan`; Global Times `Published: Jul 10,
2023 09:00 PM`; and any `Published:`/`Updated:`/`Last Updated:` label.
"""
from __future__ import annotations

import re
from dataclasses import dataclass

from pressroom.parse.bylines import BYLINE_OPENERS, name_list, parse_byline
from pressroom.parse.dateline import agency_name
from pressroom.parse.dates import is_relative, parse_naive
from pressroom.text.furniture import collapse, collapses_longer_than

_ISO_STAMP = r"\d{4}-\d{1,2}-\d{1,2}(?:[ T]+\d{1,2}:\d{2}(?::\d{2})?)?"
_MONTH_DATE = r"(?:[A-Z][a-z]+day,?\s+)?[A-Z][a-z]{2,8}\.?\s+\d{1,2},?\s+\d{4}"

CGTN_STAMP = re.compile(r"^(?P<label>Updated\s+)?(?P<stamp>\d{1,2}:\d{2},\s*\d{1,2}-[A-Za-z]{3}-\d{4})$")
DOTTED_STAMP = re.compile(r"^(?P<label>Updated\s+)?(?P<stamp>\d{4}\.\d{1,2}\.\d{1,2}\s+\d{1,2}:\d{2}(?:\s*GMT\s*[+-]\s*\d{1,2})?)$")
XINHUA_PIPE = re.compile(rf"^Source:\s*(?P<source>[^|]*?)\s*\|\s*(?P<stamp>{_ISO_STAMP})\s*(?:\|\s*Editor:.*)?$", re.I)
SOURCE_LINE = re.compile(r"^Source\s*:\s*(?P<source>[A-Za-z][\w .'&-]{1,40})$", re.I)
EDITOR_LINE = re.compile(r"^[(\[]?\s*(?:web\s+)?editors?\s*:\s*\S.{0,60}$", re.I)  # "[ Editor: X ]" too
ECNS_GLUED = re.compile(
    rf"^(?P<stamp>{_ISO_STAMP})\s*(?P<source>[A-Za-z][\w .'&-]*?)?\s*Editor\s*:\s*(?P<editor>.*?)(?:\s*ECNS App Download)?$", re.I
)
BARE_ISO = re.compile(rf"^(?P<stamp>{_ISO_STAMP})$")
# "By X | chinadaily.com.cn | Updated: ...", "Xinhua | Updated: ...", "By X | China Daily | Updated: ..."
# and a wire in brackets before the label: "(Xinhua) Updated: 2014-09-26 10:38"
CHINADAILY = re.compile(rf"^(?P<pre>(?:[^|]+\|\s*){{0,3}}|\([A-Za-z][\w .&'-]{{1,30}}\)\s*)(?P<label>Updated|Published)\s*:\s*(?P<stamp>{_ISO_STAMP})$", re.I)
# "(Xinhua)  09:13, August 04, 2020", "By Li Qian (People's Daily)  08:45, June 10, 2021"
PEOPLE_CREDIT = re.compile(
    rf"^(?:By\s+(?P<who>[^()]+?)\s*)?\(?(?P<source>[A-Za-z][\w .'\u2019&-]{{1,30}})\)\s*(?P<stamp>\d{{1,2}}:\d{{2}},\s*{_MONTH_DATE})$"
)
TIME_FIRST_BARE = re.compile(rf"^(?P<stamp>\d{{1,2}}:\d{{2}},\s*{_MONTH_DATE})$")
PEOPLE_UPDATED_AT = re.compile(rf"^(?P<stamp>{_MONTH_DATE},?\s*updated at\s*\d{{1,2}}:\d{{2}}\s*(?:\(GMT[+-]\d{{1,2}}\))?)$", re.I)
LAST_UPDATED_AT = re.compile(r"^Last updated at\s*:\s*(?P<stamp>.+)$", re.I)
# "Published: Jul 10, 2023 09:00 PM", "By Xinhua Published: ...", "Source:Xinhua Published: 2019/2/26 17:43:40"
GT_PUBLISHED = re.compile(r"^(?:(?:By|Source\s*:)\s*(?P<who>.+?)\s+)?Published\s*:\s*(?P<stamp>\S.{6,40})$", re.I)
# Any "Label: stamp" segments on one line: "Published: ... Updated: ...".
LABEL = re.compile(r"(?P<label>Last Updated|First published|Updated|Published|Posted|Date)(?:\s+(?:on|at))?\s*:?\s*", re.I)
TRAILING_DATELINE = re.compile(r"\s+-\s+(?P<dateline>[A-Z][A-Z .'-]{2,30})$")
_ZONE_TAIL = re.compile(r"\b(?P<zone>GMT|UTC|IST|BST|EST|EDT|CST|CDT|PST|PDT|JST|KST|SGT|HKT|CET|CEST)\b\s*$")
# A headline with its timed stamp glued after it, page tools behind: "Premier Wen says ... 2009-02-28
# 15:11:48 Print". The time is required: a page's date bar ("... Instagram Tuesday, Aug 4, 2020") has none.
GLUED_TITLE_STAMP = re.compile(
    rf"^(?P<title>\S.{{10,}}?)\s+(?P<stamp>\d{{4}}-\d{{1,2}}-\d{{1,2}}[ T]+\d{{1,2}}:\d{{2}}(?::\d{{2}})?|{_MONTH_DATE}\s+\d{{1,2}}:\d{{2}})"
    r"(?:\s+(?:Print|E-?mail|Share|Comments?|Font size|Text size|A A A|Feedback))*\s*$")
# Page tools printed before a credit line: "0 Comment(s)Print E-mail Xinhua, February 19, 2014".
TOOLS_PREFIX = re.compile(r"^(?:\s*(?:\d+\s*comments?(?:\(s\))?|print|e-?mail|share|bookmark(?:\s+and\s+share)?)\b)+\s*", re.I)
# A wire and a date: "Xinhua, February 19, 2014".
WIRE_DATE = re.compile(rf"^(?P<source>[A-Z][\w .'&-]{{1,30}}?),\s*(?P<stamp>{_MONTH_DATE}(?:,?\s+\d{{1,2}}:\d{{2}})?)$")
GLUED_MAX = 250         # a headline with its stamp and tools is short; a longer line is prose
STAMP_MAX = 160         # whitespace-collapsed; a longer line is prose
LABELLED_MAX = 60
RELATIVE_MAX = 25       # "Updated", "1 hour ago", "Yesterday": relative stamps are short
RELATIVE_LABEL = frozenset({"updated", "published", "posted"})
_WORD = re.compile(r"[A-Za-z]{2,}")
# Every dated stamp has a year or a clock time: a cheap test before the layouts
# (written to open with a digit class, which `re` scans for fast).
_HAS_DIGITS = re.compile(r"\d(?:\d{3}|:\d)")
_YEAR_DIGITS = re.compile(r"\d{4}")
# Words one of which every LABEL match contains (lower-case): a cheap test on ASCII lines.
_LABEL_WORDS = ("updated", "published", "posted", "date")


@dataclass(frozen=True, slots=True)
class StampLine:
    """What one stamp or credit line says; fields absent from the line are None/()."""

    published: str | None = None
    updated: str | None = None
    source: str | None = None
    authors: tuple[str, ...] = ()
    dateline: str | None = None
    relative: bool = False          # "Updated" / "1 hour ago": a stamp without a time


def _labelled(line: str) -> StampLine | None:
    """'Published: X Updated: Y', 'X | Updated Y IST - CITY' -> StampLine; None if not all stamps."""
    dateline = None
    m = TRAILING_DATELINE.search(line)
    if m:
        dateline, line = m.group("dateline").strip(), line[: m.start()]
    zone = _ZONE_TAIL.search(line)
    parts = [p for p in LABEL.split(line) if p is not None]
    # parts: [before, label1, text1, label2, text2, ...]
    found: dict[str, str] = {}
    authors: tuple[str, ...] = ()
    if len(parts) > 1 and parts[0].strip(" |,;") and (names := _credit_prefix(parts[0])) is not None:
        authors, parts[0] = names, ""   # "Jane Roe Published ...", "Written by X | City | Updated: ..."
    pieces = [("published", parts[0])] + [
        ("updated" if parts[i].lower() in ("updated", "last updated") else "published", parts[i + 1])
        for i in range(1, len(parts) - 1, 2)
    ]
    for kind, text in pieces:
        text = text.strip(" |,;")
        if not text:
            continue
        if len(_WORD.findall(text)) > 4 or parse_naive(text) is None:     # word count first: cheaper
            return None
        if zone and not _ZONE_TAIL.search(text):
            text = f"{text} {zone.group('zone')}"   # The Hindu prints the zone once, after the last stamp
        found.setdefault(kind, text)
    if not found or (len(parts) == 1 and not dateline and not _looks_dated(parts[0])):
        return None
    return StampLine(published=found.get("published"), updated=found.get("updated"), dateline=dateline,
                     authors=authors)


PLACE_MAX_WORDS = 3     # "New Delhi", "Rio de Janeiro": a place beside a byline is a few words


def _credit_prefix(text: str) -> tuple[str, ...] | None:
    """The credits printed before a stamp's first label -> their authors; None unless every
    '|'-separated segment is a byline, a list of names, or (after those) a short place: a
    place and a name look alike, so only the first segment may be bare names."""
    authors: list[str] = []
    for segment in (x.strip() for x in text.strip(" |,;").split("|")):
        if not segment:
            continue
        byline = parse_byline(segment) if segment.lower().startswith(BYLINE_OPENERS) else None
        names = () if byline or authors else name_list(segment)   # after the names: a place ("New Delhi")
        if byline or names:
            authors.extend(byline.authors if byline else names)
        elif not (authors and len(segment.split()) <= PLACE_MAX_WORDS and segment[:1].isupper()):
            return None
    return tuple(authors) if authors else None


def _looks_dated(text: str) -> bool:
    """A bare line that is only a date/time (at most a weekday and month name as words)."""
    return bool(_YEAR_DIGITS.search(text)) and len(_WORD.findall(text)) <= 4 and parse_naive(text) is not None


def read_stamp_line(line: str) -> StampLine | None:
    """Header line -> StampLine when it is a stamp/credit line, else None; never raises."""
    if collapses_longer_than(line, STAMP_MAX):     # prose: not split just to measure it
        return None
    s = collapse(line)
    if not s or len(s) > STAMP_MAX:
        return None
    if len(s) <= RELATIVE_MAX and (s.lower() in RELATIVE_LABEL or is_relative(s)):
        return StampLine(relative=True)
    if not _HAS_DIGITS.search(s):
        return source_only(s)
    if (tools := TOOLS_PREFIX.match(s)) and tools.end() < len(s):
        s = s[tools.end():]     # the tools say nothing; the credit after them does
    if (m := WIRE_DATE.match(s)) and agency_name(m.group("source")):
        return StampLine(published=m.group("stamp"), source=m.group("source"))
    # Layouts that open with a digit (\d: a decimal character) never match a line opening
    # with anything else, and the label/credit layouts never match one opening with a digit.
    digit_led = s[0].isdecimal()
    if (digit_led or s[0] == "U") and (m := CGTN_STAMP.match(s) or DOTTED_STAMP.match(s)):
        if m.group("label"):
            return StampLine(updated=m.group("stamp"))
        return StampLine(published=m.group("stamp"))
    if not digit_led and (m := XINHUA_PIPE.match(s)):
        return StampLine(published=m.group("stamp"), source=m.group("source") or None)
    if digit_led and (m := ECNS_GLUED.match(s)):
        return StampLine(published=m.group("stamp"), source=(m.group("source") or "").strip() or None)
    if digit_led and (m := BARE_ISO.match(s)):
        return StampLine(published=m.group("stamp"))
    if m := CHINADAILY.match(s):
        updated = m.group("label").lower() == "updated"
        authors: tuple[str, ...] = ()
        source = None
        for segment in (x.strip() for x in m.group("pre").split("|")):
            byline = parse_byline(segment) if segment.lower().startswith(BYLINE_OPENERS) else None
            if byline:
                authors, source = byline.authors, source or byline.agency
            elif segment and agency_name(segment):
                source = source or segment.strip("() ")     # a wire credited in place of a byline
        stamp = m.group("stamp")
        return StampLine(published=None if updated else stamp, updated=stamp if updated else None,
                         source=source, authors=authors)
    if not digit_led and (m := PEOPLE_CREDIT.match(s)):
        byline = parse_byline("By " + m.group("who")) if m.group("who") else None
        return StampLine(published=m.group("stamp"), source=m.group("source"),
                         authors=byline.authors if byline else ())
    if digit_led and (m := TIME_FIRST_BARE.match(s)):
        return StampLine(published=m.group("stamp"))
    if not digit_led and (m := PEOPLE_UPDATED_AT.match(s)):
        return StampLine(updated=m.group("stamp"))
    if not digit_led and (m := LAST_UPDATED_AT.match(s)):
        return StampLine(updated=m.group("stamp")) if parse_naive(m.group("stamp")) else None
    if not digit_led and (m := GT_PUBLISHED.match(s)) and parse_naive(m.group("stamp")):
        byline = parse_byline("By " + m.group("who")) if m.group("who") else None
        source = byline.agency if byline else (m.group("who") if agency_name(m.group("who")) else None)
        return StampLine(published=m.group("stamp"), source=source, authors=byline.authors if byline else ())
    # The label reader is the costly one: only short lines or lines with a label word.
    return source_only(s) or (_labelled(s) if len(s) <= LABELLED_MAX or _has_label(s) else None)


def split_glued_stamp(line: str) -> tuple[str, str] | None:
    """'Headline 2009-02-28 15:11:48   Print' -> ('Headline', '2009-02-28 15:11:48'); None for any other line."""
    if len(line) > GLUED_MAX or not _HAS_DIGITS.search(line):
        return None
    m = GLUED_TITLE_STAMP.match(collapse(line))
    return (m.group("title"), m.group("stamp")) if m else None


def _has_label(s: str) -> bool:
    """LABEL.search(s), skipped on ASCII lines without a label word (case-insensitive matching
    only folds other characters into these words outside ASCII)."""
    if s.isascii():
        low = s.lower()
        if not any(w in low for w in _LABEL_WORDS):
            return False
    return bool(LABEL.search(s))


def source_only(s: str) -> StampLine | None:
    """'Source: Xinhua' alone on a line -> StampLine(source=...), else None."""
    m = SOURCE_LINE.match(s)
    return StampLine(source=m.group("source")) if m else None


def is_editor_line(line: str) -> bool:
    """True for 'Editor: huaxia' / '(Web editor: ...)' / '[ Editor: X ]' lines (never authors)."""
    return bool(EDITOR_LINE.match(line.strip()))

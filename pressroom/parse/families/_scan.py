"""The header scan every news family shares: find the headline, the header facts, the body start.

The scan works on stripped lines. It finds stamp, byline and credit lines in
the page head, takes the headline next to them (or the page's browser title
repeated below it, or the first lone headline-like line), then walks past the
header zone - stamps, bylines, captions printed twice, widgets, section labels,
short unpunctuated lines - to the first line of prose, where the body starts.
Families call `scan` and adjust what is specific to them (outlet, agency).
"""
from __future__ import annotations

from dataclasses import replace

from pressroom.parse.bylines import OUTLETS, Byline, name_line, parse_byline
from pressroom.parse.dateline import agency_name
from pressroom.parse.header import Header, is_paragraph_like, is_title_like, words
from pressroom.parse.stamps import StampLine, is_editor_line, read_stamp_line
from pressroom.text.furniture import fold, is_end_marker, is_furniture

HEAD_LIMIT = 60     # stamps and bylines sit in the first screenful of lines
NEAR = 8            # the headline sits within a few lines of its stamp
HEADER_SPAN = 30    # the header zone ends within this many lines of the headline
TAIL_LIMIT = 60     # footers and trailing widgets sit in the last lines
SIGNATURE_MAX = 200 # stamp, credit and footer lines are short; longer lines are prose
_BROWSER_SEPARATORS = ("|", "-", "\u2013", "\u2014", ":")


class Marks:
    """Header lines found in the page head, by line index."""

    def __init__(self, s: list[str]) -> None:
        self.stamps: dict[int, StampLine] = {}
        self.bylines: dict[int, Byline] = {}
        self.editors: set[int] = set()
        for i in range(min(len(s), HEAD_LIMIT)):
            line = s[i]
            if not line:
                continue
            stamp = read_stamp_line(line)
            if stamp:
                self.stamps[i] = stamp
            elif len(line) < 150 and (byline := parse_byline(line)):
                self.bylines[i] = byline
            elif is_editor_line(line):
                self.editors.add(i)

    def any(self, i: int) -> bool:
        return i in self.stamps or i in self.bylines or i in self.editors

    def first(self) -> int | None:
        found = [i for i in (*self.stamps, *self.bylines) if not self.stamps.get(i, StampLine()).relative]
        return min(found) if found else None


def _is_noise(line: str) -> bool:
    """Header noise between a headline and its stamp: furniture, outlet or wire names, labels."""
    return (not line or is_furniture(line) or line.casefold() in OUTLETS or bool(agency_name(line))
            or (words(line) <= 2 and not is_paragraph_like(line)))


def browser_title(s: list[str]) -> int | None:
    """Index of a headline whose line also opens the page's browser title ('H | News | DW')."""
    heads = [i for i in range(min(len(s), 4)) if s[i]][:2]
    for h in heads:
        for j in range(h + 1, min(len(s), h + 16)):
            cand = s[j]
            if len(cand) >= 15 and s[h] != cand and s[h].startswith(cand):
                if s[h][len(cand):].lstrip()[:1] in _BROWSER_SEPARATORS:
                    return j
    return None


def title_near(s: list[str], marks: Marks, mark: int) -> int | None:
    """Headline next to the first stamp/byline: the nearest line above, else the first below."""
    for i in range(mark - 1, max(-1, mark - NEAR), -1):
        if _is_noise(s[i]) or marks.any(i) or name_line(s[i]):
            continue
        if is_title_like(s[i]):
            return i
        break
    for i in range(mark + 1, min(len(s), mark + NEAR)):
        if _is_noise(s[i]) or marks.any(i):
            continue
        return i if is_title_like(s[i]) else None
    return None


def lone_title(s: list[str], limit: int = 40) -> int | None:
    """First headline-like line standing alone and followed by prose, a stamp or a byline."""
    first_lone = fallback = None
    for i in range(min(len(s), limit)):
        if not is_title_like(s[i]):
            continue
        nxt = next((s[k] for k in range(i + 1, len(s)) if s[k] and not is_furniture(s[k])), "")
        above_blank = i == 0 or not s[i - 1] or is_furniture(s[i - 1])
        below_blank = i + 1 >= len(s) or not s[i + 1] or is_furniture(s[i + 1])
        leads_in = not nxt or is_paragraph_like(nxt) or bool(read_stamp_line(nxt) or parse_byline(nxt))
        if above_blank and below_blank:
            if leads_in:
                return i
            first_lone = i if first_lone is None else first_lone
        elif fallback is None and is_paragraph_like(nxt):
            fallback = i
    return first_lone if first_lone is not None else fallback


def _next_nonblank(s: list[str], i: int, step: int) -> int | None:
    i += step
    while 0 <= i < len(s):
        if s[i]:
            return i
        i += step
    return None


def _duplicated(s: list[str], i: int) -> bool:
    """True when the line is printed again within the next few lines (captions)."""
    key, seen, j = fold(s[i]), 0, i
    while seen < 4 and (j := _next_nonblank(s, j, 1)) is not None:
        if fold(s[j]) == key:
            return True
        seen += 1
    return False


def body_start(s: list[str], marks: Marks, title: int, authors: list[str]) -> int:
    """First prose line after the headline; collects reporter names printed beside a stamp."""
    dupes: set[str] = set()
    title_key = fold(s[title]) if title >= 0 else ""
    stop = min(len(s), max(title, 0) + HEADER_SPAN)
    for i in range(title + 1, stop):
        line = s[i]
        if not line or marks.any(i) or is_furniture(line) or is_end_marker(line) or fold(line) == title_key:
            continue
        name = name_line(line)
        if name and any(k in marks.stamps for k in (_next_nonblank(s, i, -1), _next_nonblank(s, i, 1))):
            authors.append(name)
            continue
        if fold(line) in dupes or _duplicated(s, i):
            dupes.add(fold(line))
            continue
        if not is_paragraph_like(line) and words(line) <= 12:
            continue
        return i
    return next((i for i in range(title + 1, len(s)) if s[i] and not is_furniture(s[i])), len(s))


def scan(lines: list[str], family: str, outlet: str | None = None) -> Header:
    """Page lines -> Header: headline, body start and the header facts, for any news layout."""
    s = [line.strip() for line in lines]
    marks = Marks(s)
    first = marks.first()
    title = browser_title(s)
    if title is None and first is not None:
        title = title_near(s, marks, first)
    if title is None:
        title = lone_title(s)
    authors: list[str] = []
    start = body_start(s, marks, title if title is not None else -1, authors)
    published = updated = agency = dateline = None
    hint: str | None = None
    for i in sorted(k for k in (*marks.stamps, *marks.bylines) if k < start):
        if i in marks.stamps:
            st = marks.stamps[i]
            published = published or st.published
            updated = updated or st.updated
            dateline = dateline or st.dateline
            authors.extend(st.authors)
            if st.source:
                agency = agency or agency_name(st.source)
                hint = hint or OUTLETS.get(st.source.casefold())
        else:
            by = marks.bylines[i]
            authors.extend(by.authors)
            agency = agency or by.agency
            hint = hint or by.outlet
    for i in range(0, start):
        if s[i].casefold() in OUTLETS:
            hint = hint or OUTLETS[s[i].casefold()]
    header = Header(
        title=s[title] if title is not None else None,
        body_start=start,
        authors=tuple(dict.fromkeys(a for a in authors if a)),
        outlet=outlet or hint,
        agency=agency,
        published=published,
        updated=updated,
        dateline=dateline,
    )
    return replace(header, warnings=() if title is not None else ("no_headline",))


def head_has(lines: list[str], predicate, limit: int = HEAD_LIMIT) -> bool:
    """True when a short stripped line of the page head satisfies predicate (prose is skipped)."""
    return any(predicate(line.strip()) for line in lines[:limit] if line.strip() and len(line) <= SIGNATURE_MAX)


def tail_has(lines: list[str], predicate, limit: int = TAIL_LIMIT) -> bool:
    """True when a short stripped line of the page tail (footer) satisfies predicate."""
    return any(predicate(line.strip()) for line in lines[-limit:] if line.strip() and len(line) <= SIGNATURE_MAX)


def page_has(lines: list[str], keys: frozenset[str]) -> bool:
    """True when a line of the page tail, folded, is one of keys (footer and widget signatures)."""
    return tail_has(lines, lambda s: fold(s) in keys)

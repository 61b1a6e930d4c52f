"""The header scan every news family shares: find the headline, the header facts, the body start.

The scan works on stripped lines. It finds stamp, byline and credit lines in
the page head, takes the headline next to them (or the page's browser title
repeated below it, or the first lone headline-like line), then walks past the
header zone - stamps, bylines, captions printed twice, widgets, section labels,
short unpunctuated lines - to the first line of prose, where the body starts.
Families call `scan` and adjust what is specific to them (outlet, agency).
"""
from __future__ import annotations

import re

from pressroom.parse.bylines import BYLINE_OPENERS, OUTLETS, Byline, name_list, parse_byline
from pressroom.parse.dateline import agency_from_key, agency_name, split_dateline
from pressroom.parse.header import Header, has_title_shape, is_paragraph_like, repeats_with_credit, words
from pressroom.parse.lead import content_words, lead
from pressroom.parse.stamps import StampLine, is_editor_line, read_stamp_line, split_glued_stamp
from pressroom.text.furniture import END_MAX, fold, is_end_key, is_stripped_furniture

HEAD_LIMIT = 60     # stamps and bylines sit in the first screenful of lines
NEAR = 8            # the headline sits within a few lines of its stamp
HEADER_SPAN = 30    # the header zone ends within this many lines of the headline
TAIL_LIMIT = 60     # footers and trailing widgets sit in the last lines
SIGNATURE_MAX = 200  # stamp, credit and footer lines are short; longer lines are prose
BYLINE_MAX = 150
TOP_MIN_WORDS = 4   # a headline above a standfirst is longer than a section label
STORY_WORDS = 25     # a line this long is a story's paragraph, not a teaser or a caption
STORY_CHECK_WORDS = 5   # a rules' headline this short is checked against the story's lead
_BROWSER_SEPARATORS = ("|", "-", "\u2013", "\u2014", ":")
# A site's masthead printed above its stamp ("Daily Planet News", "example.com"): not a headline.
MASTHEAD = re.compile(
    r"^(?:\S+\s+){0,3}(?:News|Online|Times|Daily|Post|Herald|Tribune|Journal|Gazette|Telegraph|Network|"
    r"Weekly|Magazine|TV|Radio|Today|Express|Standard|Mail|Observer|Chronicle|Courier|"
    # a newsroom's desk under a byline: "Washington Post Foreign Service", "Reuters Staff"
    r"Service|Staff|Bureau|Desk)$|\.(?:com|net|org|cn)\b"
)


class Page:
    """Stripped lines of one page, with its header lines (stamps, bylines, editor credits) and per-line memos.

    Header lines are read lazily, line by line, when the scan first asks about
    one: the scan stops at the body start, so most body lines are never read.
    The memos live and die with one scan: the predicates are pure, and the
    scan asks about the same neighbouring lines many times.
    """

    def __init__(self, s: list[str]) -> None:
        self.s = s
        self._marks: dict[int, StampLine | Byline | bool | None] = {}
        self._furniture: dict[int, bool] = {}
        self._title: dict[int, bool] = {}
        self._key: dict[int, str] = {}
        self._lead: set[str] | None = None

    def _mark(self, i: int) -> StampLine | Byline | bool | None:
        """Line i as a header line: its StampLine or Byline, True for an editor line, None otherwise.
        Only short lines of the page head count."""
        if i not in self._marks:
            self._marks[i] = self._read_mark(i) if 0 <= i < HEAD_LIMIT else None
        return self._marks[i]

    def _read_mark(self, i: int) -> StampLine | Byline | bool | None:
        line = self.s[i] if i < len(self.s) else ""
        if not line or len(line) > SIGNATURE_MAX:
            return None
        stamp = read_stamp_line(line)
        if stamp:
            return stamp
        if len(line) < BYLINE_MAX and line[:12].lower().startswith(BYLINE_OPENERS) and (byline := parse_byline(line)):
            return byline
        return True if is_editor_line(line) else None

    def stamp(self, i: int | None) -> StampLine | None:
        """The stamp line at index i (None for any other line, or no index)."""
        mark = self._mark(i) if i is not None else None
        return mark if isinstance(mark, StampLine) else None

    def byline(self, i: int) -> Byline | None:
        mark = self._mark(i)
        return mark if isinstance(mark, Byline) else None

    def marked(self, i: int) -> bool:
        """True for a stamp, byline or editor line."""
        return self._mark(i) is not None

    def first_mark(self) -> int | None:
        """Index of the first stamp or byline that carries a time or a name."""
        for i in range(min(len(self.s), HEAD_LIMIT)):
            mark = self._mark(i)
            if isinstance(mark, Byline) or (isinstance(mark, StampLine) and not mark.relative):
                return i
        return None

    def key(self, i: int) -> str:
        """fold() of line i, memoised: captions and the headline are compared by it."""
        if i not in self._key:
            self._key[i] = fold(self.s[i])
        return self._key[i]

    def end_marker(self, i: int) -> bool:
        """is_end_marker(line i), reusing the line's folded key."""
        return len(self.s[i]) <= END_MAX and is_end_key(self.key(i))

    def names_story(self, i: int) -> bool:
        """True when line i shares a content word with the story's lead (parse.lead), or the page
        has no lead to compare with: a headline names its story, a page tool or a prompt does not."""
        if self._lead is None:
            self._lead = lead(self)[1]
        return not self._lead or not content_words(self.s[i]).isdisjoint(self._lead)

    def furniture(self, i: int) -> bool:
        if i not in self._furniture:
            self._furniture[i] = bool(self.s[i]) and is_stripped_furniture(self.s[i])
        return self._furniture[i]

    def title_like(self, i: int) -> bool:
        if i not in self._title:
            # is_title_like on a stripped line, with this page's memoised furniture and end-marker answers
            self._title[i] = not self.furniture(i) and has_title_shape(self.s[i]) and not self.end_marker(i)
        return self._title[i]

    def noise(self, i: int) -> bool:
        """Header noise between a headline and its stamp: furniture, outlet or wire names, labels."""
        line = self.s[i]
        return (not line or self.furniture(i) or line.casefold() in OUTLETS or bool(agency_from_key(self.key(i)))
                or (words(line) <= 2 and not is_paragraph_like(line)) or bool(MASTHEAD.search(line)))

    def next_text(self, i: int, step: int = 1, skip_furniture: bool = False) -> int | None:
        """Index of the next non-blank line after (step=1) or before (step=-1) i."""
        i += step
        while 0 <= i < len(self.s):
            if self.s[i] and not (skip_furniture and self.furniture(i)):
                return i
            i += step
        return None


def browser_title(page: Page) -> int | None:
    """Index of a headline whose line also opens the page's browser title ('H | News | DW')."""
    s = page.s
    heads = [i for i in range(min(len(s), 4)) if s[i]][:2]
    for h in heads:
        for j in range(h + 1, min(len(s), h + 16)):
            cand = s[j]
            if len(cand) >= 15 and s[h] != cand and s[h].startswith(cand):
                if s[h][len(cand):].lstrip()[:1] in _BROWSER_SEPARATORS:
                    return j
    return None


def _alone_in_block(page: Page, i: int) -> bool:
    """True when every other line of line i's block (between blank lines) is noise."""
    s = page.s
    k = i - 1
    while k >= 0 and s[k]:
        if not page.noise(k):
            return False
        k -= 1
    k = i + 1
    while k < len(s) and s[k]:
        if not page.noise(k):
            return False
        k += 1
    return True


def _top_of_run(page: Page, i: int) -> int:
    """The headline heading a run of unbroken lines ('H / standfirst / byline / stamp'): the topmost
    headline-like line of 4+ words above i with no blank line between (section labels are shorter),
    but not a line that shares no word with the story's lead above one that does (a sign-up prompt)."""
    best, k = i, i - 1
    while k >= 0 and page.s[k] and i - k <= NEAR:
        if page.title_like(k) and words(page.s[k]) >= TOP_MIN_WORDS:
            if page.names_story(k) or not page.names_story(best):
                best = k
        elif not page.noise(k):
            break
        k -= 1
    return best


STANDFIRST_WORDS = 16   # a headline-like line this long under a shorter one is its standfirst


def _over_standfirst(page: Page, i: int) -> int:
    """The shorter headline-like line standing right above line i and naming the same things when
    line i is long enough to be a standfirst ('Headline' / blank / 'Standfirst of thirty words' /
    byline), else i."""
    if words(page.s[i]) <= STANDFIRST_WORDS:
        return i
    up = page.next_text(i, -1, skip_furniture=True)
    if (up is not None and i - up <= 2 and page.title_like(up)
            and TOP_MIN_WORDS <= words(page.s[up]) < words(page.s[i])
            and not content_words(page.s[up]).isdisjoint(content_words(page.s[i]))):   # the same story
        return up
    return i


def title_near(page: Page, mark: int) -> int | None:
    """Headline next to the first stamp/byline: the nearest line above, else the first below."""
    s = page.s
    for i in range(mark - 1, max(-1, mark - NEAR), -1):
        if page.noise(i) or page.marked(i) or name_list(s[i]) or _credited_repeat(page, i) or _printed_twice(page, i):
            continue        # header noise, or a photo caption printed twice (the second time with its credit)
        # Right above the stamp, or alone between blank lines: not one item of a menu column.
        if page.title_like(i) and (all(s[k] for k in range(i, mark)) or _alone_in_block(page, i)):
            return _over_standfirst(page, _top_of_run(page, i))
        break
    for i in range(mark + 1, min(len(s), mark + NEAR)):
        if page.noise(i) or page.marked(i):
            continue
        return i if page.title_like(i) else None
    return None


def lone_title(page: Page, limit: int = 40) -> int | None:
    """First headline-like line standing alone and followed by prose, a stamp or a byline."""
    s = page.s
    first_lone = fallback = None
    for i in range(min(len(s), limit)):
        if not s[i] or not page.title_like(i):
            continue
        k = page.next_text(i, 1, skip_furniture=True)
        nxt = s[k] if k is not None else ""
        above_blank = i == 0 or not s[i - 1] or page.furniture(i - 1)
        below_blank = i + 1 >= len(s) or not s[i + 1] or page.furniture(i + 1)
        # a lead photo's caption, printed twice, may stand between a headline and its story
        leads_in = (not nxt or is_paragraph_like(nxt) or bool(read_stamp_line(nxt) or parse_byline(nxt))
                    or (k is not None and _duplicated(page, k)))
        if above_blank and below_blank:
            if leads_in or (k is not None and page.key(k) == page.key(i)):
                # ... or printed again right below: the page repeats its headline. A label of a
                # few words right under a lone headline ('House of Reps') is the headline's tag.
                if (first_lone is not None and words(s[i]) < TOP_MIN_WORDS <= words(s[first_lone])
                        and page.next_text(first_lone, 1, skip_furniture=True) == i):
                    return first_lone
                return i
            first_lone = i if first_lone is None else first_lone
        elif fallback is None and is_paragraph_like(nxt):
            fallback = i
    if first_lone is not None:
        return first_lone
    # a headline over its standfirst, with no blank line between: the top of the run
    return _top_of_run(page, fallback) if fallback is not None else None


def story_title(page: Page, title: int | None) -> int | None:
    """The rules' headline, unless it is short, shares no word with the story's lead, and the
    headline-like line standing right above the lead does ('The story appears on' over a
    print-edition page stamp, '1 Min Read' under a byline), or a longer headline-like line a
    few short lines above the pick does ('Headline' / 'Reuters Staff' / '1 Min Read'): then
    that line. A headline that
    names nothing of its lead (a pun, a teaser) stays when no line does better. Only short
    picks are checked: a page's tool lines are short, and the lead is read for few pages."""
    if title is None or words(page.s[title]) > STORY_CHECK_WORDS or page.names_story(title):
        return title
    at = lead(page)[0]
    k = page.next_text(at, -1, skip_furniture=True) if at is not None else None
    while k is not None and k > title and (page.noise(k) or page.marked(k)):
        k = page.next_text(k, -1, skip_furniture=True)
    if k is not None and k != title and page.title_like(k) and page.names_story(k):
        return k
    # or a longer headline-like line above the pick that names the story, with only short
    # lines between ('Reuters Staff', '1 Min Read' under the headline)
    k = page.next_text(title, -1, skip_furniture=True)
    while k is not None and title - k <= NEAR:
        if page.title_like(k) and words(page.s[k]) >= TOP_MIN_WORDS:
            return k if page.names_story(k) else title
        if words(page.s[k]) > STORY_CHECK_WORDS:
            break
        k = page.next_text(k, -1, skip_furniture=True)
    return title


def _duplicated(page: Page, i: int) -> bool:
    """True when the line is printed again within the next few lines (captions), alone or
    followed by its credit (parse.header.repeats_with_credit)."""
    key, seen, j = page.key(i), 0, i
    while seen < 4:
        after = page.next_text(j)
        if after is None:
            break
        j = after
        if page.end_marker(j):
            return False    # a repeat after "In This Section" is a teaser box, not a caption
        if page.key(j) == key or repeats_with_credit(page.s[i], page.s[j]):
            return True
        seen += 1
    return False


def _printed_twice(page: Page, i: int) -> bool:
    """True when line i and a neighbouring line are the same text (a caption printed twice)."""
    return any(k is not None and page.key(k) == page.key(i) for k in (page.next_text(i, -1), page.next_text(i)))


def _credited_repeat(page: Page, i: int) -> bool:
    """True when the line is the line just above it plus a credit (the second print of a caption)."""
    k = page.next_text(i, -1)
    return k is not None and repeats_with_credit(page.s[k], page.s[i])


STANDFIRST_LOOKAHEAD = 3   # non-blank lines after a standfirst before its byline or stamp


def _mark_follows(page: Page, i: int) -> bool:
    """True when a stamp or byline follows line i within a few lines, with only reporters' names
    between: line i is a standfirst printed above the header facts, not the story's first line."""
    k = i
    for _ in range(STANDFIRST_LOOKAHEAD):
        nxt = page.next_text(k)
        if nxt is None:
            return False
        k = nxt
        stamp = page.stamp(k)
        if (stamp is not None and not stamp.relative) or page.byline(k):
            return True
        if not name_list(page.s[k]):
            return False
    return False


def body_start(page: Page, title: int, authors: list[str]) -> int:
    """First prose line after the headline; collects reporter names printed beside a stamp."""
    s = page.s
    dupes: set[str] = set()
    title_key = page.key(title) if title >= 0 else ""
    stop = min(len(s), max(title, 0) + HEADER_SPAN)
    for i in range(title + 1, stop):
        line = s[i]
        if not line or page.marked(i) or page.furniture(i) or page.end_marker(i) or page.key(i) == title_key:
            continue
        names = name_list(line)
        if names and any(page.stamp(k) for k in (page.next_text(i, -1), page.next_text(i, 1))):
            authors.extend(names)
            continue
        if page.key(i) in dupes or _duplicated(page, i) or (i - 1 > title and _credited_repeat(page, i)):
            dupes.add(page.key(i))
            continue
        if not is_paragraph_like(line) and words(line) <= 12:
            continue
        if _mark_follows(page, i):
            continue        # a standfirst: the story starts under the byline or stamp printed below it
        return i
    return next((i for i in range(title + 1, len(s)) if s[i] and not page.furniture(i)), len(s))


GLUED_WITHIN = 3     # a headline glued to its stamp opens the page


def glued_title(page: Page) -> tuple[int, str, str] | None:
    """(index, headline, stamp) when one of the page's first lines is a headline with its stamp glued on."""
    seen = 0
    for i, line in enumerate(page.s):
        if not line or page.furniture(i):
            continue
        seen += 1
        if seen > GLUED_WITHIN:
            return None
        if (glued := split_glued_stamp(line)) and has_title_shape(glued[0]):
            return i, glued[0], glued[1]
    return None


def scan(lines: list[str], family: str, outlet: str | None = None) -> Header:
    """Stripped page lines -> Header: headline, body start and the header facts, for any news layout."""
    page = Page(lines)
    s = page.s
    glued = glued_title(page)
    first = page.first_mark()
    title = glued[0] if glued else browser_title(page)
    if title is None and first is not None:
        title = title_near(page, first)
    if title is None:
        title = lone_title(page)
    title = story_title(page, title) if not glued else title
    authors: list[str] = []
    start = body_start(page, title if title is not None else -1, authors)
    published = glued[2] if glued else None
    updated = agency = dateline = None
    hint: str | None = None
    for i in range(min(start, HEAD_LIMIT)):
        if st := page.stamp(i):
            published = published or st.published
            updated = updated or st.updated
            dateline = dateline or st.dateline
            authors.extend(st.authors)
            if st.source:
                agency = agency or agency_name(st.source)
                hint = hint or OUTLETS.get(st.source.casefold())
        elif by := page.byline(i):
            authors.extend(by.authors)
            agency = agency or by.agency
            hint = hint or by.outlet
    if not authors:
        # a byline under teasers and captions the rules kept above the story: read up to the story's
        # second long line (a caption may be one) or its dateline
        long_lines = 0
        for i in range(start, min(len(s), HEAD_LIMIT)):
            if words(s[i]) >= STORY_WORDS:
                long_lines += 1
                if long_lines == 2 or split_dateline(s[i])[0]:
                    break
            by, st = page.byline(i), page.stamp(i)
            if by is not None:
                authors.extend(by.authors)
                agency = agency or by.agency
                break
            if st is not None and st.authors:
                authors.extend(st.authors)
                break
    for i in range(0, start):
        if s[i].casefold() in OUTLETS:
            hint = hint or OUTLETS[s[i].casefold()]
    header = Header(     # built once, warnings included: dataclasses.replace costs a second build
        title=glued[1] if glued else s[title] if title is not None else None,
        body_start=start,
        authors=tuple(dict.fromkeys(a for a in authors if a)),
        outlet=outlet or hint,
        agency=agency,
        published=published,
        updated=updated,
        dateline=dateline,
        warnings=() if title is not None else ("no_headline",),
    )
    return header


_NAMED_GROUP = re.compile(r"\(\?P<\w+>")


def union(patterns) -> re.Pattern[str]:
    """One compiled alternation of patterns (names dropped, each keeps its case flag)."""
    parts = [f"(?{'i' if p.flags & re.I else ''}:{_NAMED_GROUP.sub('(?:', p.pattern)})" for p in patterns]
    return re.compile("|".join(parts) or r"(?!)")


def short_lines(region: list[str]) -> list[str]:
    """The non-blank lines of region short enough to be stamp, credit or footer lines."""
    return [line for line in region if line and len(line) <= SIGNATURE_MAX]


def head_has(lines: list[str], predicate, limit: int = HEAD_LIMIT) -> bool:
    """True when a short line of the page head satisfies predicate (prose is skipped)."""
    return any(map(predicate, short_lines(lines[:limit])))

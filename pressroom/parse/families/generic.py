"""Generic layout: any English page no other family claims; always matches, so it runs last.

Two shapes. A *clean* article file - a headline block at the very top, a blank
line, then paragraphs separated by blank lines - keeps every paragraph as
printed (short lines, captions and info rows included: downstream span
scorers align on that text; see parse.body for the few lines that still go),
except a date printed alone as the first paragraph, which is read as the stamp. Anything else is a *page dump* and goes through
the shared header scan (stamps, bylines, browser title, captions), with the
outlet guessed from site names printed on the page.
"""
from __future__ import annotations

import re
from dataclasses import replace

from pressroom.parse.families._scan import scan
from pressroom.parse.header import Header, ends_sentence, is_paragraph_like, repeats_with_credit, words
from pressroom.parse.line_words import CLOCK
from pressroom.parse.stamps import read_stamp_line
from pressroom.parse.bylines import name_list, parse_byline
from pressroom.text.furniture import folds_to_widget, is_end_marker, is_furniture, is_navigation

NAME = "generic"
HEAD_SIGNATURES: tuple = ()      # no signature: generic takes what the others leave
TAIL_SIGNATURES: tuple = ()
KEYWORDS: tuple[str, ...] = ()
MAX_TITLE_LINES = 3     # a headline may wrap, but a block of 4+ lines is a menu or prose
MAX_TITLE_WORDS = 60
PROSE_WORDS = 30        # a one-line "headline" ending a sentence this long is a paragraph
# Site names printed on the page -> outlet, checked on the first and last lines.
OUTLET_HINTS: tuple[tuple[re.Pattern[str], str], ...] = (
    (re.compile(r"^BBC News\b"), "BBC"),
    (re.compile(r"\|\s*DW\s*\|"), "DW"),
    (re.compile(r"^NPR\b"), "NPR"),
    (re.compile(r"\bThe Oklahoman\b"), "The Oklahoman"),
    (re.compile(r"\bSPH Media\b|\bST's Telegram\b|The Straits Times", re.I), "The Straits Times"),
    (re.compile(r"chinadaily\.com\.cn", re.I), "China Daily"),
    (re.compile(r"\bglobaltimes\.cn\b", re.I), "Global Times"),
    (re.compile(r"\bcgtn\.com\b", re.I), "CGTN"),
    (re.compile(r"\bThe Hindu\b"), "The Hindu"),
    (re.compile(r"\bReuters\.com\b", re.I), "Reuters"),
)
HINT_LINES = 15
HINT_MAX = 200          # site names sit on short furniture lines
# A word every hint needs: a cheap set test before the regex.
HINT_KEYS = frozenset({"bbc", "dw", "npr", "oklahoman", "sph", "st's", "straits", "chinadaily", "globaltimes",
                       "cgtn", "hindu", "reuters"})
_WORDS = re.compile(r"[\w']+")
# All hints in one alternation (group hN = row N), so each edge line is scanned once.
OUTLET_HINT_RE = re.compile("|".join(
    f"(?P<h{n}>(?{'i' if p.flags & re.I else ''}:{p.pattern}))" for n, (p, _) in enumerate(OUTLET_HINTS)
))
PEEK_LINES = 6          # header lines a page dump shows right under its headline


def match(edges) -> bool:
    """Always True: generic is the fallback family."""
    return True


SHORT_LINE_WORDS = 8     # a menu item, a page tool, a caption: no sentence, a few words
REPEATED_TITLE_WORDS = 3  # a headline printed again under itself is a page's (a two-word name is a bio's)
SHORT_LINES_DUMP = 3     # this many such lines before the first paragraph: a page's chrome, not an article file
# A media label before a headline ("Video: Fire damages Shuswap home"): alone on a page it is a
# player's caption (furniture), but a headline block of one line keeps it as written.
MEDIA_LABEL_RE = re.compile(r"^(?:video|audio|watch|listen|photos?|gallery)\s*:\s+(?=\S)", re.I)
MEDIA_LABEL_MIN_WORDS = 3  # words after the label: fewer is a player's caption ("Video: 2:30")
_FACT_MARKS = re.compile(r"[\d:@,]")   # what a line of facts holds and a page tool does not


def _page_dump_signs(lines: list[str], start: int, title: str = "") -> bool:
    """True when the first lines after the headline look like a page's chrome, not an article file:
    widgets, navigation, bylines or timed stamps; a line printed twice (alone or with a credit
    after it: a photo caption), the headline printed again; or SHORT_LINES_DUMP short lines
    that are no sentence before the first paragraph (tools, menus, section labels)."""
    seen = short = 0
    prose = False
    previous = title if words(title) >= REPEATED_TITLE_WORDS else ""
    title_key = previous.casefold()
    for line in lines[start:]:
        s = line.strip()
        if not s:
            continue
        seen += 1
        if seen > PEEK_LINES:
            return False
        if folds_to_widget(s) or is_navigation(s) or (len(s) < 150 and parse_byline(s)):
            return True
        stamp = read_stamp_line(s)
        if stamp and (stamp.relative or any(CLOCK.search(x or "") for x in (stamp.published, stamp.updated))):
            return True     # a timed stamp under the headline (a label's colon is no clock: "Born: 1 May 1950")
        if previous and (s.casefold() == previous.casefold() or repeats_with_credit(previous, s)):
            return True
        if title_key and s.casefold() == title_key:
            return True     # the headline printed again a few lines down: a page's header block
        previous = s
        if is_paragraph_like(s):
            prose = True
        elif not prose and not stamp and _is_tool_line(s):
            short += 1
            if short >= SHORT_LINES_DUMP:
                return True
    return False


def _is_tool_line(s: str) -> bool:
    """A short line that is no sentence, holds no digit, colon, comma or address and names no one:
    a page tool, a menu item or a label ('View shopping cart', 'Read news as it happens').
    Lines of facts (an infobox's 'Born: 1928', an author's affiliation) and name lines are not."""
    return (words(s) <= SHORT_LINE_WORDS and not ends_sentence(s) and not _FACT_MARKS.search(s)
            and not name_list(s))


def clean_title_block(lines: list[str]) -> int | None:
    """Number of headline lines when the page opens with a clean headline block, else None."""
    block: list[str] = []
    for line in lines:
        if not line.strip():
            break
        block.append(line.strip())
    if not block or not lines[0].strip() or len(block) > MAX_TITLE_LINES or len(block) == len(lines):
        return None
    if len(block) > 1 and any(words(b) <= 1 for b in block):
        return None     # a one-word line in a block is a menu item or a label ("News"), not a wrapped headline
    text = " ".join(block)
    n = words(text)
    # A single line ending a long sentence is prose (a headline-less copy), not a headline.
    if n > MAX_TITLE_WORDS or (len(block) == 1 and text.endswith(".") and n > PROSE_WORDS) or read_stamp_line(text):
        return None
    if len(block) == 1 and (label := MEDIA_LABEL_RE.match(text)) and words(text[label.end():]) >= MEDIA_LABEL_MIN_WORDS:
        text = text[label.end():]  # tested without its label; the headline keeps it
        block = [text]
    if any(is_furniture(b) or is_end_marker(b) for b in block) or _page_dump_signs(lines, len(block), text):
        return None
    # a byline or a stamp under the headline: a page's header, not a headline wrapped over lines
    if any(read_stamp_line(b) or (len(b) < 150 and parse_byline(b)) for b in block[1:]):
        return None
    return len(block)


def outlet_hint(lines: list[str]) -> str | None:
    """Outlet named by site furniture near the top or bottom of the page, else None."""
    found: set[int] = set()
    for line in (*lines[:HINT_LINES], *lines[-HINT_LINES:]):
        if (line and len(line) < HINT_MAX and not HINT_KEYS.isdisjoint(_WORDS.findall(line.lower()))
                and (m := OUTLET_HINT_RE.search(line))):
            found.add(int(str(m.lastgroup)[1:]))  # every alternative is a named group
    return OUTLET_HINTS[min(found)][1] if found else None


def parse_header(lines: list[str], default_tz: str, stored_copy: bool = False) -> Header:
    """Page lines -> Header: verbatim paragraphs for a clean file, the header scan otherwise.

    stored_copy: the page came with a stored-copy date prefix, so it is a page dump.
    """
    n_title = None if stored_copy else clean_title_block(lines)
    if n_title is not None:
        title = " ".join(line.strip() for line in lines[:n_title])
        published = None
        start = n_title
        # An article file may print its date as the first paragraph: read it; a date alone
        # in its paragraph is no article text (CONTRACT: the body holds no dates).
        first = next((i for i in range(n_title, min(len(lines), n_title + 4)) if lines[i].strip()), None)
        if first is not None and (stamp := read_stamp_line(lines[first].strip())):
            published = stamp.published
            if not stamp.relative and (stamp.published or stamp.updated) and (
                    first + 1 == len(lines) or not lines[first + 1].strip()):
                start = first + 1
        return Header(title=title, body_start=start, published=published,
                      clean=True)
    header = scan(lines, NAME)
    return replace(header, outlet=header.outlet or outlet_hint(lines))

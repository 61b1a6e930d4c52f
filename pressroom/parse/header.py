"""The Header record a family's parse_header returns, and line predicates shared by families.

A Header holds the headline, where the body starts, and the raw header facts
(authors, outlet, agency, raw stamp strings, dateline). Dates stay raw here;
`parse.__init__` reads them with `parse.dates` so every family gets the same
time-zone and sanity rules.
"""
from __future__ import annotations

import re
from dataclasses import dataclass, field

from pressroom.parse.line_words import CLOCK, YEAR
from pressroom.text.furniture import fold, is_end_marker, is_furniture

# "... said on Monday." - a line that ends a sentence: sentence punctuation, then
# only closing quotes and brackets (string tests, not a regex search from every position).
SENTENCE_ENDS: tuple[str, ...] = (".", "!", "?", ":", ";")
CLOSING_MARKS = "\"'\u201d\u2019)]"
_LETTERS = re.compile(r"[A-Za-z]")
_LIST_MARKS = "-\u2013\u2014\u2022*\u00b7>|"
# A stored copy's " date 2020-08-04 " prefix glued before the first line.
STORED_DATE_PREFIX = re.compile(r"^\s*date\s+\d{4}-\d{2}-\d{2}\s*")


@dataclass(frozen=True, slots=True)
class Header:
    """What a family read from the top of a page; indices point into the page's lines."""

    title: str | None
    body_start: int
    authors: tuple[str, ...] = ()
    outlet: str | None = None
    agency: str | None = None
    published: str | None = None        # raw stamp text, read later by parse.dates
    updated: str | None = None
    dateline: str | None = None
    clean: bool = False                 # clean article file: keep every paragraph as printed;
                                        # otherwise a news layout, one paragraph per line
    warnings: tuple[str, ...] = field(default_factory=tuple)


CREDITED_REPEAT_MIN = 20    # a caption printed again with its credit after it is at least this long


def repeats_with_credit(first: str, second: str) -> bool:
    """True when second is first printed again with a short tail that is no sentence: a photo
    caption, then the same caption with its credit ('... Credit: X', '... (By X -- AP)')."""
    # most pairs differ in their first characters: a string test before folding both (its own time
    # in a profile of 2,000 benchmark articles: 0.33 -> 0.07 s)
    if len(second) <= len(first) or len(first) < CREDITED_REPEAT_MIN or second[:8].lower() != first[:8].lower():
        return False
    a, b = fold(first), fold(second)
    return len(a) >= CREDITED_REPEAT_MIN and len(b) > len(a) and b.startswith(a) and not is_paragraph_like(b[len(a):])


def words(line: str) -> int:
    """Number of whitespace-separated words."""
    return len(line.split())


def ends_sentence(line: str) -> bool:
    """True when the line ends with sentence punctuation (quotes and brackets allowed after it)."""
    return line.strip().rstrip(CLOSING_MARKS).endswith(SENTENCE_ENDS)


def is_paragraph_like(line: str) -> bool:
    """True for a line that reads as prose: a finished sentence of 6+ words, or 25+ words."""
    n = words(line)
    return (n >= 6 and ends_sentence(line)) or n >= 25


def is_title_like(line: str, min_words: int = 3) -> bool:
    """True for a plausible headline: min_words-30 words, no page furniture, not a long sentence."""
    s = line.strip()
    return has_title_shape(s, min_words) and not (is_furniture(s) or is_end_marker(s))


def has_title_shape(s: str, min_words: int = 3) -> bool:
    """is_title_like on a stripped line without the furniture tests (callers that memoise those)."""
    n = words(s)
    if not (min_words <= n <= 30) or len(s) > 250 or not _LETTERS.search(s):
        return False
    if s.endswith(".") and (n > 16 or _ends_sentence_word(s)):
        return False
    if s.endswith(":"):
        return False        # a label introducing what follows ("Adjust font size:", "Read more:")
    if ":" in s and CLOCK.search(s) and YEAR.search(s):
        return False        # a clock and a year: a stamp ("(Xinhua) Updated: 2014-09-26 10:38")
    # a leading dash or bullet marks a list item or a section label, never a headline
    return not (s[:1].islower() or s[:1] in _LIST_MARKS or s.lower().startswith(("by ", "source:", "editor", "photo")))


def _ends_sentence_word(line: str) -> bool:
    """True when the final '.' closes a sentence ('said.'), not an abbreviation ('U.S.', 'Inc.')."""
    last = line.split()[-1]
    return last.count(".") == 1 and (len(last) > 4 or last[:-1].islower())


def strip_stored_prefix(lines: list[str]) -> list[str]:
    """Lines with a stored copy's ' date YYYY-MM-DD ' prefix removed from the first line."""
    if lines and STORED_DATE_PREFIX.match(lines[0]):
        lines = [STORED_DATE_PREFIX.sub("", lines[0], count=1), *lines[1:]]
    return lines

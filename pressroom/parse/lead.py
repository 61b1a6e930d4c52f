"""A story's lead and its content words: the evidence that a headline names the story below it.

A headline shares words with the story's opening lines; a sign-up prompt, a
page tool or a menu item above it rarely does. The lead is the first run of
two or more prose lines in the page head (blank lines between allowed), read
up to LEAD_LINES lines. (The longest run instead of the first was tried, to
step over a donation blurb above a story: no page scored better, and it read
every line of every body.)
"""
from __future__ import annotations

from typing import TYPE_CHECKING

from pressroom.parse.header import is_paragraph_like
from pressroom.parse.line_words import STOP_WORDS, WORD

if TYPE_CHECKING:
    from pressroom.parse.families._scan import Page

HEAD_LINES = 120            # the lead is looked for in the page head
LEAD_LINES = 3              # prose lines of the lead whose words count
LEAD_CHARS = 400            # ... their opening sentences: a headline's words come early
_MIN_CONTENT = 3            # a content word has 3+ letters and is no function word


def content_words(text: str) -> set[str]:
    """Lower-cased words of 3+ letters that are no function words (of the first LEAD_CHARS characters)."""
    return {w for w in WORD.findall(text[:LEAD_CHARS].lower()) if len(w) >= _MIN_CONTENT} - STOP_WORDS


def lead(page: Page, limit: int = HEAD_LINES) -> tuple[int | None, set[str]]:
    """(index of the lead's first line, the content words of its first LEAD_LINES lines);
    (None, empty set) when the head holds no run of two prose lines."""
    s = page.s
    run: list[int] = []
    for i in range(min(len(s), limit)):
        if not s[i]:
            continue
        if is_paragraph_like(s[i]):
            run.append(i)
            if len(run) == LEAD_LINES:
                break
        elif len(run) >= 2:
            break
        else:
            run = []
    if len(run) < 2:
        return None, set()
    words: set[str] = set()
    for k in run:
        words |= content_words(s[k])
    return run[0], words

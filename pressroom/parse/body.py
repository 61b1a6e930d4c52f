"""Body assembly: from the line where the body starts to the final '\\n\\n'-joined paragraphs.

News layouts: furniture, captions and sign-offs are dropped, the body stops at
the first end marker (related stories, copyright, editor credits), inline
promo blocks and a trailing list of other headlines go, each line is a
paragraph; then the dateline comes off the first paragraph and a glued wire
sign-off off the last. Clean article files keep every block as printed: only
a footer after an end marker, exact widget lines and cover credits go, and a
wrapped paragraph's inner line breaks become spaces; their dateline is
reported, not cut.
"""
from __future__ import annotations

import re
from dataclasses import dataclass

from pressroom.parse.dateline import agency_from_key, agency_name, split_dateline, split_sign_off
from pressroom.parse.header import Header, ends_sentence, words
from pressroom.parse.stamps import is_editor_line
from pressroom.text.furniture import (
    CAPTION_START_RE, END_MAX, WIDGET_MAX, credit_agency, fold, folds_to_widget, is_end_key, is_end_marker,
    is_stripped_furniture,
)
from pressroom.text.paragraphs import PARAGRAPH_SEPARATOR, blocks

# A run of "- Other headline" lines after the article (China Daily).
_BULLET = re.compile(r"^[-\u2022\u00b7]\s+\S")
PROMO_MAX_WORDS = 6     # an inline promo is a few short teaser lines, no sentence
WRAP_MAX = 100          # longest line of a hard-wrapped paragraph (editors and mailers wrap at 72-80)


@dataclass(frozen=True, slots=True)
class Body:
    """Final paragraphs plus what the body's edges credited."""

    paragraphs: tuple[str, ...]
    dateline: str | None = None
    agency: str | None = None          # from the dateline
    credit: str | None = None          # from "(With inputs from X)" or a sign-off


def _is_promo(lines: list[str]) -> bool:
    """A block of 2+ short teaser lines with no sentence in it (an inline 'see also' box)."""
    return len(lines) >= 2 and all(words(x) <= PROMO_MAX_WORDS and not ends_sentence(x) for x in lines)


def is_wrapped(block: str) -> bool:
    """A block of lines is one hard-wrapped paragraph when every line but the last fits a wrap width.

    Files that print one paragraph per line (no blank line between) have long
    lines; text wrapped by an editor or a mailer never passes WRAP_MAX.
    """
    return all(len(line) <= WRAP_MAX for line in block.split("\n")[:-1])


def _clean_body(lines: list[str], start: int) -> Body:
    # Split on the blank line exactly as printed, so every paragraph keeps its text.
    paragraphs: list[str] = []
    credit = None
    for piece in "\n".join(lines[start:]).split(PARAGRAPH_SEPARATOR):
        text = piece.strip()
        if not text:
            continue
        one_line = "\n" not in text
        if paragraphs and one_line and is_end_marker(text):
            break
        if one_line and (wire := credit_agency(text)):
            credit = credit or agency_name(wire)
            continue
        # Only unmistakable widgets and cover credits go; every other short line stays.
        if len(text) <= WIDGET_MAX and one_line and (folds_to_widget(text) or CAPTION_START_RE.match(text)):
            continue
        if one_line or is_wrapped(text):
            # A wrapped paragraph: its line breaks become spaces, one for one, so every
            # character keeps its offset and no paragraph holds a newline.
            paragraphs.append(text.replace("\n", " "))
        else:
            # One paragraph per line with no blank line between (a copy of a page).
            paragraphs.extend(line.strip() for line in text.split("\n") if line.strip())
    dateline, agency, _ = split_dateline(paragraphs[0]) if paragraphs else (None, None, "")
    return Body(tuple(paragraphs), dateline, agency, credit)


def _news_lines(lines: list[str], start: int) -> tuple[list[str], str | None]:
    kept: list[str] = []
    credit = None
    for texts in blocks(lines, start):
        if kept and _is_promo(texts) and not any(is_end_marker(t) for t in texts):
            continue
        for text in texts:
            key = fold(text)        # folded once for the end-marker and wire-name tests
            end_marker = len(text) <= END_MAX and is_end_key(key)
            if kept and end_marker:
                return kept, credit
            if wire := credit_agency(text) or agency_from_key(key):
                credit = credit or agency_name(wire)   # "(With inputs from X)", a lone "Associated Press"
                continue
            if is_stripped_furniture(text) or is_editor_line(text) or end_marker:
                continue
            kept.append(text)
    return kept, credit


def build_body(lines: list[str], header: Header) -> Body:
    """Page lines and their Header -> Body (paragraphs stripped, none empty)."""
    if header.clean:
        return _clean_body(lines, header.body_start)
    kept, credit = _news_lines(lines, header.body_start)
    while len(kept) > 1 and _BULLET.match(kept[-1]):
        kept.pop()
    if not kept:
        return Body((), credit=credit)
    dateline, agency, first = split_dateline(kept[0])
    kept[0] = first
    last, signed = split_sign_off(kept[-1])
    kept[-1] = last
    paragraphs = tuple(p for p in kept if p.strip())
    return Body(paragraphs, dateline, agency, credit or signed)

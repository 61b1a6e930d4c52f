"""Body assembly: from the line where the body starts to the final '\\n\\n'-joined paragraphs.

News layouts: furniture, captions and sign-offs are dropped, the body stops at
the first end marker (related stories, copyright, editor credits), inline
promo blocks and a trailing list of other headlines go, each line is a
paragraph; then the dateline comes off the first paragraph and a glued wire
sign-off off the last. Clean article files keep every block as printed: only
a footer after an end marker, exact widget lines and cover credits go, and a
wrapped paragraph's inner line breaks become spaces; their dateline comes off
the first paragraph too (it has its own column).
"""
from __future__ import annotations

import re
from dataclasses import dataclass

from pressroom.parse.dateline import (
    agency_from_key, agency_name, agency_of_credits, split_dateline, split_sign_off,
)
from pressroom.parse.header import Header, ends_sentence, repeats_with_credit, words
from pressroom.parse.line_features import RegionContext
from pressroom.parse.line_model import LineModel
from pressroom.parse.stamps import is_editor_line
from pressroom.text.furniture import (
    CAPTION_START_RE, END_MAX, LINK_PROMPT, WIDGET_MAX, credit_agency, fold, folds_to_widget, is_end_key,
    is_end_marker, is_stripped_furniture,
)
from pressroom.text.paragraphs import PARAGRAPH_SEPARATOR, blocks

# A run of "- Other headline" lines after the article (China Daily).
_BULLET = re.compile(r"^[-\u2022\u00b7]\s+\S")
PROMO_MAX_WORDS = 6     # an inline promo is a few short teaser lines, no sentence
DATELINE_WITHIN = 5     # a story's dateline line sits among the first lines of its region
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
        if paragraphs and one_line and (is_end_marker(text) or is_editor_line(text)):
            break           # an editor's credit ("[ Editor: X ]") closes the story as a footer does
        if one_line and (wire := credit_agency(text)):
            credit = credit or agency_name(wire)
            continue
        if one_line and paragraphs and (wire := agency_from_key(fold(text))):
            credit = credit or wire         # a wire's sign-off on its own line ("— The Associated Press")
            continue
        # Only unmistakable widgets and cover credits go; every other short line stays.
        if len(text) <= WIDGET_MAX and one_line and (folds_to_widget(text) or CAPTION_START_RE.match(text)):
            continue
        if one_line and LINK_PROMPT.match(text):
            continue        # "Read More: <another story's headline>" between paragraphs
        if one_line or is_wrapped(text):
            # A wrapped paragraph: its line breaks become spaces, one for one, so every
            # character keeps its offset and no paragraph holds a newline.
            paragraphs.append(text.replace("\n", " "))
        else:
            # One paragraph per line with no blank line between (a copy of a page).
            paragraphs.extend(line.strip() for line in text.split("\n") if line.strip())
    dateline, agency, first = split_dateline(paragraphs[0]) if paragraphs else (None, None, "")
    if dateline and first:
        paragraphs[0] = first       # the dateline is a column of its own, as on a news layout
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
                return kept, credit or agency_of_credits(text)
            if wire := credit_agency(text) or agency_from_key(key):
                credit = credit or agency_name(wire)   # "(With inputs from X)", a lone "Associated Press"
                continue
            if is_stripped_furniture(text) or is_editor_line(text) or end_marker:
                continue
            kept.append(text)
    return kept, credit


def _drop_credited_captions(kept: list[str]) -> list[str]:
    """The lines without photo captions printed twice, the second time with the credit after them."""
    out: list[str] = []
    i = 0
    while i < len(kept):
        if i + 1 < len(kept) and repeats_with_credit(kept[i], kept[i + 1]):
            i += 2
            continue
        out.append(kept[i])
        i += 1
    return out


def news_region(lines: list[str], header: Header) -> tuple[list[str], str | None]:
    """A news layout's candidate body lines as the rules find them, and the wire they credit.

    A dateline opens the story: lines kept above one near the top (a sign-up
    prompt, a lead photo's caption, the headline again) are header furniture."""
    kept, credit = _news_lines(lines, header.body_start)
    while len(kept) > 1 and _BULLET.match(kept[-1]):
        kept.pop()
    kept = _drop_credited_captions(kept)
    for i in range(1, min(len(kept), DATELINE_WITHIN)):
        if (kept[i][:1].isupper() or kept[i][:1] == "(") and split_dateline(kept[i])[0] is not None:
            return kept[i:], credit
    return kept, credit


def build_body(lines: list[str], header: Header, model: LineModel | None = None) -> Body:
    """Page lines and their Header -> Body (paragraphs stripped, none empty).

    model: the line model that trims a news layout's region (None: the rules alone)."""
    if header.clean:
        return _clean_body(lines, header.body_start)
    kept, credit = news_region(lines, header)
    if model is not None and len(kept) > 1:
        ctx = RegionContext(kept, lines, header.title)
        kept = [kept[i] for i in model.keep(ctx)]
    if not kept:
        return Body((), credit=credit)
    dateline, agency, first = split_dateline(kept[0])
    kept[0] = first
    last, signed = split_sign_off(kept[-1])
    kept[-1] = last
    paragraphs = tuple(p for p in kept if p.strip())
    return Body(paragraphs, dateline, agency, credit or signed)

"""Normalise decoded text once, before parsing.

Owns the character-level clean-up every later stage relies on: one line-ending
convention, no NULs or invisible format characters, no non-breaking spaces.
Every replacement except line endings and deletions is one character for one
character, so offsets in a clean generic file stay aligned with the raw file.
Paragraph structure and in-line spacing are left alone (parsing owns them).
"""
from __future__ import annotations

# CRLF and lone CR (old Mac dumps) first; then Unicode line/paragraph
# separators, vertical tab, form feed and NEL, which pasted page text uses as breaks.
LINE_BREAKS: tuple[str, ...] = ("\r\n", "\r", "\u2028", "\u2029", "\x0b", "\x0c", "\x85")

# Characters that render as nothing: NUL, zero-width space/joiners, word
# joiner, soft hyphen and stray BOMs left inside the text by copy-paste.
INVISIBLE: tuple[str, ...] = ("\x00", "\u200b", "\u200c", "\u200d", "\u2060", "\u00ad", "\ufeff")

# Spaces that look like a space: NBSP, narrow NBSP, figure/en/em/thin/hair
# spaces, the ideographic space and tabs. One for one, so offsets do not move.
SPACE_LIKE: tuple[str, ...] = ("\u00a0", "\u202f", "\u2007", "\u2002", "\u2003", "\u2009", "\u200a", "\u3000", "\t")


def normalize(text: str) -> str:
    """Text -> text with '\\n' line ends, no invisible characters, plain spaces; never raises."""
    if not text:
        return ""
    # `in` is a fast C scan: replace only what is present (most texts hold none).
    for brk in LINE_BREAKS:
        if brk in text:
            text = text.replace(brk, "\n")
    for ch in INVISIBLE:
        if ch in text:
            text = text.replace(ch, "")
    for ch in SPACE_LIKE:
        if ch in text:
            text = text.replace(ch, " ")
    return text

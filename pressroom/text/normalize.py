"""Normalise decoded text once, before parsing.

Owns the character-level clean-up every later stage relies on: one line-ending
convention, no NULs or invisible format characters, no non-breaking spaces.
Every replacement except line endings and deletions is one character for one
character, so offsets in a clean generic file stay aligned with the raw file.
Paragraph structure and in-line spacing are left alone (parsing owns them).
"""
from __future__ import annotations

import re

# CRLF and lone CR (old Mac dumps); Unicode line/paragraph separators and
# form feeds are line breaks too in pasted page text.
_LINE_BREAKS = re.compile(r"\r\n?|[\u2028\u2029\x0b\x0c\x85]")

# Characters that render as nothing: NUL, zero-width space/joiners, word
# joiner, soft hyphen and stray BOMs left inside the text by copy-paste.
_INVISIBLE = re.compile(r"[\x00\u200b\u200c\u200d\u2060\u00ad\ufeff]")

# Spaces that look like a space: NBSP, narrow NBSP, figure/ideographic-ish
# fixed-width spaces. One for one, so character offsets do not move.
_SPACE_LIKE = re.compile("[\u00a0\u202f\u2007\u2002\u2003\u2009\u200a\u3000\t]")


def normalize(text: str) -> str:
    """Text -> text with '\\n' line ends, no invisible characters, plain spaces; never raises."""
    if not text:
        return ""
    if not text.isascii():
        text = _INVISIBLE.sub("", text)
        text = _SPACE_LIKE.sub(" ", text)
    if "\r" in text or not text.isascii() or "\x0b" in text or "\x0c" in text:
        text = _LINE_BREAKS.sub("\n", text)
    if "\x00" in text:
        text = text.replace("\x00", "")
    return text.replace("\t", " ") if "\t" in text else text

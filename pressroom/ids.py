"""Stable identifiers, derived from content only (never from file names or time).

- article_id: from the article's title and body, whitespace-folded, so the same
  article gets the same id on every run and machine, whatever the file is called.
- quote_id: from the article_id and the quote's span.
- org_id: from the organization's canonical name, case-folded, so one
  organization has one id in every article.
"""
from __future__ import annotations

import hashlib

# 16 bytes of SHA-256: collision odds are negligible at billions of rows, and
# the ids stay short enough to read in a terminal.
_HEX_CHARS = 32


def _digest(*parts: str) -> str:
    h = hashlib.sha256()
    for part in parts:
        h.update(part.encode("utf-8"))
        h.update(b"\x1f")  # unit separator: ("ab","c") != ("a","bc")
    return h.hexdigest()[:_HEX_CHARS]


def fold_space(text: str) -> str:
    """Collapse every whitespace run to one space and strip the ends."""
    # str.split() splits on exactly what re's \s matches (str.isspace, checked
    # over every code point in tests/test_ids.py), at a fifth of re.sub's cost
    return " ".join(text.split())


def article_id(title: str, body: str) -> str:
    """Hex id of an article from its whitespace-folded title and body."""
    return _digest("article", fold_space(title), fold_space(body))


def quote_id(article_id_: str, start: int, end: int) -> str:
    """Hex id of a quote from its article and character span."""
    # the bytes _digest("quote", article_id_, str(start), str(end)) hashes, in one
    # piece: a batch of 2,000 articles has some 14,000 quotes
    return hashlib.sha256(f"quote\x1f{article_id_}\x1f{start}\x1f{end}\x1f".encode()).hexdigest()[:_HEX_CHARS]


def org_id(canonical_name: str) -> str:
    """Id of an organization from its canonical name (case- and space-folded)."""
    return "org_" + _digest("org", fold_space(canonical_name).casefold())[:16]

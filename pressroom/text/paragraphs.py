"""Paragraph handling: split page lines into blocks, join a body, count it.

A *block* is a run of non-blank lines between blank lines. News layouts print
one paragraph per line (sometimes without blank lines between them), while
clean article files print one paragraph per block (a block may wrap over
several lines); callers choose which unit is a paragraph. A body always joins
its paragraphs with exactly one blank line.
"""
from __future__ import annotations

from collections.abc import Iterable, Sequence

PARAGRAPH_SEPARATOR = "\n\n"


def blocks(lines: Sequence[str], start: int = 0) -> list[list[str]]:
    """Runs of non-blank lines from `start` on, as stripped lines (each line
    stripped once: the body builder reads every line of every page); blank-only
    input gives []."""
    out: list[list[str]] = []
    current: list[str] = []
    for line in lines[start:]:
        text = line.strip()
        if text:
            current.append(text)
        elif current:
            out.append(current)
            current = []
    if current:
        out.append(current)
    return out


def join_paragraphs(paragraphs: Iterable[str]) -> str:
    """Paragraph strings -> body: each stripped, empty ones dropped, joined by exactly '\\n\\n'."""
    return PARAGRAPH_SEPARATOR.join(p for p in (q.strip() for q in paragraphs) if p)


def split_paragraphs(body: str) -> list[str]:
    """Body -> its paragraphs (the inverse of join_paragraphs); '' gives []."""
    return [p for p in (q.strip() for q in body.split(PARAGRAPH_SEPARATOR)) if p]


def paragraph_count(body: str) -> int:
    """Number of paragraphs in a joined body; 0 for an empty body."""
    return body.count(PARAGRAPH_SEPARATOR) + 1 if body else 0


def word_count(body: str) -> int:
    """Whitespace-separated words in a body."""
    return len(body.split())

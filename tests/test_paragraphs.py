"""Case tables for text.paragraphs."""
from __future__ import annotations

import pytest

from pressroom.text.paragraphs import blocks, join_paragraphs, paragraph_count, split_paragraphs, word_count

JOIN_CASES = [
    (["a", "b"], "a\n\nb", "two paragraphs, one blank line"),
    ([" a ", "", "  ", "b\n"], "a\n\nb", "stripped, empty ones dropped"),
    ([], "", "nothing gives an empty body"),
    (["one\nwrapped line"], "one\nwrapped line", "a wrapped paragraph keeps its inner newline"),
]


def test_paragraphs_join_cases_unique() -> None:
    assert len({repr(c[0]) for c in JOIN_CASES}) == len(JOIN_CASES)


@pytest.mark.parametrize(("parts", "expected", "why"), JOIN_CASES, ids=[c[2] for c in JOIN_CASES])
def test_paragraphs_join(parts: list[str], expected: str, why: str) -> None:
    assert join_paragraphs(parts) == expected, why


@pytest.mark.parametrize(
    ("body", "count", "words"),
    [("", 0, 0), ("one", 1, 1), ("a b\n\nc", 2, 3), ("a\nb\n\nc d\n\ne", 3, 5)],
)
def test_paragraphs_counts(body: str, count: int, words: int) -> None:
    assert paragraph_count(body) == count
    assert word_count(body) == words
    assert len(split_paragraphs(body)) == count


def test_paragraphs_blocks_group_non_blank_runs() -> None:
    lines = ["t", "", " a", "b ", "  ", "c", ""]
    assert blocks(lines) == [["t"], ["a", "b"], ["c"]]
    assert blocks(lines, start=2) == [["a", "b"], ["c"]]
    assert blocks(["", " "]) == []

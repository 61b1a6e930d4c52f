"""Case table for text.normalize."""
from __future__ import annotations

import pytest

from pressroom.text.normalize import normalize

CASES = [
    ("a\r\nb", "a\nb", "CRLF becomes LF"),
    ("a\rb", "a\nb", "lone CR becomes LF"),
    ("a\u2028b", "a\nb", "Unicode line separator is a line break"),
    ("a\x00b", "ab", "NUL dropped"),
    ("a\u00a0b", "a b", "NBSP becomes a space, one for one"),
    ("a\u200bb\ufeff", "ab", "zero-width characters dropped"),
    ("a\tb", "a b", "tab becomes a space"),
    ("  keep  inner  spacing \n", "  keep  inner  spacing \n", "in-line spacing left to the parser"),
    ("", "", "empty stays empty"),
    ("caf\u00e9 \u201cquoted\u201d", "caf\u00e9 \u201cquoted\u201d", "letters and curly quotes untouched"),
]


def test_normalize_cases_unique() -> None:
    assert len({c[0] for c in CASES}) == len(CASES)


@pytest.mark.parametrize(("raw", "expected", "why"), CASES, ids=[c[2] for c in CASES])
def test_normalize_cases(raw: str, expected: str, why: str) -> None:
    assert normalize(raw) == expected, why


def test_normalize_is_idempotent() -> None:
    text = "Title\r\n\r\nBody\u00a0text\x00 here.\u2029Next"
    assert normalize(normalize(text)) == normalize(text)

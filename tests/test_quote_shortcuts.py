"""Shortcuts in quote extraction agree with the plain forms they replace."""
from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

_CASE_PIECES = st.sampled_from([
    " ", "  ", "\n", "\t", "\u00a0", "\u2028", "\x1c", "\x85", "\u200b", "Smith", "SAID", "\u03a3", "\u039f\u0394\u039f\u03a3",
    "\u0130", "\u0301", "'", "-", "x", "1", "\u1e9e", "\ufb03",
])


@given(st.lists(_CASE_PIECES, max_size=12).map("".join) | st.text(max_size=40))
def test_lower_then_split_equals_split_then_lower(text: str) -> None:
    # `_plain_subject` lower-cases a clause in one call instead of word by word.
    assert text.lower().split() == [w.lower() for w in text.split()]

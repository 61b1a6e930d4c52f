"""Per-article precomputations of quote extraction agree with the plain scans they replace."""
from __future__ import annotations

from bisect import bisect_right

from hypothesis import given
from hypothesis import strategies as st

from pressroom.extract.cues import CUE_RE, cue_matches
from pressroom.extract.sentences import paragraph_starts

# Words, cue words (phrasal ones too), separators and marks that sit around cues.
_PIECES = st.sampled_from([
    "said", "Said", "says", "told", "pointed out", "went on to say", "according", "saying", "sayings",
    "the", "minister", "he", "x", " ", "  ", "\n\n", "\n", ",", ".", "-", "'", "\u2019", '"', "\u201c",
    "(", "\u2014", "\u00e9", "caf\u00e9", "1",
])
_TEXTS = st.lists(_PIECES, max_size=40).map("".join)


@given(_TEXTS)
def test_cue_matches_equal_cue_re_finditer(body: str) -> None:
    assert [(m.span(), m.group()) for m in cue_matches(body)] == [(m.span(), m.group()) for m in CUE_RE.finditer(body)]


@given(_TEXTS)
def test_paragraph_starts_index_equals_count(body: str) -> None:
    starts = paragraph_starts(body)
    for x in range(len(body) + 1):
        assert bisect_right(starts, x) - 1 == body.count("\n\n", 0, x)

"""Rewritten scans of quote extraction agree with the plain forms they replace."""
from __future__ import annotations

import re

from hypothesis import given
from hypothesis import strategies as st

from pressroom.extract import patterns as P
from pressroom.extract.cues import ADDING_PARTICIPLES, ADDING_RE, trie_pattern
from pressroom.extract.sentences import SENTENCE_END_RE
from pressroom.extract.subjects import _SPACE_RUN_RE, BETWEEN_CHARS, _between_start, _tail_match

# ADDING_RE as first written: an opening with no leading character class.
_PLAIN_ADDING_RE = re.compile(
    r"(?:,(?P<mark>[\"\u201d]|'')?\s*(?:and\s+)?|,?\s+(?:before|while|by)\s+)(?P<cue>" + trie_pattern(ADDING_PARTICIPLES)
    + r")(?![\w'\u2019-])\s*(?:that\b|:)?\s*",
    re.IGNORECASE,
)

# ... and the other patterns opened by a character class, as first written.
_PLAIN_SENTENCE_END_RE = re.compile(r"[.?!]+[\"\u201d\u2019')\]]*\s+(?=(?:''|[\"\u201c\u2018'(\[])?[A-Z0-9])")
_PLAIN_OBJECT_END_RE = re.compile(r"\s*(?:[,;(]|\s[-\u2013\u2014]{1,2}\s)")
_PLAIN_TAIL_ASIDE_RE = re.compile(
    r"(?P<rel>,\s+(?:who|which)\b(?=[^\"\u201c\u201d]*$))|,\s+(?:a|an)\s(?=[^\"\u201c\u201d,;]*$)|"
    r",?\s+(?:and|but)\s+(?:did\s+not|didn't|declined|refused|would\s+not\s+say|wouldn't\s+say|stopped\s+short|"
    r"has\s+repeatedly|has\s+also|had\s+also)\b"
)

_ADDING_PIECES = st.sampled_from([
    ",", " ", "  ", "\n", "\t", "\u00a0", "and", "And", " before ", "BY", "by", "While", "saying", "Adding", "noted",
    "added", "that", "thatx", ":", '"', "\u201d", "''", "'", "\u2019", "-", "x", "notedx", "pointing out", "pointing  out",
])
_CLAUSE_PIECES = st.sampled_from([
    ",", ";", "(", " ", "  ", "\n", "\t", "-", "--", "\u2013", "\u2014", "who", "which", "a", "an", "and", "but", "did not",
    "declined", "has  also", "x", '"', "\u201c", "Smith", ".",
])
_SENTENCE_PIECES = st.sampled_from([
    "He said", "Mr", ".", "?", "!", "...", " ", "  ", "\n", "\n\n", "\n\n\n", "A", "b", "1", "(", ")", "]", "[",
    '"', "\u201c", "\u201d", "\u2018", "\u2019", "'", "''", "x",
])


def _spans(m):
    return m and (m.span(), m.span("mark"), m.span("cue"))


@given(st.lists(_ADDING_PIECES, max_size=14).map("".join), st.integers(0, 60))
def test_adding_re_equals_plain_pattern(text: str, pos: int) -> None:
    pos = min(pos, len(text))
    assert _spans(ADDING_RE.search(text, pos)) == _spans(_PLAIN_ADDING_RE.search(text, pos))
    assert _spans(ADDING_RE.match(text, pos)) == _spans(_PLAIN_ADDING_RE.match(text, pos))


@given(st.lists(_CLAUSE_PIECES, max_size=20).map("".join), st.integers(0, 40), st.integers(0, 80))
def test_clause_break_patterns_equal_plain_patterns(text: str, pos: int, end: int) -> None:
    end = min(end, len(text))
    pos = min(pos, end)
    assert [m.span() for m in P.OBJECT_END_RE.finditer(text, pos, end)] == \
        [m.span() for m in _PLAIN_OBJECT_END_RE.finditer(text, pos, end)]
    assert [(m.start(), m.end(), bool(m.group("rel"))) for m in P.TAIL_ASIDE_RE.finditer(text, pos, end)] == \
        [(m.start(), m.end(), bool(m.group("rel"))) for m in _PLAIN_TAIL_ASIDE_RE.finditer(text, pos, end)]


@given(st.lists(_SENTENCE_PIECES, max_size=40).map("".join))
def test_sentence_end_re_equals_plain_pattern(body: str) -> None:
    assert [m.span() for m in SENTENCE_END_RE.finditer(body)] == [m.span() for m in _PLAIN_SENTENCE_END_RE.finditer(body)]


_BETWEEN_PIECES = st.sampled_from([
    "Smith", "a spokesman", ",", ", ", " ", "  ", "\n", "on Tuesday", "in a statement", "Jan. 5", "also", "has", "quickly",
    "last week", "x", "during his interview", "\u00a0", "the", "said",
])


@given(st.lists(_BETWEEN_PIECES, max_size=25).map("".join))
def test_between_start_equals_boundary_scan(window: str) -> None:
    # as first written: BETWEEN_TAIL_RE tried at every boundary of the window's tail
    cut = _tail_match(P.BETWEEN_TAIL_RE, window[-BETWEEN_CHARS:], spaces=True)
    assert _between_start(window) == len(window) - min(len(window), BETWEEN_CHARS) + cut.start()


@given(st.lists(_BETWEEN_PIECES, max_size=25).map("".join))
def test_space_run_re_equals_plain_pattern(text: str) -> None:
    assert [m.span() for m in _SPACE_RUN_RE.finditer(text)] == [m.span() for m in re.finditer(r"\s+|,", text)]

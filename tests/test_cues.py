"""Cue words and phrases (cues.py): what the one-pass scan finds, as case tables."""
from __future__ import annotations

import re

import pytest

from pressroom.extract.cues import CUE_RE, cue_lemma_needs_complement, is_tell_verb, trie_pattern

# (text, cues found, why)
CUE_CASES = [
    ("He said so.", ["said"], "plain past tense"),
    ("They pointed out that", ["pointed out"], "phrasal cue kept whole"),
    ("Stressing the point", ["Stressing"], "capitalised participle at a sentence start"),
    ("unsaid sayings", [], "only whole words"),
    ("she told and then added", ["told", "added"], "several cues"),
    ("He re-said it", [], "hyphenated compounds are not cues"),
]


@pytest.mark.parametrize(("text", "expected", "why"), CUE_CASES, ids=[c[2] for c in CUE_CASES])
def test_cues_scan(text: str, expected: list, why: str) -> None:
    assert [m.group() for m in CUE_RE.finditer(text)] == expected, why


def test_cues_case_table_has_no_duplicates() -> None:
    assert len({c[0] for c in CUE_CASES}) == len(CUE_CASES)


@pytest.mark.parametrize(("word", "needs"), [("said", False), ("explained", True), ("states", True),
                                             ("noted", False), ("described", True),
                                             ("reported", False), ("reports", True), ("revealed", False),
                                             ("reveals", True)])
def test_cues_needs_complement(word: str, needs: bool) -> None:
    assert cue_lemma_needs_complement(word) is needs


def test_cues_tell_verbs() -> None:
    assert is_tell_verb("told") and is_tell_verb("Telling") and not is_tell_verb("said")


def test_cues_trie_pattern_matches_exactly_its_words() -> None:
    words = ["say", "said", "says", "saying", "add", "pointed out"]
    pattern = re.compile("(?:" + trie_pattern(words) + r")\Z")
    assert all(pattern.match(w) for w in words)
    assert not any(pattern.match(w) for w in ["sa", "sayi", "ad", "pointed"])

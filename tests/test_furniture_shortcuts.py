"""The cheap pre-checks in text.furniture answer exactly as the full fold would."""
from __future__ import annotations

import random

import pytest

from pressroom.text import furniture as f

# Short and long lines, whitespace runs, unprintable spaces, case-expanding letters, ' :' tails.
LINES = [
    "", " ", "Share", "SHARE   THIS   ARTICLE", "Related news:", "Related News ::::   ::::::  ::: ::::::::::",
    "Copyright 2020 Example Media. All rights reserved and more words follow here.",
    "The minister said on Monday that talks would resume next week in Beijing.",
    "A" * 40, "a\u3000" * 30, "Stra\u00dfe " * 10, "\u2019" + "x" * 40, "x" + " " * 80 + "share",
    "Comments (12)", "Editor's choice" + " " * 40 + ":",
]
ALPHABET = list("abcCePpRr :.()\t\u3000\u2019\u00df\u0130\u00a9") + list("xyzXYZ")


def _random_lines(n: int) -> list[str]:
    rng = random.Random(7)
    return ["".join(rng.choice(ALPHABET) for _ in range(rng.randint(0, 70))) for _ in range(n)]


@pytest.mark.parametrize("limit", [0, 5, f.WIDGET_KEY_MAX, 160])
def test_collapses_longer_than_is_a_sure_bound(limit: int) -> None:
    for line in LINES + _random_lines(3000):
        if f.collapses_longer_than(line, limit):
            assert len(f.fold(line)) > limit, line


def test_collapses_longer_than_spots_plain_prose() -> None:
    assert f.collapses_longer_than(LINES[7], 40)
    assert not f.collapses_longer_than(LINES[12], 40)    # whitespace runs: fold it to know


def test_folds_to_widget_matches_fold() -> None:
    for line in LINES + _random_lines(3000) + [w.upper() for w in f.WIDGETS]:
        assert f.folds_to_widget(line) == (f.fold(line) in f.WIDGETS), line


def test_is_end_marker_matches_full_fold() -> None:
    extra = [m.title() + tail for m in f.END_MARKERS for tail in ("", ":", " : ", " and more prose after it")]
    for line in LINES + _random_lines(3000) + extra:
        expected = len(line) <= f.END_MAX and f.is_end_key(f.fold(line))
        assert f.is_end_marker(line) == expected, line

"""Rewritten scans of the parse and organization stages agree with the plain forms they replace."""
from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from pressroom.text import furniture as f

# Every kind of whitespace str.split() knows (ASCII controls, Unicode spaces and
# separators), runs of spaces, printable non-ASCII letters.
_WHITESPACE = [" ", "  ", "\t", "\n", "\x0b", "\x0c", "\r", "\x1c", "\x1f", "\x85", "\u00a0", "\u1680", "\u2000",
               "\u2005", "\u200a", "\u2028", "\u2029", "\u202f", "\u205f", "\u3000"]
_LINE_PIECES = st.sampled_from(_WHITESPACE + ["a", "Share", "x.y", "\u2019", "\u00df", "\u0130", "(", ":", "\x00", "\u200b"])


@given(st.lists(_LINE_PIECES, max_size=16).map("".join))
def test_collapse_equals_split_and_join(line: str) -> None:
    assert f.collapse(line) == " ".join(line.split())
    assert f.fold(line) == " ".join(line.split()).casefold().replace("\u2019", "'")


@given(st.text(max_size=30))
def test_collapse_equals_split_and_join_on_any_text(line: str) -> None:
    assert f.collapse(line) == " ".join(line.split())


# --- layout families: head signatures tried on colon lines only -------------------

from pressroom.parse import families as fam  # noqa: E402
from pressroom.parse.families._scan import union  # noqa: E402

# Pieces of stamp, credit and widget lines (every layout's words, digits, separators).
_HEAD_PIECES = st.sampled_from([
    "Updated", "updated", "Published", "published", "Source", "Xinhua", "Editor", "Last", "at", "By", "Li Wei",
    "Text", "AAAPrint", "Share - WeChat", "Global Edition", "(", ")", "|", ":", " ", "  ", "-", ".", ",", "/",
    "2020", "05", "5", "16", "26", "07-Jan-2023", "2021-07-26", "09:57", "GMT", "+8", "IST", "pm", "am", "T",
    "August", "Thursday", "Jul", "chinadaily.com.cn", "(China Daily)", "People's Daily", "\u2019", "\u0131", "\u017f",
])
_PLAIN_ANY_HEAD = union(fam._HEAD_SIGNATURES)


@given(st.lists(_HEAD_PIECES, max_size=14).map("".join))
def test_colon_needing_head_signatures_never_match_without_colon(line: str) -> None:
    line = line.replace(":", "")
    for p in fam._HEAD_SIGNATURES:
        if p not in fam.COLON_FREE_SIGNATURES:
            assert not p.match(line), p.pattern


@given(st.lists(st.lists(_HEAD_PIECES, max_size=12).map("".join), max_size=8))
def test_any_signature_head_test_equals_one_union_over_all_lines(head: list[str]) -> None:
    edges = fam.Edges(head)
    split = (edges.head_has(fam._ANY_HEAD_WITHOUT_COLON.match)
             or edges.head_has(fam._ANY_HEAD_WITH_COLON.match, needs_colon=True))
    assert split == any(map(_PLAIN_ANY_HEAD.match, edges.head))


def test_colon_needing_head_signatures_match_real_stamps_only_with_their_colon() -> None:
    stamps = ["Updated 16:26, 07-Jan-2023", "2020.05.20 18:33 GMT+8", "Source: Xinhua| 2018-12-19 17:07:03|Editor: Li Xia",
              "Source: Xinhua", "By X | chinadaily.com.cn | Updated: 2021-07-26 09:57",
              "2021-05-06 16:56:30CGTN Editor : Li Yan", "Text:AAAPrint", "Published: Jul 10, 2023 09:00 PM",
              "(Xinhua)    09:13, August 04, 2020", "Tuesday, August 28, 2001, updated at 08:27(GMT+8)",
              "Last updated at: (Beijing Time) Thursday, December 27, 2001",
              "June 29, 2017 10:33 pm | Updated December 05, 2021 09:01 am IST - NEW DELHI"]
    for line in stamps:
        assert _PLAIN_ANY_HEAD.match(line), line
        assert not _PLAIN_ANY_HEAD.match(line.replace(":", " ")), line


# --- end markers: the two-character openings before END_RE -------------------------

_END_PIECES = st.sampled_from([
    "copyright", "Copyright", "comments", "(12)", "\u00a9", "(", ")", "for the latest china news", "web ", "chief ",
    "executive ", "editor", "editors", "Editor", ":", " ", "  ", "people", "'", "\u2019", "s daily online", "-",
    "back to top", "reproduction in whole", "join st", "s telegram", "news from the associated press", "mci (p)",
    "all rights reserved", "A", "But", "\u0131", "\u017f", "\u212a", "\u0130", "\u00df", "x", "\t", "\u3000",
])


@given(st.lists(_END_PIECES, max_size=10).map("".join))
def test_end_re_matches_only_keys_with_an_end_opening(line: str) -> None:
    key = f.fold(line).rstrip(" :")
    if f.END_RE.match(key):
        assert key.startswith(f._END_OPENINGS)
    assert f.is_end_key(f.fold(line)) == (key in f.END_MARKERS or bool(f.END_RE.match(key)))


@given(st.lists(_END_PIECES, max_size=10).map("".join), st.text(max_size=40))
def test_is_end_marker_equals_full_fold(line: str, tail: str) -> None:
    for text in (line, line + tail, line + " prose " * 6 + tail):
        assert f.is_end_marker(text) == (len(text) <= f.END_MAX and f.is_end_key(f.fold(text)))

"""Features of one line of a news page's body region, for the line model (parse.line_model).

The evidence is general, never an outlet's wording: the line's length, its
share of function words (jusText's stop-word density), how it ends, title-case
and all-caps shares, digits, clocks, years and months, menu separators, a
leading bullet, dash or bracket, quotation marks, whether the page prints the
line twice or it repeats the headline, whether it opens with a dateline, and
the same prose evidence for the lines before and after it (jusText's context
smoothing, learned instead of hand-set). Features are names; the model sums
their weights.
"""
from __future__ import annotations

import re
from collections import Counter

from pressroom.parse.dateline import DATELINE, split_sign_off
from pressroom.parse.line_words import (
    CLOCK, IMPERATIVES, MONTHS, READER_MIN, READER_WORDS, SEPARATORS, STOP_WORDS, WORD, YEAR,
)
from pressroom.text.furniture import fold

_SENTENCE_END = (".", "!", "?")
RATIO_TOKENS = 40
WORD_SPAN = 1000
_ANY_DIGIT = re.compile(r"\d")
_CLOSING = "\"'\u201d\u2019)]"
_QUOTES = ("\"", "\u201c", "\u201d")
_DASHES = ("\u2014", "\u2013", "--", "- ")
_BULLETS = ("-", "\u2022", "*", "\u00b7", "\u25cf", "\u25aa")


class LineStats:
    """What the features read of one line, worked out once."""

    __slots__ = ("words", "stop", "title_case", "caps", "ends", "prose", "dateline", "reader", "imperative")

    def __init__(self, text: str) -> None:
        # a wire sign-off glued to the last paragraph ("... lifted. REUTERS") comes off after the model
        text = split_sign_off(text)[0] if text[-1:].isupper() else text
        # words past the first WORD_SPAN characters only matter below RATIO_TOKENS + 1 words (every
        # word-count test tops out at 40): a long paragraph is not tokenised to its end (same
        # features and weights, checked with cmp; paired parse runs ~2% faster, within noise)
        every = WORD.findall(text[:WORD_SPAN])
        if len(every) <= RATIO_TOKENS and len(text) > WORD_SPAN:
            every = WORD.findall(text)
        self.words = len(every)
        # the shares are read on the first RATIO_TOKENS words: stable by then, and a long
        # paragraph no longer costs its length (parse stage ~-25% pure on benchmark articles)
        tokens = every[:RATIO_TOKENS]
        n = len(tokens)
        lettered = [t for t in tokens if t[:1].isalpha()]
        self.stop = sum(map(STOP_WORDS.__contains__, map(str.lower, tokens))) / n if n else 0.0
        self.title_case = sum(map(str.isupper, (t[0] for t in lettered))) / len(lettered) if lettered else 0.0
        self.caps = sum(len(t) > 1 and t.isupper() for t in lettered) / len(lettered) if lettered else 0.0
        n = self.words
        core = text.rstrip(_CLOSING)
        self.ends = "." if core.endswith(_SENTENCE_END) else ":" if core.endswith((":", ";")) else ""
        self.prose = n >= 8 and self.stop >= 0.25 and self.ends == "."
        self.dateline = text[:1].isupper() and bool(DATELINE.match(text))
        # "US" in capitals is the country, not the reader's "us"
        lowered = [t if t.isupper() and len(t) > 1 else t.lower() for t in tokens]
        # outside quotations only: a story's quoted speakers say "we" and "you" too
        self.reader = (not any(q in text for q in _QUOTES)
                       and sum(map(READER_WORDS.__contains__, lowered)) >= READER_MIN)
        self.imperative = bool(lowered) and lowered[0].lower() in IMPERATIVES


def _bucket(value: int, edges: tuple[int, ...]) -> int:
    for k, edge in enumerate(edges):
        if value <= edge:
            return k
    return len(edges)


_WORD_EDGES = (1, 2, 3, 6, 10, 20, 40)


class RegionContext:
    """A page's body region (its candidate lines in order) plus the page facts the features compare with."""

    __slots__ = ("texts", "title_key", "_page_lines", "_keys", "_stats")

    def __init__(self, texts: list[str], page_lines: list[str], title: str | None) -> None:
        self.texts = texts
        self.title_key = fold(title) if title else ""
        self._page_lines = page_lines
        self._keys: Counter[str] | None = None
        self._stats: list[LineStats | None] = [None] * len(texts)

    def printed(self, key: str) -> int:
        """How many short lines of the page fold to key: captions, teasers, a repeated headline
        (counted once per page, when a feature first asks)."""
        if self._keys is None:
            self._keys = Counter(fold(s) for s in self._page_lines if s and len(s) < 300)
        return self._keys[key]

    def stats(self, i: int) -> LineStats:
        st = self._stats[i]
        if st is None:
            st = self._stats[i] = LineStats(self.texts[i])
        return st


def line_features(ctx: RegionContext, i: int) -> list[str]:
    """Feature names of region line i."""
    text = ctx.texts[i]
    st = ctx.stats(i)
    n = len(ctx.texts)
    f = ["bias", f"w{_bucket(st.words, _WORD_EDGES)}", f"end{st.ends or '-'}"]
    if st.words >= 3:
        f.append(f"sd{min(int(st.stop * 10), 5)}")
    if st.words >= 2:
        f.append(f"tc{min(int(st.title_case * 4), 3)}")
        if st.caps >= 0.6:
            f.append("caps")
    if st.prose:
        f.append("prose")
    if st.reader:
        f.append("reader")
    if st.imperative:
        f.append("imperative")
    low = text.lower()
    digits = sum(map(str.isdigit, text)) if _ANY_DIGIT.search(text) else 0
    if digits and digits / len(text) >= 0.15:
        f.append("digits")
    if CLOCK.search(text):
        f.append("clock")
    if YEAR.search(text):
        f.append("year")
    if st.words <= 12 and any(t.lower().strip(".") in MONTHS for t in WORD.findall(text)):
        f.append("month_short")
    if any(s in text for s in SEPARATORS):
        f.append("sep")
    if text[:1].islower():
        f.append("lower_start")
    if text.startswith(_BULLETS) and not text.startswith("--"):
        f.append("bullet")
    if text.startswith(_DASHES):
        f.append("dash_start")
    if text.startswith("(") and text.rstrip(".").endswith(")"):
        f.append("bracketed")
    if any(q in text for q in _QUOTES):
        f.append("quote")
    if low.startswith("by "):
        f.append("by_start")
    if "@" in text or "http" in low or "www." in low or ".com" in low:
        f.append("address")
    colon = text.find(":")
    if 0 < colon < 40 and st.words > 1 and len(text[:colon].split()) <= 4:
        f.append("label_colon")
    key = fold(text)
    if ctx.title_key and key == ctx.title_key:
        f.append("title")
    elif len(text) < 300 and ctx.printed(key) > 1:
        f.append("repeat")
    if st.dateline:
        f.append("dateline")
    # where the line sits, crossed with whether it is prose: the edges are where furniture clings
    kind = "P" if st.prose else "S" if st.words <= 6 else "O"
    pos = "first" if i == 0 else "second" if i == 1 else "mid"
    f.append(pos)
    f.append(f"{pos}:{kind}")
    if i == n - 1:
        f.append("last")
        f.append(f"last:{kind}")
    elif i == n - 2:
        f.append("penult")
        f.append(f"penult:{kind}")
    for side, j in (("p", i - 1), ("n", i + 1)):
        if not 0 <= j < n:
            f.append(f"{side}:none")
            continue
        other = ctx.stats(j)
        f.append(f"{side}:prose" if other.prose else f"{side}:short" if other.words <= 6 else f"{side}:other")
        if other.dateline:
            f.append(f"{side}:dateline")
    # two lines away: prose on both sides holds a short line inside the article
    if 0 <= i - 2 and i + 2 < n and ctx.stats(i - 2).prose and ctx.stats(i + 2).prose:
        f.append("inside_prose")
    return f

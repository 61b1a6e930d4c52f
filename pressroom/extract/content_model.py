"""The learned end of reported speech: where a statement's content stops.

The frames of `frames.py` run reported content from its cue to the sentence
end, cut only at a few writer's tails that rules can name. Whether a
statement goes on past `, and ...`, `, which ...`, `, but ...`, a dash or a
comma depends on what follows: a new clause with its own subject is usually
the writer again, a second predicate of the reported clause is not. Rules
written for either case lost as much as they won (see the README), so the
choice is learned: each boundary inside a reported (not wholly quoted)
statement is a candidate end, described by named features (the punctuation
and word at the boundary, the next words' classes, how much has been said
and how much is left, the cue, a `that`, a cue or quotation further on);
a logistic regression gives the probability that the statement ends there,
and the first candidate at or over `threshold` ends it.

The weights are fitted by `pressroom train quotes` (`pressroom/train/content.py`)
on the PolNeAR articles outside the held-out part and shipped as
`extract/data/content_model.json`; the file names the corpus and the split.
Pure: body offsets in, an offset out.
"""
from __future__ import annotations

import json
import math
import re
from bisect import bisect_left
from collections.abc import Sequence
from functools import lru_cache
from importlib import resources
from pathlib import Path

from pressroom.extract.cues import CUE_RE

MODEL_FORMAT = 1
MODEL_RESOURCE = "content_model.json"
THRESHOLD = 0.5
# A statement keeps at least this many words, and is only refined from this many on.
MIN_KEPT_WORDS = 3
MIN_REFINED_WORDS = 6

# Words at which a statement may end (the cut falls before them).
BOUNDARY_WORDS = frozenset("""
and but or nor while whereas as because which who whom whose when where after before since until
though although including with without amid despite if unless so than then even yet once
saying adding noting calling arguing according instead rather especially particularly
""".split())
# Closed-class words kept as themselves in features; other words become their shape.
FUNCTION_WORDS = BOUNDARY_WORDS | frozenset("""
he she they it we i you his her their its our my your this that these those there here
the a an some any no not never also still just only now already again
is are was were be been being has have had do does did will would can could should may might must
to of in on at by for from about into over under against between through during
said says say told tells asked added noted wrote
what how why whether
""".split())
PRONOUNS = frozenset("he she they it we i you".split())
# Words that make the next word a likely verb of a new clause.
AUXILIARIES = frozenset("is are was were has have had do does did will would can could should may might must".split())
# Cues grouped: the common say-verbs keep their own weight, the rest share one.
SAY_CUES = frozenset("said says say saying told tells tell added adds noted notes wrote writes".split())

_WORD_RE = re.compile(r"\w+")
_DASH_RE = re.compile(r"\s[-\u2013\u2014]{1,2}\s|\u2014")
_QUOTE_CHARS = "\"\u201c\u201d\u2018"
_CLOSERS = "\"\u201d\u2019')"


def _bin(n: int, edges: tuple[int, ...]) -> str:
    for e in edges:
        if n <= e:
            return str(e)
    return f">{edges[-1]}"


def word_class(w: str) -> str:
    """A word as a feature value: function words as themselves, others by shape."""
    low = w.lower()
    if low in FUNCTION_WORDS:
        return low
    if w[:1].isdigit():
        return "#num"
    if w[:1].isupper():
        return "#Cap"
    if low.endswith("ing"):
        return "#ing"
    if low.endswith("ed"):
        return "#ed"
    if low.endswith("ly"):
        return "#ly"
    return "#low"


def _gap_mark(gap: str) -> str:
    """The punctuation between two words that can end a statement, or ''."""
    if ";" in gap:
        return ";"
    if ":" in gap:
        return ":"
    if _DASH_RE.search(gap):
        return "-"
    if "(" in gap:
        return "("
    if "," in gap:
        return ","
    return ""


class Candidate:
    """One place a statement could end: after `kept` words, at body offset `cut`."""

    __slots__ = ("kept", "cut", "features")

    def __init__(self, kept: int, cut: int, features: list[str]) -> None:
        self.kept = kept
        self.cut = cut
        self.features = features


def _inside(spans: Sequence[tuple[int, int]], pos: int) -> bool:
    k = bisect_left(spans, (pos,))
    return k > 0 and spans[k - 1][1] > pos


def candidates(body: str, start: int, end: int, cue: str | None, spans: Sequence[tuple[int, int]]) -> list[Candidate]:
    """The candidate ends of the statement body[start:end], in order, with their features.

    `spans` are the body's quote spans (open, close), sorted; no candidate
    falls inside one.
    """
    words = list(_WORD_RE.finditer(body, start, end))
    n = len(words)
    if n < MIN_REFINED_WORDS:
        return []
    cue_words = (cue or "").lower().split()
    cue_f = cue_words[-1] if cue_words and cue_words[-1] in SAY_CUES else "other"
    that = body[max(0, start - 6):start].rstrip().lower().endswith("that")
    out: list[Candidate] = []
    for k in range(MIN_KEPT_WORDS, n):
        prev, w = words[k - 1], words[k]
        gap = body[prev.end():w.start()]
        mark = _gap_mark(gap)
        low = w.group().lower()
        if not mark and low not in BOUNDARY_WORDS:
            continue
        if _inside(spans, w.start()):
            continue
        wc = word_class(w.group())
        nxt = word_class(words[k + 1].group()) if k + 1 < n else "#end"
        nxt2 = words[k + 2].group().lower() if k + 2 < n else "#end"
        left = n - k
        f = [
            "bias", f"m:{mark}", f"w:{wc}", f"mw:{mark}|{wc}", f"mwn:{mark}|{wc}|{nxt}", f"n:{nxt}",
            f"p:{word_class(prev.group())}", f"kept:{_bin(k, (4, 6, 9, 14, 20, 30))}",
            f"left:{_bin(left, (2, 4, 7, 12, 20))}", f"mleft:{mark}|{_bin(left, (2, 4, 7, 12, 20))}",
            f"cue:{cue_f}", f"cm:{cue_f}|{mark}|{wc if wc in BOUNDARY_WORDS else ''}",
        ]
        if that:
            f.append(f"that|{mark}")
        if not out:
            f.append("first")
        # a subject and a verb after the boundary: a new clause
        subj = wc in PRONOUNS or wc == "#Cap" or (mark and nxt in PRONOUNS)
        verbish = (nxt in AUXILIARIES or nxt in ("#ed", "said", "says") or nxt2 in AUXILIARIES)
        if subj and verbish:
            f.append(f"clause|{mark}")
        if any(ch in gap for ch in _QUOTE_CHARS):
            f.append("quote")
        rest = body[w.start():end]
        cm = CUE_RE.search(rest)
        if cm is not None:
            f.append("cue_after")
            if len(rest[:cm.start()].split()) <= 4:
                f.append("cue_near")
        cut = prev.end()
        while cut < w.start() and body[cut] in _CLOSERS:
            cut += 1
        out.append(Candidate(k, cut, f))
    return out


class ContentModel:
    """Feature weights and the probability at which a candidate ends the statement."""

    __slots__ = ("weights", "threshold", "meta")

    def __init__(self, weights: dict[str, float], meta: dict[str, object] | None = None,
                 threshold: float = THRESHOLD) -> None:
        self.weights = weights
        self.threshold = threshold
        self.meta = meta or {}

    def probability(self, feats: list[str]) -> float:
        w = self.weights
        z = sum(w.get(f, 0.0) for f in feats)
        return 1.0 / (1.0 + math.exp(-max(-30.0, min(30.0, z))))

    def end(self, body: str, start: int, end: int, cue: str | None, spans: Sequence[tuple[int, int]]) -> int:
        """Where the statement body[start:end] ends: the first candidate the model picks, else end."""
        for c in candidates(body, start, end, cue, spans):
            if self.probability(c.features) >= self.threshold:
                return c.cut
        return end

    def to_dict(self) -> dict[str, object]:
        return {"format": MODEL_FORMAT, "threshold": self.threshold, "meta": self.meta, "weights": self.weights}


def model_from_dict(data: dict) -> ContentModel:
    if data.get("format") != MODEL_FORMAT:
        raise ValueError(f"content model format {data.get('format')!r}, expected {MODEL_FORMAT}")
    return ContentModel({str(k): float(v) for k, v in data["weights"].items()}, dict(data.get("meta", {})),
                        float(data.get("threshold", THRESHOLD)))


def read_model(path: str | Path) -> ContentModel:
    return model_from_dict(json.loads(Path(path).read_text(encoding="utf-8")))


@lru_cache(maxsize=1)
def load_content_model() -> ContentModel:
    """The shipped model, loaded once per process."""
    with resources.files("pressroom.extract").joinpath("data", MODEL_RESOURCE).open("r", encoding="utf-8") as fh:
        return model_from_dict(json.load(fh))

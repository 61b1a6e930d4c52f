"""The learned organization tagger: weights, loader and decoder.

A first-order linear-chain model over the tokens of each name run
(`org_tokens.name_runs`) with tags O, B, I: each token's score for a tag is
the sum of its features' weights (`org_features.token_features`), plus a
transition weight from the previous tag; Viterbi finds the best tag
sequence, and I never follows O or opens a run. The weights are an averaged
perceptron's, trained by `pressroom train orgs` (`pressroom/train/orgs.py`)
and shipped as `extract/data/org_model.json.gz`; the file names the corpus
and the seed it came from.
"""
from __future__ import annotations

import gzip
import json
from collections.abc import Callable
from functools import lru_cache
from importlib import resources

from pressroom.extract.org_features import (
    DocContext,
    next1_features,
    next2_features,
    prev1_features,
    prev2_features,
    run_features,
    shape,
    token_only_features,
    word_features,
)
from pressroom.extract.org_tokens import RUN_CONNECTORS, Token

TAGS = ("O", "B", "I")
O, B, I = 0, 1, 2
_NEG = -1e18
MODEL_FORMAT = 1
MODEL_RESOURCE = "org_model.json.gz"
_CACHE_MAX = 50_000   # words per feature-group cache (a few MB), cleared when full


class OrgModel:
    """Feature weights (one triple per feature: O, B, I) and transition weights."""

    __slots__ = ("weights", "trans", "start", "meta", "_groups")

    def __init__(self, weights: dict[str, tuple[float, float, float]],
                 trans: list[list[float]], start: list[float], meta: dict[str, object]) -> None:
        self.weights = weights
        self.trans = trans      # trans[prev][tag]
        self.start = start      # score of each tag on a run's first token
        self.meta = meta
        # per feature group, word -> summed weights of that word's group features
        self._groups: tuple[dict[str, tuple[float, float, float]], ...] = ({}, {}, {}, {}, {})

    def emissions(self, feats: list[str]) -> tuple[float, float, float]:
        so = sb = si = 0.0
        w = self.weights
        for f in feats:
            v = w.get(f)
            if v is not None:
                so += v[0]
                sb += v[1]
                si += v[2]
        return so, sb, si

    def _cached(self, group: int, text: str, features: Callable[[str], list[str]]) -> tuple[float, float, float]:
        cache = self._groups[group]
        v = cache.get(text)
        if v is None:
            if len(cache) >= _CACHE_MAX:
                cache.clear()
            v = cache[text] = self.emissions(features(text))
        return v

    def run_scores(self, toks: list[Token], first: int, last: int, rule: list[int],
                   doc: DocContext) -> list[tuple[float, float, float]]:
        """`emissions(token_features(...))` of each token of a run, from per-word sums of its cached groups.

        Measured: the same scores (a test compares) at a fraction of the
        cost of building every feature string (README, Performance).
        """
        n = len(toks)
        r = self.emissions(run_features(toks, first, last))
        out = []
        for i in range(first, last):
            text = toks[i].text
            w = self._cached(0, text, word_features)
            p1 = self._cached(1, toks[i - 1].text if i > 0 else "", prev1_features)
            p2 = self._cached(2, toks[i - 2].text if i > 1 else "", prev2_features)
            n1 = self._cached(3, toks[i + 1].text if i + 1 < n else "", next1_features)
            n2 = self._cached(4, toks[i + 2].text if i + 2 < n else "", next2_features)
            e = self.emissions(token_only_features(toks, i, first, last, rule, doc, shape(text)))
            out.append((r[0] + w[0] + p1[0] + p2[0] + n1[0] + n2[0] + e[0],
                        r[1] + w[1] + p1[1] + p2[1] + n1[1] + n2[1] + e[1],
                        r[2] + w[2] + p1[2] + p2[2] + n1[2] + n2[2] + e[2]))
        return out

    def decode(self, scores: list[tuple[float, float, float]]) -> list[int]:
        """Best tag sequence (Viterbi) for one run's emission scores."""
        n = len(scores)
        trans = self.trans
        st = self.start
        prev = [scores[0][O] + st[O], scores[0][B] + st[B], _NEG]
        back: list[tuple[int, int, int]] = []
        for k in range(1, n):
            e = scores[k]
            cur = [0.0, 0.0, 0.0]
            ptr = [0, 0, 0]
            for tag in (O, B, I):
                best, arg = _NEG, 0
                for p in (O, B, I):
                    if tag == I and p == O:
                        continue
                    v = prev[p] + trans[p][tag]
                    if v > best:
                        best, arg = v, p
                cur[tag] = best + e[tag]
                ptr[tag] = arg
            back.append((ptr[0], ptr[1], ptr[2]))
            prev = cur
        tag = max((O, B, I), key=lambda t: prev[t])
        out = [tag]
        for ptrs in reversed(back):
            tag = ptrs[tag]
            out.append(tag)
        out.reverse()
        return out

    def tag_spans(self, toks: list[Token], runs: list[tuple[int, int]], rule: list[int],
                  doc: DocContext) -> list[tuple[int, int]]:
        """(first, last + 1) token indexes of every organization the model finds in the runs."""
        spans: list[tuple[int, int]] = []
        for first, last in runs:
            tags = self.decode(self.run_scores(toks, first, last, rule, doc))
            open_at = -1
            for k, tag in enumerate(tags):
                i = first + k
                if tag != I and open_at >= 0:
                    spans.append((open_at, i))
                    open_at = -1
                if tag == B:
                    open_at = i
            if open_at >= 0:
                spans.append((open_at, last))
        return [trimmed for a, b in spans if (trimmed := _trim_connectors(toks, a, b)) is not None]


def _trim_connectors(toks: list[Token], a: int, b: int) -> tuple[int, int] | None:
    """A span without connectors at its edges (`'s Ministry of Commerce` -> `Ministry of Commerce`); None if nothing is left."""
    while a < b and toks[a].text in RUN_CONNECTORS:
        a += 1
    while b > a and toks[b - 1].text in RUN_CONNECTORS:
        b -= 1
    return (a, b) if a < b else None


def model_from_dict(data: dict) -> OrgModel:
    """An `OrgModel` from the JSON form written by the trainer."""
    if data.get("format") != MODEL_FORMAT:
        raise ValueError(f"organization model format {data.get('format')!r}, expected {MODEL_FORMAT}")
    weights = {f: (float(v[0]), float(v[1]), float(v[2])) for f, v in data["weights"].items()}
    trans = [[float(x) for x in row] for row in data["trans"]]
    start = [float(x) for x in data["start"]]
    return OrgModel(weights, trans, start, dict(data.get("meta") or {}))


def model_to_dict(model: OrgModel) -> dict:
    return {"format": MODEL_FORMAT, "meta": model.meta, "trans": model.trans, "start": model.start,
            "weights": {f: list(v) for f, v in sorted(model.weights.items())}}


def read_model(path: str) -> OrgModel:
    """A model from a `.json.gz` (or plain `.json`) file written by `pressroom train orgs`."""
    opener = gzip.open if path.endswith(".gz") else open
    with opener(path, "rt", encoding="utf-8") as fh:
        return model_from_dict(json.load(fh))


@lru_cache(maxsize=4)
def load_org_model(path: str | None = None) -> OrgModel:
    """The shipped model (or the one at `path`), loaded once per process."""
    if path is not None:
        return read_model(path)
    with resources.files("pressroom.extract").joinpath("data", MODEL_RESOURCE).open("rb") as raw:
        with gzip.open(raw, "rt", encoding="utf-8") as fh:
            return model_from_dict(json.load(fh))

"""The learned line model: which lines of a news page's body region are article text.

A logistic regression over `line_features` (named binary features, one
weight each), trained by `pressroom train pages` (`pressroom/train/lines.py`)
on real pages with gold and shipped as `parse/data/line_model.json`; the file
names the pages and the settings it came from. The rules find the region
(from the first prose line after the headline to the first end marker, known
furniture dropped); the model then trims what still clings to its edges -
banners, sign-up blocks, captions, a repeated headline, credit lines, lists
of other stories - and drops a line inside it only when it is surely not
text. Clean article files never reach it (parse.body keeps them as printed).
"""
from __future__ import annotations

import json
import math
from functools import lru_cache
from importlib import resources
from pathlib import Path

from pressroom.parse.line_features import RegionContext, line_features
from pressroom.parse.line_words import MAY_ADDRESS_READER

MODEL_FORMAT = 1
MODEL_RESOURCE = "line_model.json"
EDGE_THRESHOLD = 0.5    # an edge line stays when the model gives it at least this
DROP_THRESHOLD = 0.2    # a line inside the text goes only below this
PROSE_CHARS = 50       # a sentence line this long is never dropped from inside the text
_CLOSING = "\"'\u201d\u2019)]"


class LineModel:
    """Feature weights plus the two thresholds that turn probabilities into a region."""

    __slots__ = ("weights", "edge", "drop", "meta")

    def __init__(self, weights: dict[str, float], meta: dict[str, object] | None = None,
                 edge: float = EDGE_THRESHOLD, drop: float = DROP_THRESHOLD) -> None:
        self.weights = weights
        self.edge = edge
        self.drop = drop
        self.meta = meta or {}

    def probability(self, feats: list[str]) -> float:
        w = self.weights
        z = sum(w.get(f, 0.0) for f in feats)
        return 1.0 / (1.0 + math.exp(-max(-30.0, min(30.0, z))))

    def keep(self, ctx: RegionContext) -> list[int]:
        """Indices of the region lines to keep, in order; every line when none reaches the edge threshold.

        Edges are trimmed from each end until a line reaches `edge` or is a
        sentence line of PROSE_CHARS+ characters (always text);
        between them a line goes only when its probability is below `drop`.
        Only the lines that are not long sentences are scored, lazily: a body of
        long paragraphs costs a string test per line."""
        n = len(ctx.texts)
        p: dict[int, float] = {}

        def prob(i: int) -> float:
            if i not in p:
                p[i] = self.probability(line_features(ctx, i))
            return p[i]

        def text(i: int) -> bool:
            # a long sentence is text at an edge too, unless it is a blurb: then the model decides
            return (_surely_prose(ctx, i) and not _blurb(ctx, i)) or prob(i) >= self.edge

        first = next((i for i in range(n) if text(i)), None)
        if first is None:
            return list(range(n))
        last = next(i for i in range(n - 1, first - 1, -1) if text(i))
        # a long line that ends a sentence is text wherever it stands; only the others are scored
        return [i for i in range(first, last + 1)
                if i in (first, last) or _surely_prose(ctx, i) or prob(i) >= self.drop]

    def to_json(self) -> dict:
        return {"format": MODEL_FORMAT, "meta": self.meta, "edge": self.edge, "drop": self.drop,
                "weights": dict(sorted(self.weights.items()))}


def _blurb(ctx: RegionContext, i: int) -> bool:
    """A line that talks to the reader or opens with an imperative (a donation or app blurb); the
    line's stats only when the regex test says one may hold: most sentences are never tokenised."""
    if not MAY_ADDRESS_READER.search(ctx.texts[i]):
        return False
    st = ctx.stats(i)
    return st.reader or st.imperative


def _surely_prose(ctx: RegionContext, i: int) -> bool:
    """PROSE_CHARS+ characters ending a sentence: a string test, so most of a body's lines
    are never featurised (parse stage, pure build: the model's cost per article fell ~60%)."""
    text = ctx.texts[i]
    return len(text) >= PROSE_CHARS and text.rstrip(_CLOSING).endswith((".", "!", "?"))


def model_from_json(data: dict) -> LineModel:
    if data.get("format") != MODEL_FORMAT:
        raise ValueError(f"line model format {data.get('format')!r}, expected {MODEL_FORMAT}")
    return LineModel({k: float(v) for k, v in data["weights"].items()}, data.get("meta", {}),
                     float(data["edge"]), float(data["drop"]))


def read_line_model(path: str | Path) -> LineModel:
    """A line model written by `pressroom train pages --out FILE`."""
    return model_from_json(json.loads(Path(path).read_text(encoding="utf-8")))


@lru_cache(maxsize=1)
def shipped_line_model() -> LineModel:
    """The model inside the package, loaded once per process."""
    data = resources.files("pressroom.parse").joinpath("data", MODEL_RESOURCE).read_text(encoding="utf-8")
    return model_from_json(json.loads(data))

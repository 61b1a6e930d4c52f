"""The logistic regression the line model is fitted with (train.lines).

L2-regularised, over named binary features, fitted by full-batch gradient
descent with AdaGrad steps from zero weights: no randomness, so the same
rows give the same weights. Each row carries a weight (the trainers balance
outlets with it). Features seen on fewer than MIN_COUNT rows get no weight:
one page's oddity must not become a rule.
"""
from __future__ import annotations

import math
from collections import Counter, defaultdict

EPOCHS = 400
STEP = 0.5
L2 = 0.002          # on the mean loss: keeps rare features' weights small
MIN_COUNT = 2

Row = tuple[list[str], int, float]      # (feature names, 0/1 label, weight)


def fit(rows: list[Row], epochs: int = EPOCHS, l2: float = L2) -> dict[str, float]:
    """Weights by feature name (rounded to 5 decimals, zeros left out)."""
    seen = Counter(f for feats, _, _ in rows for f in set(feats))
    keep = {f for f, c in seen.items() if c >= MIN_COUNT}
    data = [([f for f in feats if f in keep], y, w) for feats, y, w in rows]
    weights: dict[str, float] = defaultdict(float)
    g2: dict[str, float] = defaultdict(float)
    total = sum(w for _, _, w in data) or 1.0
    for _ in range(epochs):
        grad: dict[str, float] = defaultdict(float)
        for feats, y, w in data:
            z = sum(weights[f] for f in feats)
            p = 1.0 / (1.0 + math.exp(-max(-30.0, min(30.0, z))))
            d = w * (p - y)
            for f in feats:
                grad[f] += d
        for f in keep:
            g = grad[f] / total + l2 * weights[f]
            g2[f] += g * g
            if g2[f] > 0:
                weights[f] -= STEP * g / math.sqrt(g2[f])
    return {f: round(v, 5) for f, v in sorted(weights.items()) if abs(v) >= 1e-5}


def outlet_weights(outlets: list[str]) -> list[float]:
    """A weight per row so that every outlet's rows weigh as much in total as every other's."""
    per = Counter(outlets)
    mean = len(outlets) / len(per) if per else 1.0
    return [mean / per[o] for o in outlets]


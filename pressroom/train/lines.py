"""Train the line model (parse/line_model.py) from real pages with gold.

`pressroom train pages --pages RAW GOLD [--pages RAW GOLD ...] --out FILE`
reads page folders in the news-pages
format (gold article fields per page, see `pressroom/evaluate/pages.py`),
lets the rules find each news page's body region,
and labels every region line from the gold: text when it lies
between the line holding `body_starts_with` and the line holding
`body_ends_with` and holds none of the `body_excludes` strings; furniture
otherwise. A page whose gold start or end is not in its region (the rules
cut it wrongly, or the page is a clean file) teaches nothing about edges and
is skipped, and counted.

The model is train.logistic's deterministic logistic regression. Lines are
weighted so that each outlet counts as much as every other (a dozen pages of
one site must not teach the model that site's furniture alone).
"""
from __future__ import annotations

import json
import re
from collections import Counter
from pathlib import Path

from pressroom.evaluate.pages import GoldPage, load_pages
from pressroom.parse import body_region
from pressroom.parse.dateline import split_dateline
from pressroom.parse.line_features import RegionContext, line_features
from pressroom.parse.line_model import LineModel
from pressroom.train import logistic
from pressroom.train.logistic import Row, fit, outlet_weights


def _ws(s: str) -> str:
    return re.sub(r"\s+", " ", s).strip()


def label_region(ctx: RegionContext, article: dict) -> list[int] | None:
    """1/0 per region line from the gold fields; None when the gold edges are not both in the region."""
    texts = [_ws(t) for t in ctx.texts]
    start, end = _ws(article["body_starts_with"]), _ws(article["body_ends_with"])
    first = next((i for i, t in enumerate(texts) if start in t or (len(start) > 40 and start[:40] in t)), None)
    if first is None:
        return None
    last = next((i for i in range(len(texts) - 1, first - 1, -1)
                 if end in texts[i] or (len(end) > 40 and end[-40:] in texts[i])), None)
    if last is None:
        return None
    excludes = [_ws(x) for x in article.get("body_excludes", ()) if x.strip()]
    # the dateline comes off the first paragraph after the model (gold excludes it from the body)
    texts = [split_dateline(t)[2] for t in texts]
    return [int(first <= i <= last and not any(x in t for x in excludes)) for i, t in enumerate(texts)]


def examples(pages: list[GoldPage]) -> tuple[list[Row], dict[str, int]]:
    """(features, label, weight) per region line of every usable page, and counts of what was used."""
    rows: list[tuple[list[str], int, str]] = []
    counts: Counter[str] = Counter()
    for page in pages:
        ctx = body_region(page.text)
        if ctx is None:
            counts["pages_without_region"] += 1
            continue
        labels = label_region(ctx, page.article)
        if labels is None:
            counts["pages_edges_not_in_region"] += 1
            continue
        counts["pages_used"] += 1
        rows.extend((line_features(ctx, i), y, page.outlet) for i, y in enumerate(labels))
    counts["lines"] = len(rows)
    counts["text_lines"] = sum(y for _, y, _ in rows)
    counts["outlets"] = len({o for _, _, o in rows})
    weights = outlet_weights([o for _, _, o in rows])
    return [(f, y, w) for (f, y, _), w in zip(rows, weights)], dict(counts)


def train_line_model(pages: list[GoldPage]) -> LineModel:
    """A LineModel fitted on these pages (the leave-one-outlet-out evaluation calls this per fold)."""
    rows, counts = examples(pages)
    return LineModel(fit(rows), {"counts": counts})


def main(corpora: list[tuple[Path, Path]], out: Path) -> int:
    """CLI body of `pressroom train pages`."""
    pages = [p for raw, gold in corpora for p in load_pages(raw, gold)]
    rows, counts = examples(pages)
    model = LineModel(fit(rows), {
        "trained_on": [f"{raw.name}+{gold.name}" for raw, gold in corpora],
        "pages": len(pages), "outlets": sorted({p.outlet for p in pages}),
        "epochs": logistic.EPOCHS, "step": logistic.STEP, "l2": logistic.L2, "min_count": logistic.MIN_COUNT,
        "counts": counts,
    })
    out.write_text(json.dumps(model.to_json(), indent=1) + "\n", encoding="utf-8")
    print(f"line model: {len(model.weights)} weights from {counts.get('lines', 0)} lines "
          f"of {counts.get('pages_used', 0)}/{len(pages)} pages ({counts.get('outlets', 0)} outlets) -> {out}")
    return 0

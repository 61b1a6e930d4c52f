"""What the stage benchmarks share (`parse_stage.py`, `quote_stage.py`, `chain.py`): their arguments,
the benchmark articles they read, and the best-of-passes CPU timing."""
from __future__ import annotations

import argparse
import json
import tempfile
import time
from collections.abc import Callable, Sequence
from pathlib import Path

from corpus import write_corpus

from pressroom import build, io
from pressroom.text.decode import decode
from pressroom.text.normalize import normalize


def stage_args(doc: str) -> argparse.Namespace:
    """--articles, --passes and --corpus (written once, then reused, so that installs can be paired)."""
    ap = argparse.ArgumentParser(description=doc.splitlines()[0])
    ap.add_argument("--articles", type=int, default=2000)
    ap.add_argument("--passes", type=int, default=4)
    ap.add_argument("--corpus", type=Path, help="write the articles here once and reuse them")
    return ap.parse_args()


def corpus_texts(args: argparse.Namespace) -> list[str]:
    """The benchmark articles (bench/corpus.py, seeded), decoded and normalized as a run reads them."""
    folder = args.corpus or Path(tempfile.mkdtemp(prefix="pressroom-stage-"))
    if not any(folder.rglob("*.txt")):
        write_corpus(folder, args.articles)
    return [normalize(decode(io.read_bytes(f, 1 << 30)).text) for f in io.discover(folder)[:args.articles]]


def report_best_pass(stage: str, items: Sequence, run: Callable, passes: int) -> None:
    """Run `run(item)` over items `passes` times; print the best pass's CPU µs per item and the build."""
    best = float("inf")
    for _ in range(passes):
        start = time.process_time()
        for item in items:
            run(item)
        best = min(best, time.process_time() - start)
    print(json.dumps({"build": build(), "articles": len(items),
                      f"{stage}_us_per_article": round(best / len(items) * 1e6, 1)}))

"""The parse stage alone: `python bench/parse_stage.py [--articles 2000] [--passes 4] [--corpus DIR]`.

Parses the same benchmark articles (bench/corpus.py, seeded) several times in
one process and prints the best pass's µs/article and the build (pure or
compiled). With --corpus the articles are written there once and reused, so
two installs can be paired on the same files, e.g.
`for i in $(seq 8); do OLD/bin/python bench/parse_stage.py --corpus /tmp/pc; NEW/bin/python bench/parse_stage.py --corpus /tmp/pc; done`
(alternating, so that drift in the machine's speed falls on both; run from outside the
clone so that each install's own build runs).
"""
from __future__ import annotations

import argparse
import json
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))
from corpus import write_corpus  # noqa: E402

from pressroom import build, io  # noqa: E402
from pressroom.parse import parse_article  # noqa: E402
from pressroom.text.decode import decode  # noqa: E402
from pressroom.text.normalize import normalize  # noqa: E402


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--articles", type=int, default=2000)
    ap.add_argument("--passes", type=int, default=4)
    ap.add_argument("--corpus", type=Path, help="write the articles here once and reuse them")
    args = ap.parse_args()
    folder = args.corpus or Path(tempfile.mkdtemp(prefix="pressroom-parse-"))
    if not any(folder.rglob("*.txt")):
        write_corpus(folder, args.articles)
    files = io.discover(folder)[:args.articles]
    texts = [normalize(decode(io.read_bytes(f, 1 << 30)).text) for f in files]
    best = float("inf")
    for _ in range(args.passes):
        start = time.process_time()
        for text in texts:
            parse_article(text)
        best = min(best, time.process_time() - start)
    print(json.dumps({"build": build(), "articles": len(texts), "parse_us_per_article": round(best / len(texts) * 1e6, 1)}))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())

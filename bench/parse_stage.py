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

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))
from stage_timing import corpus_texts, report_best_pass, stage_args  # noqa: E402

from pressroom.parse import parse_article  # noqa: E402


def main() -> int:
    args = stage_args(__doc__)
    report_best_pass("parse", corpus_texts(args), parse_article, args.passes)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())

"""The quote stage alone: `python bench/quote_stage.py [--articles 2000] [--passes 4] [--corpus DIR]`.

Parses the benchmark articles (bench/corpus.py, seeded) and finds their
organizations once, then runs quote extraction over them several times in one
process and prints the best pass's µs/article and the build (pure or compiled).
With --corpus the articles are written there once and reused, so two installs
can be paired on the same files, e.g.
`for i in $(seq 8); do OLD/bin/python bench/quote_stage.py --corpus /tmp/pc; NEW/bin/python bench/quote_stage.py --corpus /tmp/pc; done`
(alternating, so that drift in the machine's speed falls on both; run from outside the
clone so that each install's own build runs).
"""
from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))
from stage_timing import corpus_texts, report_best_pass, stage_args  # noqa: E402

from pressroom.extract import load_org_lexicon  # noqa: E402
from pressroom.extract.org_model import load_org_model  # noqa: E402
from pressroom.extract.orgs import find_organizations  # noqa: E402
from pressroom.extract.quotes import find_quotes  # noqa: E402
from pressroom.parse import parse_article  # noqa: E402
from pressroom.records import ParsedArticle  # noqa: E402


def main() -> int:
    args = stage_args(__doc__)
    lexicon, model = load_org_lexicon(), load_org_model()  # the organizations a run would pass on
    inputs = []
    for text in corpus_texts(args):
        article = parse_article(text)
        if isinstance(article, ParsedArticle):
            inputs.append((article.body, find_organizations(article.body, lexicon, model)))
    report_best_pass("quotes", inputs, lambda item: find_quotes(*item), args.passes)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())

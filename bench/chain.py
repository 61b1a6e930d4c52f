"""The whole extraction chain in one process: `python bench/chain.py [--articles 2000] [--passes 4] [--corpus DIR]`.

Parse, organizations (rules and the learned tagger) and quotes for each
benchmark article (bench/corpus.py, seeded), as a worker runs them on one
file; prints the best pass's µs/article and the build. For a cost that does
not move with the machine, count instructions: the same command under
`valgrind --tool=callgrind` with `--passes 2` minus `--passes 1` is one pass
(`PYTHONHASHSEED=0`, the same --corpus for both installs, run from outside the
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
    lexicon, model = load_org_lexicon(), load_org_model()

    def extract(text: str) -> None:
        article = parse_article(text)
        if isinstance(article, ParsedArticle):
            find_quotes(article.body, find_organizations(article.body, lexicon, model))

    report_best_pass("chain", corpus_texts(args), extract, args.passes)
    return 0


if __name__ == "__main__":
    sys.exit(main())

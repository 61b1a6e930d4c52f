"""Train the content model (extract/content_model.py) from a PolNeAR-format corpus.

`pressroom train quotes --corpus DIR --out FILE [--split fit]` runs the quote
rules (without the content model) over every article of the split and lines
each reported (not wholly quoted) statement they emit up with the annotated
attribution whose content starts where the statement does (a word earlier
counts: annotators keep the `that`). The statement's candidate ends
(`content_model.candidates`) are then labelled in order: 0 for each one
before the gold end, 1 for the candidate at the gold end, and nothing after
it (the model is read the same way: the first candidate over the threshold
ends the statement). A statement that ends where the gold does labels all
its candidates 0. Statements with no such gold teach nothing and are
counted, not used.

Every attribution's content counts, thoughts and evidence too: where content
ends is the same question for `believes` as for `said`. The fit is
train.logistic's deterministic logistic regression; the held-out part of the
corpus (`--split fit` leaves it out) is what `pressroom eval quotes --split
held` scores the result on.
"""
from __future__ import annotations

import bisect
import json
import re
from collections import Counter
from pathlib import Path

from pressroom.evaluate.quotes import _parse_ann, in_split
from pressroom.extract.content_model import ContentModel, candidates
from pressroom.extract.org_lexicon import load_org_lexicon
from pressroom.extract.org_model import load_org_model
from pressroom.extract.orgs import find_organizations
from pressroom.extract.quotes import find_quotes
from pressroom.extract.sentences import split_sentences
from pressroom.parse import parse_article
from pressroom.records import ParsedArticle
from pressroom.text.normalize import normalize
from pressroom.train.logistic import Row, fit

WORD_RE = re.compile(r"\w+")
# How far (in words) a gold content may start before the statement and still be its gold (`that`).
START_SLACK = 1


def gold_contents(raw: str, ann: Path) -> list[tuple[int, int]]:
    """(first word, last word) indices into raw's \\w+ words of every annotated content."""
    starts = [m.start() for m in WORD_RE.finditer(raw)]
    spans, events = _parse_ann(ann)
    out = []
    for ev in events:
        pieces = [p for ref in ev.get("Content", []) for p in spans.get(ref, [])]
        idx = [i for s, e in pieces for i in range(bisect.bisect_left(starts, s), bisect.bisect_left(starts, e))]
        if idx:
            out.append((min(idx), max(idx)))
    return out


def _locate(words: list[str], seq: list[str], hint: int) -> int | None:
    """Index of seq in words, searching from hint first, then from the start."""
    n = len(seq)
    for lo in (hint, 0):
        i = lo
        while True:
            try:
                i = words.index(seq[0], i)
            except ValueError:
                break
            if words[i:i + n] == seq:
                return i
            i += 1
    return None


def article_rows(raw: str, golds: list[tuple[int, int]], lexicon, org_model, counts: Counter) -> list[Row]:
    """Labelled candidate ends of one article's reported statements."""
    article = parse_article(normalize(raw))
    if not isinstance(article, ParsedArticle):
        counts["articles rejected"] += 1
        return []
    body = article.body
    quotes = find_quotes(body, find_organizations(body, lexicon, org_model), content_model=None)
    spans = split_sentences(body)[1]
    words = [w.lower() for w in WORD_RE.findall(raw)]
    rows: list[Row] = []
    hint = 0
    for q in quotes:
        if q.kind == "direct":
            continue
        cands = candidates(body, q.start, q.end, q.cue, spans)
        if not cands:
            continue
        seq = [w.lower() for w in WORD_RE.findall(q.text)]
        p0 = _locate(words, seq, hint)
        if p0 is None:
            counts["statements not found in the text"] += 1
            continue
        hint = p0
        p1 = p0 + len(seq) - 1
        mine = [(abs(g0 - p0), -g1, g1) for g0, g1 in golds if p0 - START_SLACK <= g0 <= p0 and p0 < g1 <= p1]
        if not mine:
            counts["statements without a gold content"] += 1
            continue
        kept = min(mine)[2] - p0 + 1
        counts["statements used"] += 1
        counts["statements ending early" if kept < len(seq) else "statements ending at the rules' end"] += 1
        for c in cands:
            if c.kept > kept:
                break
            rows.append((c.features, int(c.kept == kept), 1.0))
    return rows


def examples(corpus: Path, split: str) -> tuple[list[Row], Counter]:
    """Rows of every annotated article of the split, and counts of what was used."""
    lexicon, org_model = load_org_lexicon(), load_org_model()
    counts: Counter = Counter()
    rows: list[Row] = []
    for text in sorted((corpus / "text").glob("*.txt")):
        if not in_split(text.name, split):
            continue
        anns = sorted((corpus / "attributions").glob(text.stem + "_*.ann"))
        if not anns:
            continue
        raw = text.read_text(encoding="utf-8")
        counts["articles"] += 1
        rows += article_rows(raw, gold_contents(raw, anns[0]), lexicon, org_model, counts)
    counts["candidate rows"] = len(rows)
    counts["positive rows"] = sum(y for _, y, _ in rows)
    return rows, counts


def main(corpus: Path, out: Path, split: str = "fit") -> int:
    rows, counts = examples(corpus, split)
    if not rows:
        print(f"train quotes: no usable statements under {corpus} (split {split})")
        return 2
    weights = fit(rows)
    meta = {"corpus": corpus.name, "split": split, **{k: counts[k] for k in sorted(counts)}}
    model = ContentModel(weights, meta)
    out.write_text(json.dumps(model.to_dict(), indent=0, sort_keys=True) + "\n", encoding="utf-8")
    for k in sorted(counts):
        print(f"  {k}: {counts[k]}")
    print(f"wrote {out}: {len(weights)} weights")
    return 0

"""Train, cross-validate and score the learned organization tagger.

`pressroom train orgs --corpus DIR --out FILE` reads a corpus in the
gum-orgs format (`text/NAME.txt`: title line, blank line, body;
`gold/NAME.json`: organizations with character-offset mentions into the
body, plus `ignored` mentions) and writes the weights of an averaged
structured perceptron (`extract/org_model.py`). Training is deterministic:
documents are visited in an order drawn from `--seed`, and the file records
the corpus, seed, epochs and counts.

`pressroom train orgs --corpus DIR --folds K` instead reports K-fold
cross-validation by document (each fold trained on the other K-1), next to
the rules alone on the same documents, so a change is judged on text the
model did not fit on.
"""
from __future__ import annotations

import gzip
import json
import pathlib
import random
import time
from dataclasses import dataclass, field

from pressroom.extract.org_features import DocContext, rule_marks, token_features
from pressroom.extract.org_lexicon import OrgLexicon, load_org_lexicon
from pressroom.extract.org_model import B, I, O, TAGS, OrgModel, model_to_dict
from pressroom.extract.org_tokens import Token, name_runs, tokenize
from pressroom.extract.acronyms import find_acronym_definitions
from pressroom.extract.orgs import find_organizations, rule_spans

Span = tuple[int, int]
# GUM's documents are annotated as the target sets are (named mentions, GUM
# conventions); UNER's are noisier and of other registers. Visiting each GUM
# document three times per epoch: 5-fold CV on GUM 0.678 -> 0.689, PUD 0.572
# -> 0.584, UNER-EWT 0.531 -> 0.529.
GUM_REPEATS = 3


@dataclass
class Doc:
    name: str
    body: str
    gold: set[Span]
    ignored: list[Span]
    toks: list[Token] = field(default_factory=list)
    runs: list[tuple[int, int]] = field(default_factory=list)
    feats: list[list[list[str]]] = field(default_factory=list)   # per run, per token
    tags: list[list[int]] = field(default_factory=list)          # gold tags per run, per token


def _strip_the(body: str, s: int, e: int) -> Span:
    return (s + 4, e) if body[s:s + 4].lower() == "the " else (s, e)


def read_corpus(corpus: pathlib.Path) -> list[Doc]:
    """Every document of `corpus` with its gold spans (sorted by name)."""
    docs = []
    for path in sorted((corpus / "gold").glob("*.json")):
        g = json.loads(path.read_text(encoding="utf-8"))
        name = pathlib.Path(g.get("source_path") or path.stem + ".txt").name
        raw = (corpus / "text" / name).read_text(encoding="utf-8")
        body = raw.split("\n\n", 1)[1] if "\n\n" in raw else ""
        gold = {_strip_the(body, m["start"], m["end"])
                for o in g.get("organizations") or [] for m in o.get("mentions") or []}
        ignored = [(m["start"], m["end"]) for o in g.get("ignored") or [] for m in o.get("mentions") or []]
        docs.append(Doc(path.stem, body, gold, ignored))
    return docs


def doc_features(body: str, lexicon: OrgLexicon) -> tuple[list[Token], list[tuple[int, int]], list[list[list[str]]]]:
    """Tokens, name runs and each run token's features: exactly what `find_organizations` computes."""
    toks = tokenize(body)
    runs = name_runs(body, toks)
    rule = rule_marks(toks, rule_spans(body, lexicon))
    defined = frozenset(d.short for d in find_acronym_definitions(body))
    ctx = DocContext(toks, defined, rule)
    feats = [[token_features(toks, i, a, b, rule, ctx) for i in range(a, b)] for a, b in runs]
    return toks, runs, feats


def prepare(doc: Doc, lexicon: OrgLexicon) -> dict[str, int]:
    """Fill the document's tokens, features and gold tags; count gold spans the runs cannot express."""
    doc.toks, doc.runs, doc.feats = doc_features(doc.body, lexicon)
    at_start = {t.start: i for i, t in enumerate(doc.toks)}
    at_end = {t.end: i for i, t in enumerate(doc.toks)}
    run_of = {}
    for r, (a, b) in enumerate(doc.runs):
        for i in range(a, b):
            run_of[i] = r
    tags = [[O] * (b - a) for a, b in doc.runs]
    counts = {"gold": len(doc.gold), "unaligned": 0, "outside_runs": 0}
    for s, e in doc.gold:
        i, j = at_start.get(s), at_end.get(e)
        if i is None or j is None:
            counts["unaligned"] += 1
            continue
        r = run_of.get(i)
        if r is None or run_of.get(j) != r:
            counts["outside_runs"] += 1
            continue
        a = doc.runs[r][0]
        tags[r][i - a] = B
        for k in range(i + 1, j + 1):
            tags[r][k - a] = I
    doc.tags = tags
    return counts


class _Trainer:
    """Averaged structured perceptron over interned features (Collins 2002; averaging as in Daumé 2006)."""

    def __init__(self) -> None:
        self.index: dict[str, int] = {}
        self.w: list[float] = []      # 3 per feature
        self.u: list[float] = []      # step-weighted updates, for averaging
        self.trans = [[0.0] * 3 for _ in range(3)]
        self.trans_u = [[0.0] * 3 for _ in range(3)]
        self.start = [0.0] * 3
        self.start_u = [0.0] * 3
        self.step = 1

    def ids(self, feats: list[str]) -> list[int]:
        out = []
        for f in feats:
            k = self.index.get(f)
            if k is None:
                k = self.index[f] = len(self.index)
                self.w.extend((0.0, 0.0, 0.0))
                self.u.extend((0.0, 0.0, 0.0))
            out.append(k)
        return out

    def model(self, averaged: bool) -> OrgModel:
        c = float(self.step)
        if averaged:
            wv = [w - u / c for w, u in zip(self.w, self.u)]
            trans = [[w - u / c for w, u in zip(rw, ru)] for rw, ru in zip(self.trans, self.trans_u)]
            start = [w - u / c for w, u in zip(self.start, self.start_u)]
        else:
            wv, trans, start = self.w, [r[:] for r in self.trans], self.start[:]
        weights = {}
        for f, k in self.index.items():
            v = (round(wv[3 * k], 4), round(wv[3 * k + 1], 4), round(wv[3 * k + 2], 4))
            if max(abs(v[0]), abs(v[1]), abs(v[2])) >= 1e-3:
                weights[f] = v
        return OrgModel(weights, [[round(x, 4) for x in r] for r in trans], [round(x, 4) for x in start], {})

    def scores(self, ids: list[int]) -> tuple[float, float, float]:
        w = self.w
        so = sb = si = 0.0
        for k in ids:
            so += w[3 * k]
            sb += w[3 * k + 1]
            si += w[3 * k + 2]
        return so, sb, si

    def update(self, ids: list[list[int]], gold: list[int], pred: list[int]) -> None:
        c = self.step
        for k, (g, p) in enumerate(zip(gold, pred)):
            if g != p:
                for f in ids[k]:
                    self.w[3 * f + g] += 1.0
                    self.u[3 * f + g] += c
                    self.w[3 * f + p] -= 1.0
                    self.u[3 * f + p] -= c
        if gold[0] != pred[0]:
            self.start[gold[0]] += 1.0
            self.start_u[gold[0]] += c
            self.start[pred[0]] -= 1.0
            self.start_u[pred[0]] -= c
        for k in range(1, len(gold)):
            gp, gt, pp, pt = gold[k - 1], gold[k], pred[k - 1], pred[k]
            if (gp, gt) != (pp, pt):
                self.trans[gp][gt] += 1.0
                self.trans_u[gp][gt] += c
                self.trans[pp][pt] -= 1.0
                self.trans_u[pp][pt] -= c


def train(docs: list[Doc], epochs: int = 10, seed: int = 13) -> OrgModel:
    """An averaged-perceptron model fitted on prepared `docs` (deterministic for a seed)."""
    tr = _Trainer()
    examples = [([tr.ids(t) for t in f], tags)
                for d in docs for _ in range(GUM_REPEATS if d.name.startswith("GUM") else 1)
                for f, tags in zip(d.feats, d.tags)]
    rng = random.Random(seed)
    order = list(range(len(examples)))
    decoder = OrgModel({}, tr.trans, tr.start, {})   # shares the trainer's lists: always current
    for _ in range(epochs):
        rng.shuffle(order)
        for k in order:
            ids, gold = examples[k]
            pred = decoder.decode([tr.scores(t) for t in ids])
            if pred != gold:
                tr.update(ids, gold, pred)
            tr.step += 1
    return tr.model(averaged=True)


def _score(pred: set[Span], doc: Doc, c: dict[str, int]) -> None:
    pred = {p for p in pred if not any(min(p[1], e) > max(p[0], s) for s, e in doc.ignored)}
    c["tp"] += len(pred & doc.gold)
    c["pred"] += len(pred)
    c["gold"] += len(doc.gold)


def _prf(c: dict[str, int]) -> tuple[float, float, float]:
    p = c["tp"] / c["pred"] if c["pred"] else 0.0
    r = c["tp"] / c["gold"] if c["gold"] else 0.0
    return p, r, (2 * p * r / (p + r) if p + r else 0.0)


def pipeline_spans(doc: Doc, lexicon: OrgLexicon, model: OrgModel | None) -> set[Span]:
    """Mention spans of the whole organization stage (`find_organizations`), with or without the model."""
    return {_strip_the(doc.body, m.start, m.end)
            for o in find_organizations(doc.body, lexicon, model) for m in o.mentions}


def folds_of(docs: list[Doc], k: int, seed: int) -> list[int]:
    """A fold number per document: a seeded shuffle dealt round-robin."""
    order = list(range(len(docs)))
    random.Random(seed).shuffle(order)
    fold = [0] * len(docs)
    for n, i in enumerate(order):
        fold[i] = n % k
    return fold


def cross_validate(docs: list[Doc], lexicon: OrgLexicon, k: int, epochs: int, seed: int) -> dict:
    fold = folds_of(docs, k, seed)
    by_source: dict[str, dict[str, dict[str, int]]] = {}
    total = {"model": {"tp": 0, "pred": 0, "gold": 0}, "rules": {"tp": 0, "pred": 0, "gold": 0}}
    for f in range(k):
        model = train([d for d, x in zip(docs, fold) if x != f], epochs, seed)
        for d, x in zip(docs, fold):
            if x != f:
                continue
            src = d.name.split("_")[0] + ("_" + d.name.split("_")[2] if d.name.startswith("UNER") else "")
            slot = by_source.setdefault(src, {"model": {"tp": 0, "pred": 0, "gold": 0},
                                              "rules": {"tp": 0, "pred": 0, "gold": 0}})
            for system, pred in (("model", pipeline_spans(d, lexicon, model)),
                                 ("rules", pipeline_spans(d, lexicon, None))):
                _score(pred, d, total[system])
                _score(pred, d, slot[system])
    return {"total": total, "by_source": by_source}


def main(corpus: pathlib.Path, out: pathlib.Path | None, folds: int, epochs: int, seed: int) -> int:
    t0 = time.perf_counter()
    lexicon = load_org_lexicon()
    docs = read_corpus(corpus)
    if not docs:
        print(f"no gold files in {corpus / 'gold'}")
        return 2
    counts = {"gold": 0, "unaligned": 0, "outside_runs": 0}
    for d in docs:
        for key, v in prepare(d, lexicon).items():
            counts[key] += v
    print(f"{len(docs)} documents, {counts['gold']} gold mentions: {counts['unaligned']} not on token "
          f"boundaries, {counts['outside_runs']} outside name runs ({time.perf_counter() - t0:.1f} s)")
    if folds:
        res = cross_validate(docs, lexicon, folds, epochs, seed)
        for src, slot in sorted(res["by_source"].items()) + [("all", res["total"])]:
            line = "  ".join(f"{system} P={p:.3f} R={r:.3f} F1={f1:.3f}"
                             for system in ("model", "rules") for p, r, f1 in [_prf(slot[system])])
            print(f"{folds}-fold {src:10s} gold={slot['model']['gold']:5d}  {line}")
        return 0
    model = train(docs, epochs, seed)
    model.meta = {"corpus": corpus.name, "documents": len(docs), "gold_mentions": counts["gold"],
                  "epochs": epochs, "seed": seed, "features": len(model.weights), "tags": list(TAGS)}
    assert out is not None
    out.parent.mkdir(parents=True, exist_ok=True)
    payload = json.dumps(model_to_dict(model), sort_keys=True, separators=(",", ":")).encode()
    # no name, mtime 0: the same corpus and seed give the same bytes
    with open(out, "wb") as raw, gzip.GzipFile(filename="", fileobj=raw, mode="wb", mtime=0, compresslevel=9) as gz:
        gz.write(payload)
    print(f"wrote {out}: {len(model.weights)} features, {out.stat().st_size / 1e6:.2f} MB "
          f"({time.perf_counter() - t0:.1f} s)")
    return 0

"""`pressroom eval orgs`: score organization extraction against gold JSON files.

Runs the library in-process on `TEXT/NAME.txt` (normalize -> parse_article ->
extract_all) and compares with `GOLD/NAME.json` (`organizations` with
`mentions` [{start, end, text}] indexing the body = file text after the first
blank line; optional `ignored`). The metrics follow the shared orgscore
definitions:

- mention exact / overlap: distinct predicted spans vs gold spans (a leading
  "the " is skipped on both sides); overlap pairs one-to-one, greedily by
  overlap length;
- doc org-set: predicted vs gold organizations, compatible when normalised
  name or mention texts meet a gold surface form, name or acronym; maximum
  bipartite matching;
- acronym accuracy: gold organizations with an acronym whose matched
  prediction carries the same acronym (dots removed, case-folded).

Predicted mentions falling on an `ignored` span are dropped (neither hit nor
miss). When the parsed body differs from the gold body, predicted offsets are
mapped through a character alignment.
"""
from __future__ import annotations

import difflib
import json
import pathlib
import re
from collections import defaultdict

from pressroom.extract import extract_all, load_org_lexicon, load_org_model
from pressroom.parse import parse_article
from pressroom.records import ParsedArticle
from pressroom.text.normalize import normalize

Span = tuple[int, int]


def _norm(text: str | None) -> str:
    """Case-folded, space-folded, without a leading "the " or trailing possessive."""
    s = re.sub(r"\s+", " ", (text or "").casefold()).strip()
    s = s[4:] if s.startswith("the ") else s
    for suffix in ("'s", "\u2019s"):
        if s.endswith(suffix):
            s = s[: -len(suffix)]
    return s.strip()


def _norm_acr(text: str | None) -> str:
    return (text or "").replace(".", "").replace(" ", "").casefold()


def _strip_the(body: str, span: Span) -> Span:
    start, end = span
    return (start + 4, end) if end - start > 4 and body[start:start + 4].lower() == "the " else span


def _prf(tp: int, npred: int, ngold: int) -> tuple[float, float, float]:
    p = tp / npred if npred else 0.0
    r = tp / ngold if ngold else 0.0
    return p, r, (2 * p * r / (p + r) if p + r else 0.0)


def _aligner(pred: str, gold: str):
    """Function mapping a predicted span onto the gold body, or None when it cannot be mapped."""
    if pred.rstrip() == gold.rstrip():
        return lambda s, e: (s, e)
    if pred.strip() == gold.strip():
        shift = (len(gold) - len(gold.lstrip())) - (len(pred) - len(pred.lstrip()))
        return lambda s, e: (s + shift, e + shift)
    table: dict[int, int] = {}
    for a, b, n in difflib.SequenceMatcher(None, pred, gold, autojunk=False).get_matching_blocks():
        table.update((a + k, b + k) for k in range(n))

    def mapped(s: int, e: int) -> Span | None:
        lo, hi = table.get(s), table.get(e - 1)
        return None if e <= s or lo is None or hi is None or hi < lo else (lo, hi + 1)
    return mapped


def _greedy_overlap(pred: list[Span], gold: list[Span]) -> int:
    pairs = sorted((-(min(pe, ge) - max(ps, gs)), gs, ps, i, j)
                   for i, (ps, pe) in enumerate(pred) for j, (gs, ge) in enumerate(gold)
                   if min(pe, ge) > max(ps, gs))
    used_p, used_g = set(), set()
    for _, _, _, i, j in pairs:
        if i not in used_p and j not in used_g:
            used_p.add(i)
            used_g.add(j)
    return len(used_p)


def _bipartite(adj: list[list[int]]) -> dict[int, int]:
    """Maximum matching; returns gold index -> predicted index."""
    match: dict[int, int] = {}

    def assign(i: int, seen: set[int]) -> bool:
        for j in adj[i]:
            if j not in seen:
                seen.add(j)
                if j not in match or assign(match[j], seen):
                    match[j] = i
                    return True
        return False
    for i in range(len(adj)):
        assign(i, set())
    return match


def _parse(raw: str) -> ParsedArticle | None:
    parsed = parse_article(normalize(raw))
    return parsed if isinstance(parsed, ParsedArticle) else None


def _score_doc(key: str, gold: dict, gbody: str, article: ParsedArticle | None, lexicon, model,
               c: defaultdict, errors: defaultdict) -> None:
    """Add one document's counts to `c` and its errors to `errors`."""
    gold_orgs = gold.get("organizations") or []
    gspans = {(m["start"], m["end"]) for o in gold_orgs for m in o.get("mentions") or []}
    gnorm = {_strip_the(gbody, s) for s in gspans}
    c["gold_mentions"] += len(gnorm)
    c["gold_orgs"] += len(gold_orgs)
    with_acr = [j for j, o in enumerate(gold_orgs) if o.get("acronym")]
    c["gold_acronyms"] += len(with_acr)
    if article is None:
        c["missing_docs"] += 1
        errors["FN org"].extend((key, o["name"]) for o in gold_orgs)
        return
    _, orgs = extract_all(article, lexicon, model=model)
    to_gold = _aligner(article.body, gbody)
    ignored = [(m["start"], m["end"]) for o in gold.get("ignored") or [] for m in o.get("mentions") or []]
    pspans: set[Span] = set()
    porgs: list[tuple[str, list[str], str | None]] = []
    for org in orgs:
        kept = []
        for m in org.mentions:
            span = to_gold(m.start, m.end)
            if span is None:
                c["unmappable"] += 1
                c["pred_mentions"] += 1   # scored as a false positive
                kept.append(m.text)
                continue
            if any(min(span[1], ie) > max(span[0], is_) for is_, ie in ignored):
                c["pred_on_ignored"] += 1
                continue
            pspans.add(_strip_the(gbody, span))
            kept.append(m.text)
        if kept or not org.mentions:
            porgs.append((org.name, kept, org.acronym))
    c["pred_mentions"] += len(pspans)
    c["tp_exact"] += len(pspans & gnorm)
    c["tp_overlap"] += _greedy_overlap(sorted(pspans), sorted(gnorm))
    errors["FP exact"].extend((key, gbody[s:e], (s, e)) for s, e in sorted(pspans - gnorm))
    errors["FN exact"].extend((key, gbody[s:e], (s, e)) for s, e in sorted(gnorm - pspans))
    gkeys = [({_norm(x) for x in o.get("surface_forms") or []} | {_norm(o.get("name")), _norm(o.get("acronym"))})
             - {""} for o in gold_orgs]
    adj = [[j for j, gk in enumerate(gkeys) if ({_norm(name)} | {_norm(t) for t in texts}) - {""} & gk]
           for name, texts, _ in porgs]
    match = _bipartite(adj)
    c["pred_orgs"] += len(porgs)
    c["tp_orgs"] += len(match)
    errors["FP org"].extend((key, porgs[i][0]) for i in range(len(porgs)) if i not in match.values())
    errors["FN org"].extend((key, o["name"]) for j, o in enumerate(gold_orgs) if j not in match)
    for j in with_acr:
        got = porgs[match[j]][2] if j in match else None
        if _norm_acr(got) == _norm_acr(gold_orgs[j]["acronym"]):
            c["acronym_ok"] += 1
        else:
            errors["acronym"].append((key, gold_orgs[j]["name"], gold_orgs[j]["acronym"], got))


def run_org_eval(gold: pathlib.Path, text: pathlib.Path | None = None,
                 json_out: pathlib.Path | None = None, errors: int = 0,
                 model_path: str | None = None, rules_only: bool = False) -> int:
    """Score gold/NAME.json against the library run on text/NAME.txt; print a report; 0 ok, 2 no gold."""
    gold, text = pathlib.Path(gold), pathlib.Path(text) if text else pathlib.Path(gold).parent / "text"
    files = sorted(gold.glob("*.json"))
    if not files:
        print(f"no gold files in {gold}")
        return 2
    lexicon = load_org_lexicon()
    model = None if rules_only else load_org_model(model_path)
    c: defaultdict[str, int] = defaultdict(int)
    errs: defaultdict[str, list] = defaultdict(list)
    for path in files:
        g = json.loads(path.read_text(encoding="utf-8"))
        name = pathlib.Path(g.get("source_path") or path.stem + ".txt").name
        tpath = text / name
        raw = tpath.read_text(encoding="utf-8") if tpath.exists() else ""
        gbody = raw.split("\n\n", 1)[1] if "\n\n" in raw else ""
        _score_doc(path.stem, g, gbody, _parse(raw) if raw else None, lexicon, model, c, errs)
    pe, re_, fe = _prf(c["tp_exact"], c["pred_mentions"], c["gold_mentions"])
    po, ro, fo = _prf(c["tp_overlap"], c["pred_mentions"], c["gold_mentions"])
    pd, rd, fd = _prf(c["tp_orgs"], c["pred_orgs"], c["gold_orgs"])
    acc = c["acronym_ok"] / c["gold_acronyms"] if c["gold_acronyms"] else 0.0
    for kind in ("FP exact", "FN exact", "FP org", "FN org", "acronym") if errors else ():
        print(f"-- {kind}: {len(errs[kind])} (showing {min(len(errs[kind]), errors)})")
        for item in errs[kind][:errors]:
            print("   ", *item, sep="  ")
    print(f"docs: gold={len(files)} missing={c['missing_docs']} unmappable={c['unmappable']} "
          f"ignored_pred={c['pred_on_ignored']}")
    print(f"mention exact:   P={pe:.3f} R={re_:.3f} F1={fe:.3f} (tp={c['tp_exact']} pred={c['pred_mentions']} "
          f"gold={c['gold_mentions']})")
    print(f"mention overlap: P={po:.3f} R={ro:.3f} F1={fo:.3f} (tp={c['tp_overlap']} pred={c['pred_mentions']} "
          f"gold={c['gold_mentions']})")
    print(f"doc org-set:     P={pd:.3f} R={rd:.3f} F1={fd:.3f} (tp={c['tp_orgs']} pred={c['pred_orgs']} "
          f"gold={c['gold_orgs']})")
    print(f"acronym acc:     {acc:.3f} ({c['acronym_ok']}/{c['gold_acronyms']})")
    print(f"orgs mention_F1_exact={fe:.3f} mention_F1_overlap={fo:.3f} doc_F1={fd:.3f} "
          f"acronym_acc={acc:.3f} docs={len(files)}")
    if json_out is not None:
        metrics = {"mention_exact": {"p": pe, "r": re_, "f1": fe}, "mention_overlap": {"p": po, "r": ro, "f1": fo},
                   "doc_orgs": {"p": pd, "r": rd, "f1": fd}, "acronym_acc": acc, "docs": len(files),
                   "counts": dict(c)}
        pathlib.Path(json_out).write_text(json.dumps(metrics, indent=1), encoding="utf-8")
    return 0

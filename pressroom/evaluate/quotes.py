"""Quote evaluation against a PolNeAR-style corpus: `pressroom eval quotes --corpus DIR`.

The corpus holds `text/NAME.txt` (title line, blank line, paragraphs) and
`attributions/NAME_ANNOTATOR.ann` (brat standoff: Source, Cue and Content
spans tied by Attribution events). Each text runs through the library
in-process (normalize, parse_article, extract_all) and its quotes are scored:

- gold statements: attributions whose cue is a speech act (`SPEECH_STEMS`, a
  colon) or whose content is in quote marks; thought and evidence cues are
  left out (a prediction matching one is neither hit nor false positive);
  attributions inside the title line are left out;
- gold kind: direct when >= 90% of content tokens are inside quote marks,
  indirect when none are, mixed otherwise;
- overlap(p, g) = |T(p) & T(g)| / max(|T(p)|, |T(g)|) over lower-cased word
  token multisets; one-to-one greedy matching at 0.3 and 0.8, where rows each
  >= 80% inside one gold statement may also match together (split quotes);
- speaker accuracy: speaker or speaker_name shares a content word with the
  gold source; cue accuracy: the cue shares a word with the gold cue.

`--split fit|held` scores one fixed part of the corpus: an article is held out
when the CRC-32 of its file name is divisible by 5 (about a fifth; on
polnear-train 168 of 840 articles, chosen by name, not by content). Rules are
written from the fit part's errors; the held part is the figure that says
whether they carry.
"""
from __future__ import annotations

import json
import re
import zlib
from collections import Counter, defaultdict
from pathlib import Path

WORD_RE = re.compile(r"\w+")
_PAIRS = {"\u201c": "\u201d", "\u2018": "\u2019", '"': '"'}
# Word stems of speech-act cues (thought and evidence verbs are not here).
SPEECH_STEMS = (
    "say says said saying tell tells told telling add adds added adding note notes noted noting "
    "write writes wrote written writing ask asks asked asking report announc argu tweet post state states "
    "stated stating statement declar explain claim insist warn stress emphasi point suggest describ "
    "acknowledg admit deny denies denied denying confirm repl respond answer comment remark observ mention "
    "recall predict promis pledg vow urg accus critici prais defend blam question testif disclos reveal "
    "conced counter retort quip jok boast complain charg alleg assert maintain contend propos recommend "
    "demand advis caution threaten estimat conclud express voic reiterat repeat cite cites cited citing quot "
    "brief assur proclaim pronounc call calls called calling spok speak talk according interview continu "
    "read reads wonder shout yell cry cried cries whisper mutter hail slam blast tout lament decry decried dismiss"
).split()
_SPEECH_RE = re.compile("^(?:" + "|".join(sorted(SPEECH_STEMS, key=len, reverse=True)) + ")")
# Words ignored when comparing speakers: determiners, titles, possessives.
SPEAKER_STOP = frozenset("the a an of and s mr mrs ms dr sen rep gov president his her its their".split())
THRESHOLDS = (0.3, 0.8)
KINDS = ("direct", "indirect", "mixed")
HELD_MODULUS = 5


def in_split(name: str, split: str) -> bool:
    """Whether the article file `name` belongs to `split` (all, fit or held)."""
    if split == "all":
        return True
    held = zlib.crc32(name.encode("utf-8")) % HELD_MODULUS == 0
    return held if split == "held" else not held


def tokens(text: str | None) -> list[str]:
    """Lower-cased word tokens of text ('' or None -> [])."""
    return WORD_RE.findall((text or "").lower())


def quoted_mask(raw: str) -> list[bool]:
    """Per character of raw: True inside a pair of quote marks within one line."""
    mask = [False] * len(raw)
    for line in re.finditer(r"[^\n]+", raw):
        closer = None
        for i, ch in enumerate(line.group()):
            pos = line.start() + i
            if closer is None and ch in _PAIRS:
                prev = raw[pos - 1] if i else " "
                if ch == "\u2018" and not (prev.isspace() or prev in "([\u201c\"-\u2014"):
                    continue  # an apostrophe written with the opening character
                closer = _PAIRS[ch]
            elif closer is not None and ch == closer:
                closer = None
            elif closer is not None:
                mask[pos] = True
    return mask


def _parse_ann(path: Path) -> tuple[dict, list[dict]]:
    spans, events = {}, []
    for line in path.read_text(encoding="utf-8").splitlines():
        parts = line.split("\t")
        if line.startswith("T") and len(parts) >= 2:
            label, _, ranges = parts[1].partition(" ")
            spans[parts[0]] = [tuple(map(int, r.split())) for r in ranges.split(";")]
        elif line.startswith("E") and len(parts) >= 2:
            roles: dict[str, list[str]] = defaultdict(list)
            for item in parts[1].split():
                role, _, ref = item.partition(":")
                roles[re.sub(r"\d+$", "", role)].append(ref)
            events.append(roles)
    return spans, events


def load_gold(corpus: Path, split: str = "all") -> dict[str, list[dict]]:
    """File name -> gold statements (content, source, cue, kind, speech) of a corpus (or one split)."""
    gold = {}
    for text_path in sorted((corpus / "text").glob("*.txt")):
        if not in_split(text_path.name, split):
            continue
        anns = sorted((corpus / "attributions").glob(text_path.stem + "_*.ann"))
        if not anns:
            continue
        raw = text_path.read_text(encoding="utf-8")
        title_end = raw.find("\n") if "\n" in raw else len(raw)
        mask = quoted_mask(raw)
        spans, events = _parse_ann(anns[0])
        items = []
        for ev in events:
            def pieces(role: str) -> list[tuple[int, int]]:
                return [p for ref in ev.get(role, []) for p in spans.get(ref, [])]
            content = pieces("Content")
            if not content or min(s for s, _ in content) < title_end:
                continue
            cue = " ".join(raw[s:e] for s, e in pieces("Cue"))
            inside = total = 0
            for s, e in content:
                for m in WORD_RE.finditer(raw, s, e):
                    total += 1
                    inside += mask[m.start()]
            share = inside / total if total else 0.0
            kind = "direct" if share >= 0.9 else "indirect" if share == 0 else "mixed"
            speech = kind != "indirect" or cue.strip() == ":" or any(_SPEECH_RE.match(w) for w in tokens(cue))
            items.append({"content": " ".join(raw[s:e] for s, e in content), "kind": kind, "speech": speech,
                          "source": " ".join(raw[s:e] for s, e in pieces("Source")), "cue": cue})
        gold[text_path.name] = items
    return gold


def overlap_of(a: Counter, b: Counter) -> float:
    """Shared tokens over the larger token count (0.0 when either side is empty)."""
    na, nb = sum(a.values()), sum(b.values())
    return sum((a & b).values()) / max(na, nb) if na and nb else 0.0


def match(preds: list[dict], golds: list[dict], threshold: float) -> list[tuple[list[int], int]]:
    """Greedy one-to-one matching by overlap; split rows inside one gold may match as a group."""
    pc = [Counter(tokens(p["text"])) for p in preds]
    gc = [Counter(tokens(g["content"])) for g in golds]
    cands = [(overlap_of(pc[i], gc[j]), [i], j) for i in range(len(preds)) for j in range(len(golds))]
    for j, g in enumerate(gc):
        inside = [i for i, p in enumerate(pc)
                  if sum((p & g).values()) >= 2 and sum((p & g).values()) / max(1, sum(p.values())) >= 0.8]
        if len(inside) >= 2:
            cands.append((overlap_of(sum((pc[i] for i in inside), Counter()), g), inside, j))
    cands.sort(key=lambda c: (c[0], -len(c[1])), reverse=True)
    used_p: set[int] = set()
    used_g: set[int] = set()
    out = []
    for score, idx, j in cands:
        if score < threshold:
            break
        if j not in used_g and not used_p.intersection(idx):
            used_p.update(idx)
            used_g.add(j)
            out.append((idx, j))
    return out


def speaker_ok(pred: dict, source: str) -> bool:
    """The predicted speaker or speaker_name shares a content word with the gold source."""
    said = set(tokens(pred.get("speaker"))) | set(tokens(pred.get("speaker_name")))
    return bool((set(tokens(source)) - SPEAKER_STOP) & (said - SPEAKER_STOP))


def cue_ok(pred_cue: str | None, gold_cue: str) -> bool:
    """The predicted cue shares a word with the gold cue (a colon matches a colon)."""
    if gold_cue.strip() == ":":
        return (pred_cue or "").strip() == ":"
    return bool(set(tokens(pred_cue)) & set(tokens(gold_cue)))


def score(gold: dict[str, list[dict]], predicted: dict[str, list[dict]], errors: int = 0) -> tuple[dict, dict]:
    """Gold and predicted rows per file -> (metrics per threshold, error examples)."""
    stats = {t: Counter() for t in THRESHOLDS}
    examples: dict[str, list] = {"missed": [], "false": []}
    for name, items in gold.items():
        preds = predicted.get(name, [])
        for t in THRESHOLDS:
            c = stats[t]
            pairs = match(preds, items, t)
            hit_p = {i for idx, _ in pairs for i in idx}
            hit_g = {j for _, j in pairs}
            c["pred"] += len(preds) - sum(len(idx) for idx, j in pairs if not items[j]["speech"])
            c["tp_pred"] += sum(len(idx) for idx, j in pairs if items[j]["speech"])
            c["tp"] += sum(1 for _, j in pairs if items[j]["speech"])
            c["split"] += sum(1 for idx, j in pairs if items[j]["speech"] and len(idx) > 1)
            for j, g in enumerate(items):
                if g["speech"]:
                    c["gold"] += 1
                    c["gold_" + g["kind"]] += 1
                    c["tp_" + g["kind"]] += j in hit_g
            for i, p in enumerate(preds):
                c["pred_" + str(p.get("kind"))] += 1
                c["tpp_" + str(p.get("kind"))] += i in hit_p
            if t != THRESHOLDS[0]:
                continue
            for idx, j in pairs:
                g = items[j]
                if not g["speech"]:
                    continue
                if g["source"].strip():
                    c["spk_n"] += 1
                    c["spk_ok"] += any(speaker_ok(preds[i], g["source"]) for i in idx)
                c["cue_n"] += 1
                c["cue_ok"] += any(cue_ok(preds[i].get("cue"), g["cue"]) for i in idx)
            if errors:
                examples["missed"] += [(name, g["kind"], g["source"], g["cue"], g["content"][:160])
                                       for j, g in enumerate(items) if g["speech"] and j not in hit_g]
                examples["false"] += [(name, p.get("kind"), p.get("speaker"), p.get("cue"), p["text"][:160])
                                      for i, p in enumerate(preds) if i not in hit_p]
    return {f"at_{t}": _figures(c, t == THRESHOLDS[0]) for t, c in stats.items()}, examples


def _ratio(a: int, b: int) -> float | None:
    return a / b if b else None


def _figures(c: Counter, with_attribution: bool) -> dict:
    p, r = _ratio(c["tp_pred"], c["pred"]) or 0.0, _ratio(c["tp"], c["gold"]) or 0.0
    row = {"precision": p, "recall": r, "f1": 2 * p * r / (p + r) if p + r else 0.0,
           "gold": c["gold"], "predicted": c["pred"], "matched": c["tp"], "matched_as_split": c["split"]}
    for k in KINDS:
        row[f"recall_{k}"] = _ratio(c[f"tp_{k}"], c[f"gold_{k}"])
        row[f"gold_{k}"] = c[f"gold_{k}"]
        row[f"precision_pred_{k}"] = _ratio(c[f"tpp_{k}"], c[f"pred_{k}"])
    if with_attribution:
        row["speaker_acc"] = _ratio(c["spk_ok"], c["spk_n"])
        row["cue_acc"] = _ratio(c["cue_ok"], c["cue_n"])
    return row


def predict(corpus: Path, names: set[str] | None = None) -> dict[str, list[dict]]:
    """Run the library in-process over corpus/text/*.txt (or those in names) -> file name -> quote rows."""
    from pressroom.extract import extract_all, load_org_lexicon
    from pressroom.parse import parse_article
    from pressroom.records import ParsedArticle
    from pressroom.text.normalize import normalize

    lexicon = load_org_lexicon()
    out = {}
    for path in sorted((corpus / "text").glob("*.txt")):
        if names is not None and path.name not in names:
            continue
        article = parse_article(normalize(path.read_text(encoding="utf-8")))
        if not isinstance(article, ParsedArticle):
            out[path.name] = []
            continue
        quotes, _ = extract_all(article, lexicon)
        out[path.name] = [{"text": q.text, "kind": q.kind, "speaker": q.speaker,
                           "speaker_name": q.speaker_name, "cue": q.cue} for q in quotes]
    return out


def _fmt(x: float | None) -> str:
    return "   -" if x is None else f"{x:5.3f}"


def run_quote_eval(corpus: Path, json_out: Path | None = None, errors: int = 0, split: str = "all") -> int:
    """Score the library's quotes on a PolNeAR-style corpus (or one split); print the report; 0, or 2 if no gold."""
    corpus = Path(corpus)
    gold = load_gold(corpus, split)
    if not gold:
        print(f"eval quotes: no annotated texts under {corpus}" + ("" if split == "all" else f" in split {split}"))
        return 2
    res, ex = score(gold, predict(corpus, set(gold)), errors)
    r3, r8 = res["at_0.3"], res["at_0.8"]
    print(f"articles: {len(gold)}" + ("" if split == "all" else f" (split {split})"))
    print("thr   P     R     F1    | R_direct R_indirect R_mixed | P_direct P_indirect P_mixed | gold  pred")
    for t, r in ((0.3, r3), (0.8, r8)):
        print(f"{t:<4} {_fmt(r['precision'])} {_fmt(r['recall'])} {_fmt(r['f1'])} | "
              + "    ".join(_fmt(r[f"recall_{k}"]) for k in KINDS) + " | "
              + "    ".join(_fmt(r[f"precision_pred_{k}"]) for k in KINDS) + f" | {r['gold']:5d} {r['predicted']:5d}")
    print(f"speaker accuracy {_fmt(r3['speaker_acc'])}   cue accuracy {_fmt(r3['cue_acc'])}   "
          f"matched as split rows {r3['matched_as_split']}")
    if errors:
        for label in ("missed", "false"):
            patterns = Counter((row[1], (row[3] or "-").lower()) for row in ex[label])
            print(f"top {label} patterns (kind, cue): "
                  + ", ".join(f"{k}/{c} x{n}" for (k, c), n in patterns.most_common(errors)))
            for row in ex[label][:errors]:
                print(label, "|", " | ".join(str(x) for x in row))
    if json_out is not None:
        Path(json_out).write_text(json.dumps(res, indent=1))
    print(f"quotes F1@0.3={r3['f1']:.3f} F1@0.8={r8['f1']:.3f} speaker_acc={_fmt(r3['speaker_acc']).strip()} "
          f"indirect_R@0.3={_fmt(r3['recall_indirect']).strip()}")
    return 0

"""End-to-end benchmark: `python bench/run.py --articles 100000 [--workers 2]`.

Without --workers it runs the default command, as a user would (`pressroom
run`: the usable cores, in-process for small runs) and reports what the run
chose.

Generates a synthetic corpus (bench/corpus.py) in a temporary folder, then
times, each as its own `pressroom run` process (so Prefect start-up and peak
memory are real): a run on an empty folder (fixed start-up), the full run,
and an unchanged rerun. Also times a floor on the same corpus (read + hash +
decode every file, nothing else) and the in-process extraction cost per
article (parse, organizations, quotes). Memory is sampled over the whole
process tree. `--repeat 3` runs three rounds on the same corpus and reports
medians. Prints JSON; --json saves it.
"""
from __future__ import annotations

import argparse
import json
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))
from corpus import write_corpus  # noqa: E402

from pressroom import build  # noqa: E402  (pure or compiled: the figures depend on it)

PRESSROOM = str(Path(sys.executable).parent / "pressroom")


def timed_run(raw: Path, out: Path, extra: list[str]) -> dict:
    """One `pressroom run` process -> its summary plus wall seconds and peak memory (MB).

    peak_rss_mb: the largest single process (flow or a worker);
    peak_tree_rss_mb: the largest sum over the whole process tree (flow,
    workers, Prefect's API server), sampled every 0.1 s;
    peak_tree_pss_mb: the same sum counting shared pages once (see _watch_memory).
    """
    summary_file = out.parent / f"summary-{time.monotonic_ns()}.json"
    start = time.perf_counter()
    proc = subprocess.Popen([PRESSROOM, "run", "--raw", str(raw), "--output", str(out), "--no-progress",
                             "--summary-json", str(summary_file), *extra],
                            stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True)
    peak_single, peak_tree, peak_pss = _watch_memory(proc)
    stderr = proc.stderr.read()
    wall = time.perf_counter() - start
    if proc.returncode != 0:
        sys.exit(f"pressroom run failed:\n{stderr[-3000:]}")
    summary = json.loads(summary_file.read_text())
    summary.update(wall_seconds=wall, peak_rss_mb=peak_single / 1e6, peak_tree_rss_mb=peak_tree / 1e6,
                   peak_tree_pss_mb=peak_pss / 1e6)
    return summary


def _watch_memory(proc: subprocess.Popen) -> tuple[int, int, int]:
    """Wait for proc, sampling the memory of it and its descendants -> (peak
    single RSS, peak RSS sum, peak PSS sum) in bytes.

    The RSS sum counts the pages that forked workers share with their fork
    server once per process, so it overstates the tree; the PSS sum (each
    shared page split between its sharers) is what the tree really holds.
    PSS is read once a second: reading it walks every mapping of a process.
    """
    import psutil

    root, peak_single, peak_tree, peak_pss, tick = psutil.Process(proc.pid), 0, 0, 0, 0
    while proc.poll() is None:
        try:
            procs = [root, *root.children(recursive=True)]
        except psutil.Error:
            procs = []
        rss, pss = [], []
        for p in procs:
            try:
                rss.append(p.memory_info().rss)
                if tick % 10 == 0:
                    pss.append(p.memory_full_info().pss)
            except psutil.Error:
                pass
        if rss:
            peak_single, peak_tree = max(peak_single, max(rss)), max(peak_tree, sum(rss))
        peak_pss = max(peak_pss, sum(pss))
        tick += 1
        time.sleep(0.1)
    return peak_single, peak_tree, peak_pss


def floor_seconds(raw: Path) -> float:
    """Read + hash + decode every file, in-process, nothing else."""
    from pressroom import io
    from pressroom.text.decode import decode

    start = time.perf_counter()
    for f in io.discover(raw):
        data = io.read_bytes(f, 1 << 30)
        io.sha256_hex(data)
        decode(data)
    return time.perf_counter() - start


def extraction_us(raw: Path, limit: int = 2000) -> dict[str, float]:
    """In-process µs/article for normalise+parse, organizations (rules and learned tagger, as `pressroom run`
    does them; also the rules alone, to show the tagger's cost) and quotes."""
    from pressroom import io
    from pressroom.extract import load_org_lexicon, load_org_model
    from pressroom.extract.orgs import find_organizations
    from pressroom.extract.quotes import find_quotes
    from pressroom.parse import parse_article
    from pressroom.records import ParsedArticle
    from pressroom.text.decode import decode
    from pressroom.text.normalize import normalize

    lexicon = load_org_lexicon()
    model = load_org_model()
    texts = [decode(io.read_bytes(f, 1 << 30)).text for f in io.discover(raw)[:limit]]
    t0 = time.perf_counter()
    articles = [a for t in texts if isinstance(a := parse_article(normalize(t)), ParsedArticle)]
    t1 = time.perf_counter()
    orgs = [find_organizations(a.body, lexicon, model) for a in articles]
    t2 = time.perf_counter()
    for a, o in zip(articles, orgs):
        find_quotes(a.body, o)
    t3 = time.perf_counter()
    for a in articles:
        find_organizations(a.body, lexicon)
    t4 = time.perf_counter()
    n = max(1, len(texts))
    return {"parse": (t1 - t0) / n * 1e6, "organizations": (t2 - t1) / n * 1e6,
            "quotes": (t3 - t2) / n * 1e6, "total": (t3 - t0) / n * 1e6,
            "organizations_rules_only": (t4 - t3) / n * 1e6}


def _medians(rounds: list[dict]) -> dict:
    """Scalars: median over rounds; nested figures (steps, stages, rows): from the median full run."""
    by_full = sorted(rounds, key=lambda r: r["full_run_s"])
    middle = by_full[len(by_full) // 2]
    out = {}
    for key, value in middle.items():
        out[key] = statistics.median(r[key] for r in rounds) if isinstance(value, (int, float)) else value
    return out


def du_mb(path: Path) -> float:
    return sum(p.stat().st_size for p in path.rglob("*") if p.is_file()) / 1e6


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--articles", type=int, default=10000)
    ap.add_argument("--workers", type=int, default=None,
                    help="pass --workers N (default: none, the command's own default)")
    ap.add_argument("--batch-size", type=int, default=None)
    ap.add_argument("--seed", type=int, default=7)
    ap.add_argument("--json", type=Path)
    ap.add_argument("--skip-empty", action="store_true", help="do not time a run on an empty folder")
    ap.add_argument("--repeat", type=int, default=1, help="rounds on the same corpus; figures are medians")
    args = ap.parse_args()
    extra = ((["--workers", str(args.workers)] if args.workers else [])
             + (["--batch-size", str(args.batch_size)] if args.batch_size else []))

    with tempfile.TemporaryDirectory(prefix="pressroom-bench-") as tmp:
        root = Path(tmp)
        raw = write_corpus(root / "raw", args.articles, seed=args.seed)
        (root / "empty").mkdir()
        rounds = []
        for i in range(args.repeat):
            r: dict = {}
            if not args.skip_empty:
                r["empty_run_s"] = timed_run(root / "empty", root / f"out-empty{i}", extra)["wall_seconds"]
            full = timed_run(raw, root / f"out{i}", extra)
            r["floor_s"] = floor_seconds(raw)
            unchanged = timed_run(raw, root / f"out{i}", extra)
            r.update({
                "full_run_s": full["wall_seconds"],
                "flow_s": full["seconds"],
                "articles_per_s": args.articles / full["wall_seconds"],
                "articles_per_s_in_flow": args.articles / full["seconds"],
                "ratio_to_floor": full["seconds"] / r["floor_s"],
                "peak_rss_mb": full["peak_rss_mb"],
                "peak_tree_rss_mb": full["peak_tree_rss_mb"],
                "peak_tree_pss_mb": full["peak_tree_pss_mb"],
                "output_mb": du_mb(root / f"out{i}"),
                "unchanged_run_s": unchanged["wall_seconds"],
                "unchanged_flow_s": unchanged["seconds"],
                "steps_s": full["step_seconds"],
                "stages_cpu_s": full["stage_seconds"],
                "extract_timeline": full.get("extract_timeline", {}),
                "written": {k: full[f"{k}_written"] for k in ("articles", "quotes", "organizations", "rejects")},
                "workers_used": full.get("workers"),
            })
            rounds.append(r)
        result = {"articles": args.articles, "workers": args.workers or "default",
                  "workers_used": rounds[0]["workers_used"], "cpus": os.cpu_count(), "build": build(),
                  "repeat": args.repeat, **_medians(rounds),
                  "extraction_us_per_article": extraction_us(raw)}
        if args.repeat > 1:
            result["rounds"] = rounds
    print(json.dumps(result, indent=2))
    if args.json:
        args.json.write_text(json.dumps(result, indent=2))
    return 0


if __name__ == "__main__":
    sys.exit(main())

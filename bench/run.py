"""End-to-end benchmark: `python bench/run.py --articles 100000 [--workers 2]`.

Generates a synthetic corpus (bench/corpus.py) in a temporary folder, then
times, each as its own `pressroom run` process (so Prefect start-up and peak
memory are real): a run on an empty folder (fixed start-up), the full run,
and an unchanged rerun. Also times a floor on the same corpus (read + hash +
decode every file, nothing else) and the in-process extraction cost per
article (parse, organizations, quotes). Prints one table; --json saves it.
"""
from __future__ import annotations

import argparse
import json
import os
import resource
import subprocess
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))
from corpus import write_corpus  # noqa: E402

PRESSROOM = str(Path(sys.executable).parent / "pressroom")


def timed_run(raw: Path, out: Path, extra: list[str]) -> dict:
    """One `pressroom run` process -> its summary plus wall seconds and peak RSS (MB)."""
    summary_file = out.parent / f"summary-{time.monotonic_ns()}.json"
    before = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss
    start = time.perf_counter()
    done = subprocess.run([PRESSROOM, "run", "--raw", str(raw), "--output", str(out), "--no-progress",
                           "--summary-json", str(summary_file), *extra], capture_output=True, text=True)
    wall = time.perf_counter() - start
    if done.returncode != 0:
        sys.exit(f"pressroom run failed:\n{done.stderr[-3000:]}")
    peak = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss
    summary = json.loads(summary_file.read_text())
    summary["wall_seconds"] = wall
    # ru_maxrss of children is the largest single descendant; only meaningful when it grew
    summary["peak_rss_mb"] = max(peak, before) / 1024
    return summary


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
    """In-process µs/article for normalise+parse, organizations and quotes."""
    from pressroom import io
    from pressroom.extract import load_org_lexicon
    from pressroom.extract.orgs import find_organizations
    from pressroom.extract.quotes import find_quotes
    from pressroom.parse import parse_article
    from pressroom.records import ParsedArticle
    from pressroom.text.decode import decode
    from pressroom.text.normalize import normalize

    lexicon = load_org_lexicon()
    texts = [decode(io.read_bytes(f, 1 << 30)).text for f in io.discover(raw)[:limit]]
    t0 = time.perf_counter()
    articles = [a for t in texts if isinstance(a := parse_article(normalize(t)), ParsedArticle)]
    t1 = time.perf_counter()
    orgs = [find_organizations(a.body, lexicon) for a in articles]
    t2 = time.perf_counter()
    for a, o in zip(articles, orgs):
        find_quotes(a.body, o)
    t3 = time.perf_counter()
    n = max(1, len(texts))
    return {"parse": (t1 - t0) / n * 1e6, "organizations": (t2 - t1) / n * 1e6,
            "quotes": (t3 - t2) / n * 1e6, "total": (t3 - t0) / n * 1e6}


def du_mb(path: Path) -> float:
    return sum(p.stat().st_size for p in path.rglob("*") if p.is_file()) / 1e6


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--articles", type=int, default=10000)
    ap.add_argument("--workers", type=int, default=os.cpu_count() or 1)
    ap.add_argument("--batch-size", type=int, default=None)
    ap.add_argument("--seed", type=int, default=7)
    ap.add_argument("--json", type=Path)
    ap.add_argument("--skip-empty", action="store_true", help="do not time a run on an empty folder")
    args = ap.parse_args()
    extra = ["--workers", str(args.workers)] + (["--batch-size", str(args.batch_size)] if args.batch_size else [])

    with tempfile.TemporaryDirectory(prefix="pressroom-bench-") as tmp:
        root = Path(tmp)
        raw = write_corpus(root / "raw", args.articles, seed=args.seed)
        result: dict = {"articles": args.articles, "workers": args.workers, "cpus": os.cpu_count()}
        if not args.skip_empty:
            (root / "empty").mkdir()
            result["empty_run_s"] = timed_run(root / "empty", root / "out-empty", extra)["wall_seconds"]
        full = timed_run(raw, root / "out", extra)
        result["floor_s"] = floor_seconds(raw)
        unchanged = timed_run(raw, root / "out", extra)
        result.update({
            "full_run_s": full["wall_seconds"],
            "flow_s": full["seconds"],
            "articles_per_s": args.articles / full["wall_seconds"],
            "articles_per_s_in_flow": args.articles / full["seconds"],
            "ratio_to_floor": full["seconds"] / result["floor_s"],
            "steps_s": full["step_seconds"],
            "stages_cpu_s": full["stage_seconds"],
            "peak_rss_mb": full["peak_rss_mb"],
            "output_mb": du_mb(root / "out"),
            "unchanged_run_s": unchanged["wall_seconds"],
            "unchanged_flow_s": unchanged["seconds"],
            "written": {k: full[f"{k}_written"] for k in ("articles", "quotes", "organizations", "rejects")},
            "extraction_us_per_article": extraction_us(raw),
        })
    print(json.dumps(result, indent=2))
    if args.json:
        args.json.write_text(json.dumps(result, indent=2))
    return 0


if __name__ == "__main__":
    sys.exit(main())

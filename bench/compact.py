"""Many small runs vs one fresh write: `python bench/compact.py [--runs 200] [--files-per-run 5]`.

A schedule that runs every few minutes commits one small version per table
per run. This benchmark runs the real flow that many times over a growing
raw folder, then times reading each table (median of 5 reads:
polars.read_delta, and pyarrow over the current file list) after the small
runs, after `pressroom compact`, and for a table written by one run over the
same files. Issue target: after 200 small runs a read stays within 2x of the
fresh table's.
"""
from __future__ import annotations

import argparse
import json
import logging
import shutil
import statistics
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))
sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
from corpus import write_corpus  # noqa: E402

from flows.embedded_api import embedded_api  # noqa: E402  (stdlib only; before Prefect)

TABLES = ("articles", "quotes", "organizations")


def read_seconds(output: Path, table: str, repeats: int = 5) -> dict[str, float]:
    import polars as pl
    import pyarrow.parquet as pq
    from deltalake import DeltaTable

    uri = str(output / table)
    timings = {"polars": [], "pyarrow": []}
    for _ in range(repeats):
        t = time.perf_counter()
        pl.read_delta(uri)
        timings["polars"].append(time.perf_counter() - t)
        t = time.perf_counter()
        pq.read_table(DeltaTable(uri).file_uris())  # to_pyarrow_table can abort at exit
        timings["pyarrow"].append(time.perf_counter() - t)
    return {k: statistics.median(v) for k, v in timings.items()}


def file_count(output: Path, table: str) -> int:
    from deltalake import DeltaTable

    return len(DeltaTable(str(output / table)).file_uris())


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--runs", type=int, default=200)
    ap.add_argument("--files-per-run", type=int, default=5)
    ap.add_argument("--json", type=Path)
    args = ap.parse_args()
    logging.getLogger("prefect").setLevel(logging.WARNING)

    with embedded_api() as api, tempfile.TemporaryDirectory(prefix="pressroom-compact-") as tmp:
        from prefect.settings import PREFECT_API_URL, PREFECT_LOGGING_LEVEL, temporary_settings

        from flows.pipeline import pressroom_run
        from pressroom import storage

        if api:
            api.wait()
        root = Path(tmp)
        corpus = sorted(write_corpus(root / "corpus", args.runs * args.files_per_run).rglob("*.txt"))
        raw, small, fresh = root / "raw", root / "small", root / "fresh"
        raw.mkdir()
        updates = {PREFECT_LOGGING_LEVEL: "WARNING"} | ({PREFECT_API_URL: api.url} if api else {})
        with temporary_settings(updates=updates):
            t = time.perf_counter()
            for i in range(args.runs):
                for f in corpus[i * args.files_per_run:(i + 1) * args.files_per_run]:
                    shutil.copy(f, raw / f.name)
                pressroom_run(raw=str(raw), output=str(small))
            small_runs_s = time.perf_counter() - t
            pressroom_run(raw=str(raw), output=str(fresh))

        result: dict = {"runs": args.runs, "files_per_run": args.files_per_run,
                        "small_runs_s": small_runs_s, "tables": {}}
        for table in TABLES:
            entry = {"files_after_small_runs": file_count(small, table),
                     "fresh": read_seconds(fresh, table), "after_small_runs": read_seconds(small, table)}
            storage.compact(str(small), table, retention_hours=0)
            entry["files_after_compact"] = file_count(small, table)
            entry["after_compact"] = read_seconds(small, table)
            entry["ratio_small_runs"] = entry["after_small_runs"]["polars"] / entry["fresh"]["polars"]
            entry["ratio_compacted"] = entry["after_compact"]["polars"] / entry["fresh"]["polars"]
            result["tables"][table] = entry
    print(json.dumps(result, indent=2))
    if args.json:
        args.json.write_text(json.dumps(result, indent=2))
    return 0


if __name__ == "__main__":
    sys.exit(main())

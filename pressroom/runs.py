"""The `runs` audit table: one row per flow run, and consistent snapshots by run_id.

A run's row records, per table, the Delta version that was current when the
run finished. Reading every table at those versions gives the dataset exactly
as that run left it, even while later runs keep writing.
"""
from __future__ import annotations

from dataclasses import asdict, dataclass
from datetime import datetime

import polars as pl
import pyarrow as pa

from pressroom import storage
from schemas import RUNS_ARROW

DATA_TABLES = ("articles", "quotes", "organizations", "rejects")


@dataclass(frozen=True)
class RunRecord:
    """What one run did (a row of `runs`)."""

    run_id: str
    flow_run_name: str | None
    started_at: datetime
    finished_at: datetime
    status: str
    raw_root: str
    extractor_version: str
    schema_version: int
    files_seen: int
    files_processed: int
    articles_written: int
    quotes_written: int
    organizations_written: int
    rejects_written: int
    articles_removed: int
    articles_version: int | None
    quotes_version: int | None
    organizations_version: int | None
    rejects_version: int | None
    seconds: float


def record(output: str, run: RunRecord) -> int | None:
    """Append the run's row to `runs` -> new version of runs."""
    table = pa.Table.from_pylist([asdict(run)], schema=RUNS_ARROW)
    return storage.commit(output, "runs", table, run.run_id, key="run_id", operation="record run")


def last_completed(output: str) -> dict | None:
    """The newest run row that completed, or None."""
    runs = storage.read(output, "runs")
    if runs is None or runs.height == 0:
        return None
    done = runs.filter(pl.col("status") != "failed_validation").sort("finished_at")
    return done.row(-1, named=True) if done.height else None


def versions_for(output: str, run_id: str) -> dict[str, int | None]:
    """Table -> version as the run left it; KeyError when the run is unknown."""
    runs = storage.read(output, "runs")
    if runs is None:
        raise KeyError(run_id)
    rows = runs.filter(pl.col("run_id") == run_id)
    if rows.height == 0:
        raise KeyError(run_id)
    row = rows.row(0, named=True)
    return {table: row[f"{table}_version"] for table in DATA_TABLES}


def snapshot(output: str, run_id: str) -> dict[str, pl.DataFrame]:
    """The tables exactly as run `run_id` left them (table -> frame; absent tables left out)."""
    frames: dict[str, pl.DataFrame] = {}
    for table, version in versions_for(output, run_id).items():
        if version is not None:
            frames[table] = storage.read(output, table, version=version)
    return frames

"""Plain snapshots of the tables for readers that know only Parquet, CSV or JSON lines.

A Delta folder read as plain Parquet also returns files that later versions
removed; an export holds exactly one version and nothing else.
"""
from __future__ import annotations

import json
from pathlib import Path

import polars as pl

from pressroom import runs, storage

TABLE_NAMES = ("articles", "quotes", "organizations", "rejects", "runs")


def export_tables(output: str, to: str, fmt: str = "parquet", run_id: str | None = None,
                  frames: dict[str, pl.DataFrame] | None = None) -> dict[str, Path]:
    """Write the current (or run_id's, or the given snapshot's) version of every table into `to` -> table -> file.

    An unknown run_id raises KeyError, before anything is written.
    """
    if frames is None:
        if run_id:
            frames = runs.snapshot(output, run_id)
        else:
            frames = {t: f for t in TABLE_NAMES if (f := storage.read(output, t)) is not None}
    return write_frames(frames, to, fmt)


def write_frames(frames: dict[str, pl.DataFrame], to: str, fmt: str) -> dict[str, Path]:
    """Write frames as <to>/<table>.<fmt>; nested columns become JSON text in CSV."""
    folder = Path(to)
    folder.mkdir(parents=True, exist_ok=True)
    written = {}
    for table, frame in frames.items():
        path = folder / f"{table}.{fmt}"
        if fmt == "parquet":
            frame.write_parquet(path)
        elif fmt == "jsonl":
            frame.write_ndjson(path)
        elif fmt == "csv":
            _flatten(frame).write_csv(path)
        else:
            raise ValueError(f"unknown export format {fmt!r}")
        written[table] = path
    return written


def _flatten(frame: pl.DataFrame) -> pl.DataFrame:
    nested = [c for c, t in frame.schema.items() if isinstance(t, (pl.List, pl.Struct))]
    return frame.with_columns(
        pl.col(c).map_elements(lambda v: json.dumps(v.to_list() if hasattr(v, "to_list") else v),
                               return_dtype=pl.Utf8) for c in nested)

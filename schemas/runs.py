"""The `runs` table: one row per flow run, tying the table versions it committed together."""
from __future__ import annotations

import pandera.polars as pa
import polars as pl
import pyarrow as pa_arrow

UTC_US = pl.Datetime(time_unit="us", time_zone="UTC")
RUN_STATUSES = ["completed", "failed_validation", "nothing_to_do", "too_many_rejects"]


class RunModel(pa.DataFrameModel):
    """A run's counts and, per table, the Delta version current after the run."""

    run_id: str = pa.Field(unique=True, str_length={"min_value": 1})
    flow_run_name: str = pa.Field(nullable=True)
    started_at: UTC_US = pa.Field()
    finished_at: UTC_US = pa.Field()
    status: str = pa.Field(isin=RUN_STATUSES)
    raw_root: str = pa.Field()
    extractor_version: str = pa.Field()
    schema_version: pl.Int32 = pa.Field(ge=1)
    files_seen: pl.Int64 = pa.Field(ge=0)
    files_processed: pl.Int64 = pa.Field(ge=0)
    articles_written: pl.Int64 = pa.Field(ge=0)
    quotes_written: pl.Int64 = pa.Field(ge=0)
    organizations_written: pl.Int64 = pa.Field(ge=0)
    rejects_written: pl.Int64 = pa.Field(ge=0)
    articles_removed: pl.Int64 = pa.Field(ge=0)
    articles_version: pl.Int64 = pa.Field(nullable=True, ge=0)
    quotes_version: pl.Int64 = pa.Field(nullable=True, ge=0)
    organizations_version: pl.Int64 = pa.Field(nullable=True, ge=0)
    rejects_version: pl.Int64 = pa.Field(nullable=True, ge=0)
    seconds: pl.Float64 = pa.Field(ge=0)

    class Config:
        strict = True
        coerce = False


RUNS_ARROW = pa_arrow.schema([
    pa_arrow.field("run_id", pa_arrow.string(), nullable=False),
    pa_arrow.field("flow_run_name", pa_arrow.string()),
    pa_arrow.field("started_at", pa_arrow.timestamp("us", tz="UTC"), nullable=False),
    pa_arrow.field("finished_at", pa_arrow.timestamp("us", tz="UTC"), nullable=False),
    pa_arrow.field("status", pa_arrow.string(), nullable=False),
    pa_arrow.field("raw_root", pa_arrow.string(), nullable=False),
    pa_arrow.field("extractor_version", pa_arrow.string(), nullable=False),
    pa_arrow.field("schema_version", pa_arrow.int32(), nullable=False),
    *(pa_arrow.field(name, pa_arrow.int64(), nullable=False) for name in (
        "files_seen", "files_processed", "articles_written", "quotes_written",
        "organizations_written", "rejects_written", "articles_removed")),
    *(pa_arrow.field(f"{table}_version", pa_arrow.int64()) for table in (
        "articles", "quotes", "organizations", "rejects")),
    pa_arrow.field("seconds", pa_arrow.float64(), nullable=False),
])

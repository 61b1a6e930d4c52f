"""The `rejects` table: every file (or row) that did not become valid output, and why."""
from __future__ import annotations

import pandera.polars as pa
import polars as pl
import pyarrow as pa_arrow

from pressroom.records import Reason, Stage

UTC_US = pl.Datetime(time_unit="us", time_zone="UTC")


class RejectModel(pa.DataFrameModel):
    """One row per rejected file or row, with its stage, reason code and failing checks."""

    run_id: str = pa.Field(str_length={"min_value": 1})
    source_path: str = pa.Field(str_length={"min_value": 1})
    source_sha256: str = pa.Field(nullable=True)
    stage: str = pa.Field(isin=[s.value for s in Stage])
    reason: str = pa.Field(isin=[r.value for r in Reason])
    message: str = pa.Field()
    checks: pl.List(pl.Utf8) = pa.Field()
    article_id: str = pa.Field(nullable=True)
    rejected_at: UTC_US = pa.Field()

    class Config:
        strict = True
        coerce = False


REJECTS_ARROW = pa_arrow.schema([
    pa_arrow.field("run_id", pa_arrow.string(), nullable=False),
    pa_arrow.field("source_path", pa_arrow.string(), nullable=False),
    pa_arrow.field("source_sha256", pa_arrow.string()),
    pa_arrow.field("stage", pa_arrow.string(), nullable=False),
    pa_arrow.field("reason", pa_arrow.string(), nullable=False),
    pa_arrow.field("message", pa_arrow.string(), nullable=False),
    pa_arrow.field("checks", pa_arrow.list_(pa_arrow.string()), nullable=False),
    pa_arrow.field("article_id", pa_arrow.string()),
    pa_arrow.field("rejected_at", pa_arrow.timestamp("us", tz="UTC"), nullable=False),
])

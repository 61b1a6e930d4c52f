"""The `organizations` table: one row per organization per article, model and Arrow schema.

Mention offsets are checked against `articles.body` in `schemas.relations`.
"""
from __future__ import annotations

import pandera.polars as pa
import polars as pl
import pyarrow as pa_arrow

from pressroom.records import ORG_TYPES

MENTION = pl.Struct({"start": pl.Int32, "end": pl.Int32, "text": pl.Utf8})


class OrganizationModel(pa.DataFrameModel):
    """Contract columns first, then pressroom's additions."""

    article_id: str = pa.Field(str_length={"min_value": 1})
    org_id: str = pa.Field(str_length={"min_value": 1})
    name: str = pa.Field(str_length={"min_value": 1})
    acronym: str = pa.Field(nullable=True)
    mention_count: pl.Int32 = pa.Field(ge=1)
    mentions: pl.List(MENTION) = pa.Field()
    # additions: the curated type and country, when the organization is known
    org_type: str = pa.Field(nullable=True, isin=list(ORG_TYPES))
    country: str = pa.Field(nullable=True)
    run_id: str = pa.Field(str_length={"min_value": 1})

    class Config:
        strict = True
        coerce = False

    @pa.dataframe_check
    def article_org_unique(cls, data) -> pl.LazyFrame:
        """(article_id, org_id) is unique."""
        return data.lazyframe.select(~pl.struct("article_id", "org_id").is_duplicated())

    @pa.dataframe_check
    def mention_count_matches(cls, data) -> pl.LazyFrame:
        """mention_count == len(mentions)."""
        return data.lazyframe.select(pl.col("mention_count") == pl.col("mentions").list.len())

    @pa.dataframe_check
    def mentions_well_formed(cls, data) -> pl.LazyFrame:
        """Every mention has start < end and end - start == len(text)."""
        m = pl.col("mentions")
        ok = m.list.eval(
            (pl.element().struct.field("start") < pl.element().struct.field("end"))
            & (pl.element().struct.field("end") - pl.element().struct.field("start")
               == pl.element().struct.field("text").str.len_chars())
        ).list.all()
        return data.lazyframe.select(ok.fill_null(True))


ORGANIZATIONS_ARROW = pa_arrow.schema([
    pa_arrow.field("article_id", pa_arrow.string(), nullable=False),
    pa_arrow.field("org_id", pa_arrow.string(), nullable=False),
    pa_arrow.field("name", pa_arrow.string(), nullable=False),
    pa_arrow.field("acronym", pa_arrow.string()),
    pa_arrow.field("mention_count", pa_arrow.int32(), nullable=False),
    pa_arrow.field("mentions", pa_arrow.list_(pa_arrow.struct([
        pa_arrow.field("start", pa_arrow.int32()),
        pa_arrow.field("end", pa_arrow.int32()),
        pa_arrow.field("text", pa_arrow.string()),
    ])), nullable=False),
    pa_arrow.field("org_type", pa_arrow.string()),
    pa_arrow.field("country", pa_arrow.string()),
    pa_arrow.field("run_id", pa_arrow.string(), nullable=False),
])

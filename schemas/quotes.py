"""The `quotes` table: one row per quotation or reported statement, model and Arrow schema.

Offsets are checked against `articles.body` in `schemas.relations`.
"""
from __future__ import annotations

import pandera.polars as pa
import polars as pl
import pyarrow as pa_arrow

from pressroom.records import QUOTE_KINDS, SPEAKER_KINDS


class QuoteModel(pa.DataFrameModel):
    """Contract columns first, then pressroom's additions."""

    quote_id: str = pa.Field(unique=True, str_length={"min_value": 1})
    article_id: str = pa.Field(str_length={"min_value": 1})
    quote_index: pl.Int32 = pa.Field(ge=0)
    text: str = pa.Field(str_length={"min_value": 1})
    kind: str = pa.Field(isin=list(QUOTE_KINDS))
    speaker: str = pa.Field(nullable=True)
    speaker_name: str = pa.Field(nullable=True)
    speaker_kind: str = pa.Field(nullable=True, isin=list(SPEAKER_KINDS))
    cue: str = pa.Field(nullable=True)
    paragraph_index: pl.Int32 = pa.Field(ge=0)
    start_char: pl.Int32 = pa.Field(ge=0)
    end_char: pl.Int32 = pa.Field(ge=1)
    # additions: the speaker's title ("NHC Spokesperson"), the org_id of an
    # organization speaker (joins to organizations), speaker and cue spans
    speaker_title: str = pa.Field(nullable=True)
    speaker_org_id: str = pa.Field(nullable=True)
    speaker_start: pl.Int32 = pa.Field(nullable=True, ge=0)
    speaker_end: pl.Int32 = pa.Field(nullable=True, ge=0)
    cue_start: pl.Int32 = pa.Field(nullable=True, ge=0)
    cue_end: pl.Int32 = pa.Field(nullable=True, ge=0)
    run_id: str = pa.Field(str_length={"min_value": 1})

    class Config:
        strict = True
        coerce = False

    @pa.dataframe_check
    def span_is_ordered(cls, data) -> pl.LazyFrame:
        """start_char < end_char, and the span is as long as the text."""
        return data.lazyframe.select(
            (pl.col("start_char") < pl.col("end_char"))
            & (pl.col("end_char") - pl.col("start_char") == pl.col("text").str.len_chars())
        )

    @pa.dataframe_check
    def quote_index_unique_in_article(cls, data) -> pl.LazyFrame:
        """(article_id, quote_index) is unique."""
        return data.lazyframe.select(~pl.struct("article_id", "quote_index").is_duplicated())


QUOTES_ARROW = pa_arrow.schema([
    pa_arrow.field("quote_id", pa_arrow.string(), nullable=False),
    pa_arrow.field("article_id", pa_arrow.string(), nullable=False),
    pa_arrow.field("quote_index", pa_arrow.int32(), nullable=False),
    pa_arrow.field("text", pa_arrow.string(), nullable=False),
    pa_arrow.field("kind", pa_arrow.string(), nullable=False),
    pa_arrow.field("speaker", pa_arrow.string()),
    pa_arrow.field("speaker_name", pa_arrow.string()),
    pa_arrow.field("speaker_kind", pa_arrow.string()),
    pa_arrow.field("cue", pa_arrow.string()),
    pa_arrow.field("paragraph_index", pa_arrow.int32(), nullable=False),
    pa_arrow.field("start_char", pa_arrow.int32(), nullable=False),
    pa_arrow.field("end_char", pa_arrow.int32(), nullable=False),
    pa_arrow.field("speaker_title", pa_arrow.string()),
    pa_arrow.field("speaker_org_id", pa_arrow.string()),
    pa_arrow.field("speaker_start", pa_arrow.int32()),
    pa_arrow.field("speaker_end", pa_arrow.int32()),
    pa_arrow.field("cue_start", pa_arrow.int32()),
    pa_arrow.field("cue_end", pa_arrow.int32()),
    pa_arrow.field("run_id", pa_arrow.string(), nullable=False),
])

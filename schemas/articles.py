"""The `articles` table: one row per article (CONTRACT.md), model and Arrow schema."""
from __future__ import annotations

import pandera.polars as pa
import polars as pl
import pyarrow as pa_arrow

UTC_US = pl.Datetime(time_unit="us", time_zone="UTC")
SHA256_HEX = r"^[0-9a-f]{64}$"


class ArticleModel(pa.DataFrameModel):
    """Contract columns first, then pressroom's additions."""

    article_id: str = pa.Field(unique=True, str_length={"min_value": 1})
    source_path: str = pa.Field(str_length={"min_value": 1})
    source_sha256: str = pa.Field(str_matches=SHA256_HEX)
    outlet: str = pa.Field(nullable=True)
    title: str = pa.Field(str_length={"min_value": 1})
    authors: pl.List(pl.Utf8) = pa.Field()
    published_at: UTC_US = pa.Field(nullable=True)
    updated_at: UTC_US = pa.Field(nullable=True)
    dateline: str = pa.Field(nullable=True)
    agency: str = pa.Field(nullable=True)
    body: str = pa.Field()
    paragraph_count: pl.Int32 = pa.Field(ge=0)
    word_count: pl.Int32 = pa.Field(ge=0)
    extractor_version: str = pa.Field(str_length={"min_value": 1})
    run_id: str = pa.Field(str_length={"min_value": 1})
    # additions: the layout family that parsed the page, the encoding the raw
    # bytes were read in, and the parser's warnings (e.g. date_unparseable:...)
    family: str = pa.Field()
    source_encoding: str = pa.Field()
    warnings: pl.List(pl.Utf8) = pa.Field()

    class Config:
        strict = True
        coerce = False

    @pa.dataframe_check
    def title_not_blank(cls, data) -> pl.LazyFrame:
        """The headline has a non-space character."""
        return data.lazyframe.select(pl.col("title").str.strip_chars().str.len_chars() > 0)

    @pa.dataframe_check
    def body_paragraph_separator(cls, data) -> pl.LazyFrame:
        """Paragraphs are separated by exactly one blank line, with no edge whitespace."""
        body = pl.col("body")
        newlines = body.str.count_matches("\n", literal=True)
        separators = body.str.count_matches("\n\n", literal=True)
        return data.lazyframe.select(
            ~body.str.contains("\n\n\n", literal=True)
            & (body.str.strip_chars() == body)
            & ~body.str.contains(r"[ \t\r]\n|\n[ \t\r]")
            & (newlines == 2 * separators)  # no lone line breaks inside a paragraph
        )

    @pa.dataframe_check
    def paragraph_count_matches_body(cls, data) -> pl.LazyFrame:
        """paragraph_count == number of '\\n\\n'-separated paragraphs in body."""
        body = pl.col("body")
        expected = pl.when(body.str.len_chars() == 0).then(0).otherwise(body.str.count_matches("\n\n", literal=True) + 1)
        return data.lazyframe.select(pl.col("paragraph_count") == expected)

    @pa.dataframe_check
    def word_count_matches_body(cls, data) -> pl.LazyFrame:
        """word_count == whitespace-separated words in body."""
        return data.lazyframe.select(pl.col("word_count") == pl.col("body").str.count_matches(r"\S+"))


ARTICLES_ARROW = pa_arrow.schema([
    pa_arrow.field("article_id", pa_arrow.string(), nullable=False),
    pa_arrow.field("source_path", pa_arrow.string(), nullable=False),
    pa_arrow.field("source_sha256", pa_arrow.string(), nullable=False),
    pa_arrow.field("outlet", pa_arrow.string()),
    pa_arrow.field("title", pa_arrow.string(), nullable=False),
    pa_arrow.field("authors", pa_arrow.list_(pa_arrow.string()), nullable=False),
    pa_arrow.field("published_at", pa_arrow.timestamp("us", tz="UTC")),
    pa_arrow.field("updated_at", pa_arrow.timestamp("us", tz="UTC")),
    pa_arrow.field("dateline", pa_arrow.string()),
    pa_arrow.field("agency", pa_arrow.string()),
    pa_arrow.field("body", pa_arrow.string(), nullable=False),
    pa_arrow.field("paragraph_count", pa_arrow.int32(), nullable=False),
    pa_arrow.field("word_count", pa_arrow.int32(), nullable=False),
    pa_arrow.field("extractor_version", pa_arrow.string(), nullable=False),
    pa_arrow.field("run_id", pa_arrow.string(), nullable=False),
    pa_arrow.field("family", pa_arrow.string(), nullable=False),
    pa_arrow.field("source_encoding", pa_arrow.string(), nullable=False),
    pa_arrow.field("warnings", pa_arrow.list_(pa_arrow.string()), nullable=False),
])

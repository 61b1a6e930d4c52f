"""Data-quality checks that warn without rejecting: named polars predicates.

Each check is True on the rows it flags. They show up in the validation
reports as warnings; rows stay in the tables.
"""
from __future__ import annotations

import polars as pl

# A body of one paragraph this long usually means the paragraph breaks were lost.
LONG_SINGLE_PARAGRAPH_WORDS = 400
# Shorter than this is a stub, a caption or a page that lost its text.
SHORT_BODY_WORDS = 25
# A quote covering most of its article is usually a runaway quote mark.
QUOTE_MAX_BODY_SHARE = 0.6

# Country and region names that are places, not organizations (a country
# used as an actor is still a place in this dataset).
COUNTRY_NAMES = frozenset(name.casefold() for name in (
    "China", "United States", "U.S.", "US", "USA", "America", "Japan", "India", "Russia",
    "Germany", "France", "United Kingdom", "UK", "Britain", "Canada", "Australia", "Italy",
    "Spain", "Brazil", "Mexico", "South Korea", "North Korea", "Korea", "Iran", "Israel",
    "Pakistan", "Indonesia", "Vietnam", "Philippines", "Thailand", "Malaysia", "Singapore",
    "Taiwan", "Hong Kong", "Macao", "Turkey", "Egypt", "South Africa", "Nigeria", "Kenya",
    "Ukraine", "Poland", "Greece", "Argentina", "Chile", "Saudi Arabia", "Europe", "Africa", "Asia",
))

ARTICLE_WARNINGS: dict[str, pl.Expr] = {
    "single_long_paragraph": (pl.col("paragraph_count") == 1) & (pl.col("word_count") > LONG_SINGLE_PARAGRAPH_WORDS),
    "short_body": pl.col("word_count") < SHORT_BODY_WORDS,
    "no_date": pl.col("published_at").is_null() & pl.col("updated_at").is_null(),
    "parser_warnings": pl.col("warnings").list.len() > 0,
}

ORGANIZATION_WARNINGS: dict[str, pl.Expr] = {
    "name_is_country": pl.col("name").str.to_lowercase().is_in(list(COUNTRY_NAMES)),
}


def quote_warnings(quotes: pl.DataFrame, articles: pl.DataFrame) -> dict[str, int]:
    """Warning name -> number of quote rows it flags."""
    if quotes.height == 0:
        return {}
    lengths = articles.select("article_id", pl.col("body").str.len_chars().alias("_len"))
    q = quotes.join(lengths, on="article_id", how="left")
    flagged = q.select(
        ((pl.col("end_char") - pl.col("start_char")) > QUOTE_MAX_BODY_SHARE * pl.col("_len")).alias("quote_most_of_article"),
        (pl.col("speaker").is_null()).alias("quote_without_speaker"),
    )
    return {name: int(flagged[name].sum()) for name in flagged.columns if flagged[name].sum()}


def count_flags(frame: pl.DataFrame, checks: dict[str, pl.Expr]) -> dict[str, int]:
    """Warning name -> number of rows of `frame` it flags (zero counts left out)."""
    if frame.height == 0:
        return {}
    flagged = frame.select(**{name: expr.fill_null(False) for name, expr in checks.items()}).sum()
    return {name: int(flagged[name][0]) for name in flagged.columns if flagged[name][0]}

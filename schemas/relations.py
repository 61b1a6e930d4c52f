"""Checks across tables: spans against `articles.body` and foreign keys.

Each check takes polars frames and returns the row positions (in the checked
frame) that fail it, so validation can route exactly those rows to rejects.
"""
from __future__ import annotations

import polars as pl

# check name -> one line on what it guarantees (used in reports)
RELATION_CHECKS = {
    "quote_article_exists": "every quotes.article_id is in articles",
    "quote_span_matches_body": "articles.body[start_char:end_char] == quotes.text",
    "quote_paragraph_matches_body": "paragraph_index is the paragraph of body where the quote starts",
    "org_article_exists": "every organizations.article_id is in articles",
    "org_mentions_match_body": "articles.body[start:end] == text for every mention",
}


def _with_body(frame: pl.DataFrame, articles: pl.DataFrame) -> pl.DataFrame:
    bodies = articles.select("article_id", pl.col("body").alias("_body"))
    return frame.with_row_index("_row").join(bodies, on="article_id", how="left")


def quote_failures(quotes: pl.DataFrame, articles: pl.DataFrame) -> dict[str, list[int]]:
    """Check name -> failing row positions of `quotes`."""
    if quotes.height == 0:
        return {}
    q = _with_body(quotes, articles)
    body, start, end = pl.col("_body"), pl.col("start_char"), pl.col("end_char")
    checked = q.select(
        "_row",
        body.is_null().alias("quote_article_exists"),
        (body.is_not_null() & (body.str.slice(start, end - start).ne_missing(pl.col("text"))
                               | (end > body.str.len_chars()))).alias("quote_span_matches_body"),
        (body.is_not_null() & (body.str.slice(0, start).str.count_matches("\n\n", literal=True)
                               != pl.col("paragraph_index"))).alias("quote_paragraph_matches_body"),
    )
    return _failing_rows(checked)


def organization_failures(orgs: pl.DataFrame, articles: pl.DataFrame) -> dict[str, list[int]]:
    """Check name -> failing row positions of `organizations`."""
    if orgs.height == 0:
        return {}
    o = _with_body(orgs, articles)
    exploded = (
        o.select("_row", "_body", "mentions").explode("mentions").unnest("mentions")
        .filter(pl.col("_body").is_not_null() & pl.col("start").is_not_null())
        .select(
            "_row",
            (pl.col("_body").str.slice(pl.col("start"), pl.col("end") - pl.col("start")).ne_missing(pl.col("text"))
             | (pl.col("end") > pl.col("_body").str.len_chars())).alias("bad"),
        )
        .group_by("_row").agg(pl.col("bad").any())
    )
    checked = o.select("_row", pl.col("_body").is_null().alias("org_article_exists")).join(
        exploded.rename({"bad": "org_mentions_match_body"}), on="_row", how="left"
    ).with_columns(pl.col("org_mentions_match_body").fill_null(False))
    return _failing_rows(checked)


def _failing_rows(checked: pl.DataFrame) -> dict[str, list[int]]:
    out: dict[str, list[int]] = {}
    for name in checked.columns:
        if name == "_row":
            continue
        rows = checked.filter(pl.col(name))["_row"].to_list()
        if rows:
            out[name] = sorted(rows)
    return out

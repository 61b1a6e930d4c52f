"""From extracted batches to committed tables: combine, de-duplicate, write.

Commit order is quotes, organizations, rejects, then articles: `articles` is
what the next run reads to decide what is done, so a run killed between
commits leaves its files looking unprocessed and the next run redoes them,
replacing (never duplicating) whatever was half-written: every replace
predicate also covers the ids being written.
"""
from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import datetime

import polars as pl
import pyarrow as pa

from pressroom import frames, storage
from pressroom.frames import BatchTables
from pressroom.incremental import Plan, State
from pressroom.records import Batch, Reason, Reject, Stage
from pressroom.validate import Validated
from schemas import TABLES

WRITE_ORDER = ("quotes", "organizations", "rejects", "articles")


@dataclass(frozen=True)
class Combined:
    """All batches of a run as polars frames, plus summed stage timings."""

    articles: pl.DataFrame
    quotes: pl.DataFrame
    organizations: pl.DataFrame
    rejects: pl.DataFrame
    seconds: dict[str, float]


def combine(batches: Sequence[BatchTables]) -> Combined:
    """Concatenate batch tables (in file order) into frames."""
    seconds: dict[str, float] = {}
    for b in batches:
        for stage, value in b.seconds.items():
            seconds[stage] = seconds.get(stage, 0.0) + value

    batches = list(batches) or [frames.batch_tables(Batch(), "", datetime.now())]

    def cat(name: str) -> pl.DataFrame:
        return pl.from_arrow(pa.concat_tables([getattr(b, name) for b in batches]))

    return Combined(cat("articles"), cat("quotes"), cat("organizations"), cat("rejects"), seconds)


def dedupe(c: Combined, state: State, present_paths: set[str], plan: Plan,
           run_id: str, at: datetime) -> tuple[Combined, list[Reject]]:
    """Keep one row per article_id: later copies in this run, or copies of an article
    another present file already holds, become `duplicate` rejects."""
    holder = {aid: path for path, (_, aid) in state.article_by_path.items()}
    redone = {r.rel_path for r in plan.to_process}
    rejects: list[Reject] = []
    keep: list[bool] = []
    first: dict[str, str] = {}
    for aid, path, sha in c.articles.select("article_id", "source_path", "source_sha256").iter_rows():
        other = first.get(aid)
        if other is None:
            held = holder.get(aid)
            if held and held != path and held in present_paths and held not in redone:
                other = held
        if other is not None:
            rejects.append(Reject(path, sha, Stage.PARSE, Reason.DUPLICATE,
                                  f"same article as {other}", (), aid))
            keep.append(False)
            continue
        first[aid] = path
        keep.append(True)
    articles = c.articles.filter(pl.Series(keep, dtype=pl.Boolean)) if c.articles.height else c.articles
    kept = set(first)
    # a duplicate file yields identical quote and organization rows: keep one of each
    quotes = c.quotes.filter(pl.col("article_id").is_in(list(kept))).unique("quote_id", keep="first", maintain_order=True)
    orgs = c.organizations.filter(pl.col("article_id").is_in(list(kept))).unique(
        ["article_id", "org_id"], keep="first", maintain_order=True)
    return Combined(articles, quotes, orgs, c.rejects, c.seconds), rejects


def rejects_frame(existing: pl.DataFrame, extra: Iterable[Reject], run_id: str, at: datetime) -> pl.DataFrame:
    """Rejects from extraction plus those from dedupe and validation, as one frame."""
    more = pl.from_arrow(frames.rejects_table(list(extra), run_id, at))
    return pl.concat([existing, more]) if existing.height else more


def write_tables(output: str, validated: Validated, rejects: pl.DataFrame, plan: Plan,
                 run_id: str) -> dict[str, int | None]:
    """Commit the run: one version per changed table -> table -> new version (None: no commit)."""
    written_ids = set(validated.articles["article_id"].to_list())
    replace = set(plan.replaced_ids) | set(plan.pruned_ids) | written_ids
    data = {
        "quotes": validated.quotes,
        "organizations": validated.organizations,
        "rejects": rejects,
        "articles": validated.articles,
    }
    versions: dict[str, int | None] = {}
    for table in WRITE_ORDER:
        frame = data[table]
        arrow = frame.to_arrow().cast(_arrow_schema(table))
        ids = () if table == "rejects" else replace
        if not storage.has_rows(output, table):
            ids = ()  # nothing to replace in an empty table: a plain append
        versions[table] = storage.commit(output, table, arrow, run_id, replace_ids=ids)
    return versions


def _arrow_schema(table: str) -> pa.Schema:
    return TABLES[table][1]

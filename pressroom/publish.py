"""From staged batches to committed tables: cross-batch duplicates, then one commit per table.

Commit order is quotes, organizations, rejects, then articles: `articles` is
what the next run reads to decide what is done, so a run killed between
commits leaves its files looking unprocessed and the next run redoes them,
replacing (never duplicating) whatever was half-written: every replace
predicate also covers the ids being written.
"""
from __future__ import annotations

from collections import Counter
from collections.abc import Sequence
from datetime import datetime

import pyarrow.parquet as pq

from pressroom import arrow_tables, io, storage
from pressroom.incremental import Plan, State
from pressroom.records import Reason, Reject, Stage
from pressroom.staging import StagedBatch, drop_articles, files_by_reason, staged_reader

WRITE_ORDER = ("quotes", "organizations", "rejects", "articles")


def cross_batch_duplicates(staged: Sequence[StagedBatch], state: State, present_paths: set[str],
                           plan: Plan) -> list[Reject]:
    """Drop, from the staged files, articles another file already holds -> their duplicate rejects.

    "Another file" is an earlier file of this run (batches in file order), or a
    file still present whose article is already in the table and not being redone.
    """
    holder = {aid: path for path, (_, aid) in state.article_by_path.items()}
    redone = {r.rel_path for r in plan.to_process}
    first: dict[str, str] = {}
    rejects: list[Reject] = []
    for batch in sorted(staged, key=lambda s: s.number):
        drop: set[str] = set()
        for aid, path, sha in zip(batch.article_ids, batch.source_paths, batch.source_shas):
            other = first.get(aid)
            held = holder.get(aid)
            if other is None and held and held != path and held in present_paths and held not in redone:
                other = held
            if other is not None:
                rejects.append(Reject(path, sha, Stage.PARSE, Reason.DUPLICATE, f"same article as {other}", (), aid))
                drop.add(aid)
            else:
                first[aid] = path
        if drop:
            drop_articles(batch, drop)
    return rejects


def stage_rejects(rejects: Sequence[Reject], folder: str, run_id: str, at: datetime) -> StagedBatch:
    """Stage run-level rejects (duplicates) as one more batch, written after all others."""
    path = f"{folder.rstrip('/')}/rejects-run.parquet"
    fs, base = io.filesystem(folder)
    fs.create_dir(base, recursive=True)
    pq.write_table(arrow_tables.rejects_table(list(rejects), run_id, at), path)
    reasons = [r.reason.value for r in rejects]
    return StagedBatch(number=1 << 30, files=0, paths={"rejects": path}, rows={"rejects": len(rejects)},
                       reject_reasons=dict(Counter(reasons)),
                       reject_files=files_by_reason(reasons, [r.source_path for r in rejects]))


def write_tables(output: str, staged: Sequence[StagedBatch], plan: Plan, run_id: str) -> dict[str, int | None]:
    """Commit the run: one version per changed table -> table -> new version (None: no commit)."""
    written_ids = {aid for s in staged for aid in s.article_ids}
    replace = set(plan.replaced_ids) | set(plan.pruned_ids) | written_ids
    versions: dict[str, int | None] = {}
    for table in WRITE_ORDER:
        rows = sum(s.rows.get(table, 0) for s in staged)
        ids = () if table == "rejects" or not storage.has_rows(output, table) else replace
        versions[table] = storage.commit(output, table, staged_reader(staged, table), run_id,
                                         rows=rows, replace_ids=ids)
    return versions

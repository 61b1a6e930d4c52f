"""Per-batch staging: validated rows of one batch go to Parquet files at once.

Extraction workers stage their own batch (process -> Arrow -> validate ->
Parquet) and hand back only a small `StagedBatch`: counts, ids, rejects and
the validation result. Memory is bounded by the batch size, not the corpus,
and the final commit streams the staged files into Delta (see publish.py).
"""
from __future__ import annotations

import os
import socket
import time
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import datetime

import polars as pl
import pyarrow as pa
import pyarrow.compute as pc
import pyarrow.parquet as pq

from pressroom import arrow_tables, io
from pressroom.extract import OrgLexicon
from pressroom.process import ExtractOptions, process_batch
from pressroom.records import MAX_REJECT_FILES, RawFile, Reason, Reject, Stage
from pressroom.validate import ValidationResult, validate_frames
from schemas import TABLES

STAGED_TABLES = ("articles", "quotes", "organizations", "rejects")
# Staged files are read back once, in full, by the commit (staged_reader) and
# drop_articles; neither prunes row groups by column min/max, so no statistics
# are written: computing them (over every body and quote text) was a sixth of
# the cost of writing a batch.
STAGED_PARQUET = {"compression": "zstd", "write_statistics": False}


@dataclass
class StagedBatch:
    """What a worker hands back for one batch of files."""

    number: int
    files: int
    paths: dict[str, str] = field(default_factory=dict)        # table -> staged parquet file
    rows: dict[str, int] = field(default_factory=dict)         # table -> staged rows
    article_ids: list[str] = field(default_factory=list)       # in file order
    source_paths: list[str] = field(default_factory=list)      # aligned with article_ids
    source_shas: list[str] = field(default_factory=list)
    result: ValidationResult = field(default_factory=ValidationResult)
    seconds: dict[str, float] = field(default_factory=dict)
    reject_reasons: dict[str, int] = field(default_factory=dict)
    reject_files: dict[str, list[str]] = field(default_factory=dict)   # reason -> its first files (MAX_REJECT_FILES)
    dropped: set[str] = field(default_factory=set)             # article_ids the commit skips
    worker: str = ""                                           # host:pid that ran the batch
    span: tuple[float, float] = (0.0, 0.0)                     # wall-clock start, end (epoch seconds)


def stage_batch(files: Sequence[RawFile], options: ExtractOptions, run_id: str, at: datetime,
                folder: str, number: int, lexicon: OrgLexicon | None = None,
                report_progress: bool = False) -> StagedBatch:
    """Process, validate and stage one batch of files -> StagedBatch.

    With `report_progress` (a local staging folder only), the files done so
    far are written to `progress_file(folder, number)` as extraction goes,
    for the flow's progress bar.
    """
    began = time.time()
    progress = _progress_writer(folder, number, len(files)) if report_progress and not io.is_url(folder) else None
    batch = process_batch(files, options, lexicon, progress)
    clock = time.perf_counter()
    t = arrow_tables.batch_tables(batch, run_id, at)
    articles, dup_rejects = _dedupe_in_batch(pl.from_arrow(t.articles), run_id)
    quotes = pl.from_arrow(t.quotes).unique("quote_id", keep="first", maintain_order=True)
    orgs = pl.from_arrow(t.organizations).unique(["article_id", "org_id"], keep="first", maintain_order=True)
    tables_s = time.perf_counter() - clock
    validated = validate_frames(articles, quotes, orgs, run_id)
    validate_s = time.perf_counter() - clock - tables_s
    rejects = pl.concat([pl.from_arrow(t.rejects),
                         pl.from_arrow(arrow_tables.rejects_table(dup_rejects + validated.rejects, run_id, at))])
    staged = StagedBatch(number=number, files=len(files), result=validated.result, seconds=dict(batch.seconds),
                         reject_reasons=dict(Counter(rejects["reason"].to_list())),
                         reject_files=files_by_reason(rejects["reason"].to_list(), rejects["source_path"].to_list()))
    fs, base = io.filesystem(folder)
    fs.create_dir(base, recursive=True)
    for table, frame in (("articles", validated.articles), ("quotes", validated.quotes),
                         ("organizations", validated.organizations), ("rejects", rejects)):
        path = f"{folder.rstrip('/')}/{table}-{number:06d}.parquet"
        pq.write_table(frame.to_arrow().cast(TABLES[table][1]), path, **STAGED_PARQUET)
        staged.paths[table], staged.rows[table] = path, frame.height
    staged.seconds.update(tables=tables_s, validate=validate_s,
                          stage=time.perf_counter() - clock - tables_s - validate_s)
    staged.article_ids = validated.articles["article_id"].to_list()
    staged.source_paths = validated.articles["source_path"].to_list()
    staged.source_shas = validated.articles["source_sha256"].to_list()
    staged.worker, staged.span = f"{socket.gethostname()}:{os.getpid()}", (began, time.time())
    return staged


def progress_file(folder: str, number: int) -> str:
    """Where batch `number` reports how many of its files are extracted."""
    return os.path.join(folder, f"progress-{number:06d}")


def read_progress(folder: str, number: int) -> int:
    """Files batch `number` has reported done (0 before its first report)."""
    try:
        with open(progress_file(folder, number), encoding="ascii") as fh:
            return int(fh.read() or 0)
    except (OSError, ValueError):
        return 0


def _progress_writer(folder: str, number: int, files: int):
    """progress(fraction) -> the file count in the batch's progress file, at most every 0.25 s."""
    os.makedirs(folder, exist_ok=True)
    path = progress_file(folder, number)
    last = [0.0]

    def progress(fraction: float) -> None:
        now = time.monotonic()
        if now - last[0] < 0.25 and fraction < 1.0:
            return
        last[0] = now
        tmp = f"{path}.tmp"
        with open(tmp, "w", encoding="ascii") as fh:
            fh.write(str(int(files * fraction)))
        os.replace(tmp, path)  # the reader never sees a half-written number

    return progress


def files_by_reason(reasons: Sequence[str], paths: Sequence[str]) -> dict[str, list[str]]:
    """Reason -> its first distinct files, as many as a report lists."""
    out: dict[str, list[str]] = {}
    for reason, path in zip(reasons, paths):
        files = out.setdefault(reason, [])
        if len(files) < MAX_REJECT_FILES and path not in files:
            files.append(path)
    return out


def _dedupe_in_batch(articles: pl.DataFrame, run_id: str) -> tuple[pl.DataFrame, list[Reject]]:
    """Keep the first file of each article_id in the batch; the others are duplicates."""
    if articles.height == 0 or articles["article_id"].is_unique().all():
        return articles, []
    first = articles.with_row_index("_row").group_by("article_id", maintain_order=True).agg(
        pl.col("_row").first(), pl.col("source_path").first().alias("_first"))
    dup = articles.with_row_index("_row").join(first.select("article_id", "_first", pl.col("_row").alias("_keep")),
                                               on="article_id").filter(pl.col("_row") != pl.col("_keep"))
    rejects = [Reject(p, sha, Stage.PARSE, Reason.DUPLICATE, f"same article as {f}", (), aid)
               for p, sha, aid, f in dup.select("source_path", "source_sha256", "article_id", "_first").iter_rows()]
    keep = articles.with_row_index("_row").filter(~pl.col("_row").is_in(dup["_row"].to_list())).drop("_row")
    return keep, rejects


def drop_articles(staged: StagedBatch, article_ids: set[str]) -> None:
    """Drop these articles (cross-batch duplicates) from a batch: the commit
    skips their rows when it streams the staged files (see staged_reader), so
    the files are not rewritten; only their article_id columns are read, to
    keep the row counts right."""
    staged.dropped |= article_ids
    drop = pa.array(sorted(staged.dropped), pa.string())
    for table in ("articles", "quotes", "organizations"):
        if staged.rows.get(table):
            ids = pq.read_table(staged.paths[table], columns=["article_id"])["article_id"]
            staged.rows[table] = len(ids) - pc.sum(pc.is_in(ids, value_set=drop)).as_py()
    keep = [i for i, aid in enumerate(staged.article_ids) if aid not in article_ids]
    staged.article_ids = [staged.article_ids[i] for i in keep]
    staged.source_paths = [staged.source_paths[i] for i in keep]
    staged.source_shas = [staged.source_shas[i] for i in keep]


STREAM_BATCH_ROWS = 16 * 1024


def staged_reader(staged: Sequence[StagedBatch], table: str) -> pa.RecordBatchReader:
    """Stream every staged file of a table, in batch order, without loading them
    all, leaving out the rows of each batch's dropped articles."""
    import pyarrow.dataset as ds

    schema = TABLES[table][1]
    batches = [s for s in sorted(staged, key=lambda s: s.number) if s.rows.get(table)]

    def stream():
        for batch in batches:
            fs, path = io.filesystem(batch.paths[table])
            # rejects rows are kept whole: a reject may name a dropped article
            dropped = (~ds.field("article_id").isin(sorted(batch.dropped))
                       if batch.dropped and table != "rejects" else None)
            # No read-ahead: the writer consumes one batch at a time, and
            # pyarrow's default would hold much of a large run in memory.
            scanner = ds.dataset(path, schema=schema, format="parquet", filesystem=fs).scanner(
                batch_size=STREAM_BATCH_ROWS, batch_readahead=0, fragment_readahead=0, filter=dropped)
            yield from scanner.to_batches()

    return pa.RecordBatchReader.from_batches(schema, stream())

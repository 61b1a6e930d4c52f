"""Delta Lake I/O: the only module that reads or writes the output tables.

Writes: one commit per table per run, carrying `run_id` in the commit's custom
metadata. Replacing an article's rows (and its quotes and organizations) is a
predicate overwrite — delete the old rows and add the new ones in ONE commit —
so readers never see a half-replaced article.

Reads go through polars (`pl.read_delta`): reading with
`DeltaTable.to_pyarrow_table()` / `to_pyarrow_dataset()` can abort the process
at interpreter exit (exit 134; delta-rs #2184, polars #24169), which would
break every CLI exit status.

Tables are opened with the `DeltaTable(...)` constructor, never
`DeltaTable.is_deltatable()`: in deltalake 1.6 `is_deltatable` (like
`DeltaTable.history()` and `update_incremental()`, delta-rs #4402) waits for the
object store while holding the GIL, which stalls every other thread of the
process for the whole round-trip -- and deadlocks outright when the store's
server runs in a thread of the same process. The constructor, writes, deletes,
optimize/vacuum and polars reads all release the GIL.

Object stores (s3://...) are configured from the environment only (AWS_REGION,
AWS_ACCESS_KEY_ID, AWS_SECRET_ACCESS_KEY, and AWS_ENDPOINT_URL /
AWS_ALLOW_HTTP=true for MinIO or another S3-compatible server); nothing here
passes or logs credentials. Commits on S3 are put-if-absent (conditional puts,
`If-None-Match`), delta-rs' default for S3 since delta-rs #3091, so no locking
provider (DynamoDB) or AWS_S3_ALLOW_UNSAFE_RENAME is needed.
"""
from __future__ import annotations

from collections.abc import Iterable, Sequence
from pathlib import Path

import polars as pl
import pyarrow as pa
from deltalake import CommitProperties, DeltaTable, WriterProperties, write_deltalake
from deltalake.exceptions import DeltaError, TableNotFoundError
from polars.exceptions import ComputeError, PanicException

from pressroom import io
from pressroom.config import DEFAULT_RETENTION_HOURS
from pressroom.errors import TableDamagedError

# What a damaged table raises when it is opened or read: an unreadable Delta
# log (DeltaError), data files it names that are missing or truncated
# (OSError, polars' ComputeError, or a panic inside its Parquet reader).
_DAMAGE = (DeltaError, OSError, ComputeError, PanicException)

# The writer holds a whole row group in memory before encoding it: 16k rows
# (a few tens of MB of article bodies) bounds the commit's memory whatever
# the run's size, and is still large enough for fast scans.
WRITER_PROPERTIES = WriterProperties(compression="ZSTD", max_row_group_size=16 * 1024)
# Files this big make few files per version without slowing small runs.
TARGET_FILE_SIZE = 128 * 1024 * 1024
# Predicates stay readable and fast up to this many ids per IN list.
_IN_CHUNK = 5000


def table_uri(output: str, table: str) -> str:
    """Location of one table under the output root."""
    return f"{output.rstrip('/')}/{table}" if io.is_url(output) else str(Path(output) / table)


def open_table(output: str, table: str, version: int | None = None) -> DeltaTable | None:
    """The table (current or a given version), or None when it has no Delta log."""
    uri = table_uri(output, table)
    try:
        return DeltaTable(uri, version=version)
    except TableNotFoundError:
        return None
    except _DAMAGE as exc:
        raise TableDamagedError(f"table {table} cannot be opened: {_first_line(exc)}", path=uri,
                                stage="read") from None


def _first_line(exc: BaseException) -> str:
    """An error's first line (deltalake's and polars' messages carry Rust backtraces)."""
    text = str(exc).strip()
    return text.splitlines()[0] if text else type(exc).__name__


def exists(output: str, table: str) -> bool:
    """True when the table has a Delta log."""
    return open_table(output, table) is not None


def has_rows(output: str, table: str) -> bool:
    """True when the table exists and its current version references any data file."""
    dt = open_table(output, table)
    return dt is not None and bool(dt.file_uris())


def version(output: str, table: str) -> int | None:
    """Current version of a table, or None when it does not exist."""
    dt = open_table(output, table)
    return None if dt is None else dt.version()


def read(output: str, table: str, version: int | None = None,
         columns: Sequence[str] | None = None) -> pl.DataFrame | None:
    """The table (current or a given version) as a polars frame, or None when absent."""
    dt = open_table(output, table, version)
    if dt is None:
        return None
    try:
        return pl.read_delta(dt, columns=list(columns) if columns else None)
    except _DAMAGE as exc:
        raise TableDamagedError(f"table {table} cannot be read: {_first_line(exc)}",
                                path=table_uri(output, table), stage="read") from None


def id_predicate(column: str, values: Iterable[str]) -> str:
    """SQL predicate `column IN (...)` (ids are hex; quotes are escaped anyway)."""
    quoted = [f"'{v.replace(chr(39), chr(39) * 2)}'" for v in sorted(set(values))]
    chunks = [", ".join(quoted[i:i + _IN_CHUNK]) for i in range(0, len(quoted), _IN_CHUNK)]
    return " OR ".join(f"{column} IN ({chunk})" for chunk in chunks)


def commit(output: str, table: str, data: pa.Table | pa.RecordBatchReader, run_id: str,
           rows: int | None = None, replace_ids: Iterable[str] = (), key: str = "article_id",
           operation: str = "pressroom run") -> int | None:
    """Write `data` (a table, or a stream of `rows` rows), replacing rows whose `key`
    is in replace_ids, in one commit -> new version.

    Returns None (and commits nothing) when there is nothing to add or remove.
    """
    n_rows = data.num_rows if rows is None else rows
    uri = table_uri(output, table)
    replace_ids = set(replace_ids)
    props = CommitProperties(custom_metadata={"run_id": run_id, "pressroom_operation": operation})
    dt = open_table(output, table)
    if dt is None:
        # an empty first write still creates the table, so readers find all tables
        write_deltalake(uri, data, mode="append", commit_properties=props,
                        writer_properties=WRITER_PROPERTIES, target_file_size=TARGET_FILE_SIZE)
        return DeltaTable(uri).version()
    if not replace_ids and n_rows == 0:
        return None
    if replace_ids and n_rows == 0:
        metrics = dt.delete(id_predicate(key, replace_ids), commit_properties=props)
        return dt.version() if metrics.get("num_deleted_rows", 1) else None
    if replace_ids:
        write_deltalake(uri, data, mode="overwrite", predicate=id_predicate(key, replace_ids),
                        commit_properties=props, writer_properties=WRITER_PROPERTIES,
                        target_file_size=TARGET_FILE_SIZE)
    else:
        write_deltalake(uri, data, mode="append", commit_properties=props,
                        writer_properties=WRITER_PROPERTIES, target_file_size=TARGET_FILE_SIZE)
    return DeltaTable(uri).version()


def history(output: str, table: str, limit: int | None = None) -> list[dict]:
    """Versions of a table, newest first: version, timestamp, operation, run_id, rows added/removed.

    `DeltaTable.history()` holds the GIL while it reads the log (see the module
    docstring); only the CLI's single-threaded `history` command calls this.
    """
    dt = open_table(output, table)
    if dt is None:
        return []
    rows = []
    for h in dt.history(limit):
        metrics = h.get("operationMetrics") or {}
        rows.append({
            "table": table,
            "version": h.get("version"),
            "timestamp": h.get("timestamp"),
            "operation": h.get("operation"),
            "run_id": h.get("run_id"),
            "rows_added": metrics.get("num_added_rows", metrics.get("num_copied_rows")),
            "rows_removed": metrics.get("num_deleted_rows"),
            "files_added": metrics.get("num_added_files"),
            "files_removed": metrics.get("num_removed_files"),
        })
    return rows


def compact(output: str, table: str, retention_hours: int = DEFAULT_RETENTION_HOURS) -> dict | None:
    """Merge small files (optimize), vacuum files unreferenced for retention_hours,
    write a checkpoint -> metrics, or None when the table does not exist."""
    dt = open_table(output, table)
    if dt is None:
        return None
    metrics = dt.optimize.compact(commit_properties=CommitProperties(
        custom_metadata={"pressroom_operation": "compact"}))
    removed = dt.vacuum(retention_hours=retention_hours, dry_run=False, enforce_retention_duration=False)
    # A checkpoint lets readers start from one Parquet file instead of
    # replaying every small run's JSON commit.
    dt = open_table(output, table)  # the compacted version
    dt.create_checkpoint()
    return {"table": table, "files_added": metrics.get("numFilesAdded"),
            "files_removed": metrics.get("numFilesRemoved"), "vacuumed": len(removed),
            "version": dt.version()}

"""Delta Lake I/O: the only module that reads or writes the output tables.

Writes: one commit per table per run, carrying `run_id` in the commit's custom
metadata. Replacing an article's rows (and its quotes and organizations) is a
predicate overwrite — delete the old rows and add the new ones in ONE commit —
so readers never see a half-replaced article.

Reads go through polars (`pl.read_delta`): reading with
`DeltaTable.to_pyarrow_table()` / `to_pyarrow_dataset()` can abort the process
at interpreter exit (exit 134; delta-rs #2184, polars #24169), which would
break every CLI exit status.
"""
from __future__ import annotations

from collections.abc import Iterable, Sequence
from pathlib import Path

import polars as pl
import pyarrow as pa
from deltalake import CommitProperties, DeltaTable, WriterProperties, write_deltalake

# Readers scan whole row groups; ~128k rows keeps them few and large while a
# batch's memory stays bounded.
WRITER_PROPERTIES = WriterProperties(compression="ZSTD", max_row_group_size=128 * 1024)
# Files this big make few files per version without slowing small runs.
TARGET_FILE_SIZE = 128 * 1024 * 1024
# Predicates stay readable and fast up to this many ids per IN list.
_IN_CHUNK = 5000


def table_uri(output: str, table: str) -> str:
    """Location of one table under the output root."""
    return str(Path(output) / table) if "://" not in output else f"{output.rstrip('/')}/{table}"


def exists(output: str, table: str) -> bool:
    """True when the table has a Delta log."""
    return DeltaTable.is_deltatable(table_uri(output, table))


def has_rows(output: str, table: str) -> bool:
    """True when the table exists and its current version references any data file."""
    return exists(output, table) and bool(DeltaTable(table_uri(output, table)).file_uris())


def version(output: str, table: str) -> int | None:
    """Current version of a table, or None when it does not exist."""
    if not exists(output, table):
        return None
    return DeltaTable(table_uri(output, table)).version()


def read(output: str, table: str, version: int | None = None,
         columns: Sequence[str] | None = None) -> pl.DataFrame | None:
    """The table (current or a given version) as a polars frame, or None when absent."""
    if not exists(output, table):
        return None
    return pl.read_delta(table_uri(output, table), version=version,
                         columns=list(columns) if columns else None)


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
    if not exists(output, table):
        # an empty first write still creates the table, so readers find all tables
        write_deltalake(uri, data, mode="append", commit_properties=props,
                        writer_properties=WRITER_PROPERTIES, target_file_size=TARGET_FILE_SIZE)
        return DeltaTable(uri).version()
    if not replace_ids and n_rows == 0:
        return None
    if replace_ids and n_rows == 0:
        dt = DeltaTable(uri)
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
    """Versions of a table, newest first: version, timestamp, operation, run_id, rows added/removed."""
    if not exists(output, table):
        return []
    rows = []
    for h in DeltaTable(table_uri(output, table)).history(limit):
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


def compact(output: str, table: str, retention_hours: int = 168) -> dict:
    """Merge small files (optimize) then vacuum files unreferenced for retention_hours."""
    dt = DeltaTable(table_uri(output, table))
    metrics = dt.optimize.compact(commit_properties=CommitProperties(
        custom_metadata={"pressroom_operation": "compact"}))
    removed = dt.vacuum(retention_hours=retention_hours, dry_run=False, enforce_retention_duration=False)
    return {"table": table, "files_added": metrics.get("numFilesAdded"),
            "files_removed": metrics.get("numFilesRemoved"), "vacuumed": len(removed),
            "version": dt.version()}

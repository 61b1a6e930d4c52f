"""Prefect tasks: each calls one library function, logs its counts, returns.

Tasks whose inputs are large (file lists) use NO_CACHE: hashing those inputs
for a cache key would cost more than the work. Batch tasks return small
StagedBatch records, never rows: the rows are already in staged Parquet files.
"""
from __future__ import annotations

from datetime import datetime

from prefect import get_run_logger, task
from prefect.artifacts import create_markdown_artifact, create_table_artifact
from prefect.cache_policies import NO_CACHE

from pressroom import incremental, io, publish, report, runs
from pressroom.incremental import Plan, State
from pressroom.process import ExtractOptions
from pressroom.records import FileBatch, RawFile, Reject
from pressroom.staging import StagedBatch, stage_batch
from pressroom.validate import ValidationResult


@task(name="discover-files", cache_policy=NO_CACHE)
def discover_files(raw: str) -> list[RawFile]:
    """Every raw file under raw (path and size; contents are read later)."""
    files = io.discover(raw)
    get_run_logger().info("found %d raw files under %s", len(files), raw)
    return files


@task(name="plan-run", cache_policy=NO_CACHE)
def plan_run(files: list[RawFile], output: str, full: bool, prune: bool, max_file_bytes: int) -> tuple[Plan, State]:
    """Decide which files are new or changed since the last run (hashing the ones it already knows)."""
    state = incremental.load_state(output)
    plan = incremental.plan(files, state, lambda f: io.hash_file(f, max_file_bytes), full=full, prune=prune)
    get_run_logger().info("to process: %d files (%d unchanged skipped%s); %d articles replaced, %d pruned",
                          len(plan.to_process), plan.unchanged, ", full run" if plan.full else "",
                          len(plan.replaced_ids), len(plan.pruned_ids))
    return plan, state


@task(name="extract-validate-batch", cache_policy=NO_CACHE)
def extract_batch(files: FileBatch, options: ExtractOptions, run_id: str, at: datetime,
                  folder: str, number: int, report_progress: bool = False) -> StagedBatch:
    """Parse, extract and validate one batch of files; stage its rows as Parquet."""
    return stage_batch(files, options, run_id, at, folder, number, report_progress=report_progress)


@task(name="check-duplicates", cache_policy=NO_CACHE)
def check_duplicates(staged: list[StagedBatch], state: State, present: set[str], plan: Plan) -> list[Reject]:
    """Drop articles another file already holds; return their duplicate rejects."""
    rejects = publish.cross_batch_duplicates(staged, state, present, plan)
    if rejects:
        get_run_logger().info("%d duplicate articles across batches or of existing files", len(rejects))
    return rejects


@task(name="write-tables", retries=2, retry_delay_seconds=2, cache_policy=NO_CACHE)
def write_tables(output: str, staged: list[StagedBatch], plan: Plan, run_id: str) -> dict[str, int | None]:
    """Commit one Delta version per changed table."""
    versions = publish.write_tables(output, staged, plan, run_id)
    get_run_logger().info("committed versions %s", versions)
    return versions


@task(name="record-run", retries=2, retry_delay_seconds=2, cache_policy=NO_CACHE)
def record_run(output: str, record: runs.RunRecord) -> int | None:
    """Append the run's row to output/runs."""
    return runs.record(output, record)


@task(name="publish-report", cache_policy=NO_CACHE)
def publish_report(output: str, result: ValidationResult, run_id: str, rejects: report.RejectSummary) -> str:
    """Write validation.json/.md/junit.xml and publish the summary as Prefect artifacts."""
    folder = report.write_reports(f"{output}/reports/{run_id}", result, run_id, rejects)
    create_markdown_artifact(report.to_markdown(result, run_id, rejects), key="pressroom-validation",
                             description="pressroom validation report")
    rows = [{"table": name, "check": check, "rows": count}
            for name, t in result.tables.items() for check, count in t.failures.items()]
    create_table_artifact(rows or [{"table": "-", "check": "none failed", "rows": 0}],
                          key="pressroom-validation-failures", description="hard-check failures by table")
    get_run_logger().info("validation %s; report in %s", "ok" if result.ok else "FAILED", folder)
    return str(folder)

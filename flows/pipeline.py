"""The pressroom flow: the only place the steps are wired together.

discover -> plan (incremental) -> extract in batches (mapped tasks, never one
task per article) -> de-duplicate -> validate -> write (one commit per table)
-> record the run -> reports and Prefect artifacts.
"""
from __future__ import annotations

import sys
import threading
import time
from collections import Counter
from datetime import datetime, timedelta, timezone
from pathlib import Path
from typing import Any

from prefect import flow, get_run_logger
from prefect.futures import as_completed
from prefect.runtime import flow_run
from prefect.task_runners import ThreadPoolTaskRunner
from prefect.utilities.annotations import quote

from flows import tasks
from flows.console import console_handlers
from pressroom import EXTRACTOR_VERSION, batching, io, publish, report
from pressroom.config import POOL_MIN_FILES, Settings, check_time_zone, default_workers, usable_cores
from pressroom.errors import TooManyRejectsError, ValidationFailedError
from pressroom.lock import output_lock
from pressroom.process import ExtractOptions
from pressroom.records import MAX_REJECT_FILES, FileBatch
from pressroom.runs import RunRecord
from pressroom.validate import ValidationResult
from schemas import SCHEMA_VERSION


def _run_name() -> str:
    """Flow runs are named after their input folder and start time."""
    raw = Path(str(flow_run.parameters.get("raw", "raw"))).name or "raw"
    return f"pressroom-{raw}-{datetime.now(timezone.utc):%Y%m%dT%H%M%SZ}"


@flow(name="pressroom-run", flow_run_name=_run_name, validate_parameters=True)
def pressroom_run(raw: str = "raw", output: str = "output", full: bool = False, prune: bool = False,
                  batch_size: int = 2000, default_tz: str = "Asia/Shanghai",
                  max_file_bytes: int = 20 * 1024 * 1024, fail_on_invalid: bool = False,
                  max_rejects: int | None = None,
                  future_tolerance_hours: int = 24, progress: bool = False, workers: int | None = None,
                  dask_address: str | None = None, dask_workers: int = 0) -> dict[str, Any]:
    """Process raw/ into the Delta tables under output/ -> a summary of the run.

    Extraction runs on its own task runner (`workers` processes, or Dask),
    opened for the batches only: the workers' memory is released before the
    tables are written, so the run's peak is the larger of the two phases,
    not their sum. `workers=None` is the usable cores, or the flow's own
    process for a run of fewer than POOL_MIN_FILES files.
    """
    check_time_zone(default_tz)  # a deployment's parameters skip the CLI's checks
    logger = get_run_logger()
    started, clock = datetime.now(timezone.utc), time.perf_counter()
    run_id = str(flow_run.id or f"local-{started:%Y%m%dT%H%M%S%f}")
    with output_lock(output):
        lap = _Laps()
        files = tasks.discover_files(raw)
        lap("discover")
        # quote(): big collections pass through untouched; Prefect would otherwise
        # walk every element looking for futures (seconds per 100,000 files).
        plan, state = tasks.plan_run(quote(files), output, full, prune, max_file_bytes)
        lap("plan")
        options = ExtractOptions(max_file_bytes=max_file_bytes, default_tz=default_tz,
                                 now=started + timedelta(hours=future_tolerance_hours))
        staging = staging_folder(output, run_id)
        todo = list(plan.to_process)
        used = workers_for(len(todo), workers)
        if todo and not (dask_address or dask_workers):
            logger.info("extracting %d files with %s", len(todo), _workers_phrase(used, workers))
        # a remote Dask cluster's size is unknown here: plain batches then
        parallel = 1 if dask_address else (dask_workers or used)
        chunks = batching.plan_batches(todo, batch_size, parallel)
        runner = task_runner(Settings(workers=used, dask_address=dask_address, dask_workers=dask_workers))
        submitted = time.time()
        staged = _extract_batches(runner, chunks, options, run_id, started, staging, progress, logger)
        lap("extract")
        timeline = batching.worker_timeline([(b.worker, b.span) for b in staged], submitted)
        duplicates = tasks.check_duplicates(quote(staged), quote(state), quote({f.rel_path for f in files}),
                                            quote(plan))
        if duplicates:
            staged.append(publish.stage_rejects(duplicates, staging, run_id, started))
        result = ValidationResult()
        by_reason: Counter[str] = Counter()
        reject_files: dict[str, list[str]] = {}
        for batch in staged:
            result.merge(batch.result)
            by_reason.update(batch.reject_reasons)
            for reason, paths in batch.reject_files.items():
                kept = reject_files.setdefault(reason, [])
                kept.extend(p for p in paths[:MAX_REJECT_FILES - len(kept)] if p not in kept)
        lap("combine")
        rejects = report.RejectSummary(dict(by_reason), reject_files)
        report_dir = tasks.publish_report(output, result, run_id, rejects)
        lap("report")
        failed = fail_on_invalid and not result.ok
        over_limit = not failed and max_rejects is not None and rejects.total > max_rejects
        nothing = not todo and not plan.pruned_ids
        versions = {} if failed or nothing else tasks.write_tables(output, quote(staged), quote(plan), run_id)
        io.remove_tree(staging.rsplit("/", 1)[0])
        lap("write")
        written = {t: sum(b.rows.get(t, 0) for b in staged) if versions else 0
                   for t in ("articles", "quotes", "organizations", "rejects")}
        record = RunRecord(
            run_id=run_id, flow_run_name=flow_run.name, started_at=started,
            finished_at=datetime.now(timezone.utc),
            status=("failed_validation" if failed else "too_many_rejects" if over_limit
                    else "nothing_to_do" if nothing else "completed"),
            raw_root=raw if io.is_url(raw) else str(Path(raw).resolve()), extractor_version=EXTRACTOR_VERSION,
            schema_version=SCHEMA_VERSION, files_seen=len(files), files_processed=len(todo),
            articles_written=written["articles"], quotes_written=written["quotes"],
            organizations_written=written["organizations"], rejects_written=written["rejects"],
            articles_removed=len(plan.pruned_ids) if versions else 0,
            **_current_versions(output, versions), seconds=time.perf_counter() - clock,
        )
        tasks.record_run(output, record)
        lap("record")
    stage_seconds: Counter[str] = Counter()
    for batch in staged:
        stage_seconds.update(batch.seconds)
    summary = {**record.__dict__, "report_dir": report_dir, "rejects_by_reason": dict(by_reason),
               "stage_seconds": dict(stage_seconds), "step_seconds": lap.seconds,
               "extract_timeline": timeline, "validation_ok": result.ok,
               "workers": None if dask_address else (dask_workers or used),
               "workers_kind": "dask" if dask_address or dask_workers else ("in-process" if used == 1 else "processes"),
               "warnings": {t: r.warnings for t, r in result.tables.items() if r.warnings}}
    if failed:
        raise ValidationFailedError(f"{result.hard_failures} row(s) failed validation; "
                                    f"nothing was written; see {report_dir}", stage="validate")
    if over_limit:
        raise TooManyRejectsError(f"{rejects.total} rejects ({rejects.by_reason_text()}), more than the "
                                  f"{max_rejects} allowed; the tables were written; see {report_dir}",
                                  stage="validate")
    return summary


def workers_for(files: int, workers: int | None) -> int:
    """Extraction processes for a run of `files` files: as asked, else the
    usable cores, or 1 (the flow's own process) when a pool would cost more
    than it saves."""
    if workers is not None:
        return workers
    return default_workers() if files >= POOL_MIN_FILES else 1


def _workers_phrase(used: int, asked: int | None) -> str:
    if used == 1:
        why = "" if asked is not None else f" (fewer than {POOL_MIN_FILES} files: no pool)"
        return "the flow's own process" + why
    return f"{used} worker processes" + ("" if asked is not None else f" (default: {usable_cores()} usable cores)")


def staging_folder(output: str, run_id: str) -> str:
    """Where a run stages its batches; leftovers of killed runs are cleared first."""
    root = f"{output.rstrip('/')}/_staging"
    io.remove_tree(root)
    return f"{root}/{run_id}"


class _Laps:
    """Wall seconds per flow step, for the run summary and the benchmark."""

    def __init__(self) -> None:
        self.seconds: dict[str, float] = {}
        self._last = time.perf_counter()

    def __call__(self, step: str) -> None:
        now = time.perf_counter()
        self.seconds[step] = round(now - self._last, 4)
        self._last = now


def _current_versions(output: str, committed: dict[str, int | None]) -> dict[str, int | None]:
    """Per table: the version this run committed, else the one that was current."""
    from pressroom import storage

    out = {}
    for table in ("articles", "quotes", "organizations", "rejects"):
        v = committed.get(table)
        out[f"{table}_version"] = v if v is not None else storage.version(output, table)
    return out


def _extract_batches(runner, chunks: list[list], options: ExtractOptions, run_id: str, started: datetime,
                     staging: str, progress: bool, logger) -> list:
    """Submit one extract-validate-batch task per chunk on `runner`, opened only
    while they run (no pool and no cluster at all when nothing changed)."""
    if not chunks:
        return []
    total = sum(len(c) for c in chunks)
    bar = _ProgressBar(total, staging, [len(c) for c in chunks]) if progress else None
    with runner:
        # FileBatch, not a list: Prefect would walk the files one by one for
        # futures, several times per task run (quote() does the same job but
        # Dask unpacks the annotation, a named tuple, on its way to a worker)
        futures = [runner.submit(tasks.extract_batch, {"files": FileBatch(chunk), "options": options,
                                                       "run_id": run_id, "at": started,
                                                       "folder": staging, "number": n,
                                                       "report_progress": bar is not None})
                   for n, chunk in enumerate(chunks)]
        try:
            return _collect(futures, total, bar, logger)
        finally:
            if bar:
                bar.stop()


def _collect(futures: list, total: int, bar: _ProgressBar | None, logger) -> list:
    """Wait for the batch futures in completion order, showing progress; keep file order."""
    order = {id(f): i for i, f in enumerate(futures)}
    results: list = [None] * len(futures)
    done_files = 0
    for future in as_completed(futures):
        batch = future.result()
        results[order[id(future)]] = batch
        done_files += batch.files
        if bar:
            bar.finished(order[id(future)])
        logger.info("extracted %d/%d files", done_files, total)
    return results


class _ProgressBar:
    """A rich progress bar on stderr that moves with the files the batches
    report done (their progress files, polled by a thread), ends at N/N, and
    prints the flow's log lines above itself instead of over it."""

    POLL_SECONDS = 0.3

    def __init__(self, total: int, staging: str, sizes: list[int]) -> None:
        from rich.console import Console
        from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeRemainingColumn

        self._staging, self._sizes = staging, sizes
        self._done: set[int] = set()
        self._console = Console(stderr=True)
        self._bar = Progress(TextColumn("extracting"), BarColumn(), MofNCompleteColumn(), TimeRemainingColumn(),
                             console=self._console, transient=False)
        self._task = self._bar.add_task("extract", total=total)
        # Prefect's console handlers print through a console of their own,
        # which would write over the live bar: they print through the bar's.
        self._handlers = console_handlers()
        self._consoles = [h.console for h in self._handlers]
        for h in self._handlers:
            h.console = self._console
        self._bar.start()
        self._stopping = threading.Event()
        self._thread = threading.Thread(target=self._poll, name="pressroom-progress", daemon=True)
        self._thread.start()

    def _count(self) -> int:
        from pressroom.staging import read_progress

        return sum(size if n in self._done else min(size, read_progress(self._staging, n))
                   for n, size in enumerate(self._sizes))

    def _poll(self) -> None:
        while not self._stopping.wait(self.POLL_SECONDS):
            self._bar.update(self._task, completed=self._count())

    def finished(self, number: int) -> None:
        self._done.add(number)
        self._bar.update(self._task, completed=self._count())

    def stop(self) -> None:
        self._stopping.set()
        self._thread.join()
        self._bar.update(self._task, completed=self._count())
        self._bar.stop()
        for h, console in zip(self._handlers, self._consoles):
            h.console = console


def task_runner(settings: Settings):
    """Dask (remote or local cluster), a local process pool, or one thread."""
    if settings.dask_address or settings.dask_workers:
        from prefect_dask import DaskTaskRunner

        if settings.dask_address:
            return DaskTaskRunner(address=settings.dask_address)
        return DaskTaskRunner(cluster_kwargs={"n_workers": settings.dask_workers, "threads_per_worker": 1,
                                              "processes": True, "dashboard_address": None})
    if settings.workers is not None and settings.workers > 1:
        from flows.workers import PreloadedProcessPoolTaskRunner

        return PreloadedProcessPoolTaskRunner(max_workers=settings.workers)
    return ThreadPoolTaskRunner(max_workers=1)


def run_pipeline(settings: Settings) -> dict[str, Any]:
    """Run the flow once, in-process, with the parallelism the settings ask for."""
    progress = sys.stderr.isatty() if settings.progress is None else settings.progress
    return pressroom_run(
        raw=settings.raw, output=settings.output, full=settings.full, prune=settings.prune,
        batch_size=settings.batch_size, default_tz=settings.default_tz,
        max_file_bytes=settings.max_file_bytes, fail_on_invalid=settings.fail_on_invalid,
        max_rejects=settings.reject_limit,
        future_tolerance_hours=settings.future_tolerance_hours, progress=progress,
        workers=settings.workers, dask_address=settings.dask_address, dask_workers=settings.dask_workers,
    )

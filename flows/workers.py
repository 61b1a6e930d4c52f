"""Process-pool workers that start with pressroom and Prefect already imported.

Prefect's ProcessPoolTaskRunner starts each worker with 'spawn': a fresh
interpreter that imports Prefect, Pandera, Polars and pressroom (about 3 s on
2 cores) before its first batch, while the flow waits. Here the workers are
forks of a 'forkserver' process that imported those modules once, and
`start_preloading()` starts that server early, so that its imports overlap
the embedded API server's start-up. The fork server is single-threaded,
so forking it is safe (forking the flow process, which runs threads, is not).
It also does once what Prefect would redo in every worker or task run
(`prepare_worker_process`): per task run that was ~0.2 s of Prefect's own
work in the worker, now ~0.1 s.
"""
from __future__ import annotations

import gc
import logging
import multiprocessing
import os
import ssl
from concurrent.futures import ProcessPoolExecutor
from multiprocessing import forkserver
from typing import Any

from prefect.task_runners import ProcessPoolTaskRunner

# What a worker needs before its first batch: the task module (pressroom's
# extraction, Pandera, Polars, PyArrow), Prefect's task engine, and last
# worker_start, which runs prepare_worker_process() (and freezes what the
# modules before it imported).
PRELOAD = ("flows.tasks", "prefect.task_engine", "flows.worker_start")
# Set (to "1") by the CLI when it shows a progress bar: workers then keep
# their console to warnings and errors.
QUIET_WORKERS = "PRESSROOM_QUIET_WORKERS"


def start_preloading() -> None:
    """Start the fork server and its imports now; returns at once."""
    multiprocessing.get_context("forkserver").set_forkserver_preload(list(PRELOAD))
    forkserver.ensure_running()


class PreloadedProcessPoolTaskRunner(ProcessPoolTaskRunner):
    """ProcessPoolTaskRunner whose workers are forks of the preloaded fork server."""

    def __enter__(self) -> PreloadedProcessPoolTaskRunner:
        # The CLI starts the fork server early; any other caller (a flow run
        # from Python, a deployment) gets the same preloaded one here.
        start_preloading()
        super().__enter__()
        # Prefect's pool has started no process yet (they start on submit):
        # replace it by the same pool, same worker initializer (Prefect's log
        # and event forwarding), on the forkserver context.
        spawned = self._executor
        self._executor = ProcessPoolExecutor(
            max_workers=self._max_workers, mp_context=multiprocessing.get_context("forkserver"),
            initializer=spawned._initializer, initargs=spawned._initargs)
        spawned.shutdown(wait=False)
        return self


class SharedCAContexts:
    """The `ssl` module as Prefect's API clients see it, except that a context
    verified against a CA file is built once per process and then shared.

    Prefect opens three API clients per task run (run context, task engine,
    events) and builds each a new `ssl.create_default_context(cafile=...)`:
    ~40 ms to parse the CA bundle, even when the API is plain HTTP on
    loopback, as the embedded one is. Prefect only reads these contexts, and
    one `SSLContext` may serve any number of connections. Calls without a CA
    file (Prefect's skip-verify branch changes the context it gets) build a
    fresh context as before.
    """

    def __init__(self) -> None:
        self._by_file: dict[tuple[Any, str], ssl.SSLContext] = {}

    def __getattr__(self, name: str) -> Any:
        return getattr(ssl, name)

    def create_default_context(self, purpose: Any = ssl.Purpose.SERVER_AUTH, *, cafile: str | None = None,
                               capath: str | None = None, cadata: Any = None) -> ssl.SSLContext:
        if cafile is None or capath is not None or cadata is not None:
            return ssl.create_default_context(purpose, cafile=cafile, capath=capath, cadata=cadata)
        key = (purpose, cafile)
        if key not in self._by_file:
            self._by_file[key] = ssl.create_default_context(purpose, cafile=cafile)
        return self._by_file[key]


def prepare_worker_process() -> None:
    """Share CA contexts, load Prefect's collections and the organization model, freeze the imported heap."""
    # Only the orchestration client module sees the sharing `ssl`; the
    # contexts themselves are built lazily, in each worker (not across fork).
    import prefect.client.orchestration as orchestration
    from prefect.plugins import load_prefect_collections

    from pressroom.extract import load_org_model

    orchestration.ssl = SharedCAContexts()  # type: ignore[assignment]
    load_prefect_collections()
    if os.environ.get(QUIET_WORKERS) == "1":
        # a progress bar is on the terminal: the workers' INFO lines (their
        # task runs' states) would write over it; warnings and errors still show
        from flows.console import console_handlers

        for handler in console_handlers():
            handler.setLevel(logging.WARNING)
    # the shipped organization model (0.2 s to read), once in the fork server
    # and shared by every worker forked from it
    load_org_model()
    # Everything imported so far lives as long as the worker: moved out of the
    # collector's generations, full collections in a worker no longer walk it
    # (nor write to its pages, which stay shared with the fork server), and
    # the fork server exits without collecting it (Python's gc.freeze advice
    # for fork servers).
    gc.freeze()

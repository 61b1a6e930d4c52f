"""Process-pool workers that start with pressroom and Prefect already imported.

Prefect's ProcessPoolTaskRunner starts each worker with 'spawn': a fresh
interpreter that imports Prefect, Pandera, Polars and pressroom (about 3 s on
2 cores) before its first batch, while the flow waits. Here the workers are
forks of a 'forkserver' process that imported those modules once, and
`start_preloading()` starts that server early, so that its imports overlap
the embedded API server's start-up. The fork server is single-threaded,
so forking it is safe (forking the flow process, which runs threads, is not).
"""
from __future__ import annotations

import multiprocessing
from concurrent.futures import ProcessPoolExecutor
from multiprocessing import forkserver

from prefect.task_runners import ProcessPoolTaskRunner

# What a worker needs before its first batch: the task module (pressroom's
# extraction, Pandera, Polars, PyArrow) and Prefect's task engine.
PRELOAD = ("flows.tasks", "prefect.task_engine")


def start_preloading() -> None:
    """Start the fork server and its imports now; returns at once."""
    multiprocessing.get_context("forkserver").set_forkserver_preload(list(PRELOAD))
    forkserver.ensure_running()


class PreloadedProcessPoolTaskRunner(ProcessPoolTaskRunner):
    """ProcessPoolTaskRunner whose workers are forks of the preloaded fork server."""

    def __enter__(self) -> PreloadedProcessPoolTaskRunner:
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

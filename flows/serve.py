"""Scheduling: serve the flow as a deployment with a cron schedule (`flow.serve`).

`prefect.yaml` at the repository root declares the same deployment for teams
running a Prefect server and workers (`prefect deploy`; there it is named
`pressroom-worker`, beside serve's default `pressroom-scheduled`). One run at a
time (concurrency_limit=1): the output lock would refuse an overlapping run anyway.

Retries: a deployment's run does not use the flow object it was built from; the
runner (or a worker) reloads the flow from the deployment's entrypoint, so
options set with `with_options` on the way to `to_deployment` are lost (Prefect
records the *function's* file and name, `flows/pipeline.py:pressroom_run`).
The retrying flow is therefore a module-level object here, `pressroom_scheduled`,
and both deployments name it as their entrypoint (`flows/serve.py:pressroom_scheduled`).
"""
from __future__ import annotations

import os
from pathlib import Path

from flows.maintenance import pressroom_compact
from flows.pipeline import pressroom_run
from pressroom import io
from pressroom.config import DEFAULT_COMPACT_CRON, DEFAULT_RETENTION_HOURS, Settings

DEPLOYMENT_PARAMETERS = ("raw", "output", "batch_size", "default_tz", "max_file_bytes", "fail_on_invalid", "workers")
# A failed scheduled run is retried after a minute, twice.
RETRIES, RETRY_DELAY_SECONDS = 2, 60

# The flow the deployments run (see the module docstring): reloaded from its entrypoint, it keeps its retries.
pressroom_scheduled = pressroom_run.with_options(retries=RETRIES, retry_delay_seconds=RETRY_DELAY_SECONDS)
SCHEDULED_FLOW = "pressroom_scheduled"


def scheduled_entrypoint() -> str:
    """`pressroom_scheduled`'s entrypoint, relative to the working directory as Prefect records one."""
    return f"{os.path.relpath(Path(__file__).absolute(), Path.cwd().absolute())}:{SCHEDULED_FLOW}"


def deployment_parameters(settings: Settings) -> dict:
    """The flow parameters a scheduled run uses (absolute paths: the runner may run elsewhere)."""
    params = {k: getattr(settings, k) for k in DEPLOYMENT_PARAMETERS}
    params["raw"], params["output"] = _absolute(settings.raw), _absolute(settings.output)
    return params


def _absolute(location: str) -> str:
    """A local path made absolute; an object-store URL as it is."""
    return location if io.is_url(location) else str(Path(location).resolve())


def build_deployment(settings: Settings, cron: str, name: str = "pressroom-scheduled"):
    """A RunnerDeployment of the flow on `cron`, with retries and one run at a time.

    Its entrypoint names `pressroom_scheduled` (which carries the retries), not the
    pipeline's function that `to_deployment` would record.
    """
    deployment = pressroom_scheduled.to_deployment(
        name=name, cron=cron, parameters=deployment_parameters(settings), concurrency_limit=1,
        tags=["pressroom"], description="pressroom: raw files to Delta tables, incremental",
    )
    deployment.entrypoint = scheduled_entrypoint()
    return deployment


def build_compact_deployment(settings: Settings, cron: str, name: str = "pressroom-compact"):
    """A RunnerDeployment of the maintenance flow on `cron` (one at a time; it takes the run lock)."""
    return pressroom_compact.to_deployment(
        name=name, cron=cron,
        parameters={"output": _absolute(settings.output), "retention_hours": DEFAULT_RETENTION_HOURS},
        concurrency_limit=1, tags=["pressroom"], description="pressroom: compact and vacuum the tables",
    )


def serve(settings: Settings, cron: str, name: str = "pressroom-scheduled",
          compact_cron: str | None = DEFAULT_COMPACT_CRON) -> None:
    """Register the deployments (the run, and compaction unless compact_cron is empty) and serve them."""
    from prefect import serve as prefect_serve

    deployments = [build_deployment(settings, cron, name)]
    if compact_cron:
        deployments.append(build_compact_deployment(settings, compact_cron, f"{name}-compact"))
    prefect_serve(*deployments)

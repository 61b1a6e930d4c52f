"""Scheduling: serve the flow as a deployment with a cron schedule (`flow.serve`).

`prefect.yaml` at the repository root declares the same deployment for teams
running a Prefect server and workers (`prefect deploy`).
"""
from __future__ import annotations

from flows.pipeline import pressroom_run
from pressroom.config import Settings

DEPLOYMENT_PARAMETERS = ("raw", "output", "batch_size", "default_tz", "max_file_bytes", "fail_on_invalid")


def deployment_parameters(settings: Settings) -> dict:
    """The flow parameters a scheduled run uses (absolute paths: workers run elsewhere)."""
    from pathlib import Path

    params = {k: getattr(settings, k) for k in DEPLOYMENT_PARAMETERS}
    params["raw"] = str(Path(settings.raw).resolve())
    if "://" not in settings.output:
        params["output"] = str(Path(settings.output).resolve())
    return params


def serve(settings: Settings, cron: str, name: str = "pressroom-scheduled") -> None:
    """Serve the flow on a cron schedule until interrupted; failed runs retry twice."""
    pressroom_run.with_options(retries=2, retry_delay_seconds=60).serve(
        name=name, cron=cron, parameters=deployment_parameters(settings),
        tags=["pressroom"], description="pressroom: raw/ to Delta tables, incremental",
    )

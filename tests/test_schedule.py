"""Scheduling: the deployment `pressroom serve` registers, with its cron schedule."""
from __future__ import annotations

import asyncio
import os
import subprocess
import sys
import time
from pathlib import Path

import pytest

from pressroom.config import Settings

pytestmark = [pytest.mark.slow, pytest.mark.usefixtures("prefect_harness")]
PRESSROOM = str(Path(sys.executable).parent / "pressroom")
REPO = Path(__file__).parent.parent


def _deployment(name: str):
    from prefect.client.orchestration import get_client

    async def read():
        async with get_client() as client:
            try:
                return await client.read_deployment_by_name(f"pressroom-run/{name}")
            except Exception:
                return None

    return asyncio.run(read())


def test_schedule_deployment_registers_cron_and_parameters(tmp_path: Path) -> None:
    from flows.serve import build_deployment

    settings = Settings(raw=str(tmp_path / "raw"), output=str(tmp_path / "out"))
    deployment_id = build_deployment(settings, "*/30 * * * *", name="unit-schedule").apply()
    d = _deployment("unit-schedule")
    assert d is not None and d.id == deployment_id
    assert [s.schedule.cron for s in d.schedules] == ["*/30 * * * *"]
    assert d.parameters["raw"] == str(tmp_path / "raw") and d.parameters["output"] == str(tmp_path / "out")


def test_schedule_deployment_entrypoint_keeps_the_retries(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """A deployment's run reloads its flow from the entrypoint: the retries must be on that object
    (tests/test_prefect_server.py runs a failing served run to its third attempt)."""
    from prefect.flows import load_flow_from_entrypoint

    from flows.serve import RETRIES, RETRY_DELAY_SECONDS, build_deployment

    monkeypatch.chdir(tmp_path)  # an entrypoint is relative to the working directory
    settings = Settings(raw=str(tmp_path / "raw"), output=str(tmp_path / "out"))
    deployment = build_deployment(settings, "*/30 * * * *", name="unit-retries")
    assert deployment.entrypoint.endswith("flows/serve.py:pressroom_scheduled"), deployment.entrypoint
    flow = load_flow_from_entrypoint(deployment.entrypoint)
    assert (flow.name, flow.retries, flow.retry_delay_seconds) == ("pressroom-run", RETRIES, RETRY_DELAY_SECONDS)
    assert RETRIES == 2


def test_schedule_prefect_yaml_is_named_apart_and_keeps_the_retries(monkeypatch: pytest.MonkeyPatch) -> None:
    """prefect.yaml's deployment: not serve's default name, and the same retrying entrypoint."""
    import yaml
    from prefect.flows import load_flow_from_entrypoint

    from flows.serve import RETRIES, build_deployment

    [deployment] = yaml.safe_load((REPO / "prefect.yaml").read_text(encoding="utf-8"))["deployments"]
    served_default = build_deployment.__defaults__[0]
    assert deployment["name"] == "pressroom-worker" != served_default
    assert deployment["entrypoint"] == "flows/serve.py:pressroom_scheduled"
    monkeypatch.chdir(REPO)
    flow = load_flow_from_entrypoint(deployment["entrypoint"])
    assert flow.name == "pressroom-run" and flow.retries == RETRIES


def test_schedule_serve_command_starts_and_registers(tmp_path: Path) -> None:
    from prefect.settings import PREFECT_API_URL

    env = {**os.environ, "PREFECT_API_URL": PREFECT_API_URL.value()}
    log = (tmp_path / "serve.log").open("w")
    proc = subprocess.Popen([PRESSROOM, "serve", "--raw", str(tmp_path), "--output", str(tmp_path / "o"),
                             "--cron", "0 * * * *", "--name", "served-schedule"],
                            env=env, stdout=log, stderr=subprocess.STDOUT)
    try:
        deadline = time.monotonic() + 90
        found = None
        while time.monotonic() < deadline and proc.poll() is None and found is None:
            time.sleep(1)
            found = _deployment("served-schedule")
        assert found is not None, (tmp_path / "serve.log").read_text()[-2000:]
        assert [s.schedule.cron for s in found.schedules] == ["0 * * * *"]
        assert proc.poll() is None, "serve keeps running until interrupted"
    finally:
        proc.terminate()
        proc.wait(timeout=30)
        log.close()

"""A real Prefect server: `prefect.yaml` deployed and run by a process worker, and a served run's retries.

Everything Prefect runs in subprocesses (`prefect server start`, the CLI, a
worker, a runner), each with this module's own PREFECT_HOME and API URL: the
listings below are Prefect's own CLI against a real server, which is what
broke with fastapi 0.151-0.154 (422 on every `... ls`), and nothing of the
server is imported into the test process.
"""
from __future__ import annotations

import json
import os
import re
import shutil
import signal
import socket
import subprocess
import sys
import textwrap
import time
import urllib.error
import urllib.request
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import pytest

pytestmark = pytest.mark.slow
REPO = Path(__file__).parent.parent
BIN = Path(sys.executable).parent
PREFECT = str(BIN / "prefect")
UUID = re.compile(r"[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}")
POOL, DEPLOYMENT = "pressroom", "pressroom-run/pressroom-worker"

# Three short articles in the layout of the raw samples (title, dateline, paragraphs).
ARTICLES = {
    "101_harbour.txt": """Harbour authority opens new container terminal
Updated 09:15, 03-Mar-2023

The port of Ningbo opened a new container terminal on Friday, the harbour authority said.

"The terminal doubles our capacity for the next decade," said Li Wei, director of the Ningbo Port Authority.

The Ministry of Transport said the project was completed ahead of schedule.
""",
    "102_rail.txt": """Rail operator adds night trains between two cities
Updated 14:40, 05-Mar-2023

China Railway will add four night trains between Beijing and Shanghai from April.

"Demand for sleeper berths has recovered faster than we expected," said Zhang Min, a spokesperson for China Railway.
""",
    "103_rain.txt": """Heavy rain expected across the south this week
Updated 07:05, 06-Mar-2023

The National Meteorological Center issued a blue alert for heavy rain on Monday.

"Residents should avoid travel near rivers," the center said in a statement.
""",
}


@dataclass
class Server:
    url: str
    env: dict[str, str]
    home: Path

    def prefect(self, *args: str, cwd: Path | None = None, timeout: float = 120) -> subprocess.CompletedProcess:
        """Prefect's CLI against this server -> the finished process (stdout and stderr together)."""
        return subprocess.run([PREFECT, *args], env=self.env, cwd=cwd or self.home, timeout=timeout,
                              stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True)

    def ok(self, *args: str, cwd: Path | None = None, timeout: float = 120) -> str:
        """The output of a CLI command that must succeed."""
        done = self.prefect(*args, cwd=cwd, timeout=timeout)
        assert done.returncode == 0, f"prefect {' '.join(args)} -> {done.returncode}\n{done.stdout[-3000:]}"
        return done.stdout


def _free_port() -> int:
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def _healthy(url: str) -> bool:
    try:
        with urllib.request.urlopen(f"{url}/health", timeout=2) as response:
            return response.status == 200
    except (urllib.error.URLError, OSError):
        return False


def _start(cmd: list[str], env: dict[str, str], log: Path, cwd: Path) -> subprocess.Popen:
    """A subprocess in its own process group (so that its children go with it), output to `log`."""
    with log.open("w") as out:
        return subprocess.Popen(cmd, env=env, cwd=cwd, stdout=out, stderr=subprocess.STDOUT,
                                stdin=subprocess.DEVNULL, start_new_session=True)


def _stop(proc: subprocess.Popen) -> None:
    """Stop a process started by _start, and its process group: SIGTERM, then SIGKILL."""
    if proc.poll() is None:
        try:
            os.killpg(proc.pid, signal.SIGTERM)
        except ProcessLookupError:
            pass
        try:
            proc.wait(timeout=20)
        except subprocess.TimeoutExpired:
            pass
    try:
        os.killpg(proc.pid, signal.SIGKILL)  # whatever of the group is left (uvicorn, flow-run processes)
    except (ProcessLookupError, PermissionError):
        pass
    proc.wait(timeout=10)


def _tail(path: Path, n: int = 3000) -> str:
    return path.read_text(errors="replace")[-n:] if path.exists() else ""


@pytest.fixture(scope="module")
def server(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Server]:
    """`prefect server start` on a free local port with its own PREFECT_HOME (SQLite there)."""
    home = tmp_path_factory.mktemp("prefect-home")
    url = f"http://127.0.0.1:{_free_port()}/api"
    env = {k: v for k, v in os.environ.items() if not k.startswith("PREFECT_")}
    env.update({
        "PREFECT_HOME": str(home),
        "PREFECT_API_URL": url,
        "PREFECT_SERVER_ANALYTICS_ENABLED": "false",
        "DO_NOT_TRACK": "1",
        "PREFECT_UI_ENABLED": "false",
        "PREFECT_CLI_COLORS": "false",
        "PREFECT_CLI_PROMPT": "false",
        "PREFECT_RUNNER_POLL_FREQUENCY": "2",
        "COLUMNS": "250",  # Rich tables would otherwise cut names and ids
    })
    port = url.rsplit(":", 1)[1].split("/")[0]
    log = home / "server.log"
    proc = _start([PREFECT, "server", "start", "--host", "127.0.0.1", "--port", port], env, log, home)
    try:
        deadline = time.monotonic() + 90
        while not _healthy(url):
            assert proc.poll() is None, f"prefect server start exited {proc.returncode}\n{_tail(log)}"
            assert time.monotonic() < deadline, f"no /api/health after 90 s\n{_tail(log)}"
            time.sleep(0.5)
        yield Server(url=url, env=env, home=home)
    finally:
        _stop(proc)


def _state(server: Server, flow_run_id: str) -> dict:
    """The flow run as the API has it (state type, run count, empirical policy)."""
    request = urllib.request.Request(f"{server.url}/flow_runs/{flow_run_id}")
    with urllib.request.urlopen(request, timeout=10) as response:
        return json.loads(response.read())


def _wait_final(server: Server, flow_run_id: str, timeout: float, *procs: tuple[subprocess.Popen, Path]) -> dict:
    """Poll the flow run until its state is final -> the flow run."""
    deadline = time.monotonic() + timeout
    while True:
        run = _state(server, flow_run_id)
        if run["state_type"] in ("COMPLETED", "FAILED", "CRASHED", "CANCELLED"):
            return run
        logs = "\n".join(_tail(log) for _, log in procs)
        assert time.monotonic() < deadline, f"flow run still {run['state_type']} after {timeout} s\n{logs}"
        time.sleep(1)


def test_prefect_yaml_deploys_and_a_worker_runs_it(server: Server, tmp_path: Path) -> None:
    # The repository's layout, copied: `prefect deploy` runs where prefect.yaml is, and the
    # deployment's pull step works in that folder, so nothing is written into the repository.
    project = tmp_path / "project"
    project.mkdir()
    shutil.copy(REPO / "prefect.yaml", project / "prefect.yaml")
    shutil.copytree(REPO / "flows", project / "flows", ignore=shutil.ignore_patterns("__pycache__"))
    raw, out = tmp_path / "raw", tmp_path / "out"
    raw.mkdir()
    for name, text in ARTICLES.items():
        (raw / name).write_text(text, encoding="utf-8")

    server.ok("work-pool", "create", POOL, "--type", "process")
    deployed = server.ok("--no-prompt", "deploy", "--all", cwd=project)
    assert DEPLOYMENT in deployed, deployed
    started = server.ok("deployment", "run", DEPLOYMENT, "--param", f"raw={raw}", "--param", f"output={out}")
    [flow_run_id] = set(UUID.findall(started))

    log = tmp_path / "worker.log"
    worker = _start([PREFECT, "worker", "start", "--pool", POOL, "--run-once"], server.env, log, project)
    try:
        worker.wait(timeout=120)
        run = _wait_final(server, flow_run_id, 60, (worker, log))
    finally:
        _stop(worker)
    assert run["state_type"] == "COMPLETED", f"{run['state_type']}\n{_tail(log)}"
    assert run["empirical_policy"]["retries"] == 2, "the entrypoint's flow carries the retries"

    flow_runs = server.ok("flow-run", "ls")
    assert run["name"] in flow_runs and "pressroom-run" in flow_runs, flow_runs
    assert DEPLOYMENT.split("/")[1] in server.ok("deployment", "ls")
    assert "pressroom-run" in server.ok("flow", "ls")
    assert "pressroom-validation" in server.ok("artifact", "ls")
    assert "pressroom-validation" in server.ok("artifact", "inspect", "pressroom-validation")
    logs = server.ok("flow-run", "logs", flow_run_id)
    assert "Finished in state Completed" in logs, logs[-3000:]
    for table in ("articles", "quotes", "organizations", "rejects", "runs"):
        assert (out / table / "_delta_log").is_dir(), table
    assert not (project / "output").exists(), "the run wrote where its parameters said"


# The deployment `pressroom serve` builds, applied, with one flow run created before the runner starts;
# the run's retry delay is set to 1 s (the flow's own is a minute): its *retries* stay unset, so the
# flow the runner loads from the deployment's entrypoint decides them.
CREATE_RUN = """
import asyncio, sys
from prefect.client.orchestration import get_client
from prefect.client.schemas.objects import FlowRunPolicy
from flows.serve import build_deployment
from pressroom.config import Settings

deployment_id = build_deployment(Settings(raw=sys.argv[1], output=sys.argv[2]), "0 0 1 1 *", sys.argv[3]).apply()

async def create():
    async with get_client() as client:
        run = await client.create_flow_run_from_deployment(deployment_id)
        await client.update_flow_run(run.id, empirical_policy=FlowRunPolicy(retry_delay=1))
        print(run.id)

asyncio.run(create())
"""
# What `pressroom serve` does, without its compaction deployment.
SERVE = """
import sys
from flows.serve import serve
from pressroom.config import Settings

serve(Settings(raw=sys.argv[1], output=sys.argv[2]), "0 0 1 1 *", sys.argv[3], compact_cron=None)
"""


def test_served_deployment_retries_a_failing_run(server: Server, tmp_path: Path) -> None:
    missing, out, name = tmp_path / "no-such-raw", tmp_path / "out", "retry-check"
    args = [str(missing), str(out), name]
    created = subprocess.run([sys.executable, "-c", textwrap.dedent(CREATE_RUN), *args], env=server.env,
                             cwd=tmp_path, stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True, timeout=120)
    assert created.returncode == 0, created.stdout[-3000:]
    [flow_run_id] = UUID.findall(created.stdout)

    log = tmp_path / "serve.log"
    runner = _start([sys.executable, "-c", textwrap.dedent(SERVE), *args], server.env, log, tmp_path)
    try:
        run = _wait_final(server, flow_run_id, 90, (runner, log))
    finally:
        _stop(runner)
    assert run["state_type"] == "FAILED", _tail(log)
    assert run["empirical_policy"]["retries"] == 2, f"retries lost: {run['empirical_policy']}\n{_tail(log)}"
    assert run["run_count"] == 3, f"a failed run is retried twice: run_count {run['run_count']}\n{_tail(log)}"
    logs = server.ok("flow-run", "logs", flow_run_id)
    assert "FileNotFoundError" in logs and logs.count("AwaitingRetry") == 2, logs[-3000:]

"""The embedded Prefect API for `pressroom run`: started once, early, and shared.

Without a PREFECT_API_URL, Prefect starts a temporary API server (uvicorn in a
subprocess) the first time a flow runs, and every process-pool worker that
imports Prefect starts *its own* one as well: about 6 s each on a 2-core
machine. We start the same server ourselves, before the flow code is even
imported (so the server's ~4 s of imports overlap ours), export its URL so
worker processes inherit it, and switch off the server services a single
local run never uses. Anything the user set in the environment wins; with a
PREFECT_API_URL already set (a real server) nothing here happens at all.

Stdlib only: importing this module must not import Prefect.
"""
from __future__ import annotations

import os
import socket
import subprocess
import sys
import time
import urllib.error
import urllib.request
from collections.abc import Iterator
from contextlib import contextmanager

# Server-side settings for a short-lived, single-user, offline API. Each is a
# documented Prefect setting; user-set values take precedence (setdefault).
QUIET_SERVER_SETTINGS = {
    # No network at run time: no telemetry, no analytics.
    "PREFECT_SERVER_ANALYTICS_ENABLED": "false",
    "DO_NOT_TRACK": "1",
    # The UI is served by `prefect server start`, not by a run's private API.
    "PREFECT_UI_ENABLED": "false",
    # Block types are registered by a real server; a run uses none.
    "PREFECT_SERVER_REGISTER_BLOCKS_ON_START": "false",
    # Event and automation services: nobody subscribes to a run's private API.
    "PREFECT_SERVER_SERVICES_EVENT_PERSISTER_ENABLED": "false",
    "PREFECT_SERVER_SERVICES_EVENT_LOGGER_ENABLED": "false",
    "PREFECT_SERVER_SERVICES_TRIGGERS_ENABLED": "false",
    "PREFECT_SERVER_SERVICES_TASK_RUN_RECORDER_ENABLED": "false",
    "PREFECT_SERVER_EVENTS_STREAM_OUT_ENABLED": "false",
    "PREFECT_SERVER_LOGS_STREAM_OUT_ENABLED": "false",
    # Client side: logs go to the console (and the run's record and reports),
    # not into an API that stops with the run; each worker process otherwise
    # spends about a second draining its log queue on exit, on the run's
    # critical path. The flow and task runs themselves are still recorded.
    "PREFECT_LOGGING_TO_API_ENABLED": "false",
}
# What Prefect's own temporary server sets (prefect.server.api.server.SubprocessASGIServer).
EPHEMERAL_FLAGS = {"PREFECT__SERVER_EPHEMERAL": "1", "PREFECT__SERVER_FINAL": "1"}
STARTUP_TIMEOUT_S = 120.0
PORT_IN_USE_EXIT = 3  # uvicorn's exit code when the port was taken meanwhile


class EmbeddedAPIError(RuntimeError):
    """The embedded Prefect API did not come up."""


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


def _drain_prefect_workers() -> None:
    """Send queued logs and events before the server goes (else: 'Error logging to API')."""
    if "prefect" not in sys.modules:
        return
    from prefect.events.worker import EventsWorker
    from prefect.logging.handlers import APILogWorker

    for worker in (APILogWorker, EventsWorker):
        worker.drain_all(timeout=5)


class EmbeddedAPI:
    """Prefect's API server in a subprocess on a free local port."""

    def __init__(self) -> None:
        self.process: subprocess.Popen | None = None
        self.port = 0

    @property
    def url(self) -> str:
        return f"http://127.0.0.1:{self.port}/api"

    def start(self) -> None:
        """Launch the server (returns at once; `wait` blocks until it answers)."""
        self.port = _free_port()
        env = {**os.environ, **EPHEMERAL_FLAGS}
        self.process = subprocess.Popen(
            [sys.executable, "-m", "uvicorn", "--factory", "prefect.server.api.server:create_app",
             "--host", "127.0.0.1", "--port", str(self.port), "--log-level", "error", "--lifespan", "on"],
            env=env, stdout=subprocess.DEVNULL)

    def wait(self, timeout: float = STARTUP_TIMEOUT_S) -> None:
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            code = self.process.poll() if self.process else None
            if code == PORT_IN_USE_EXIT:  # taken between our probe and uvicorn's bind
                self.start()
                os.environ["PREFECT_API_URL"] = self.url  # for worker processes
                continue
            if code is not None:
                raise EmbeddedAPIError(f"the embedded Prefect API exited with code {code}")
            if _healthy(self.url):
                return
            time.sleep(0.05)
        self.stop()
        raise EmbeddedAPIError(f"the embedded Prefect API did not answer within {timeout:.0f} s")

    def stop(self) -> None:
        if self.process and self.process.poll() is None:
            _drain_prefect_workers()
            self.process.terminate()
            try:
                self.process.wait(timeout=10)
            except subprocess.TimeoutExpired:
                self.process.kill()
                self.process.wait()
        self.process = None


@contextmanager
def embedded_api() -> Iterator[EmbeddedAPI | None]:
    """Start the API (unless PREFECT_API_URL points at one) and export its URL.

    Enter this *before* importing Prefect: Prefect reads its settings from the
    environment when it is imported. Call `.wait()` on the result before the
    first flow runs (the gap is where the caller does its own imports), and
    run flows under `prefect.settings.temporary_settings` with `.url`: in the
    rare case the port was taken meanwhile, the server moved.
    """
    if os.environ.get("PREFECT_API_URL"):
        yield None
        return
    for key, value in QUIET_SERVER_SETTINGS.items():
        os.environ.setdefault(key, value)
    api = EmbeddedAPI()
    api.start()
    os.environ["PREFECT_API_URL"] = api.url
    try:
        yield api
    finally:
        api.stop()
        os.environ.pop("PREFECT_API_URL", None)

"""Scale-out paths: a local Dask cluster and an S3-compatible object store
(moto's server on 127.0.0.1) give the same tables as one local process."""
from __future__ import annotations

import socket
import subprocess
import sys
import time
import urllib.request
from pathlib import Path

import polars as pl
import pytest

from pressroom import storage

pytestmark = [pytest.mark.slow, pytest.mark.usefixtures("prefect_harness")]
BAD = Path(__file__).parent / "fixtures" / "bad"
COPIES = [BAD / n for n in ("cp1252.txt", "latin1.txt", "gb18030.txt", "image.txt", "crlf.txt")]
KEYS = {"articles": ["article_id"], "quotes": ["quote_id"], "organizations": ["article_id", "org_id"],
        "rejects": ["source_path"]}


def content(output: str) -> dict[str, pl.DataFrame]:
    """Tables without per-run columns, sorted by key."""
    out = {}
    for table, key in KEYS.items():
        frame = storage.read(output, table)
        out[table] = frame.drop([c for c in ("run_id", "rejected_at") if c in frame.columns]).sort(key)
    return out


def same(a: dict[str, pl.DataFrame], b: dict[str, pl.DataFrame]) -> None:
    for table in KEYS:
        assert a[table].equals(b[table]), table


def test_scale_out_local_dask_cluster_matches_single_process(make_raw, tmp_path: Path) -> None:
    from flows.pipeline import pressroom_run, task_runner
    from pressroom.config import Settings

    raw = make_raw(copy=COPIES)
    pressroom_run(raw=str(raw), output=str(tmp_path / "single"), progress=False)
    assert type(task_runner(Settings(dask_workers=2))).__name__ == "DaskTaskRunner"
    summary = pressroom_run(raw=str(raw), output=str(tmp_path / "dask"), progress=False, batch_size=2,
                            dask_workers=2)
    assert summary["files_processed"] == 7
    same(content(str(tmp_path / "single")), content(str(tmp_path / "dask")))


def test_scale_out_process_pool_matches_single_process(make_raw, tmp_path: Path) -> None:
    from flows.pipeline import pressroom_run, task_runner
    from flows.workers import PreloadedProcessPoolTaskRunner
    from pressroom.config import Settings

    raw = make_raw(copy=COPIES)
    pressroom_run(raw=str(raw), output=str(tmp_path / "single"), progress=False)
    assert isinstance(task_runner(Settings(workers=2)), PreloadedProcessPoolTaskRunner)
    summary = pressroom_run(raw=str(raw), output=str(tmp_path / "pool"), progress=False, batch_size=2, workers=2)
    assert summary["files_processed"] == 7
    timeline = summary["extract_timeline"]
    assert timeline["batches"] == 4 and 1 <= timeline["workers"] <= 2
    assert timeline["busy_s"] > 0 and timeline["first_start_s"] >= 0
    same(content(str(tmp_path / "single")), content(str(tmp_path / "pool")))


def test_scale_out_workers_share_ca_contexts_and_nothing_else() -> None:
    import ssl

    import certifi

    from flows.workers import SharedCAContexts

    shared = SharedCAContexts()
    one = shared.create_default_context(cafile=certifi.where())
    assert shared.create_default_context(cafile=certifi.where()) is one, "built once per CA file"
    assert one.verify_mode == ssl.CERT_REQUIRED and one.check_hostname, "still verifying"
    assert one.cert_store_stats()["x509_ca"] > 0
    # without a CA file the caller may change the context (Prefect's skip-verify branch): a fresh one each time
    assert shared.create_default_context() is not shared.create_default_context()
    assert shared.SSLContext is ssl.SSLContext and shared.CERT_NONE is ssl.CERT_NONE


def test_scale_out_pool_workers_are_prepared_forks() -> None:
    """Workers come from the fork server with Prefect's client SSL sharing in
    place and the imported heap frozen (see workers.prepare_worker_process)."""
    from prefect import flow, task

    from flows.workers import PreloadedProcessPoolTaskRunner

    @task
    def probe() -> tuple[str, bool]:
        import gc

        import prefect.client.orchestration as orchestration

        return type(orchestration.ssl).__name__, gc.get_freeze_count() > 0

    @flow(task_runner=PreloadedProcessPoolTaskRunner(max_workers=1))
    def probe_flow() -> list:
        return [f.result() for f in [probe.submit(), probe.submit()]]

    assert probe_flow() == [("SharedCAContexts", True)] * 2


def _free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def _start_moto(timeout: float = 30.0) -> tuple[subprocess.Popen, str]:
    """moto's S3 server in its own process, once it answers; (process, endpoint URL).

    Not ThreadedMotoServer: a server in a thread of the test process stops
    answering whenever a deltalake call holds the GIL while it waits for the
    store (DeltaTable.history() still does in deltalake 1.6), which deadlocks
    the test until the client's timeout instead of failing it.
    """
    no_proxy = urllib.request.build_opener(urllib.request.ProxyHandler({}))
    for _ in range(3):  # the free port may be taken before the server binds it
        port = _free_port()
        proc = subprocess.Popen([sys.executable, "-m", "moto.server", "-H", "127.0.0.1", "-p", str(port)],
                                stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        endpoint = f"http://127.0.0.1:{port}"
        deadline = time.monotonic() + timeout
        while proc.poll() is None and time.monotonic() < deadline:
            try:
                no_proxy.open(f"{endpoint}/moto-api/", timeout=1).close()
                return proc, endpoint
            except OSError:
                time.sleep(0.1)
        proc.kill()
        proc.wait()
    pytest.fail("moto S3 server did not start")


@pytest.fixture
def s3(monkeypatch):
    """A moto S3 server on 127.0.0.1 with one bucket; credentials via the environment."""
    boto3 = pytest.importorskip("boto3")
    pytest.importorskip("moto.server")
    proc, endpoint = _start_moto()
    try:
        for key in ("AWS_PROFILE", "AWS_SESSION_TOKEN", "AWS_S3_LOCKING_PROVIDER"):
            monkeypatch.delenv(key, raising=False)
        for key, value in {"AWS_ACCESS_KEY_ID": "testing", "AWS_SECRET_ACCESS_KEY": "testing",
                           "AWS_REGION": "us-east-1", "AWS_DEFAULT_REGION": "us-east-1",
                           "AWS_ENDPOINT_URL": endpoint, "AWS_ALLOW_HTTP": "true",
                           # a proxy from the environment must not get the local server's traffic
                           "NO_PROXY": "127.0.0.1,localhost", "no_proxy": "127.0.0.1,localhost"}.items():
            monkeypatch.setenv(key, value)
        client = boto3.client("s3")
        client.create_bucket(Bucket="pressroom-test")
        yield client
    finally:
        proc.terminate()
        try:
            proc.wait(timeout=10)
        except subprocess.TimeoutExpired:
            proc.kill()
            proc.wait()


def test_scale_out_s3_raw_and_output_match_local(make_raw, tmp_path: Path, s3) -> None:
    from flows.pipeline import pressroom_run

    raw = make_raw(copy=COPIES)
    for path in sorted(raw.rglob("*.txt")):
        s3.put_object(Bucket="pressroom-test", Key=f"raw/{path.name}", Body=path.read_bytes())
    local = str(tmp_path / "local")
    pressroom_run(raw=str(raw), output=local, progress=False)
    remote = "s3://pressroom-test/output"
    summary = pressroom_run(raw="s3://pressroom-test/raw", output=remote, progress=False)
    assert summary["status"] == "completed" and summary["files_seen"] == 7
    same(content(local), content(remote))
    again = pressroom_run(raw="s3://pressroom-test/raw", output=remote, progress=False)
    assert again["status"] == "nothing_to_do", "incremental runs work on object storage too"
    keys = {o["Key"] for o in s3.list_objects_v2(Bucket="pressroom-test", Prefix="output/reports/")["Contents"]}
    assert any(k.endswith("/validation.json") for k in keys)
    assert not s3.list_objects_v2(Bucket="pressroom-test", Prefix="output/_staging/").get("Contents")

"""Crash and overlap safety: a run killed between commits, or racing another run,
never corrupts the tables, and the next run converges to a clean run's rows."""
from __future__ import annotations

import os
import subprocess
import sys
import threading
from pathlib import Path

import polars as pl
import pytest

from pressroom import storage
from pressroom.errors import RunLockedError
from pressroom.lock import output_lock

BAD = Path(__file__).parent / "fixtures" / "bad"

# Runs the CLI in a child process that SIGKILLs itself right after committing one table.
KILLER = """
import os, signal, sys
from pressroom import storage
commit = storage.commit
def commit_then_die(output, table, *args, **kwargs):
    version = commit(output, table, *args, **kwargs)
    if table == sys.argv[3]:
        os.kill(os.getpid(), signal.SIGKILL)
    return version
storage.commit = commit_then_die
from pressroom.cli import main
sys.exit(main(["run", "--raw", sys.argv[1], "--output", sys.argv[2], "--no-progress"]))
"""


def _content(out: Path) -> dict[str, pl.DataFrame]:
    """The tables minus run bookkeeping, sorted: what two equivalent runs must share."""
    keys = {"articles": ["article_id"], "quotes": ["quote_id"], "organizations": ["article_id", "org_id"]}
    frames = {t: storage.read(str(out), t).drop("run_id").sort(k) for t, k in keys.items()}
    frames["rejects"] = storage.read(str(out), "rejects").select("source_path", "reason").unique().sort("source_path")
    return frames


def test_recovery_lock_refuses_a_second_run(tmp_path: Path) -> None:
    with output_lock(str(tmp_path)):
        with pytest.raises(RunLockedError, match="another pressroom run"):
            with output_lock(str(tmp_path)):
                pass
    with output_lock(str(tmp_path)):  # released on exit
        pass


@pytest.mark.slow
@pytest.mark.usefixtures("prefect_harness")
@pytest.mark.parametrize("killed_after", ["quotes", "organizations", "rejects"])
def test_recovery_sigkill_between_commits_then_rerun_converges(make_raw, tmp_path: Path, killed_after: str) -> None:
    from prefect.settings import PREFECT_API_URL

    from flows.pipeline import pressroom_run

    raw = make_raw(copy=[BAD / "image.txt", BAD / "cp1252.txt"])
    clean, crashed = tmp_path / "clean", tmp_path / "crashed"
    pressroom_run(raw=str(raw), output=str(clean), progress=False)

    env = {**os.environ, "PREFECT_API_URL": PREFECT_API_URL.value()}
    child = subprocess.run([sys.executable, "-c", KILLER, str(raw), str(crashed), killed_after],
                           env=env, capture_output=True, text=True, timeout=300)
    assert child.returncode == -9, child.stderr[-2000:]
    assert storage.exists(str(crashed), killed_after), "the killed run got as far as the commit"
    for table in ("articles", "quotes", "organizations", "rejects"):
        if storage.exists(str(crashed), table):
            storage.read(str(crashed), table)  # every table stays readable at its last version

    again = pressroom_run(raw=str(raw), output=str(crashed), progress=False)
    assert again["status"] == "completed"
    want, got = _content(clean), _content(crashed)
    for table in want:
        assert got[table].equals(want[table]), f"{table} differs from a clean run after recovery"


@pytest.mark.slow
@pytest.mark.usefixtures("prefect_harness")
def test_recovery_two_concurrent_runs_never_double_write(make_raw, tmp_path: Path) -> None:
    from flows.pipeline import pressroom_run

    raw, out = make_raw(copy=[BAD / "cp1252.txt", BAD / "latin1.txt"]), tmp_path / "out"
    outcomes: list[str] = []

    def go() -> None:
        try:
            outcomes.append(pressroom_run(raw=str(raw), output=str(out), progress=False)["status"])
        except RunLockedError:
            outcomes.append("locked")

    threads = [threading.Thread(target=go) for _ in range(2)]
    for t in threads:
        t.start()
    for t in threads:
        t.join(timeout=300)
    assert sorted(outcomes) in (["completed", "locked"], ["completed", "nothing_to_do"]), outcomes
    articles = storage.read(str(out), "articles")
    assert articles.height == 4 and articles["article_id"].is_unique().all()
    assert storage.read(str(out), "quotes")["quote_id"].is_unique().all()

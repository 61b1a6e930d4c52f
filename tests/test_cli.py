"""The `pressroom` command as a user runs it: real processes, real exit statuses."""
from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import polars as pl
import pytest
from deltalake import write_deltalake

pytestmark = pytest.mark.slow
BAD = Path(__file__).parent / "fixtures" / "bad"
PRESSROOM = str(Path(sys.executable).parent / "pressroom")
VALIDATE_RUNS = 20
CASES = json.loads((BAD / "cases.json").read_text(encoding="utf-8"))


def cli(*args: str, timeout: int = 300) -> subprocess.CompletedProcess:
    env = {k: v for k, v in os.environ.items() if not k.startswith("PREFECT_API_URL")}
    return subprocess.run([PRESSROOM, *args], capture_output=True, text=True, timeout=timeout, env=env)


@pytest.fixture(scope="module")
def ran(tmp_path_factory) -> Path:
    """One real `pressroom run` (embedded Prefect API) over the samples plus bad files."""
    import shutil

    root = tmp_path_factory.mktemp("cli")
    raw = root / "raw"
    raw.mkdir()
    for p in sorted((Path(__file__).parents[1] / "raw").glob("*.txt")):
        shutil.copy(p, raw / p.name)
    for name in CASES:
        shutil.copy(BAD / name, raw / name)
    out = root / "output"
    done = cli("run", "--raw", str(raw), "--output", str(out), "--no-progress")
    assert done.returncode == 0, done.stderr[-2000:]
    assert f"{len(CASES) + 2} files seen" in done.stdout, done.stdout
    return out


def test_cli_run_accounts_for_every_bad_file(ran: Path) -> None:
    articles = pl.read_delta(str(ran / "articles"))
    rejects = pl.read_delta(str(ran / "rejects"))
    want_rejects = {n: c["reject"]["reason"] for n, c in CASES.items() if "reject" in c}
    assert dict(zip(rejects["source_path"], rejects["reason"])) == want_rejects
    samples = {p.name for p in (Path(__file__).parents[1] / "raw").glob("*.txt")}
    assert samples <= set(articles["source_path"]), "both sample articles are written"
    assert articles.height + rejects.height == len(CASES) + 2
    report = ran / "reports" / pl.read_delta(str(ran / "runs"))["run_id"][0]
    assert {p.name for p in report.iterdir()} == {"validation.json", "validation.md", "junit.xml"}


def test_cli_validate_exits_zero_every_time(ran: Path) -> None:
    codes = [cli("validate", "--output", str(ran), timeout=120).returncode for _ in range(VALIDATE_RUNS)]
    assert codes == [0] * VALIDATE_RUNS, "every exit status is the true one (no exit 134 at teardown)"


def test_cli_history_lists_run_ids(ran: Path) -> None:
    done = cli("history", "--output", str(ran), "--table", "articles")
    assert done.returncode == 0
    run_id = pl.read_delta(str(ran / "runs"))["run_id"][0]
    assert run_id in done.stdout


def test_cli_export_equals_delta_read(ran: Path, tmp_path: Path) -> None:
    done = cli("export", "--output", str(ran), "--to", str(tmp_path / "exp"))
    assert done.returncode == 0, done.stderr
    for table in ("articles", "quotes", "organizations"):
        plain = pl.read_parquet(tmp_path / "exp" / f"{table}.parquet")
        delta = pl.read_delta(str(ran / table))
        assert plain.sort(plain.columns[0]).equals(delta.sort(delta.columns[0])), table


def test_cli_snapshot_unknown_run_is_a_clear_error(ran: Path) -> None:
    done = cli("snapshot", "--output", str(ran), "--run-id", "no-such-run")
    assert done.returncode == 2 and "no run 'no-such-run'" in done.stderr


def _one_line_error(done: subprocess.CompletedProcess, code: int, words: str) -> None:
    assert done.returncode == code, (done.returncode, done.stderr[-2000:])
    assert "Traceback" not in done.stderr, done.stderr[-2000:]
    lines = done.stderr.strip().splitlines()
    assert words in lines[-1], done.stderr
    # one error line; before it only argparse's usage block
    assert all(line.startswith(("usage:", " ")) for line in lines[:-1]), done.stderr


@pytest.mark.parametrize(("args", "env", "words"), [
    (["run", "--workers", "0"], {}, "must be at least 1: 0"),
    (["run", "--batch-size", "-1"], {}, "must be at least 1: -1"),
    (["run", "--max-rejects", "-2"], {}, "must be at least 0: -2"),
    (["run"], {"PRESSROOM_WORKERS": "abc"}, "PRESSROOM_WORKERS='abc': not an integer"),
    (["run"], {"PRESSROOM_FAIL_ON_INVALID": "maybe"}, "PRESSROOM_FAIL_ON_INVALID='maybe'"),
    (["run", "--default-tz", "Mars/Base"], {}, "unknown time zone 'Mars/Base'"),
    (["run"], {"PRESSROOM_DEFAULT_TZ": "Mars/Base"}, "unknown time zone 'Mars/Base'"),
    (["run", "--output", "{file}"], {}, "is a file, not a folder"),
    (["run", "--output", "{file}/out"], {}, "is a file"),
    (["history", "--limit", "-3"], {}, "must be at least 1: -3"),
    (["history", "--output", "{empty}"], {}, "no pressroom tables in"),
    (["compact", "--output", "{missing}"], {}, "no such folder"),
    (["export", "--output", "{missing}", "--to", "{missing}/exp"], {}, "no such folder"),
    (["validate", "--output", "{file}"], {}, "it is a file"),
])
def test_cli_usage_errors_are_one_line_and_exit_2(tmp_path: Path, args: list[str], env: dict[str, str],
                                                  words: str) -> None:
    raw = tmp_path / "raw"
    raw.mkdir()
    (tmp_path / "a-file").write_text("not a folder", encoding="utf-8")
    (tmp_path / "empty").mkdir()
    where = {"file": str(tmp_path / "a-file"), "empty": str(tmp_path / "empty"), "missing": str(tmp_path / "missing")}
    argv = [a.format(**where) for a in args]
    if argv[0] == "run":
        argv += ["--raw", str(raw)] + ([] if "--output" in argv else ["--output", str(tmp_path / "out")])
    before = sorted(p.name for p in tmp_path.rglob("*"))
    done = subprocess.run([PRESSROOM, *argv], capture_output=True, text=True, timeout=120,
                          env={**{k: v for k, v in os.environ.items() if not k.startswith("PRESSROOM_")}, **env})
    _one_line_error(done, 2, words)
    assert sorted(p.name for p in tmp_path.rglob("*")) == before, "a refused command creates nothing"


def test_cli_export_refuses_an_unknown_run_and_a_file_destination(ran: Path, tmp_path: Path) -> None:
    _one_line_error(cli("export", "--output", str(ran), "--run-id", "nope", "--to", str(tmp_path / "exp")),
                    2, "no run 'nope'")
    assert not (tmp_path / "exp").exists(), "nothing exported for an unknown run"
    (tmp_path / "f").write_text("x", encoding="utf-8")
    _one_line_error(cli("export", "--output", str(ran), "--to", str(tmp_path / "f")), 2, "is a file, not a folder")


def test_cli_damaged_delta_log_has_its_own_exit_code(ran: Path, tmp_path: Path) -> None:
    import shutil

    out = tmp_path / "output"
    shutil.copytree(ran, out)
    last = sorted((out / "articles" / "_delta_log").glob("*.json"))[-1]
    last.write_text("{not json\n", encoding="utf-8")
    for command in ("validate", "history", "export"):
        extra = ["--to", str(tmp_path / "exp")] if command == "export" else []
        _one_line_error(cli(command, "--output", str(out), *extra), 3, "table articles cannot be opened")


def test_cli_overlapping_run_is_refused_in_one_line(tmp_path: Path) -> None:
    import fcntl

    from pressroom.lock import LOCK_NAME

    out = tmp_path / "out"
    out.mkdir()
    with (out / LOCK_NAME).open("a+") as fh:
        fh.write("pid 1 on elsewhere since now\n")
        fh.flush()
        fcntl.flock(fh, fcntl.LOCK_EX | fcntl.LOCK_NB)
        done = cli("run", "--raw", str(Path(__file__).parents[1] / "raw"), "--output", str(out), "--no-progress")
    _one_line_error(done, 1, "another pressroom run is writing to")
    assert "pid 1 on elsewhere" in done.stderr


def test_cli_reports_list_rejected_files_for_ci(ran: Path) -> None:
    run_id = pl.read_delta(str(ran / "runs"))["run_id"][0]
    report = ran / "reports" / run_id
    rejects = pl.read_delta(str(ran / "rejects"))
    by_reason: dict[str, list[str]] = {}
    for path, reason in zip(rejects["source_path"], rejects["reason"]):
        by_reason.setdefault(reason, []).append(path)
    data = json.loads((report / "validation.json").read_text(encoding="utf-8"))
    assert {r: sorted(v["files"]) for r, v in data["rejects"].items()} == {r: sorted(v) for r, v in by_reason.items()}
    junit = (report / "junit.xml").read_text(encoding="utf-8")
    suite = junit.split('<testsuite name="rejects"', 1)[1].split("</testsuite>", 1)[0]
    assert f'failures="{len(by_reason)}"' in suite
    for reason, paths in by_reason.items():
        case = suite.split(f'name="{reason}">', 1)[1].split("</testcase>", 1)[0]
        assert case.startswith("<failure") and all(p in case for p in paths), (reason, case)
    assert 'name="internal_error"></testcase>' in suite, "reasons no file had pass"


def test_cli_max_rejects_fails_the_run_after_writing(ran: Path, tmp_path: Path) -> None:
    import shutil

    raw = tmp_path / "raw"
    raw.mkdir()
    for name in CASES:
        shutil.copy(BAD / name, raw / name)
    out = tmp_path / "out"
    done = cli("run", "--raw", str(raw), "--output", str(out), "--no-progress", "--max-rejects", "1")
    n = sum(1 for c in CASES.values() if "reject" in c)
    assert done.returncode == 1, done.stderr[-2000:]
    assert f"{n} rejects (" in done.stderr and "more than the 1 allowed" in done.stderr
    assert pl.read_delta(str(out / "rejects")).height == n, "the rejects are written, for the record"
    assert pl.read_delta(str(out / "runs"))["status"].to_list() == ["too_many_rejects"]
    again = cli("run", "--raw", str(raw), "--output", str(out), "--no-progress", "--full", "--fail-on-reject")
    assert again.returncode == 1 and "more than the 0 allowed" in again.stderr


def test_cli_missing_raw_folder_is_a_clear_error(tmp_path: Path) -> None:
    done = cli("run", "--raw", str(tmp_path / "nope"), "--output", str(tmp_path / "out"))
    assert done.returncode == 2 and "raw folder not found" in done.stderr


def test_cli_validate_fails_after_a_quote_row_is_corrupted(ran: Path, tmp_path: Path) -> None:
    import shutil

    out = tmp_path / "output"
    shutil.copytree(ran, out)
    quotes = pl.read_delta(str(out / "quotes"))
    broken = quotes.with_columns(
        pl.when(pl.int_range(pl.len()) == 0).then(pl.lit("words nobody said")).otherwise(pl.col("text")).alias("text"))
    write_deltalake(str(out / "quotes"), broken.to_arrow(), mode="overwrite")
    done = cli("validate", "--output", str(out))
    assert done.returncode == 1, done.stdout
    assert "quote_span_matches_body" in done.stdout
    report = Path(done.stdout.split("report: ", 1)[1].strip()).parent
    junit = (report / "junit.xml").read_text()
    assert 'name="quote_span_matches_body"><failure' in junit


def test_cli_run_with_workers_shares_one_embedded_api(tmp_path: Path) -> None:
    """Worker processes use the run's own API server instead of starting their own
    (Prefect's fallback logs 'Starting temporary server' once per process)."""
    done = cli("run", "--raw", str(Path(__file__).parents[1] / "raw"), "--output", str(tmp_path / "out"),
               "--workers", "2", "--batch-size", "1", "--no-progress")
    assert done.returncode == 0, done.stderr[-2000:]
    assert "extraction: 2 worker processes" in done.stdout, done.stdout
    assert "Starting temporary server" not in done.stderr
    assert "Error logging to API" not in done.stderr, "logs are flushed before the server stops"
    assert pl.read_delta(str(tmp_path / "out" / "articles")).height == 2


def test_cli_version_names_the_build(capsys) -> None:
    from pressroom import build
    from pressroom.cli import main

    with pytest.raises(SystemExit) as exit_:
        main(["--version"])
    assert exit_.value.code == 0
    assert capsys.readouterr().out == f"pressroom 0.1.0 ({build()} build)\n"
    assert build() in ("pure", "compiled")


def test_cli_entry_is_main_then_an_exit_without_final_collections(monkeypatch) -> None:
    import gc

    from pressroom import cli as cli_module

    monkeypatch.setattr(cli_module, "main", lambda: 3)
    assert gc.get_freeze_count() == 0
    try:
        assert cli_module.entry() == 3, "main's exit code"
        assert gc.get_freeze_count() > 0, "the heap is frozen: the interpreter's last collections skip it"
    finally:
        gc.unfreeze()

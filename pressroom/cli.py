"""The `pressroom` command: run, validate, history, snapshot, export, compact, eval, serve.

Builds one Settings from flags and PRESSROOM_* variables, then calls the flow
(imported lazily: Prefect's import costs seconds that `history` need not pay)
or the library.
"""
from __future__ import annotations

import argparse
import gc
import json
import os
import sys
import tempfile
import time
from collections.abc import Sequence
from datetime import datetime, timezone
from pathlib import Path

from pressroom import __version__, build, io
from pressroom.config import DEFAULT_COMPACT_CRON, DEFAULT_RETENTION_HOURS, POOL_MIN_FILES, settings_from
from pressroom.errors import OutputPathError, PressroomError, TableDamagedError, UsageError

# When the command started (module import is the first thing the console
# script does): the summary's "in all" figure includes start-up.
_STARTED = time.perf_counter()

TABLE_NAMES = ("articles", "quotes", "organizations", "rejects", "runs")


class _Version(argparse.Action):
    """`--version`: the version and which build runs (pure or compiled). Asked only when used:
    learning the build imports the extraction code, which most commands never load."""

    def __init__(self, option_strings, dest=argparse.SUPPRESS, **kwargs) -> None:
        super().__init__(option_strings, dest=dest, default=argparse.SUPPRESS, nargs=0,
                         help="show the version and the build (pure or compiled), then exit")

    def __call__(self, parser, namespace, values, option_string=None) -> None:
        print(f"pressroom {__version__} ({build()} build)")
        parser.exit()


def build_parser() -> argparse.ArgumentParser:
    """The argument parser (one sub-parser per command)."""
    p = argparse.ArgumentParser(prog="pressroom", description=__doc__.splitlines()[0])
    p.add_argument("--version", action=_Version)
    sub = p.add_subparsers(dest="command", required=True)

    run = sub.add_parser("run", help="run the flow once on the raw folder (embedded Prefect API)")
    run.add_argument("--raw", help="folder of raw article files (default: raw/, env PRESSROOM_RAW)")
    run.add_argument("--output", help="folder of the Delta tables (default: output/, env PRESSROOM_OUTPUT)")
    run.add_argument("--full", action="store_true", default=None, help="reprocess every file, not only new or changed ones")
    run.add_argument("--prune", action="store_true", default=None, help="remove articles whose raw file is gone")
    run.add_argument("--batch-size", type=_positive_int, help="files per extraction task (default 2000)")
    run.add_argument("--workers", type=_positive_int,
                     help="extraction processes (default: the usable cores; runs of fewer than "
                          f"{POOL_MIN_FILES} files in the flow's own process; 1: always in-process)")
    run.add_argument("--default-tz", help="time zone of naive stamps (default Asia/Shanghai)")
    run.add_argument("--max-file-bytes", type=_positive_int, help="reject files above this size (default 20 MiB)")
    run.add_argument("--fail-on-invalid", action="store_true", default=None,
                     help="any hard validation failure fails the run (exit 1) and writes nothing")
    run.add_argument("--max-rejects", type=_non_negative_int, metavar="N",
                     help="fail the run (exit 1, after writing) when more than N files or rows are rejected")
    run.add_argument("--fail-on-reject", action="store_true", default=None, help="the same as --max-rejects 0")
    run.add_argument("--no-progress", dest="progress", action="store_false", default=None, help="no progress bar")
    run.add_argument("--dask-address", help="run extraction on an existing Dask cluster (tcp://HOST:PORT)")
    run.add_argument("--dask-workers", type=_positive_int, help="run extraction on a local Dask cluster of N workers")
    run.add_argument("--summary-json", type=Path, help="also write the run summary as JSON to this file")

    val = sub.add_parser("validate", help="re-validate the current tables; exit 1 on any violation")
    val.add_argument("--output", help="folder of the Delta tables (default: output/)")

    hist = sub.add_parser("history", help="list table versions with time, operation, run_id and rows")
    hist.add_argument("--output")
    hist.add_argument("--table", choices=TABLE_NAMES)
    hist.add_argument("--limit", type=_positive_int, default=20)

    snap = sub.add_parser("snapshot", help="the tables exactly as a run left them")
    snap.add_argument("--output")
    snap.add_argument("--run-id", required=True)
    snap.add_argument("--to", help="write the snapshot here (parquet) instead of printing counts")

    exp = sub.add_parser("export", help="write a plain snapshot (no Delta log) of every table")
    exp.add_argument("--output")
    exp.add_argument("--to", required=True, help="destination folder")
    exp.add_argument("--format", choices=("parquet", "csv", "jsonl"), default="parquet")
    exp.add_argument("--run-id", help="export the tables as this run left them (default: current)")

    comp = sub.add_parser("compact", help="merge small files and vacuum old ones")
    comp.add_argument("--output")
    comp.add_argument("--retention-hours", type=_non_negative_int, default=DEFAULT_RETENTION_HOURS)

    ev = sub.add_parser("eval", help="score extraction against gold corpora")
    ev_sub = ev.add_subparsers(dest="what", required=True)
    evq = ev_sub.add_parser("quotes", help="quotes vs a PolNeAR-format corpus (text/ + attributions/)")
    evq.add_argument("--corpus", required=True, type=Path)
    evq.add_argument("--json", type=Path)
    evq.add_argument("--errors", type=int, default=0)
    evq.add_argument("--split", choices=("all", "fit", "held"), default="all",
                     help="score one fixed part: held = file names whose CRC-32 is divisible by 5 (about 1/5)")
    evo = ev_sub.add_parser("orgs", help="organizations vs gold JSON files (gum-orgs format)")
    evo.add_argument("--gold", required=True, type=Path)
    evo.add_argument("--text", type=Path, help="folder of NAME.txt (default: GOLD/../text)")
    evo.add_argument("--json", type=Path)
    evo.add_argument("--errors", type=int, default=0)
    evo_model = evo.add_mutually_exclusive_group()
    evo_model.add_argument("--model", help="organization model file (default: the shipped one)")
    evo_model.add_argument("--rules-only", action="store_true", help="score the rules without the learned tagger")

    evp = ev_sub.add_parser("pages", help="article fields of real news pages vs gold (news-pages format)")
    evp.add_argument("--pages", nargs=2, action="append", required=True, type=Path, metavar=("RAW", "GOLD"),
                     help="a folder of NAME.txt pages and its folder of NAME.json gold (repeatable)")
    evp_mode = evp.add_mutually_exclusive_group()
    evp_mode.add_argument("--by-outlet", action="store_true",
                          help="leave one outlet out: each outlet scored with a line model trained on the others")
    evp_mode.add_argument("--rules-only", action="store_true", help="the parser without the line model")
    evp.add_argument("--json", type=Path)
    evp.add_argument("--misses", action="store_true", help="print every missed field")

    tr = sub.add_parser("train", help="train a shipped model from an annotated corpus")
    tr_sub = tr.add_subparsers(dest="what", required=True)
    tro = tr_sub.add_parser("orgs", help="the organization tagger, from a gum-orgs-format corpus (text/ + gold/)")
    tro.add_argument("--corpus", required=True, type=Path)
    tro_mode = tro.add_mutually_exclusive_group(required=True)
    tro_mode.add_argument("--out", type=Path, help="write the weights here (.json.gz)")
    tro_mode.add_argument("--folds", type=_positive_int, help="report K-fold cross-validation instead")
    tro.add_argument("--epochs", type=_positive_int, default=8)
    tro.add_argument("--seed", type=int, default=13)
    trp = tr_sub.add_parser("pages", help="the line model, from real pages with gold (news-pages format)")
    trp.add_argument("--pages", nargs=2, action="append", required=True, type=Path, metavar=("RAW", "GOLD"),
                     help="a folder of NAME.txt pages and its folder of NAME.json gold (repeatable)")
    trp.add_argument("--out", required=True, type=Path, help="write the model here (.json)")

    srv = sub.add_parser("serve", help="serve the flow as a scheduled deployment (flow.serve)")
    srv.add_argument("--raw")
    srv.add_argument("--output")
    srv.add_argument("--cron", default="*/30 * * * *")
    srv.add_argument("--workers", type=_positive_int,
                     help="extraction processes per scheduled run (default: the usable cores, as for run)")
    srv.add_argument("--name", default="pressroom-scheduled")
    srv.add_argument("--compact-cron", default=DEFAULT_COMPACT_CRON,
                     help="schedule of table compaction (default daily 03:17 UTC; '' for none)")
    return p


def entry() -> int:
    """The `pressroom` console script: `main()`, then exit without the
    interpreter's final garbage collections over a heap the OS frees anyway
    (after a run, ~0.6 s of walking Prefect's, Pandera's and Polars' modules)."""
    code = main()
    gc.freeze()
    return code


def main(argv: Sequence[str] | None = None) -> int:
    """Entry point: parse arguments, dispatch, turn run-level errors into exit codes."""
    args = build_parser().parse_args(argv)
    try:
        return COMMANDS[args.command](args)
    except UsageError as exc:
        print(f"pressroom: error: {exc}", file=sys.stderr)
        return 2
    except TableDamagedError as exc:
        print(f"pressroom: {exc}", file=sys.stderr)
        return 3
    except PressroomError as exc:
        print(f"pressroom: {exc}", file=sys.stderr)
        return 1
    except FileNotFoundError as exc:
        print(f"pressroom: error: {exc}", file=sys.stderr)
        return 2


def _positive_int(text: str) -> int:
    """argparse type: an integer >= 1 (a usage error, exit 2, otherwise)."""
    try:
        value = int(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"not an integer: {text!r}") from None
    if value < 1:
        raise argparse.ArgumentTypeError(f"must be at least 1: {value}")
    return value


def _non_negative_int(text: str) -> int:
    """argparse type: an integer >= 0."""
    try:
        value = int(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"not an integer: {text!r}") from None
    if value < 0:
        raise argparse.ArgumentTypeError(f"must be at least 0: {value}")
    return value


def _settings(args: argparse.Namespace):
    keys = ("raw", "output", "full", "prune", "batch_size", "workers", "default_tz",
            "max_file_bytes", "fail_on_invalid", "max_rejects", "fail_on_reject", "progress",
            "dask_address", "dask_workers")
    return settings_from({k: getattr(args, k, None) for k in keys})


def cmd_run(args: argparse.Namespace) -> int:
    """pressroom run."""
    from flows.embedded_api import embedded_api

    settings = _settings(args)
    if not io.is_url(settings.raw) and not Path(settings.raw).is_dir():
        raise FileNotFoundError(f"raw folder not found: {settings.raw}")
    _check_writable_output(settings.output)
    _create_output(settings.output)
    from pressroom.lock import check_unlocked

    check_unlocked(settings.output)  # one line now, not after Prefect's start-up and traceback
    # The API server starts first so that its start-up overlaps our imports.
    with embedded_api() as api:
        from prefect.settings import PREFECT_API_URL, PREFECT_FLOWS_HEARTBEAT_FREQUENCY, temporary_settings

        from flows.pipeline import run_pipeline
        from flows.workers import QUIET_WORKERS, start_preloading

        if settings.progress or (settings.progress is None and sys.stderr.isatty()):
            os.environ[QUIET_WORKERS] = "1"  # inherited by the workers' fork server
        if _pool_likely(settings):
            start_preloading()  # worker imports overlap the API server's start-up

        if api is None:  # PREFECT_API_URL names a server: use it as is
            summary = run_pipeline(settings)
        else:
            api.wait()
            # No flow-run heartbeats: they tell a server's crash detection that
            # a run is alive, and this API ends with the run. Their thread
            # sleeps in 1 s steps and the flow's end waits for it (~0.5 s).
            with temporary_settings(updates={PREFECT_API_URL: api.url, PREFECT_FLOWS_HEARTBEAT_FREQUENCY: None}):
                summary = run_pipeline(settings)
    summary["total_seconds"] = time.perf_counter() - _STARTED
    print(format_summary(summary))
    if args.summary_json:
        args.summary_json.write_text(json.dumps(summary, default=str, indent=2), encoding="utf-8")
    return 0


def _pool_likely(settings) -> bool:
    """Whether the run will likely extract on a process pool: then its fork
    server starts now. With the default worker count that needs enough raw
    files (counted only up to the threshold; the flow decides on the files to
    process, and a pool it needs unexpectedly starts its fork server itself)."""
    from pressroom.config import default_workers

    if settings.dask_address or settings.dask_workers:
        return False
    if settings.workers is not None:
        return settings.workers > 1
    return default_workers() > 1 and not io.is_url(settings.raw) and io.has_files(settings.raw, POOL_MIN_FILES)


def _check_writable_output(output: str) -> None:
    """A local output folder must be a folder we can write, or creatable (a usage error otherwise)."""
    if io.is_url(output):
        return
    path = Path(output)
    if path.exists() and not path.is_dir():
        raise OutputPathError(f"output {output} is a file, not a folder")
    existing = path
    while not existing.exists():
        existing = existing.parent
    if not existing.is_dir():
        raise OutputPathError(f"output {output} cannot be created: {existing} is a file")
    if not os.access(existing, os.W_OK | os.X_OK):
        raise OutputPathError(f"output {output} is not writable ({existing} is read-only)")


def _create_output(output: str) -> None:
    """Create the run's output folder now: a read-only file system (which
    permission bits do not show, e.g. to root) is one line, not a traceback
    from inside the flow."""
    if io.is_url(output):
        return
    try:
        Path(output).mkdir(parents=True, exist_ok=True)
        with tempfile.TemporaryFile(dir=output):
            pass
    except OSError as exc:
        raise OutputPathError(f"output {output} is not writable: {exc.strerror or exc}") from None


def _existing_output(output: str) -> str:
    """The output folder of a finished run: commands that read the tables
    refuse (and create nothing) where there are none."""
    if io.is_url(output):
        return output
    path = Path(output)
    if not path.is_dir():
        raise OutputPathError(f"no pressroom output at {output}: "
                              + ("it is a file" if path.exists() else "no such folder"))
    if not any((path / table / "_delta_log").is_dir() for table in TABLE_NAMES):
        raise OutputPathError(f"no pressroom tables in {output} (run `pressroom run --output {output}` first)")
    return output


def format_summary(s: dict) -> str:
    """The short end-of-run summary."""
    reasons = ", ".join(f"{k}: {v}" for k, v in sorted(s["rejects_by_reason"].items()))
    versions = ", ".join(f"{t} v{s[f'{t}_version']}" for t in ("articles", "quotes", "organizations", "rejects")
                         if s.get(f"{t}_version") is not None)
    lines = [
        f"pressroom run {s['run_id']} ({s['status']}): {s['files_seen']} files seen, "
        f"{s['files_processed']} processed",
        f"  written: {s['articles_written']} articles, {s['quotes_written']} quotes, "
        f"{s['organizations_written']} organizations, {s['rejects_written']} rejects"
        + (f" ({reasons})" if reasons else ""),
        f"  table versions: {versions or 'none yet'}",
        f"  validation: {'ok' if s['validation_ok'] else 'FAILED'}; report: {s['report_dir']}/validation.md",
        f"  extraction: {_workers_line(s)}",
        f"  {s['seconds']:.1f} s in the flow"
        + (f", {s['total_seconds']:.1f} s in all (with start-up)" if s.get("total_seconds") else ""),
    ]
    return "\n".join(lines)


def _workers_line(s: dict) -> str:
    kind, n = s.get("workers_kind"), s.get("workers")
    if not s.get("files_processed"):
        return "nothing to extract"
    if kind == "dask":
        return f"Dask ({n} local workers)" if n else "Dask (remote cluster)"
    if kind == "in-process":
        return "1 worker (the flow's own process)"
    return f"{n} worker processes"


def cmd_validate(args: argparse.Namespace) -> int:
    """pressroom validate: exit 1 on any hard failure."""
    from pressroom.revalidate import revalidate

    settings = _settings(args)
    result, folder = revalidate(_existing_output(settings.output), datetime.now(timezone.utc))
    for name, t in result.tables.items():
        status = "ok" if not t.failures else "FAILED " + ", ".join(f"{c}={n}" for c, n in t.failures.items())
        print(f"{name}: {t.rows_checked} rows, {status}")
    print(f"report: {folder}/validation.md")
    return 0 if result.ok else 1


def cmd_history(args: argparse.Namespace) -> int:
    """pressroom history."""
    from pressroom import storage

    settings = _settings(args)
    _existing_output(settings.output)
    print(f"{'table':<14}{'version':>8}  {'time (UTC)':<20}{'operation':<12}{'rows+':>8}{'rows-':>8}  run_id")
    for table in ([args.table] if args.table else TABLE_NAMES):
        for h in storage.history(settings.output, table, args.limit):
            ts = datetime.fromtimestamp(h["timestamp"] / 1000, timezone.utc).strftime("%Y-%m-%d %H:%M:%S")
            print(f"{table:<14}{h['version']:>8}  {ts:<20}{h['operation'] or '':<12}"
                  f"{_n(h['rows_added']):>8}{_n(h['rows_removed']):>8}  {h['run_id'] or '-'}")
    return 0


def _n(value) -> str:
    return "-" if value is None else str(value)


def cmd_snapshot(args: argparse.Namespace) -> int:
    """pressroom snapshot --run-id ID."""
    from pressroom import export

    settings = _settings(args)
    if args.to:
        _check_export_folder(args.to)
    frames = _snapshot(_existing_output(settings.output), args.run_id)
    for table, frame in frames.items():
        print(f"{table}: {frame.height} rows")
    if args.to:
        export.write_frames(frames, args.to, "parquet")
        print(f"written to {args.to}")
    return 0


def _snapshot(output: str, run_id: str) -> dict:
    """The tables as run `run_id` left them; an unknown run is a usage error."""
    from pressroom import runs
    from pressroom.errors import SnapshotNotFoundError

    try:
        return runs.snapshot(output, run_id)
    except KeyError:
        raise SnapshotNotFoundError(f"no run {run_id!r} in {output}/runs "
                                    "(`pressroom history --table runs` lists them)") from None


def _check_export_folder(to: str) -> None:
    """An export goes into a folder: not onto a file, not where we cannot write."""
    _check_writable_output(to)


def cmd_export(args: argparse.Namespace) -> int:
    """pressroom export --to DIR."""
    from pressroom import export

    settings = _settings(args)
    output = _existing_output(settings.output)
    _check_export_folder(args.to)
    frames = _snapshot(output, args.run_id) if args.run_id else None
    written = export.export_tables(output, args.to, args.format, frames=frames)
    for table, path in written.items():
        print(f"{table}: {path}")
    return 0


def cmd_compact(args: argparse.Namespace) -> int:
    """pressroom compact."""
    from pressroom.maintenance import compact_tables

    settings = _settings(args)
    for m in compact_tables(_existing_output(settings.output), args.retention_hours):
        print(f"{m['table']}: {m['files_removed'] or 0} files merged into {m['files_added'] or 0}, "
              f"{m['vacuumed']} vacuumed, now v{m['version']}")
    return 0


def _page_corpora(pairs: list[list[Path]]) -> list[tuple[Path, Path]]:
    for raw, gold in pairs:
        for folder in (raw, gold):
            if not folder.is_dir():
                raise UsageError(f"{folder} is not a folder")
    return [(raw, gold) for raw, gold in pairs]


def cmd_eval(args: argparse.Namespace) -> int:
    """pressroom eval quotes|orgs|pages."""
    if args.what == "pages":
        from pressroom.evaluate.pages import run_page_eval

        mode = "by-outlet" if args.by_outlet else "rules" if args.rules_only else "shipped"
        return run_page_eval(_page_corpora(args.pages), mode, args.json, args.misses)
    if args.what == "quotes":
        from pressroom.evaluate.quotes import run_quote_eval

        return run_quote_eval(args.corpus, args.json, args.errors, args.split)
    from pressroom.evaluate.orgs import run_org_eval

    return run_org_eval(args.gold, args.text, args.json, args.errors, args.model, args.rules_only)


def cmd_train(args: argparse.Namespace) -> int:
    """pressroom train orgs|pages."""
    if args.what == "pages":
        from pressroom.train.lines import main as train_lines

        if args.out.is_dir():
            raise UsageError(f"--out {args.out} is a folder: give the model file to write")
        return train_lines(_page_corpora(args.pages), args.out)
    from pressroom.train.orgs import main as train_orgs

    if not (args.corpus / "gold").is_dir() or not (args.corpus / "text").is_dir():
        print(f"pressroom: error: {args.corpus} has no gold/ and text/ folders", file=sys.stderr)
        return 2
    return train_orgs(args.corpus, args.out, args.folds or 0, args.epochs, args.seed)


def cmd_serve(args: argparse.Namespace) -> int:
    """pressroom serve --cron EXPR."""
    from flows.serve import serve

    settings = _settings(args)
    serve(settings, cron=args.cron, name=args.name, compact_cron=args.compact_cron)
    return 0


COMMANDS = {
    "run": cmd_run, "validate": cmd_validate, "history": cmd_history, "snapshot": cmd_snapshot,
    "export": cmd_export, "compact": cmd_compact, "eval": cmd_eval, "train": cmd_train,
    "serve": cmd_serve,
}

if __name__ == "__main__":
    sys.exit(main())

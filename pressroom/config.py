"""Settings: one frozen object, defaults in code, built once at the edge.

`settings_from(overrides, environ)` is the only place environment variables
are read. Pure code never sees Settings; it is handed the one value it needs
(for example `default_tz`). A value that cannot be what its setting means (a
time zone the zone database does not know, `maybe` for a yes/no setting, a
count below its minimum) is a `UsageError` naming the setting and where it
came from, never a silent default.
"""
from __future__ import annotations

import os
from collections.abc import Callable, Mapping
from dataclasses import dataclass, fields, replace
from typing import Any
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from pressroom.errors import UsageError

# Environment variable prefix: PRESSROOM_RAW, PRESSROOM_OUTPUT, ...
ENV_PREFIX = "PRESSROOM_"
# Table maintenance (`pressroom compact`, and the schedule `pressroom serve`
# adds): a week of time travel survives a vacuum; compaction runs daily at an
# hour with few runs (UTC).
DEFAULT_RETENTION_HOURS = 168
DEFAULT_COMPACT_CRON = "17 3 * * *"
# Default extraction workers: the usable cores, at most this many (each
# worker holds one batch, ~150-250 MB at the default batch size; past 16 the
# flow's own serial steps, not extraction, bound a run).
MAX_DEFAULT_WORKERS = 16
# With the default worker count, a run with fewer files to process than this
# extracts in the flow's own process: below it, starting the pool costs more
# than the second core saves. Paired runs (README, Performance: break-even),
# compiled, 2 cores, start-up included: 2 workers / 1 = 1.04 at 500 files,
# 0.94 at 1,000, 0.96 at 2,000, 0.84 at 4,000.
POOL_MIN_FILES = 1000

_TRUE = frozenset({"1", "true", "yes", "on"})
_FALSE = frozenset({"0", "false", "no", "off"})


@dataclass(frozen=True)
class Settings:
    """Everything a run can be told. Flags > environment > these defaults."""

    raw: str = "raw"
    output: str = "output"
    # Naive stamps on Chinese outlets' pages are Beijing time.
    default_tz: str = "Asia/Shanghai"
    # Files above this are rejected as too_large without being read whole.
    max_file_bytes: int = 20 * 1024 * 1024
    # Files per extraction task: big enough that orchestration overhead is
    # negligible, small enough that one batch's rows stay in a few MB.
    batch_size: int = 2000
    # Parallel extraction processes; None: the usable cores (`usable_cores`),
    # and in-process for runs under POOL_MIN_FILES files. 1 always runs in
    # the flow's own process.
    workers: int | None = None
    # Turn any hard validation failure into a failed run (exit 1).
    fail_on_invalid: bool = False
    # Fail the run (exit 1, tables still written) when more than this many
    # files were rejected; None: no limit. `fail_on_reject` is max_rejects=0.
    max_rejects: int | None = None
    fail_on_reject: bool = False
    # Reprocess every file, not only new or changed ones.
    full: bool = False
    # Remove articles whose raw file is gone.
    prune: bool = False
    # Tolerance for dates in the future (clock skew, time zones), in hours.
    future_tolerance_hours: int = 24
    # Show a progress bar (None: only when stderr is a terminal).
    progress: bool | None = None
    # Scale-out: an existing Dask scheduler (tcp://host:port), or a local
    # Dask cluster of this many worker processes (0: no Dask).
    dask_address: str | None = None
    dask_workers: int = 0

    @property
    def tables_dir(self) -> str:
        """Where the Delta tables live (the output root)."""
        return self.output

    @property
    def reject_limit(self) -> int | None:
        """The most rejected files a run may have and pass (None: any number)."""
        return 0 if self.fail_on_reject else self.max_rejects


def usable_cores() -> int:
    """Cores this process may run on: its affinity mask (containers, taskset),
    else the machine's count."""
    try:
        return max(1, len(os.sched_getaffinity(0)))
    except (AttributeError, OSError):  # not on Linux
        return max(1, os.cpu_count() or 1)


def default_workers() -> int:
    """The worker count a run uses when none is given."""
    return min(usable_cores(), MAX_DEFAULT_WORKERS)


def check_time_zone(name: str) -> str:
    """`name` if the zone database knows it, else a UsageError (never read as UTC)."""
    try:
        ZoneInfo(name)
    except (ZoneInfoNotFoundError, ValueError):
        raise UsageError(f"unknown time zone {name!r} (an IANA name such as Asia/Shanghai or UTC)") from None
    return name


def _boolean(text: str) -> bool:
    word = text.strip().lower()
    if word in _TRUE:
        return True
    if word in _FALSE:
        return False
    raise ValueError("expected one of 1/0, true/false, yes/no, on/off")


def _integer(minimum: int) -> Callable[[str], int]:
    def parse(text: str) -> int:
        try:
            value = int(text.strip())
        except ValueError:
            raise ValueError("not an integer") from None
        if value < minimum:
            raise ValueError(f"must be at least {minimum}")
        return value
    return parse


def _text(text: str) -> str:
    return text


# How each setting's environment string is read (and what a flag's value must satisfy).
_PARSERS: dict[str, Callable[[str], Any]] = {
    "raw": _text, "output": _text, "default_tz": check_time_zone, "dask_address": _text,
    "max_file_bytes": _integer(1), "batch_size": _integer(1), "workers": _integer(1),
    "max_rejects": _integer(0), "future_tolerance_hours": _integer(0), "dask_workers": _integer(0),
    "fail_on_invalid": _boolean, "fail_on_reject": _boolean, "full": _boolean, "prune": _boolean,
    "progress": _boolean,
}
_MINIMUM = {"max_file_bytes": 1, "batch_size": 1, "workers": 1, "max_rejects": 0,
            "future_tolerance_hours": 0, "dask_workers": 0}


def settings_from(overrides: Mapping[str, Any] | None = None,
                  environ: Mapping[str, str] | None = None) -> Settings:
    """Defaults, then PRESSROOM_* environment variables, then non-None overrides.

    Raises UsageError for a value its setting cannot take, naming the variable.
    """
    env = os.environ if environ is None else environ
    values: dict[str, Any] = {}
    for f in fields(Settings):
        var = ENV_PREFIX + f.name.upper()
        raw = env.get(var)
        if raw is None or raw == "":
            continue
        try:
            values[f.name] = _PARSERS[f.name](raw)
        except UsageError as exc:
            raise UsageError(f"{var}: {exc}") from None
        except ValueError as exc:
            raise UsageError(f"{var}={raw!r}: {exc}") from None
    for key, value in (overrides or {}).items():
        if value is None:
            continue
        if key in _MINIMUM and value < _MINIMUM[key]:
            raise UsageError(f"{key.replace('_', '-')} must be at least {_MINIMUM[key]}: {value}")
        if key == "default_tz":
            try:
                check_time_zone(value)
            except UsageError as exc:
                raise UsageError(f"default-tz: {exc}") from None
        values[key] = value
    return replace(Settings(), **values)

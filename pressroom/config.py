"""Settings: one frozen object, defaults in code, built once at the edge.

`settings_from(overrides, environ)` is the only place environment variables
are read. Pure code never sees Settings; it is handed the one value it needs
(for example `default_tz`).
"""
from __future__ import annotations

import os
from collections.abc import Mapping
from dataclasses import dataclass, fields, replace
from typing import Any

# Environment variable prefix: PRESSROOM_RAW, PRESSROOM_OUTPUT, ...
ENV_PREFIX = "PRESSROOM_"
# Table maintenance (`pressroom compact`, and the schedule `pressroom serve`
# adds): a week of time travel survives a vacuum; compaction runs daily at an
# hour with few runs (UTC).
DEFAULT_RETENTION_HOURS = 168
DEFAULT_COMPACT_CRON = "17 3 * * *"


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
    # Parallel extraction processes; 1 runs in the flow's own process.
    workers: int = 1
    # Turn any hard validation failure into a failed run (exit 1).
    fail_on_invalid: bool = False
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


def _coerce(value: str, like: Any) -> Any:
    """Parse an environment string into the type of the default `like`."""
    if like is None and value.strip().lower() not in {"1", "0", "true", "false", "yes", "no", "on", "off"}:
        return value  # an optional string setting, e.g. PRESSROOM_DASK_ADDRESS
    if isinstance(like, bool) or like is None:
        return value.strip().lower() in {"1", "true", "yes", "on"}
    if isinstance(like, int):
        return int(value)
    return value


def settings_from(overrides: Mapping[str, Any] | None = None,
                  environ: Mapping[str, str] | None = None) -> Settings:
    """Defaults, then PRESSROOM_* environment variables, then non-None overrides."""
    env = os.environ if environ is None else environ
    base = Settings()
    values: dict[str, Any] = {}
    for f in fields(Settings):
        raw = env.get(ENV_PREFIX + f.name.upper())
        if raw is not None and raw != "":
            values[f.name] = _coerce(raw, getattr(base, f.name))
    for key, value in (overrides or {}).items():
        if value is not None:
            values[key] = value
    settings = replace(base, **values)
    if settings.batch_size < 1 or settings.workers < 1 or settings.max_file_bytes < 1 or settings.dask_workers < 0:
        raise ValueError("batch_size, workers and max_file_bytes must be positive")
    return settings

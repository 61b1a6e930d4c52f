"""The maintenance flow: `pressroom serve` schedules it beside the run, so a
served schedule of many small runs keeps its reads fast (see
pressroom/maintenance.py and bench/compact.py)."""
from __future__ import annotations

from typing import Any

from prefect import flow, get_run_logger

from pressroom.config import DEFAULT_RETENTION_HOURS
from pressroom.maintenance import compact_tables


@flow(name="pressroom-compact", validate_parameters=True)
def pressroom_compact(output: str = "output", retention_hours: int = DEFAULT_RETENTION_HOURS) -> list[dict[str, Any]]:
    """Compact the tables under `output`; logs files merged and vacuumed per table."""
    metrics = compact_tables(output, retention_hours)
    logger = get_run_logger()
    for m in metrics:
        logger.info("%s: %s files merged into %s, %s vacuumed, now v%s", m["table"], m["files_removed"] or 0,
                    m["files_added"] or 0, m["vacuumed"], m["version"])
    return metrics

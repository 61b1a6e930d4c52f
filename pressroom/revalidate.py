"""Re-validate the tables as they are now (the command a CI job runs after a run)."""
from __future__ import annotations

from datetime import datetime
import polars as pl

from pressroom import report, storage
from pressroom.validate import ValidationResult, validate_frames, validate_table
from schemas import TABLES


def _read_or_empty(output: str, table: str) -> pl.DataFrame:
    frame = storage.read(output, table)
    if frame is None:
        return pl.from_arrow(TABLES[table][1].empty_table())
    return frame


def revalidate(output: str, at: datetime) -> tuple[ValidationResult, str]:
    """Validate every table's current version -> (result, report folder)."""
    if not storage.exists(output, "articles"):
        raise FileNotFoundError(f"no articles table under {output}: run `pressroom run` first")
    frames = {t: _read_or_empty(output, t) for t in TABLES}
    validated = validate_frames(frames["articles"], frames["quotes"], frames["organizations"], "validate")
    result = validated.result
    validate_table("rejects", frames["rejects"], result)
    validate_table("runs", frames["runs"], result)
    name = f"validate-{at:%Y%m%dT%H%M%SZ}"
    folder = report.write_reports(f"{output.rstrip('/')}/reports/{name}", result, name)
    return result, folder

"""Maintenance: compaction merges the small files of many runs without changing a row,
keeps the log readable from a checkpoint, and is scheduled by `pressroom serve`."""
from __future__ import annotations

import asyncio
from pathlib import Path

import pytest
from deltalake import DeltaTable

from pressroom import storage
from pressroom.config import Settings

pytestmark = [pytest.mark.slow, pytest.mark.usefixtures("prefect_harness")]
BAD = Path(__file__).parent / "fixtures" / "bad"
EXTRA = [BAD / n for n in ("cp1252.txt", "latin1.txt", "crlf.txt")]


def test_maintenance_compact_flow_merges_small_runs_and_keeps_rows(make_raw, tmp_path: Path) -> None:
    import shutil

    from flows.maintenance import pressroom_compact
    from flows.pipeline import pressroom_run

    raw = make_raw()
    out = str(tmp_path / "out")
    pressroom_run(raw=str(raw), output=out)
    for extra in EXTRA:  # three more small runs, one new file each
        shutil.copy(extra, raw / extra.name)
        pressroom_run(raw=str(raw), output=out)
    before = {t: storage.read(out, t).sort(storage.read(out, t).columns[0]) for t in ("articles", "quotes")}
    assert len(DeltaTable(f"{out}/articles").file_uris()) == 4

    metrics = {m["table"]: m for m in pressroom_compact(output=out, retention_hours=0)}

    assert set(metrics) >= {"articles", "quotes", "organizations", "runs"}
    assert len(DeltaTable(f"{out}/articles").file_uris()) == 1
    assert metrics["articles"]["files_removed"] == 4 and metrics["articles"]["vacuumed"] >= 4
    for table, frame in before.items():
        assert storage.read(out, table).sort(frame.columns[0]).equals(frame), table
    assert list(Path(out, "articles", "_delta_log").glob("*.checkpoint.parquet")), "a checkpoint was written"
    again = pressroom_run(raw=str(raw), output=out)
    assert again["status"] == "nothing_to_do", "compaction is not a change of content"


def test_maintenance_serve_registers_compaction_schedule(tmp_path: Path) -> None:
    from prefect.client.orchestration import get_client

    from flows.serve import build_compact_deployment

    settings = Settings(raw=str(tmp_path / "raw"), output=str(tmp_path / "out"))
    deployment_id = build_compact_deployment(settings, "17 3 * * *", name="unit-compact").apply()

    async def read():
        async with get_client() as client:
            return await client.read_deployment_by_name("pressroom-compact/unit-compact")

    d = asyncio.run(read())
    assert d.id == deployment_id
    assert [s.schedule.cron for s in d.schedules] == ["17 3 * * *"]
    assert d.parameters == {"output": str(tmp_path / "out"), "retention_hours": 168}

"""The flow under Prefect's test harness: run, rerun, change, duplicate, prune, strictness."""
from __future__ import annotations

import shutil
from pathlib import Path

import polars as pl
import pytest
from deltalake import DeltaTable

from pressroom import runs, storage

pytestmark = [pytest.mark.slow, pytest.mark.usefixtures("prefect_harness")]
BAD = Path(__file__).parent / "fixtures" / "bad"
DATA_TABLES = ("articles", "quotes", "organizations", "rejects")


def run(raw: Path, out: Path, **kw):
    from flows.pipeline import pressroom_run

    return pressroom_run(raw=str(raw), output=str(out), progress=False, **kw)


def versions(out: Path) -> dict[str, int | None]:
    return {t: storage.version(str(out), t) for t in DATA_TABLES}


def test_flow_run_writes_tables_reports_and_rejects(make_raw, tmp_path: Path) -> None:
    bad = ["empty.txt", "image.txt", "saved_page.txt", "undecodable.txt", "title_only.txt", "cp1252.txt"]
    raw = make_raw(copy=[BAD / b for b in bad])
    out = tmp_path / "out"
    s = run(raw, out)
    assert s["status"] == "completed" and s["files_seen"] == 8
    articles = storage.read(str(out), "articles")
    rejects = storage.read(str(out), "rejects")
    assert articles.height + rejects.height == 8, "every file is an article or a reject"
    assert sorted(rejects["reason"].to_list()) == ["binary", "empty", "html", "no_body", "undecodable"]
    assert set(articles["run_id"]) == {s["run_id"]}
    report = Path(s["report_dir"])
    assert {p.name for p in report.iterdir()} == {"validation.json", "validation.md", "junit.xml"}
    for table in ("articles", "quotes", "organizations"):
        assert DeltaTable(str(out / table)).history(1)[0]["run_id"] == s["run_id"]


def test_flow_rerun_is_idempotent_and_commits_nothing(make_raw, tmp_path: Path) -> None:
    raw, out = make_raw(), tmp_path / "out"
    first = run(raw, out)
    before = versions(out)
    frames_before = {t: storage.read(str(out), t) for t in ("articles", "quotes", "organizations")}
    second = run(raw, out)
    assert second["status"] == "nothing_to_do" and second["files_processed"] == 0
    assert versions(out) == before, "an unchanged rerun commits no table version"
    for table, frame in frames_before.items():
        assert storage.read(str(out), table).equals(frame), table
    assert storage.read(str(out), "runs").sort("started_at")["run_id"].to_list() == [first["run_id"], second["run_id"]]
    full = run(raw, out, full=True)
    assert full["files_processed"] == 2
    for table, frame in frames_before.items():
        now = storage.read(str(out), table)
        assert now.height == frame.height, f"{table}: --full replaces rows, never duplicates them"


def test_flow_changed_file_replaces_exactly_its_rows(make_raw, tmp_path: Path) -> None:
    raw, out = make_raw(), tmp_path / "out"
    first = run(raw, out)
    [changed] = sorted(raw.glob("003_*.txt"))
    changed.write_text(changed.read_text(encoding="utf-8").replace("Tuesday", "Wednesday"), encoding="utf-8")
    second = run(raw, out)
    assert second["files_processed"] == 1
    articles = storage.read(str(out), "articles").sort("source_path")
    assert articles.height == 2
    assert articles["run_id"].to_list() == [first["run_id"], second["run_id"]]
    assert "Wednesday" in articles["body"][1]
    quotes = storage.read(str(out), "quotes")
    assert set(quotes["article_id"]) <= set(articles["article_id"]), "old quotes of the changed article are gone"
    snap = runs.snapshot(str(out), first["run_id"])
    assert "Tuesday" in snap["articles"].sort("source_path")["body"][1], "time travel by run_id"


def test_flow_duplicate_content_one_article_and_a_duplicate_reject(make_raw, tmp_path: Path) -> None:
    raw = make_raw()
    [sample] = sorted(raw.glob("000_*.txt"))
    shutil.copy(sample, raw / "zz_copy.txt")
    out = tmp_path / "out"
    run(raw, out)
    articles = storage.read(str(out), "articles")
    rejects = storage.read(str(out), "rejects")
    assert articles.height == 2
    dup = rejects.filter(pl.col("reason") == "duplicate").row(0, named=True)
    assert dup["source_path"] == "zz_copy.txt" and sample.name in dup["message"]
    quotes = storage.read(str(out), "quotes")
    assert quotes["quote_id"].is_unique().all()


def test_flow_duplicate_across_batches_leaves_no_rows_of_the_copy(make_raw, tmp_path: Path) -> None:
    raw = make_raw()
    [sample] = sorted(raw.glob("000_*.txt"))
    shutil.copy(sample, raw / "zz_copy.txt")
    other = Path(__file__).parent / "fixtures" / "articles" / "xinhua"
    shutil.copy(sorted(other.glob("*.txt"))[0], raw / "zz_other.txt")
    single, batched = tmp_path / "single", tmp_path / "batched"
    run(raw, single)
    # batches [000, 003] and [zz_copy, zz_other]: the copy is dropped from a
    # later batch that also holds an article to keep
    s = run(raw, batched, batch_size=2)
    for table in ("articles", "quotes", "organizations"):
        want = storage.read(str(single), table).drop("run_id", "extracted_at", strict=False)
        got = storage.read(str(batched), table).drop("run_id", "extracted_at", strict=False)
        assert got.sort(got.columns).equals(want.sort(want.columns)), table
        assert s[f"{table}_written"] == got.height, f"{table}: counted rows are the committed rows"
    rejects = storage.read(str(batched), "rejects")
    assert rejects.filter(pl.col("reason") == "duplicate")["source_path"].to_list() == ["zz_copy.txt"]


def test_flow_prune_removes_articles_of_deleted_files(make_raw, tmp_path: Path) -> None:
    raw, out = make_raw(), tmp_path / "out"
    run(raw, out)
    [gone] = sorted(raw.glob("000_*.txt"))
    gone.unlink()
    kept = run(raw, out)
    assert storage.read(str(out), "articles").height == 2, "by default an article outlives its file"
    assert kept["status"] == "nothing_to_do"
    run(raw, out, prune=True)
    articles = storage.read(str(out), "articles")
    assert articles["source_path"].to_list() == [p.name for p in raw.glob("*.txt")]
    orphans = storage.read(str(out), "quotes").join(articles, on="article_id", how="anti")
    assert orphans.height == 0


def test_flow_fail_on_invalid_writes_nothing(make_raw, tmp_path: Path, monkeypatch) -> None:
    from pressroom import arrow_tables
    from pressroom.errors import ValidationFailedError

    monkeypatch.setattr(arrow_tables, "paragraph_count", lambda body: 99)  # every article row now fails a check
    raw, out = make_raw(), tmp_path / "out"
    with pytest.raises(ValidationFailedError):
        run(raw, out, fail_on_invalid=True)
    assert not storage.exists(str(out), "articles")
    assert storage.read(str(out), "runs")["status"].to_list() == ["failed_validation"]
    lenient = run(raw, out)
    assert lenient["status"] == "completed" and lenient["rejects_by_reason"] == {"schema": 2}
    assert storage.read(str(out), "articles").height == 0


def test_flow_default_workers_small_run_stays_in_process(make_raw, tmp_path: Path) -> None:
    from pressroom.config import POOL_MIN_FILES, default_workers

    from flows.pipeline import workers_for

    s = run(make_raw(), tmp_path / "out")
    assert (s["workers"], s["workers_kind"]) == (1, "in-process"), "3 files: a pool would cost more than it saves"
    assert workers_for(POOL_MIN_FILES - 1, None) == 1
    assert workers_for(POOL_MIN_FILES, None) == default_workers()
    assert workers_for(5, 3) == 3, "an explicit count is used as given"


def test_flow_relation_failures_name_rows_by_id(make_raw, tmp_path: Path, monkeypatch) -> None:
    """A relation check's sample names the failing row's id, not its position in a batch."""
    import json

    from pressroom import validate

    real = validate.quote_failures

    def every_quote_fails(quotes, articles):
        found = real(quotes, articles)
        found["quote_speaker_in_body"] = list(range(quotes.height))
        return found

    monkeypatch.setattr(validate, "quote_failures", every_quote_fails)
    out = tmp_path / "out"
    s = run(make_raw(), out)
    report = json.loads((Path(s["report_dir"]) / "validation.json").read_text(encoding="utf-8"))
    samples = report["tables"]["quotes"]["samples"]["quote_speaker_in_body"]
    rejects = storage.read(str(out), "rejects")
    assert samples and all(x.startswith("quote_id ") and " of article " in x for x in samples), samples
    assert set(rejects["article_id"].drop_nulls()) >= {x.rsplit(" ", 1)[1] for x in samples}

"""The benchmark's smoke version: 200 synthetic articles through bench/run.py.

Timings are not asserted (benchmarks measure; tests check behaviour): the
benchmark must run end to end, account for every generated file, and report
every figure the README quotes.
"""
from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parents[1]
pytestmark = pytest.mark.slow


def test_bench_smoke_200_articles_reports_every_figure(tmp_path: Path) -> None:
    out = tmp_path / "bench.json"
    done = subprocess.run([sys.executable, str(REPO / "bench" / "run.py"), "--articles", "200", "--workers", "1",
                           "--skip-empty", "--json", str(out)], capture_output=True, text=True, timeout=600)
    assert done.returncode == 0, done.stderr[-3000:]
    result = json.loads(out.read_text())
    written = result["written"]
    assert written["articles"] + written["rejects"] == 200, "every generated file is an article or a reject"
    assert written["articles"] >= 190 and written["quotes"] > 0 and written["organizations"] > 0
    assert result["unchanged_flow_s"] < result["flow_s"], "an unchanged rerun skips the work"
    for key in ("floor_s", "ratio_to_floor", "peak_rss_mb", "peak_tree_pss_mb", "output_mb", "articles_per_s"):
        assert result[key] > 0, key
    assert result["peak_tree_pss_mb"] <= result["peak_tree_rss_mb"], "shared pages counted once"
    assert set(result["steps_s"]) >= {"discover", "extract", "write"}
    assert set(result["stages_cpu_s"]) >= {"read", "decode", "parse", "organizations", "quotes", "validate", "stage"}
    assert set(result["extraction_us_per_article"]) == {"parse", "organizations", "quotes", "total",
                                                        "organizations_rules_only"}


def test_parse_stage_bench_reuses_its_corpus_and_reports_microseconds(tmp_path: Path) -> None:
    corpus = tmp_path / "corpus"
    args = [sys.executable, str(REPO / "bench" / "parse_stage.py"), "--articles", "30", "--passes", "1",
            "--corpus", str(corpus)]
    first = subprocess.run(args, capture_output=True, text=True, timeout=300)
    assert first.returncode == 0, first.stderr[-3000:]
    files = sorted(corpus.rglob("*.txt"))
    stamps = [f.stat().st_mtime_ns for f in files]
    second = subprocess.run(args, capture_output=True, text=True, timeout=300)
    assert second.returncode == 0, second.stderr[-3000:]
    assert [f.stat().st_mtime_ns for f in sorted(corpus.rglob("*.txt"))] == stamps, "the corpus is written once"
    for done in (first, second):
        report = json.loads(done.stdout)
        assert report["articles"] == 30 == len(files)
        assert report["parse_us_per_article"] > 0 and report["build"] in ("pure", "compiled")


def test_quote_stage_bench_reports_microseconds(tmp_path: Path) -> None:
    args = [sys.executable, str(REPO / "bench" / "quote_stage.py"), "--articles", "30", "--passes", "1",
            "--corpus", str(tmp_path / "corpus")]
    done = subprocess.run(args, capture_output=True, text=True, timeout=300)
    assert done.returncode == 0, done.stderr[-3000:]
    report = json.loads(done.stdout)
    assert report["articles"] == 30
    assert report["quotes_us_per_article"] > 0 and report["build"] in ("pure", "compiled")

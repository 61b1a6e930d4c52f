"""plan_batches: every file once, in order; the tail shrinks only with several workers."""
from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from pressroom.batching import MIN_TAIL_BATCH, plan_batches, worker_timeline


@given(n=st.integers(0, 30000), batch_size=st.integers(1, 5000), workers=st.integers(1, 8))
def test_batches_cover_every_file_once_in_order(n: int, batch_size: int, workers: int) -> None:
    files = list(range(n))
    batches = plan_batches(files, batch_size, workers)
    assert [f for b in batches for f in b] == files
    assert all(0 < len(b) <= batch_size for b in batches)


def test_batches_one_worker_are_uniform() -> None:
    assert [len(b) for b in plan_batches(list(range(5000)), 2000, 1)] == [2000, 2000, 1000]


def test_batches_shrink_at_the_end_for_several_workers() -> None:
    sizes = [len(b) for b in plan_batches(list(range(100000)), 2000, 2)]
    assert sizes[:40] == [2000] * 40, "full batches while much is left"
    assert sizes == sorted(sizes, reverse=True), "never grow again"
    assert sizes[-2] == MIN_TAIL_BATCH and sizes[-1] <= MIN_TAIL_BATCH


def test_file_batch_is_a_sized_iterable_that_pickles() -> None:
    import pickle

    from pressroom.records import FileBatch, RawFile

    files = [RawFile("/raw", f"{i}.txt", i) for i in range(3)]
    batch = FileBatch(files)
    assert list(batch) == files and len(batch) == 3
    assert pickle.loads(pickle.dumps(batch)) == batch != FileBatch(files[:2])


def test_file_batch_is_opaque_to_prefects_parameter_walk() -> None:
    """Why FileBatch exists: Prefect visits lists element by element (per task
    run, several times), but passes an opaque object through whole."""
    from prefect.utilities.collections import visit_collection

    from pressroom.records import FileBatch, RawFile

    files = [RawFile("/raw", f"{i}.txt", i) for i in range(3)]
    seen: list = []
    visit_collection({"files": FileBatch(files)}, visit_fn=seen.append, return_data=False)
    assert not any(isinstance(x, RawFile) for x in seen)
    seen.clear()
    visit_collection({"files": files}, visit_fn=seen.append, return_data=False)
    assert sum(isinstance(x, RawFile) for x in seen) == 3


def test_worker_timeline_reads_spans() -> None:
    spans = [("w1", (10.0, 12.0)), ("w2", (10.5, 13.0)), ("w1", (12.5, 14.0)), ("", (0.0, 1.0))]
    t = worker_timeline(spans, submitted=9.0)
    assert t == {"workers": 2, "batches": 3, "first_start_s": 1.0, "last_end_s": 5.0, "busy_s": 6.0,
                 "between_batches_s": 0.5, "tail_idle_s": 1.0}
    assert worker_timeline([], 0.0) == {}


def test_stage_batch_reports_progress_as_it_goes(tmp_path) -> None:
    """A batch writes its files-done count while it extracts, ending at all of them."""
    from datetime import datetime, timezone
    from pathlib import Path

    from pressroom import io
    from pressroom.process import PROGRESS_EVERY, ExtractOptions, process_batch
    from pressroom.staging import read_progress, stage_batch

    raw = Path(__file__).parents[1] / "raw"
    files = io.discover(str(raw))
    seen: list[float] = []
    process_batch(files * (PROGRESS_EVERY // len(files) + 1), ExtractOptions(), progress=seen.append)
    assert seen == sorted(seen) and seen[-1] == 1.0 and len(seen) >= 4, seen
    folder = str(tmp_path / "stage")
    assert read_progress(folder, 0) == 0
    stage_batch(files, ExtractOptions(), "r", datetime.now(timezone.utc), folder, 0, report_progress=True)
    assert read_progress(folder, 0) == len(files)

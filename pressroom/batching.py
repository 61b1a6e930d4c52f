"""How a run's files are cut into extraction batches, and how well the
workers then were used. Pure functions; the flow calls them."""
from __future__ import annotations

from collections.abc import Iterable, Sequence
from typing import TypeVar

T = TypeVar("T")

# The last batches of a run shrink to this many files (see plan_batches).
MIN_TAIL_BATCH = 500


def plan_batches(files: Sequence[T], batch_size: int, workers: int) -> list[Sequence[T]]:
    """Files in order -> batches of `batch_size`, except that with several
    workers the last ones shrink (a quarter of what is left per worker pair,
    down to MIN_TAIL_BATCH): workers then finish together instead of one of
    them idling through the other's full-size last batch."""
    if workers <= 1:
        return [files[i:i + batch_size] for i in range(0, len(files), batch_size)]
    batches, start = [], 0
    while start < len(files):
        left = len(files) - start
        size = min(batch_size, max(MIN_TAIL_BATCH, -(-left // (2 * workers))))
        batches.append(files[start:start + size])
        start += size
    return batches


def worker_timeline(spans: Iterable[tuple[str, tuple[float, float]]], submitted: float) -> dict[str, float]:
    """How well the workers were used, from each batch's (worker, (start, end))
    wall-clock span, in seconds from submission: when the first batch started
    (worker start-up), when the last ended, the workers' busy time, the time
    between one batch and the next on the same worker (task orchestration),
    and how long workers sat idle at the end waiting for the last batch."""
    ordered = sorted((span, worker) for worker, span in spans if worker)
    if not ordered:
        return {}
    busy = between = 0.0
    last_end: dict[str, float] = {}
    for (start, end), worker in ordered:
        busy += end - start
        if worker in last_end:
            between += start - last_end[worker]
        last_end[worker] = end
    finish = max(last_end.values())
    return {"workers": len(last_end), "batches": len(ordered),
            "first_start_s": round(ordered[0][0][0] - submitted, 3),
            "last_end_s": round(finish - submitted, 3),
            "busy_s": round(busy, 3), "between_batches_s": round(between, 3),
            "tail_idle_s": round(sum(finish - t for t in last_end.values()), 3)}
